import type { MessageKey } from './en';

/** Every user-visible string in French, key for key with en.ts (same placeholders). */
export const fr = {
  // ── The extension: buttons, card, popup, dashboard, options.
  'app.name': 'Microscope',
  'button.score': 'Analyser',
  'button.rescore': 'Réanalyser',
  'button.scoring': 'Analyse…',
  'button.add': 'Ajouter à la sélection',
  'button.added': 'Dans la sélection ✓',
  'button.close': 'Fermer',
  'card.followers': 'Abonnés',
  'card.tier': 'Catégorie',
  'card.er': "Taux d'engagement",
  'card.erHint':
    'moyenne de (j’aime + commentaires) / abonnés sur les {n} publications éligibles les plus récentes',
  'card.erMedian': 'Taux médian',
  'card.erViews': 'Taux par vues (médiane)',
  'card.minimum': 'Minimum de la campagne {min} %',
  'card.postsUsed': 'Publications utilisées',
  'card.postsUsedDetail': '{used} utilisées, {excluded} exclues',
  'card.excluded': 'Publications exclues',
  'card.usedPosts': 'Publications derrière les chiffres',
  'card.verdict': 'Verdict',
  'card.reasons': 'Pourquoi',
  'card.dataQuality': 'Qualité des données',
  'card.noProblems': 'Tous les champs ont été lus.',
  'card.sources': 'Sources',
  'card.unknown': 'inconnu',
  'card.confidence.high': 'confiance élevée',
  'card.confidence.low': 'confiance faible',
  'card.confidence.none': 'pas assez de publications',
  'card.scoredAt': 'Analysé le {date}',
  'card.error': "Impossible d'analyser cette page : {error}",
  'tier.nano': 'nano',
  'tier.micro': 'micro',
  'tier.macro': 'macro',
  'tier.mega': 'méga',
  'verdict.shortlist': 'À retenir',
  'verdict.review': 'À examiner',
  'verdict.reject': 'À écarter',
  'verdict.insufficient-data': 'Données insuffisantes',
  'exclusion.pinned': 'épinglée',
  'exclusion.likes-hidden': 'j’aime masqués',
  'exclusion.too-recent': 'trop récente, chiffres encore en hausse',
  'exclusion.collab': 'publication en collaboration',
  'exclusion.missing-counts': 'chiffres non chargés',
  'exclusion.outside-window': 'hors fenêtre',
  'platform.instagram': 'Instagram',
  'platform.tiktok': 'TikTok',
  'popup.offProfile': 'Ouvrez un profil Instagram ou TikTok pour l’analyser.',
  'popup.noContent': 'Rechargez cet onglet pour que Microscope puisse lire la page.',
  'popup.shortlistCount': '{n} dans la sélection',
  'popup.openDashboard': 'Ouvrir le tableau de bord',
  'popup.score': 'Analyser ce profil',
  'dashboard.title': 'Sélection',
  'dashboard.empty': 'Aucun créateur pour l’instant. Ouvrez un profil, cliquez sur Analyser, puis Ajouter.',
  'dashboard.exportCsv': 'Exporter en CSV',
  'dashboard.remove': 'Retirer',
  'dashboard.count': '{n} créateurs',
  'col.handle': 'Créateur',
  'col.platform': 'Plateforme',
  'col.followers': 'Abonnés',
  'col.tier': 'Catégorie',
  'col.er': 'Taux',
  'col.verdict': 'Verdict',
  'col.status': 'Statut',
  'col.added': 'Ajouté',
  'options.title': 'Campagnes',
  'options.intro':
    'La campagne active sert à analyser chaque profil. Les seuils viennent du guide ; modifiez-les si votre marque le demande.',
  'options.add': 'Nouvelle campagne',
  'options.duplicate': 'Dupliquer',
  'options.delete': 'Supprimer',
  'options.active': 'Active',
  'options.setActive': 'Utiliser pour analyser',
  'options.name': 'Nom',
  'options.objective': 'Objectif',
  'options.keywords': 'Mots-clés de la niche (séparés par des virgules)',
  'options.platforms': 'Plateformes',
  'options.budget': 'Budget',
  'options.currency': 'Devise',
  'options.cpm': 'CPM {platform}',
  'options.jurisdiction': 'Règles de transparence',
  'options.targetLanguages': 'Langues de l’audience (la langue des commentaires)',
  'options.targetLanguages.hint': 'Aucune cochée : toutes les langues, pas de signal de langue.',
  'options.thresholds': 'Seuils et références',
  'options.resetThresholds': 'Valeurs par défaut',
  'options.save': 'Enregistrer',
  'options.saved': 'Enregistré.',
  'options.refused': 'Non enregistré : {error}',
  'options.loadError': '{error} — les valeurs par défaut sont affichées.',
  'objective.awareness': 'Notoriété',
  'objective.engagement': 'Engagement',
  'objective.conversion': 'Conversion',
  'link.campaigns': 'Campagnes',
  'status.candidate': 'Candidat',
  'status.contacted': 'Contacté',
  'status.brief-sent': 'Brief envoyé',
  'status.in-review': 'Contenu en relecture',
  'status.published': 'Publié',
  'status.declined': 'Décliné',
  'ws.views': 'Vues',
  'ws.tab.shortlist': 'Sélection',
  'ws.tab.campaign': 'Campagne',
  'ws.loading': 'Chargement…',
  'ws.loadingAll': 'Chargement des {n} créateurs…',
  'ws.noMatch': 'Aucun créateur ne correspond à ces filtres.',
  'ws.showingAll': '{n} affichés',
  'ws.showingFiltered': '{n} sur {total} affichés',
  'ws.error': 'Un problème est survenu : {error}',
  'ws.cancel': 'Annuler',
  'ws.undo': 'Annuler',
  'ws.language': 'Langue',
  'ws.language.auto': 'Langue du navigateur',
  'ws.language.en': 'English',
  'ws.language.fr': 'Français',
  'ws.activeCampaign': 'Campagne active',
  'ws.selectAll': 'Sélectionner tous les créateurs affichés',
  'ws.selectRow': 'Sélectionner @{handle}',
  'ws.col.fit': 'Score',
  'ws.col.tags': 'Étiquettes',
  'ws.col.assignee': 'Responsable',
  'ws.col.price': 'Devis',
  'ws.col.due': 'Échéance',
  'ws.filter.search': 'Rechercher',
  'ws.filter.searchHint': 'Pseudo, nom, note ou étiquette',
  'ws.filter.any': 'Tous',
  'ws.filter.campaign': 'Analysé pour',
  'ws.filter.clear': 'Effacer les filtres',
  'ws.filter.languages': 'Langues de l’audience',
  'ws.filter.languages.match': 'Conformes à la campagne',
  'ws.filter.languages.mismatch': 'Non conformes à la campagne',
  'ws.filter.languages.unsure': 'Trop peu de commentaires',
  'ws.filter.languages.unmeasured': 'Non mesurées',
  'ws.filter.languages.main': 'Surtout {language}',
  'ws.compare.open': 'Comparer ({n})',
  'ws.compare.hint': 'Sélectionnez de 2 à 4 créateurs pour les comparer côte à côte',
  'ws.compare.title': 'Côte à côte',
  'ws.compare.print': 'Imprimer',
  'ws.compare.csv': 'Exporter en CSV',
  'ws.compare.better': 'meilleur',
  'ws.compare.betterHigher': 'plus haut, c’est mieux',
  'ws.compare.betterLower': 'plus bas, c’est mieux',
  'ws.compare.legend':
    '▲ meilleur signale la meilleure valeur de chaque ligne (ex æquo : toutes) ; une ligne avec moins de deux valeurs n’est pas classée.',
  'ws.compare.missing': 'non mesuré',
  'ws.compare.scored': 'analysé le {date}',
  'ws.compare.campaigns':
    'Ces créateurs ont été analysés pour des campagnes différentes : l’adéquation, les poids et les langues visées suivent la campagne de chacun.',
  'ws.compare.group.overview': 'Vue d’ensemble',
  'ws.compare.group.subscores': 'Sous-scores (valeur · poids dans l’adéquation)',
  'ws.compare.group.audience': 'Audience et commentaires',
  'ws.compare.group.money': 'Portée et budget',
  'ws.compare.group.risk': 'Authenticité et transparence',
  'ws.compare.row.verdict': 'Verdict',
  'ws.compare.row.fit': 'Adéquation',
  'ws.compare.row.followers': 'Abonnés',
  'ws.compare.row.tier': 'Catégorie',
  'ws.compare.row.er': 'Taux d’engagement (moyenne)',
  'ws.compare.row.erMedian': 'Taux d’engagement (médiane)',
  'ws.compare.row.erViews': 'Engagement par vues (médiane)',
  'ws.compare.row.reach': 'Portée par publication',
  'ws.compare.row.emv': 'Valeur média par publication',
  'ws.compare.row.priceBand': 'Fourchette de prix juste par publication',
  'ws.compare.row.quote': 'Devis face à la fourchette',
  'ws.compare.row.lowEffort': 'Commentaires sans effort',
  'ws.compare.row.comments': 'Commentaires lus',
  'ws.compare.row.signals': 'Signaux de risque d’authenticité',
  'ws.compare.row.auditFakeShare': 'Faux abonnés (audit)',
  'ws.compare.row.disclosure': 'Publications sponsorisées sans la mention',
  'ws.compare.row.sponsoredShare': 'Part sponsorisée des publications récentes',
  'ws.compare.row.languages': 'Langues de l’audience',
  'ws.compare.row.languageTarget': 'Commentaires dans les langues de la campagne',
  'ws.compare.weight': 'poids {w} %',
  'ws.compare.noWeight': 'pas de données, poids 0',
  'ws.compare.quote': '{quote}, {ratio} × le milieu de la fourchette',
  'ws.compare.quoteNoBand': '{quote} (pas de fourchette à comparer)',
  'ws.compare.comments': '{total}, dont {count} argumentés',
  'ws.compare.signals': '{count} sur {total} déclenchés',
  'ws.compare.signalsNone': 'aucun n’a pu être vérifié',
  'ws.compare.disclosure': '{count} sur {total} sponsorisées',
  'ws.compare.languagesLow': '(confiance faible : {n} commentaires)',
  'ws.compare.chart': 'Taux d’engagement par publication dans le temps',
  'ws.compare.chartEmpty': 'Aucune publication datée avec un taux d’engagement.',
  'ws.compare.chartAxis': 'TE %',
  'ws.compare.chartBasis': 'Publications Instagram : engagement par abonnés ; vidéos TikTok : engagement par vues (les bases de la carte) ; les courbes des deux réseaux ne se comparent donc pas à égalité.',
  'ws.compare.csvRow': 'Ligne',
  'ws.compare.csvBetter': 'Meilleur',
  'ws.compare.exported': 'Comparaison de {n} créateurs exportée.',
  'ws.bulk.selected': '{n} sélectionnés',
  'ws.bulk.setStatus': 'Statut',
  'ws.bulk.apply': 'Appliquer',
  'ws.bulk.tag': 'Étiquette',
  'ws.bulk.addTag': 'Ajouter l’étiquette',
  'ws.bulk.removeTag': 'Retirer l’étiquette',
  'ws.bulk.remove': 'Retirer de la sélection',
  'ws.bulk.clear': 'Tout désélectionner',
  'ws.toast.status': '{n} passés à « {status} ».',
  'ws.toast.tagAdded': 'Étiquette « {tag} » ajoutée à {n}.',
  'ws.toast.tagRemoved': 'Étiquette « {tag} » retirée de {n}.',
  'ws.toast.removed': '{n} retirés de la sélection.',
  'ws.toast.undone': 'Annulé.',
  'ws.toast.exported': 'CSV de {n} créateurs téléchargé.',
  'ws.verdict.auditOverride':
    'À écarter : la part de faux abonnés mesurée ({share} %) dépasse le maximum de la campagne ({max} %).',
  'ws.detail.gone': 'Ce créateur n’est plus dans la sélection.',
  'ws.detail.openProfile': 'Ouvrir le profil',
  'ws.detail.notes': 'Notes',
  'ws.detail.myNote': 'Ma note',
  'ws.detail.noteHint': 'Ce que vous avez appris, ce qui a été convenu…',
  'ws.detail.noteSaved': 'Note enregistrée.',
  'ws.detail.planning': 'Organisation',
  'ws.detail.quotedPrice': 'Prix du devis',
  'ws.detail.deliverables': 'Livrables',
  'ws.detail.deliverablesHint': 'ex. 1 reel + 3 stories',
  'ws.detail.dueDate': 'Première version attendue le',
  'ws.detail.publishDate': 'Date de publication',
  'ws.detail.auditFakeShare': 'Faux abonnés mesurés (% ; écarté au-delà de {max} %)',
  'ws.detail.contentRights': 'Droits d’utilisation obtenus (publicité, site, e-mails)',
  'ws.detail.badNumber': 'Saisissez un nombre, par ex. 450 ou 450,50.',
  'ws.detail.badPercent': 'Saisissez un pourcentage entre 0 et 100.',
  'ws.detail.addTag': 'Nouvelle étiquette',
  'ws.detail.removeTag': 'Retirer l’étiquette {tag}',
  'ws.detail.latestScore': 'Dernière analyse',
  'ws.detail.history': 'Historique des analyses ({n})',
  'ws.detail.historyOne': 'Une seule analyse pour l’instant : réanalysez plus tard pour voir l’évolution.',
  'ws.detail.scoredOn': 'Analysé le',
  'ws.brief.title': 'Brief',
  'ws.brief.intro':
    'Les cinq parties du guide, remplies à partir de « {campaign} » et de ce créateur. Modifiez, puis copiez.',
  'ws.brief.language': 'Langue du brief',
  'ws.brief.brandContext': 'Contexte de la marque (3–4 lignes)',
  'ws.brief.brandContextHint': 'Qui vous êtes, votre positionnement, vos valeurs',
  'ws.brief.copyText': 'Copier en texte',
  'ws.brief.copyMarkdown': 'Copier en Markdown',
  'ws.brief.reset': 'Régénérer',
  'ws.brief.copied': 'Copié.',
  'ws.brief.copiedMarkdown': 'Copié en Markdown.',
  'ws.brief.copyFallback':
    'Le presse-papiers n’est pas disponible ici : le texte est sélectionné, appuyez sur Ctrl+C (⌘C sur Mac).',
  'ws.export.title': 'Exporter en CSV',
  'ws.export.options': 'Options d’export',
  'ws.export.quickHint': 'Télécharge avec les dernières options d’export',
  'ws.export.scope': 'Créateurs',
  'ws.export.filtered': 'La vue filtrée ({n})',
  'ws.export.all': 'Toute la sélection ({n})',
  'ws.export.separator': 'Séparateur',
  'ws.export.comma': 'Virgule (,) — Google Sheets, Excel anglais',
  'ws.export.semicolon': 'Point-virgule (;) — Excel français',
  'ws.export.decimalComma': 'Virgule décimale (4,53)',
  'ws.export.decimalCommaHint': 'Seulement avec le séparateur point-virgule',
  'ws.export.columns': 'Colonnes',
  'ws.export.allColumns': 'Toutes',
  'ws.export.download': 'Télécharger le CSV',
  'ws.campaign.jurisdiction': 'règles de transparence {j}',
  'ws.campaign.scope': 'Créateurs comptés',
  'ws.campaign.scopeCampaign': 'Analysés pour cette campagne ({n})',
  'ws.campaign.scopeAll': 'Toute la sélection ({n})',
  'ws.campaign.creators': 'Créateurs',
  'ws.campaign.declinedApart': '{n} déclinés, non comptés',
  'ws.campaign.reach': 'Portée estimée (une publication chacun)',
  'ws.campaign.reachHint':
    '{fromReports} par l’analyse, {estimated} par abonnés × taux de portée, {missing} inconnus',
  'ws.campaign.emv': 'Valeur média (EMV)',
  'ws.campaign.emvHint': 'impressions × CPM / 1000 (Instagram {ig}, TikTok {tt})',
  'ws.campaign.cost': 'Coût',
  'ws.campaign.costHint': '{quoted} en devis ({nq}) + {estimated} estimés ({ne})',
  'ws.campaign.noBudget': 'Aucun budget pour cette campagne : ajoutez-en un dans Campagnes pour comparer.',
  'ws.campaign.underBudget': '{cost} sur un budget de {budget} ; reste {left}.',
  'ws.campaign.overBudget': '{cost} pour un budget de {budget} : {over} de dépassement.',
  'ws.campaign.priceMissing': '{n} sans devis ni estimation (abonnés inconnus).',
  'ws.campaign.converted': '{n} devis convertis en {currency} à taux fixe.',
  'ws.campaign.byTier': 'Par catégorie',
  'ws.campaign.byStatus': 'Par statut',
  'ws.campaign.method':
    'Portée : l’estimation de l’analyse, sinon abonnés × taux de portée médian (37,7 % sous 20k, 22,9 % de 20k à 1M, 19,1 % au-delà). Prix estimé : milieu de la fourchette de prix juste, faute de devis.',
  'ws.sizing.title': 'Dimensionnement (le guide) :',
  'ws.sizing.none':
    'le guide donne des repères pour la notoriété (10 à 20 créateurs) et la conversion (3 à 5 bien alignés) ; vous en avez {n}.',
  'ws.sizing.awareness.below': '{n} créateurs ; une campagne de notoriété en demande au moins {min} à {max}.',
  'ws.sizing.awareness.within':
    '{n} créateurs, dans les {min} à {max} conseillés par le guide pour la notoriété.',
  'ws.sizing.awareness.above':
    '{n} créateurs, plus que les {min} à {max} conseillés : la qualité prime sur la quantité.',
  'ws.sizing.conversion.below':
    '{n} créateurs bien alignés ; une campagne de conversion en demande {min} à {max}.',
  'ws.sizing.conversion.within':
    '{n} créateurs bien alignés, dans les {min} à {max} conseillés par le guide pour la conversion.',
  'ws.sizing.conversion.above':
    '{n} créateurs bien alignés ; {min} à {max} suffisent pour la conversion : gardez les mieux alignés.',
  'ws.popup.inShortlist': 'Dans la sélection',
  'ws.popup.pipeline':
    'En cours : {contacted} contactés · {brief} briefs envoyés · {review} en relecture · {published} publiés',
  'brief.title': 'Brief — {campaign}',
  'brief.recipient': 'Pour {name} (@{handle}, {platform})',
  'brief.section.brand': 'Contexte de la marque',
  'brief.section.objective': 'Objectif de la campagne',
  'brief.section.deliverables': 'Livrables attendus',
  'brief.section.messages': 'Messages clés',
  'brief.section.constraints': 'Contraintes et mentions obligatoires',
  'brief.brand.placeholder': '[Qui nous sommes, notre positionnement et nos valeurs, en 3–4 lignes]',
  'brief.brand.campaign': 'Campagne : {name}.',
  'brief.brand.themes': 'Thèmes proches de vos contenus : {keywords}.',
  'brief.objective.awareness':
    'Faire connaître notre marque auprès de votre communauté. Nous suivrons la portée et les impressions.',
  'brief.objective.engagement':
    'Créer la conversation autour de notre marque. Nous suivrons les j’aime, commentaires, partages et enregistrements.',
  'brief.objective.conversion':
    'Déclencher l’action : visites, inscriptions ou achats. Nous suivrons les clics tracés, les codes promo utilisés et les ventes.',
  'brief.deliverables.placeholder':
    '[Type de contenu et nombre de publications, par ex. 1 reel + 3 stories sur {platform}]',
  'brief.deliverables.platform': 'Plateforme : {platform}',
  'brief.deliverables.due': 'Première version à valider pour le {date}',
  'brief.deliverables.dueMissing': 'Première version à valider pour le [date]',
  'brief.deliverables.publish': 'Publication le {date}',
  'brief.deliverables.publishMissing': 'Publication le [date]',
  'brief.deliverables.leadTime':
    'Prévoyez 7 à 10 jours entre la validation de ce brief et la première version.',
  'brief.messages.placeholder1': '[Premier point que le contenu doit transmettre]',
  'brief.messages.placeholder2': '[Deuxième point que le contenu doit transmettre]',
  'brief.messages.voice': 'Pas de script : dites-le avec vos mots et votre ton.',
  'brief.disclosure.FR':
    'Mention obligatoire (France, loi n° 2023-451) : indiquez clairement « Publicité » ou « Collaboration commerciale » {placement}.',
  'brief.disclosure.UK':
    'Mention obligatoire (Royaume-Uni, ASA/CMA) : « #ad » ou « Ad » {placement}, et sur la vidéo ou la story. « #sp », « #spon », « gifted » ou « collab » ne suffisent pas.',
  'brief.disclosure.US':
    'Mention obligatoire (États-Unis, FTC) : « #ad » ou « #sponsored » {placement}, et dite dans la vidéo.',
  'brief.disclosure.DE':
    'Mention obligatoire (Allemagne, UWG/MStV) : « Werbung » ou « Anzeige » {placement}.',
  'brief.disclosure.ES': 'Mention obligatoire (Espagne) : « publicidad » ou « publi » {placement}.',
  'brief.disclosure.IT': 'Mention obligatoire (Italie) : « pubblicità » ou « advertising » {placement}.',
  'brief.disclosure.BR': 'Mention obligatoire (Brésil) : « publicidade » ou « publi » {placement}.',
  'brief.placement.up-front': 'en tête, au début de la légende (avant « plus »)',
  'brief.placement.anywhere': 'dans la légende',
  'brief.placement.onContent':
    'sur l’image ou la vidéo elle-même, lisible pendant toute sa durée quel que soit le format, et {caption}',
  'brief.constraints.brandTag':
    'Identifiez notre compte et utilisez notre hashtag de marque : [@compte, #hashtag]',
  'brief.constraints.review':
    'Envoyez la version avant publication pour relecture : nous vérifions les faits, pas votre style.',
  'brief.rights.yes':
    'Droits d’utilisation : nous prévoyons de réutiliser ce contenu (publicité payante, site, e-mails) ; l’étendue et la durée sont fixées au contrat.',
  'brief.rights.no':
    'Droits d’utilisation : aucune réutilisation hors de votre publication sans accord séparé.',
  'brief.rights.unknown':
    'Droits d’utilisation : [à convenir dès maintenant : réutilisation en publicité, sur le site ou par e-mail, et pour combien de temps]',

  // ── The score card's full model: fit, sub-scores, comments, value.
  'card.fit': 'Adéquation',
  'card.fitHint': 'Moyenne pondérée des sous-scores pour l’objectif de la campagne ({objective})',
  'card.subscores': 'Sous-scores',
  'card.weight': 'poids {w} %',
  'card.noData': 'pas de données',
  'card.inputs': 'Entrées',
  'card.used': 'Utilisés',
  'card.excludedItems': 'Écartés',
  'card.lowEffort': 'Commentaires peu engagés',
  'card.lowEffortHint': '{n} commentaires sur {posts} publication(s)',
  'card.noComments': 'Ouvrez quelques publications pour inclure leurs commentaires.',
  'card.languages': 'Langues de l’audience',
  'card.languages.from.one': 'd’après {n} commentaire en langue reconnue',
  'card.languages.from.other': 'd’après {n} commentaires en langue reconnue',
  'card.languages.undetermined.one': '{n} commentaire trop court ou fait d’emojis : non compté',
  'card.languages.undetermined.other': '{n} commentaires trop courts ou faits d’emojis : non comptés',
  'card.languages.lowConfidence': 'Confiance faible : moins de {n} commentaires',
  'card.languages.none':
    'Aucun commentaire assez long pour en reconnaître la langue : ouvrez quelques publications pour lire leurs commentaires.',
  'card.languages.other': 'autres',
  'card.languages.targets': 'Langues de la campagne {targets} : {share} de ces commentaires',
  'card.languages.anyTarget': 'La campagne accepte toutes les langues.',
  'card.languages.fit.match': 'conforme',
  'card.languages.fit.mismatch': 'non conforme',
  'card.languages.fit.unsure': 'trop peu de commentaires pour juger',
  'card.languages.note':
    'La langue dans laquelle on commente est le seul signal d’audience qu’un outil dans votre navigateur peut mesurer honnêtement ; le pays, l’âge ou le genre de l’audience ne figurent pas sur la page.',
  'card.commentsUsed':
    '{n} commentaires de {posts} publications jugés. Ouvrez d’autres publications pour ajouter les leurs.',
  'card.reach': 'Portée estimée / publication',
  'card.emv': 'Valeur média / publication',
  'card.priceBand': 'Prix juste / publication',
  'card.sparkline': 'Engagement par publication, de la plus ancienne à la plus récente',
  'card.copyDiagnostics': 'Copier le diagnostic',
  'card.copied': 'Copié.',
  'card.copyFailed': 'Copie bloquée par le navigateur : sélectionnez le texte ci-dessous et copiez-le.',
  'card.withoutData': 'Écartés faute de données : {keys}',
  'sub.engagement': 'Engagement',
  'sub.commentQuality': 'Qualité des commentaires',
  'sub.authenticity': 'Authenticité',
  'sub.reach': 'Portée',
  'sub.consistency': 'Régularité',
  'sub.hygiene': 'Transparence & pubs',
  'sub.niche': 'Adéquation à la niche',
  'sub.value': 'Valeur',
  'class.spam': 'spam',
  'class.generic': 'générique',
  'class.substantive': 'substantiel',
  'class.neutral': 'neutre',
  'state.private': 'Ce compte est privé : ses publications et son engagement ne sont pas lisibles.',
  'state.not-found': 'Ce compte n’existe pas (ou a été supprimé).',
  'state.login-wall':
    'Le site demande de se connecter : connectez-vous, rechargez le profil, puis relancez l’analyse.',
  'state.no-posts': 'Ce compte n’a encore rien publié : il n’y a rien à mesurer.',
  'state.not-profile': 'Ce n’est pas une page de profil.',
  'button.saveScore': 'Enregistrer ce score',
  'options.err.min': 'doit valoir au moins {limit}',
  'options.err.max': 'doit valoir au plus {limit}',
  'options.err.number': 'demande un nombre',
  'options.err.required': 'ne peut pas être vide',
  'card.inShortlist': 'Dans la sélection · {status}',
  'card.likesN': '{n} j’aime',
  'card.commentsN': '{n} commentaires',
  'card.viewsN': '{n} vues',

  // ── Team sync: sync files, CSV re-import, shared folder.
  'sync.title': 'Synchronisation d’équipe',
  'sync.intro':
    'Partagez cette sélection sans serveur : échangez des fichiers de synchronisation, ou gardez un fichier dans un dossier partagé.',
  'sync.deviceName': 'Votre nom sur les notes',
  'sync.export': 'Exporter le fichier de synchro',
  'sync.import': 'Importer un fichier…',
  'sync.importHint':
    'Le fichier de synchro d’un collègue (.json) ou un CSV Microscope modifié dans un tableur.',
  'sync.preview.title': 'Import depuis {from}',
  'sync.preview.added': '{n} nouveaux',
  'sync.preview.updated': '{n} modifiés',
  'sync.preview.removed': '{n} retirés',
  'sync.preview.unchanged': '{n} inchangés',
  'sync.preview.conflicts': 'Modifié des deux côtés — la modification la plus récente l’emporte',
  'sync.preview.own': 'C’est votre propre fichier : l’importer ne change rien.',
  'sync.preview.unknownColumns': 'Colonnes non importées : {columns}',
  'sync.preview.unknownRows': 'Créateurs absents de votre sélection (analysez-les d’abord) : {handles}',
  'sync.preview.problems': 'Lignes non importées',
  'sync.preview.edits': '{n} créateurs modifiés',
  'sync.apply': 'Importer',
  'sync.cancel': 'Annuler',
  'sync.summary': 'Importé : {added} nouveaux, {updated} modifiés, {removed} retirés.',
  'sync.summaryCsv': 'Modifications importées pour {n} créateurs.',
  'sync.undo': 'Annuler le dernier import',
  'sync.undone': 'Le dernier import a été annulé.',
  'sync.refused': 'Non importé : {error}',
  'sync.shared.title': 'Fichier partagé',
  'sync.shared.connect': 'Connecter un fichier partagé…',
  'sync.shared.connected': 'Connecté à {name}',
  'sync.shared.syncNow': 'Synchroniser',
  'sync.shared.disconnect': 'Déconnecter',
  'sync.shared.done': 'Synchronisé : {written} créateurs dans le fichier partagé.',
  'sync.shared.unsupported':
    'Ce navigateur ne peut pas garder de fichier partagé : utilisez Exporter puis Importer.',
  'sync.shared.denied': 'Microscope a besoin de l’autorisation d’écrire le fichier partagé.',
  'sync.preview.newList': 'Nouveaux : {handles}',
  'sync.preview.removedList': 'Retirés (supprimés plus tard dans le fichier) : {handles}',
  'sync.conflict':
    '{field}{item} : vous « {local} » · fichier « {incoming} » → garde {winner} (la modification la plus récente)',
  'sync.conflict.yours': 'la vôtre',
  'sync.preview.more': '… et {n} de plus',
  'sync.conflict.theirs': 'celle du fichier',
  'sync.undoHint':
    'Annule ce que le dernier import a changé, par de nouvelles modifications que votre équipe recevra à votre prochaine synchro ; vos modifications faites depuis sont gardées.',
  'field.status': 'Statut',
  'field.assignee': 'Responsable',
  'field.quotedPrice': 'Prix proposé',
  'field.currency': 'Devise',
  'field.deliverables': 'Livrables',
  'field.dueDate': 'Date de remise',
  'field.publishDate': 'Date de publication',
  'field.contentRights': 'Droits sur le contenu',
  'field.auditFakeShare': 'Faux abonnés audités',
  'field.notes': 'Note',
  'field.tags': 'Tag',

  // ── Why a file was refused, what an import will do that needs a second look, what the dashboard could not show or convert.
  'sync.error.nothing': 'Rien n’a été importé.',
  'sync.error.too-large': 'Le fichier fait {size} ; un fichier de synchro fait au plus {max}.',
  'sync.error.empty-input': 'Le fichier est vide.',
  'sync.error.not-utf8':
    'Le fichier n’est pas du texte UTF-8 : il n’a pas été écrit par Microscope, ou il est endommagé.',
  'sync.error.not-json':
    'Ce n’est pas un fichier de synchro Microscope : ce n’est pas du JSON, ou il a été tronqué. (Un export CSV peut aussi être importé : enregistrez-le avec l’extension .csv.)',
  'sync.error.wrong-format': 'Ce fichier n’est pas un fichier de synchro de sélection Microscope.',
  'sync.error.wrong-format-named':
    'Ce fichier n’est pas un fichier de synchro de sélection Microscope (son format est « {format} »).',
  'sync.error.newer-version':
    'Ce fichier de synchro vient d’une version plus récente de Microscope (version du fichier {version} ; celle-ci lit la version {supported}). Mettez l’extension à jour, puis importez de nouveau le fichier.',
  'sync.error.unsupported-version': 'Ce fichier de synchro a une version inconnue ({version}).',
  'sync.error.too-many-entries':
    'Le fichier contient {n} créateurs ; un fichier de synchro en contient au plus {max}.',
  'sync.error.invalid': 'Le fichier est endommagé ou a été modifié à la main, à {where} : {problem}.',
  'sync.error.duplicate-entry': 'Le fichier contient {key} plusieurs fois.',
  'sync.error.no-entries': 'Le fichier ne contient ni créateur ni suppression : il n’y a rien à importer.',
  'sync.error.clock-ahead':
    'Le fichier contient une modification datée du {date} ({key}, {where}), plus de 24 heures en avance sur l’horloge de cet ordinateur. L’appareil qui l’a faite est mal réglé, ou cet ordinateur retarde : corrigez l’horloge, exportez de nouveau le fichier, puis importez-le.',
  'sync.problem.tooLong': 'plus de {max} caractères',
  'sync.problem.tooBig': 'plus grand que {max}',
  'sync.problem.tooSmall': 'plus petit que {min}',
  'sync.problem.empty': 'vide',
  'sync.problem.tooMany': 'plus de {max} éléments',
  'sync.problem.type': 'pas le type de valeur attendu ({expected})',
  'sync.problem.value': 'pas une des valeurs acceptées',
  'sync.problem.time': 'une date hors des années 1970 à 9999',
  'sync.problem.url': 'pas une adresse https sur instagram.com ou tiktok.com',
  'sync.problem.clock': 'pas une valeur d’horloge (comme 001700000000000-0000000000-appareil)',
  'sync.problem.date': 'pas une date comme 2026-03-31',
  'sync.problem.key': 'pas une clé de créateur (instagram:pseudo ou tiktok:pseudo, en minuscules)',
  'sync.problem.handle': 'le pseudo ne correspond pas à la clé du créateur',
  'sync.problem.otherCreator': 'une analyse d’un autre créateur',
  'sync.problem.device': 'pas un identifiant d’appareil (1 à 64 caractères imprimables, sans espace)',
  'sync.problem.tag': 'un tag vide',
  'sync.problem.other': '{message}',
  'sync.preview.ownClaim':
    'Ce fichier dit avoir été exporté par ce navigateur, mais il modifierait {n} créateurs. Vérifiez sa provenance avant de l’importer.',
  'sync.preview.claimsYourNotes':
    'Attention : ce fichier contient des notes signées avec l’identifiant de votre appareil, différentes des vôtres, sur {handles}. L’importer remplacerait vos notes par un texte que vous n’avez pas écrit. Ne l’importez que si vous êtes sûr de sa provenance.',
  'sync.preview.sharedTitle': 'Fichier partagé {name} : ce que la synchronisation va changer',
  'sync.shared.changed':
    'Le fichier partagé a changé pendant que l’aperçu était ouvert : voici ce qu’il changerait maintenant.',
  'sync.shared.refused': '{name} : {error} Le fichier partagé n’a pas été modifié.',
  'sync.undone.count':
    'Le dernier import a été annulé ({n} créateurs), par des modifications que votre équipe recevra à la prochaine synchro.',
  'sync.undone.kept': '{n} créateurs modifiés par vous après l’import gardent vos modifications.',
  'csv.encoding.windows-1252':
    'Ce fichier n’est pas en UTF-8 : il a été lu en Windows-1252 (Excel d’Europe de l’Ouest). Vérifiez les accents dans l’aperçu avant d’importer.',
  'csv.encoding.utf-16':
    'Ce fichier a été enregistré en UTF-16 (« Texte Unicode » d’Excel) ; il a été lu ainsi.',
  'csv.error.empty': 'Le fichier est vide.',
  'csv.error.noKeys':
    'Ce CSV n’a pas de colonnes « platform » et « handle » : ses lignes ne peuvent pas être reliées aux créateurs.',
  'csv.row.skipped': '@{handle} : {problems}. Cette ligne n’a pas été importée.',
  'csv.row.noKey': 'Plateforme et pseudo invalides (« {platform} », « {handle} »).',
  'csv.row.unreadable': 'Cette ligne n’a pas pu être lue ({detail}).',
  'csv.row.emptyStatus': 'le statut est vide',
  'csv.row.unknownStatus': 'statut inconnu « {value} »',
  'csv.row.badDate': '{column} « {value} » n’est pas une date comme 2026-03-31',
  'csv.row.badNumber': '{column} « {value} » n’est pas un nombre valide',
  'csv.row.unknownCurrency': 'devise inconnue « {value} »',
  'csv.row.badYesNo': '{column} « {value} » n’est ni oui ni non',
  'csv.row.tooLong': '{column} dépasse {max} caractères',
  'csv.row.duplicate': 'ce créateur figure déjà à la ligne {line} du fichier',
  'csv.row.failed': 'cette ligne n’a pas pu être appliquée ({detail})',
  'ws.panelError':
    'Cette partie de la page n’a pas pu être affichée ({error}). Le reste de votre sélection est intact.',
  'ws.panelRetry': 'Réessayer',
  'ws.rowError': '@{handle} : cette ligne n’a pas pu être affichée ({error}).',
  'ws.quarantine':
    '{n} créateurs enregistrés par une ancienne version ou un import précédent n’ont pas pu être convertis ; ils ont été mis de côté, intacts.',
  'ws.quarantine.download': 'Les télécharger (JSON)',
  'ws.clockDamaged':
    'L’horloge de la sélection enregistrée dans ce navigateur est illisible : les modifications ne peuvent pas être ordonnées sans risque. Rien n’a été modifié.',
  'ws.clockExhausted':
    'L’horloge de la sélection a atteint la plus grande date qu’elle peut écrire. Rien n’a été modifié.',

  // ── Extraction problems in the data-quality panel (codes: lib/sites/problems.ts, wording: problem-text.ts).
  'problem.field.followers': 'le nombre d’abonnés',
  'problem.field.following': 'le nombre d’abonnements',
  'problem.field.postsCount': 'le nombre de publications',
  'problem.field.totalLikes': 'le total des j’aime',

  'problem.login-wall': 'Instagram demande de se connecter avant d’afficher ce profil.',
  'problem.not-profile.instagram': 'Cette page n’est pas un profil Instagram.',
  'problem.not-profile.tiktok': 'Cette page n’est pas un profil TikTok.',
  'problem.not-found.instagram': 'Le profil @{handle} n’existe pas ou n’est pas disponible.',
  'problem.not-found.tiktok': 'Le compte TikTok @{handle} n’existe pas ou n’est pas disponible.',
  'problem.private.instagram': '@{handle} est un compte privé : ses publications ne sont pas visibles.',
  'problem.private.tiktok': '@{handle} est un compte privé : ses vidéos ne sont pas visibles.',
  'problem.no-posts.instagram': '@{handle} n’a encore rien publié.',
  'problem.no-posts.tiktok': '@{handle} n’a encore publié aucune vidéo.',

  'problem.url-not-profile':
    'L’adresse n’est pas celle du profil (une publication est ouverte par-dessus) ; l’identifiant a été lu dans l’en-tête.',
  'problem.stale-header.shown':
    'L’en-tête affiche @{shown} et non @{handle} ; il a été ignoré (la page est encore en chargement).',
  'problem.stale-header': 'L’en-tête affiché n’est pas encore celui de @{handle} ; il a été ignoré.',
  'problem.stale-meta': 'Les balises meta décrivent @{shown} et non @{handle} ; elles ont été ignorées.',
  'problem.stale-embedded':
    'Les données de profil intégrées concernent @{shown} et non @{handle} (reste d’une navigation dans l’application) ; elles ont été ignorées.',
  'problem.no-embedded':
    'La page ne contenait pas de données de profil intégrées (chargement à chaud) ; d’autres sources ont été utilisées.',
  'problem.meta-only':
    'Seul le résumé de la page était lisible (premier chargement sans connexion) : les compteurs sont arrondis et les publications ne sont pas visibles.',

  'problem.invalid-json.profile-response': 'Une réponse de profil chargée par la page n’a pas pu être lue.',
  'problem.invalid-json.embedded-profile':
    'Les données de profil intégrées par TikTok n’ont pas pu être lues.',
  'problem.invalid-json.video-list': 'Une liste de vidéos chargée par la page n’a pas pu être lue.',
  'problem.invalid-count.page-data':
    'Les données de la page contenaient une valeur inutilisable pour {field} ({value}) ; elle a été ignorée.',
  'problem.invalid-count.author-stats':
    'Les statistiques d’auteur d’une vidéo contenaient une valeur inutilisable pour {field} ({value}) ; elle a été ignorée.',
  'problem.invalid-post.instagram':
    'Une publication des données de la page n’a pas pu être lue (détail technique : {detail}).',
  'problem.invalid-post.tiktok':
    'Une vidéo des données de la page n’a pas pu être entièrement lue (détail technique : {detail}).',
  'problem.foreign-posts-ignored.instagram.one':
    '1 publication d’un autre profil présente dans les données de la page a été ignorée.',
  'problem.foreign-posts-ignored.instagram.other':
    '{count} publications d’un autre profil présentes dans les données de la page ont été ignorées.',
  'problem.foreign-posts-ignored.tiktok.one':
    '1 vidéo d’un autre compte présente dans les données de la page a été ignorée.',
  'problem.foreign-posts-ignored.tiktok.other':
    '{count} vidéos d’un autre compte présentes dans les données de la page ont été ignorées.',

  'problem.rounded.page': 'Le nombre d’abonnés est l’arrondi affiché sur la page, pas le chiffre exact.',
  'problem.rounded.page-data':
    'Le nombre d’abonnés est l’arrondi que TikTok a mis dans les données de la page (aucun chiffre exact n’était fourni).',
  'problem.rounded.summary': 'Le nombre d’abonnés est l’arrondi tiré du résumé de la page.',

  'problem.missing': 'Introuvable sur la page : {field}.',
  'problem.missing.displayName': 'Le nom affiché est introuvable sur la page.',
  'problem.missing.instagram.followers':
    'Le nombre d’abonnés est introuvable dans les données de la page, l’en-tête du profil et les balises meta.',
  'problem.missing.instagram.following':
    'Le nombre d’abonnements est introuvable dans les données de la page, l’en-tête du profil et les balises meta.',
  'problem.missing.instagram.postsCount':
    'Le nombre de publications est introuvable dans les données de la page, l’en-tête du profil et les balises meta.',
  'problem.missing.instagram.posts':
    'Aucune publication vue pour l’instant : faites défiler la grille du profil pour que la page les charge.',
  'problem.missing.tiktok.followers':
    'Le nombre d’abonnés est introuvable dans les données de la page, les vidéos, la page elle-même et les balises meta.',
  'problem.missing.tiktok.following':
    'Le nombre d’abonnements est introuvable dans les données de la page et sur la page.',
  'problem.missing.tiktok.totalLikes':
    'Le total des j’aime est introuvable dans les données de la page et sur la page.',
  'problem.missing.tiktok.postsCount': 'Le nombre de vidéos est introuvable dans les données de la page.',
  'problem.missing.tiktok.posts':
    'Aucune vidéo vue pour l’instant : faites défiler la grille du profil pour que la page les charge.',
  'problem.no-post-counts.instagram':
    'Seules les vignettes de la grille étaient lisibles : les j’aime et les commentaires apparaissent une fois les données des publications chargées (faites défiler ou rechargez la page).',
  'problem.no-post-counts.tiktok':
    'Seules les vignettes de la grille étaient lisibles (vues uniquement) : les j’aime et les commentaires apparaissent une fois la liste des vidéos chargée (faites défiler ou rechargez la page).',

  // ── Why a comment got its class: one sentence per classifier rule (lib/scoring/comment-rules.ts).
  'rule.spam:link': 'Contient un lien : un commentaire qui envoie ailleurs compte comme spam.',
  'rule.spam:obfuscated-link':
    'Cite un site écrit en morceaux pour échapper aux filtres de liens (« site . com »).',
  'rule.spam:send-pic': 'Demande d’envoyer une photo à un autre compte pour être mis en avant.',
  'rule.spam:promote-on': 'Propose de promouvoir la publication sur un autre compte.',
  'rule.spam:dm':
    'Invite à écrire en privé (DM, MP, WhatsApp) ; les réponses comme « regarde tes DM » ne comptent pas.',
  'rule.spam:contact-account':
    'Envoie les lecteurs contacter un autre compte que le créateur, ou un inconnu avec un titre (« écrivez à @…, elle vous guidera », « contactez Mme Jane »).',
  'rule.spam:follow-for-follow':
    'Échange des abonnements ou des j’aime (« f4f », « je m’abonne en retour »).',
  'rule.spam:subscribe':
    'Réclame des abonnés pour la chaîne de l’auteur du commentaire, ou annonce un objectif d’abonnés.',
  'rule.spam:self-promo':
    'Renvoie vers la chaîne, la page, la musique ou la boutique de l’auteur (« va voir ma chaîne »).',
  'rule.spam:like-bait':
    'Réclame des j’aime pour le commentaire ou les publications de son auteur, ou fait suivre une chaîne (« like si… », « partage à 10 personnes »).',
  'rule.spam:ambassador': 'Propose de devenir ambassadeur d’une marque.',
  'rule.spam:money':
    'Propose de gagner de l’argent ou un prêt (depuis chez soi, en ligne, signaux de trading, « demande-moi comment », « je peux te guider »).',
  'rule.spam:investment-testimony':
    'Un « témoignage » d’investissement : de l’argent gagné en quelques jours, un versement, une somme devenue bien plus grosse.',
  'rule.spam:account-testimony':
    'Remercie un autre compte (pas le créateur) pour des gains, sa fiabilité ou une vie changée : le faux témoignage habituel.',
  'rule.spam:token-pump':
    'Fait la promotion d’un jeton crypto (achetez et gardez, prévente, airdrop, adresse de contrat).',
  'rule.spam:donation': 'Demande de l’argent ou des cryptos, ou donne une adresse de portefeuille.',
  'rule.spam:recovery':
    'Propose de récupérer des fonds perdus ou des comptes piratés, ou de vendre un badge de vérification : arnaques courantes.',
  'rule.spam:giveaway':
    'Appât de cadeau ou de gain (cartes cadeaux gratuites, « vous avez gagné », argent promis aux premiers qui répondent).',
  'rule.spam:romance':
    'Appât sentimental ou « sugar daddy » : une allocation contre une relation, ou un inconnu qui veut devenir ami.',
  'rule.spam:collab':
    'Sollicite une collaboration (un mot de partenariat avec un DM, un contact ou un compte).',
  'rule.spam:promo-account': 'Mentionne un compte nommé comme un service de promotion ou de trading.',
  'rule.spam:scam-named-account':
    'Met en avant un compte nommé comme les comptes d’arnaque, truffé de tirets bas (@anna__m_) ou d’argent (@earn_with_kate), dans un commentaire qui n’est pas une réponse.',
  'rule.spam:styled-letters':
    'Écrit surtout en lettres Unicode décoratives (𝐠𝐫𝐚𝐬, 𝓼𝓬𝓻𝓲𝓹𝓽, ⓒⓔⓡⓒⓛⓔⓢ…) sur plusieurs mots : un moyen pour les comptes d’arnaque d’échapper aux filtres de mots.',
  'rule.spam:model':
    'Formulé comme le spam des commentaires étiquetés publics (petit modèle statistique, dernière vérification après les règles nommées).',
  'rule.generic:mention-only': 'Ne fait que mentionner d’autres comptes.',
  'rule.generic:emoji-only': 'Uniquement des émojis.',
  'rule.generic:empty': 'Aucun mot à juger.',
  'rule.neutral:short-question':
    'Une courte question : signe d’une audience vivante, pas d’un commentaire bâclé.',
  'rule.generic:short-praise':
    'Compliment court qui irait sous n’importe quelle publication (« Nice! », « Magnifique »).',
  'rule.neutral:short-remark': 'Une courte remarque sans compliment.',
  'rule.generic:short': 'Un mot ou presque, sans rien sur la publication.',
  'rule.substantive:question': 'Une question d’au moins cinq mots sur le contenu.',
  'rule.generic:praise-lexicon':
    'Compliment fait presque uniquement de mots passe-partout (« Trop talentueuse, continue ! »).',
  'rule.generic:praise-template':
    'Compliment et remerciement en modèle, la forme que des comptes automatisés postent partout (« Magnifique ! Merci pour ton travail ! »).',
  'rule.generic:filler-only': 'Uniquement des mots qui iraient sous n’importe quelle publication.',
  'rule.substantive:experience': 'Raconte une expérience personnelle (« j’ai testé… »).',
  'rule.substantive:caption-word': 'Reprend un mot de la légende ou des hashtags de la publication.',
  'rule.neutral:other': 'Un commentaire ordinaire : ni bâclé, ni propre à cette publication.',
  'rule.generic:duplicate': 'Le même texte venant d’au moins trois comptes.',

  // ── What the scoring model says (codes: lib/scoring/codes.ts, wording: score-text.ts).
  'reason.private-account': 'Le compte est privé : ses publications ne peuvent pas être vérifiées.',
  'reason.audit-fake-share': 'Faux abonnés audités : {share} %, au-delà du maximum de la campagne ({max} %).',
  'reason.er-below-half-minimum':
    'Taux d’engagement de {er} sur {posts} publications : moins de la moitié du minimum de la campagne de {min} % ({half} %).',
  'reason.insufficient-posts.one':
    'Seulement {posts} publication retenue ; il en faut au moins {min} pour juger l’engagement.',
  'reason.insufficient-posts.other':
    'Seulement {posts} publications retenues ; il en faut au moins {min} pour juger l’engagement.',
  'reason.insufficient-posts.state.one':
    'Seulement {posts} publication retenue ({state}) ; il en faut au moins {min} pour juger l’engagement.',
  'reason.insufficient-posts.state.other':
    'Seulement {posts} publications retenues ({state}) ; il en faut au moins {min} pour juger l’engagement.',
  'reason.page-state.not-found': 'profil introuvable',
  'reason.page-state.login-wall': 'le site demande de se connecter',
  'reason.page-state.no-posts': 'le profil n’a aucune publication',
  'reason.page-state.not-profile': 'cette page n’est pas un profil',
  'reason.er-unknown': 'Taux d’engagement inconnu : le minimum de la campagne n’a pas pu être vérifié.',
  'reason.er-below-minimum': 'Taux d’engagement de {er}, sous le minimum de la campagne de {min} %.',
  'reason.low-confidence':
    'Confiance faible : seulement {posts} publications retenues (la confiance est élevée à partir de {highFrom}).',
  'reason.authenticity-signals': '{count} signaux de risque d’authenticité : {signals}.',
  'reason.fit-below-shortlist':
    'Adéquation globale de {fit}, sous le seuil de {min} requis pour retenir le profil.',
  'reason.fit-needs-engagement':
    'Pas d’adéquation globale : l’engagement n’a pas pu être mesuré, et un score tiré de la seule portée et du prix serait trompeur.',
  'reason.weights-renormalised':
    'Aucune donnée pour : {keys}. L’adéquation globale repose sur les autres sous-scores, avec des poids recalculés.',
  'reason.audit-fake-share-ok':
    'Faux abonnés audités : {share} %, dans la limite du maximum de la campagne ({max} %).',
  'reason.quote-above-band':
    'Devis de {quote}, au-dessus de la fourchette de prix juste de {min}–{max} par publication.',
  'reason.quote-above-emv':
    'Devis de {quote}, plus de {multiple} fois la valeur média de {emv} par publication.',
  'reason.window.one': 'Taux d’engagement calculé sur {posts} publication.',
  'reason.window.other': 'Taux d’engagement calculé sur {posts} publications.',
  'reason.window.excluded.one': 'Taux d’engagement calculé sur {posts} publication ; écartées : {excluded}.',
  'reason.window.excluded.other':
    'Taux d’engagement calculé sur {posts} publications ; écartées : {excluded}.',
  'reason.window.pinned.one': '{n} épinglée',
  'reason.window.pinned.other': '{n} épinglées',
  'reason.window.likes-hidden.one': '{n} avec j’aime masqués',
  'reason.window.likes-hidden.other': '{n} avec j’aime masqués',
  'reason.window.too-recent.one': '{n} trop récente',
  'reason.window.too-recent.other': '{n} trop récentes',
  'reason.window.collab.one': '{n} en collaboration',
  'reason.window.collab.other': '{n} en collaboration',
  'reason.window.missing-counts.one': '{n} aux compteurs illisibles',
  'reason.window.missing-counts.other': '{n} aux compteurs illisibles',
  'reason.window.outside-window.one': '{n} hors de la fenêtre',
  'reason.window.outside-window.other': '{n} hors de la fenêtre',
  'reason.followers-unknown':
    'Le nombre d’abonnés n’a pas pu être lu : le taux d’engagement par abonnés est inconnu.',
  'reason.followers-zero':
    'Le profil affiche 0 abonné : le taux d’engagement par abonnés ne peut pas être calculé.',
  'reason.posts-undated.one':
    '{posts} publication sans date : âge non vérifié, placée après les publications datées.',
  'reason.posts-undated.other':
    '{posts} publications sans date : âge non vérifié, placées après les publications datées.',
  'reason.views-missing.one':
    'Le taux d’engagement par vues porte sur {withViews} vidéo sur {videos} ; les autres n’ont pas de vues ou de partages lisibles.',
  'reason.views-missing.other':
    'Le taux d’engagement par vues porte sur {withViews} vidéos sur {videos} ; les autres n’ont pas de vues ou de partages lisibles.',
  'reason.comment-pod':
    'Les comptes {authors} commentent dans le même ordre sur {posts} publications (signe d’un groupe d’engagement).',
  'reason.low-effort-comments':
    '{share} des {comments} commentaires sont génériques ou du spam (rouge dès {red} %).',
  'reason.inactive': 'Dernière publication il y a {days} jours : compte inactif (plus de {max} jours).',
  'reason.repositioning':
    'Changement de thématique : les publications anciennes et récentes partagent {across} % de mots-clés, contre {within} % au sein de chaque moitié.',
  'reason.disclosure-missing':
    'La publication {post} semble sponsorisée ({evidence}) mais n’affiche pas la mention requise {where} : {requirement}.',
  'reason.ad-saturation':
    '{share} des {posts} dernières publications sont sponsorisées (saturation publicitaire au-delà de {max} %).',
  'reason.audience-language-mismatch':
    'Seuls {share} des {comments} commentaires en langue reconnue sont en {targets} (il en faut {min} %) ; la plupart sont en {main}.',
  'reason.audience-language-mismatch.no-main':
    'Seuls {share} des {comments} commentaires en langue reconnue sont en {targets} (il en faut {min} %).',
  'reason.audience-language-mismatch.low': '{text} Confiance faible : moins de {highFrom} commentaires.',
  'reason.language-or': ' ou ',
  'reason.list-separator': ' ; ',

  'signal.label.er-vs-benchmark': 'taux d’engagement vs référence de la catégorie',
  'signal.label.comments-per-like': 'commentaires par j’aime',
  'signal.label.likes-spread': 'dispersion des j’aime',
  'signal.label.following': 'abonnements vs abonnés',
  'signal.label.low-effort-comments': 'commentaires peu engagés',
  'signal.label.follower-jumps': 'sauts d’abonnés',
  'signal.er-vs-benchmark.followers.unchecked': 'Taux d’engagement ou catégorie inconnus : non vérifié.',
  'signal.er-vs-benchmark.views.unchecked': 'Taux d’engagement par vues ou catégorie inconnus : non vérifié.',
  'signal.er-vs-benchmark.followers.within':
    'Taux d’engagement médian de {er} %, dans la plage {low}–{high} % (médiane de la catégorie {bench} %).',
  'signal.er-vs-benchmark.followers.outside':
    'Taux d’engagement médian de {er} %, hors de la plage {low}–{high} % (médiane de la catégorie {bench} %).',
  'signal.er-vs-benchmark.views.within':
    'Taux d’engagement médian par vues de {er} %, dans la plage {low}–{high} % (médiane de la catégorie {bench} %).',
  'signal.er-vs-benchmark.views.outside':
    'Taux d’engagement médian par vues de {er} %, hors de la plage {low}–{high} % (médiane de la catégorie {bench} %).',
  'signal.comments-per-like.unchecked': 'Pas assez de publications avec des j’aime : non vérifié.',
  'signal.comments-per-like.within':
    '{ratio} commentaires pour 100 j’aime, dans la plage {low}–{high} % (habituellement environ {typical} %).',
  'signal.comments-per-like.outside':
    '{ratio} commentaires pour 100 j’aime, hors de la plage {low}–{high} % (habituellement environ {typical} %).',
  'signal.likes-spread.unchecked': 'Moins de {minPosts} publications avec des j’aime : non vérifié.',
  'signal.likes-spread.within':
    'Les j’aime varient d’une publication à l’autre avec un coefficient de variation de {cv}.',
  'signal.likes-spread.uniform':
    'Les j’aime varient d’une publication à l’autre avec un coefficient de variation de {cv} (étrangement uniformes).',
  'signal.likes-spread.erratic':
    'Les j’aime varient d’une publication à l’autre avec un coefficient de variation de {cv} (erratiques).',
  'signal.following.unchecked': 'Abonnements ou abonnés inconnus : non vérifié.',
  'signal.following.over': 'Suit {following} comptes, plus que ses {followers} abonnés.',
  'signal.following.near-cap':
    'Suit {following} comptes, près de la limite de {limit} abonnements d’Instagram.',
  'signal.following.within': 'Suit {following} comptes pour {followers} abonnés.',
  'signal.low-effort-comments.unchecked': 'Moins de {minComments} commentaires lus : non vérifié.',
  'signal.low-effort-comments.checked': '{share} des commentaires sont génériques ou du spam.',
  'signal.follower-jumps.unchecked': 'Pas encore d’historique d’analyses : non vérifié.',
  'signal.follower-jumps.fired': 'Sauts d’abonnés en chiffres ronds entre deux analyses : {jumps}.',
  'signal.follower-jumps.none': 'Aucun saut d’abonnés en chiffres ronds sur {snapshots} analyses.',

  'subname.engagement': 'engagement',
  'subname.commentQuality': 'qualité des commentaires',
  'subname.authenticity': 'authenticité',
  'subname.reach': 'portée',
  'subname.consistency': 'régularité',
  'subname.hygiene': 'transparence & publicités',
  'subname.niche': 'adéquation à la niche',
  'subname.value': 'valeur',

  'explain.engagement.too-few-posts': 'Non noté : {posts} publications retenues, il en faut au moins {min}.',
  'explain.engagement.followers-unknown': 'Non noté : nombre d’abonnés inconnu.',
  'explain.engagement.by-views': 'Taux d’engagement médian par vues {er} sur {videos} vidéos.',
  'explain.engagement.by-followers':
    'Taux d’engagement médian {er} sur {posts} publications (minimum {min} %).',
  'explain.engagement.by-followers.bench':
    'Taux d’engagement médian {er} sur {posts} publications (minimum {min} %, médiane de la catégorie {bench} %).',
  'explain.commentQuality.no-comments':
    'Aucun commentaire lu : ouvrez quelques publications pour juger leur qualité.',
  'explain.commentQuality.scored':
    '{share} de commentaires peu engagés ({band}) sur {comments} issus de {posts} publications ; {substantive} constructifs, {replies} réponses du créateur.',
  'explain.band.green': 'vert',
  'explain.band.amber': 'orange',
  'explain.band.red': 'rouge',
  'explain.authenticity.none-checked': 'Aucun signal de risque vérifiable.',
  'explain.authenticity.scored.none':
    '{fired} signal(s) de risque sur {evaluated} vérifiés. La liste des abonnés n’est pas visible : ce sont des signaux, pas un taux de faux abonnés.',
  'explain.authenticity.scored':
    '{fired} signal(s) de risque sur {evaluated} vérifiés : {signals}. La liste des abonnés n’est pas visible : ce sont des signaux, pas un taux de faux abonnés.',
  'explain.reach.no-data': 'Non noté : ni abonnés ni vues lisibles.',
  'explain.reach.followers': 'Environ {reach} personnes touchées par publication (abonnés × {rate} %).',
  'explain.reach.followers.sweet':
    'Environ {reach} personnes touchées par publication (abonnés × {rate} %) ; cible idéale notoriété 50k–100k.',
  'explain.reach.views':
    'Environ {reach} personnes touchées par publication (médiane des vues de {videos} vidéos retenues).',
  'explain.reach.views.sweet':
    'Environ {reach} personnes touchées par publication (médiane des vues de {videos} vidéos retenues) ; cible idéale notoriété 50k–100k.',
  'explain.consistency.no-data': 'Non noté : trop peu de publications datées.',
  'explain.consistency.cadence.unknown': 'Rythme inconnu',
  'explain.consistency.cadence.regular': 'Rythme régulier',
  'explain.consistency.cadence.uneven': 'Rythme inégal',
  'explain.consistency.cadence.erratic': 'Rythme irrégulier',
  'explain.consistency': '{cadence}.',
  'explain.consistency.topic': '{cadence} ; recouvrement thématique {overlap} %.',
  'explain.consistency.topic.repositioned':
    '{cadence} ; recouvrement thématique {overlap} %, repositionnement.',
  'explain.consistency.inactive': 'Inactif. {rest}',
  'explain.hygiene.no-data': 'Non noté : aucune publication retenue.',
  'explain.hygiene.scored':
    '{sponsored} publications sponsorisées sur {posts} ({share}) ; {nonCompliant} sans la mention légale requise {where}.',
  'explain.hygiene.scored.performance':
    '{sponsored} publications sponsorisées sur {posts} ({share}) ; {nonCompliant} sans la mention légale requise {where} ; les publications sponsorisées atteignent {performance} × le taux d’engagement organique.',
  'explain.niche.no-keywords': 'Non noté : la campagne n’a pas de mots-clés.',
  'explain.niche.languages-part': '{share} des {comments} commentaires en langue reconnue sont en {targets}.',
  'explain.niche.languages':
    'Pas de mots-clés : noté sur les seules langues de l’audience. {share} des {comments} commentaires en langue reconnue sont en {targets}.',
  'explain.niche.too-few-comments':
    'Non noté : pas de mots-clés, et seulement {comments} commentaires en langue reconnue (il en faut {min} pour juger {targets}).',
  'explain.niche.scored':
    '{found} mots-clés sur {keywords} trouvés ; {onTopic} publications sur {posts} dans la thématique.',
  'explain.niche.scored.list':
    '{found} mots-clés sur {keywords} trouvés ({list}) ; {onTopic} publications sur {posts} dans la thématique.',
  'explain.value.no-reach': 'Non noté : portée inconnue, pas de valeur média.',
  'explain.value.no-price': 'Valeur média {emv} par publication ; aucun prix de comparaison.',
  'explain.value.quote':
    'Valeur média {emv} par publication ({impressions} impressions × CPM {cpm} / 1000) comparée au devis ({price}).',
  'explain.value.band':
    'Valeur média {emv} par publication ({impressions} impressions × CPM {cpm} / 1000) comparée au milieu de la fourchette de prix juste ({price}).',

  'note.post-er': 'engagement {er}',
  'note.post-er-views': 'par vues {er}',
  'note.undated': 'sans date',
  'note.comment': '{class} ({rule})',
  'note.creator-reply': 'réponse du créateur, comptée à part',
  'note.sponsored.yes': 'sponsorisée : {evidence}',
  'note.sponsored.yes.missing': 'sponsorisée : {evidence} — mention légale manquante',
  'note.sponsored.possible': 'peut-être sponsorisée : {evidence}',

  'evidence.paid-partnership': 'label « partenariat rémunéré »',
  'evidence.sponsor-tags': 'marques partenaires identifiées : {tags}',
  'evidence.ad-hashtags': 'hashtags publicitaires : {tags}',
  'evidence.ad-wording': 'mention publicitaire dans la légende',
  'evidence.discount-code': 'code promo {code}',
  'evidence.brand-mention': 'mention de marque : « {cue} »',

  'jurisdiction.in.FR': 'en France',
  'jurisdiction.in.UK': 'au Royaume-Uni',
  'jurisdiction.in.US': 'aux États-Unis',
  'jurisdiction.in.DE': 'en Allemagne',
  'jurisdiction.in.ES': 'en Espagne',
  'jurisdiction.in.IT': 'en Italie',
  'jurisdiction.in.BR': 'au Brésil',

  'card.priceBand.converted': '{source}, converti à 1 EUR = {rate} {currency}',
  'card.priceBand.usFallback': 'pas de chiffre américain pour cette catégorie ; barème français : {source}',

  // ── Failures (codes: lib/result.ts, wording: describeError in index.ts).
  'error.invalid-data': 'Les données n’avaient pas la forme attendue.',
  'error.unexpected': 'Une erreur inattendue s’est produite.',
  'error.invalid-setting': '{label} — {rule}',
  'error.settings-unreadable': 'Les campagnes enregistrées n’ont pas pu être lues',
  'error.with-detail': '{text} ({detail})',

  // ── Labels of the editable thresholds and benchmarks (options page).
  'threshold.tierMicroMin': 'Micro à partir de (abonnés)',
  'threshold.tierMacroMin': 'Macro à partir de (abonnés)',
  'threshold.tierMegaMin': 'Méga à partir de (abonnés)',
  'threshold.minErInstagram': 'Engagement minimum Instagram (%)',
  'threshold.minErTiktok': 'Engagement minimum TikTok (%)',
  'threshold.maxFakeShare': 'Part maximale de faux abonnés (%)',
  'threshold.postWindow': 'Publications dans la fenêtre',
  'threshold.minPostAgeHoursInstagram': 'Ignorer les publications Instagram de moins de (h)',
  'threshold.minPostAgeHoursTiktok': 'Ignorer les vidéos TikTok de moins de (h)',
  'threshold.minEligiblePosts': 'Publications éligibles minimum',
  'threshold.lowConfidencePosts': 'Confiance faible sous (publications)',
  'threshold.lowEffortAmber': 'Commentaires peu engagés : orange dès (%)',
  'threshold.lowEffortRed': 'Commentaires peu engagés : rouge dès (%)',
  'threshold.shortlistFit': 'Score requis pour retenir (0–100)',
  'threshold.benchmarkErInstagram': 'Référence engagement Instagram par catégorie (%)',
  'threshold.benchmarkErViewsTiktok': 'Référence engagement TikTok par vues (%)',
  'threshold.erBenchmarkLowFactor': 'Risque : engagement sous la référence ×',
  'threshold.erBenchmarkHighFactor': 'Risque : engagement au-dessus de la référence ×',
  'threshold.commentsPerLikeLow': 'Risque : commentaires par j’aime sous (%)',
  'threshold.commentsPerLikeHigh': 'Risque : commentaires par j’aime au-dessus de (%)',
  'threshold.likesCvLow': 'Risque : dispersion des j’aime (CV) sous',
  'threshold.likesCvHigh': 'Risque : dispersion des j’aime (CV) au-dessus de',
  'threshold.followingNearCap': 'Risque : abonnements à partir de',
  'threshold.cadenceCvRegular': 'Rythme régulier sous (CV)',
  'threshold.cadenceCvErratic': 'Rythme erratique au-dessus de (CV)',
  'threshold.inactiveDays': 'Inactif après (jours sans publication)',
  'threshold.adSaturation': 'Saturation publicitaire au-dessus de (% sponsorisé)',
  'threshold.paidPerformanceGood': 'Bon ratio engagement payant/organique dès',
  'threshold.quoteMaxEmvMultiple': 'Signaler un devis au-delà de la valeur média ×',
  'threshold.languageMatchMin':
    'Langues de l’audience conformes dès (% de commentaires dans une langue visée)',
  'threshold.languageMinComments':
    'Commentaires en langue reconnue nécessaires pour juger les langues de l’audience',
} as const satisfies Record<MessageKey, string>;
