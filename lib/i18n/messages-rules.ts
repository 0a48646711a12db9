import type { CommentRule } from '../scoring/comment-rules';

/**
 * Why a comment got its class: one sentence per classifier rule, in English and French, shown on
 * the card next to each comment (the rule id stays visible for diagnostics).
 */
export type RuleMessageKey = `rule.${CommentRule}`;

export const enRules: Record<RuleMessageKey, string> = {
  'rule.spam:link': 'Contains a link: a comment that sends readers elsewhere counts as spam.',
  'rule.spam:obfuscated-link': 'Names a website written apart to slip past link filters ("site . com").',
  'rule.spam:send-pic': 'Asks the creator to send a photo to another account to be featured.',
  'rule.spam:promote-on': 'Offers to promote the post on another account.',
  'rule.spam:dm':
    'Asks readers to write privately (DM, inbox, WhatsApp); replies such as "check your DMs" do not count.',
  'rule.spam:contact-account':
    'Sends readers to get in touch with another account or a titled stranger, not the creator ("message @…, she can guide you", "contact mrs. Jane").',
  'rule.spam:follow-for-follow':
    'Trades follows, likes or subscriptions ("f4f", "sub 4 sub", "I follow back").',
  'rule.spam:subscribe':
    "Asks for subscribers to the commenter's own channel, or announces a subscriber goal.",
  'rule.spam:self-promo':
    'Points readers at the commenter\'s own channel, page, music or shop ("check out my channel").',
  'rule.spam:like-bait':
    'Asks for likes on the comment or on the commenter\'s posts, or passes on a chain ("thumbs up if…", "share this to 10 people").',
  'rule.spam:ambassador': 'Offers a brand-ambassador deal.',
  'rule.spam:money':
    'Offers a way to make money or a loan (from home, online, trading signals, "ask me how", "I can guide you through").',
  'rule.spam:investment-testimony':
    'An investment "testimony": money made in a few days, a payout received, or an amount turned into a bigger one.',
  'rule.spam:account-testimony':
    'Credits another account (not the creator) for profits, trust or a changed life: the usual scam testimony.',
  'rule.spam:token-pump':
    'Promotes a crypto token (buy and hold, to the moon, presale, airdrop, contract address).',
  'rule.spam:donation': 'Begs for money or crypto, or gives a wallet address.',
  'rule.spam:recovery':
    'Offers to recover lost funds or hacked accounts, or to sell a verification badge: common scams.',
  'rule.spam:giveaway':
    'Prize or free-gift bait (free gift cards, "you won", paying the first people who answer).',
  'rule.spam:romance':
    'Romance or "sugar daddy" bait: an allowance for a relationship, or a stranger asking to be friends.',
  'rule.spam:collab': 'Solicits a collaboration (a collab word with a DM, a contact or an account).',
  'rule.spam:promo-account': 'Tags an account named like a promotion or trading service.',
  'rule.spam:scam-named-account':
    'Credits an account named the way scam accounts name themselves, padded with underscores (@anna__m_) or after money (@earn_with_kate), in a comment that is not a reply.',
  'rule.spam:styled-letters':
    'Written mostly in decorative Unicode letters (𝐛𝐨𝐥𝐝, 𝓼𝓬𝓻𝓲𝓹𝓽, ⓒⓘⓡⓒⓛⓔⓓ…) over several words: a way scam accounts slip past keyword filters.',
  'rule.spam:model':
    'Worded like the spam in public labelled comments (a small statistical model, the last check after the named rules).',
  'rule.generic:mention-only': 'Only tags other accounts.',
  'rule.generic:emoji-only': 'Only emoji.',
  'rule.generic:empty': 'No words to judge.',
  'rule.neutral:short-question': 'A short question: a sign of a live audience, not low effort.',
  'rule.generic:short-praise': 'Short praise that fits any post ("Nice!", "Magnifique").',
  'rule.neutral:short-remark': 'A short remark without praise.',
  'rule.generic:short': 'A word or so, with nothing about the post.',
  'rule.substantive:question': 'A question of five words or more about the content.',
  'rule.generic:praise-lexicon':
    'Praise made almost only of words that fit any post ("So talented, keep it up!").',
  'rule.generic:praise-template':
    'Praise and thanks in a template, the shape bot accounts post everywhere ("Wonderful! Thank you for your hard work!").',
  'rule.generic:filler-only': 'Only words that would fit under any post.',
  'rule.substantive:experience': 'Tells a personal experience ("I tried…").',
  'rule.substantive:caption-word': "Picks up a word of the post's caption or hashtags.",
  'rule.neutral:other': 'An ordinary comment: neither low effort nor about this post in particular.',
  'rule.generic:duplicate': 'The same text from three or more accounts.',
};

export const frRules: Record<RuleMessageKey, string> = {
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
};
