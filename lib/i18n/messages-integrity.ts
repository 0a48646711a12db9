/**
 * Why a file was refused, what an import will do that needs a second look, and what the
 * dashboard says when something could not be shown or converted: in English and French.
 */
export const enIntegrity = {
  // ——— sync file refusals (lib/exchange/sync-file.ts) ———
  'sync.error.nothing': 'Nothing was imported.',
  'sync.error.too-large': 'The file holds {size} of data once unpacked; a sync file can hold at most {max}.',
  'sync.error.incomplete':
    'The file is incomplete: it announces {count} creators but holds {n}. It is probably still being copied or synced: try again once it is complete.',
  'sync.error.incomplete-packed':
    'The file is cut short or damaged: it is probably still being copied or synced. Try again once it is complete.',
  'sync.error.empty-input': 'The file is empty.',
  'sync.error.not-utf8': 'The file is not UTF-8 text: it was not written by Microscope, or it was damaged.',
  'sync.error.not-json':
    'This is not a Microscope sync file: it is not JSON, or it was cut short. (A CSV export can be imported too: save it with the .csv extension.)',
  'sync.error.wrong-format': 'This file is not a Microscope shortlist sync file.',
  'sync.error.wrong-format-named':
    'This file is not a Microscope shortlist sync file (its format is “{format}”).',
  'sync.error.newer-version':
    'This sync file was made by a newer version of Microscope (file version {version}; this one reads versions up to {supported}). Update the extension, then import the file again.',
  'sync.error.unsupported-version': 'This sync file has an unknown version ({version}).',
  'sync.error.too-many-entries': 'The file lists {n} creators; a sync file can hold at most {max}.',
  'sync.error.invalid': 'The file is damaged or was edited by hand at {where}: {problem}.',
  'sync.error.duplicate-entry': 'The file lists {key} more than once.',
  'sync.error.no-entries': 'The file has no creators and no deletions in it, so there is nothing to import.',
  'sync.error.clock-ahead':
    'The file holds an edit dated {date} ({key}, {where}), more than 24 hours ahead of this computer’s clock. The device that made it has its clock set wrong, or this computer’s clock is behind: correct the clock, export the file again, then import it.',
  // ——— what a value in a file got wrong ———
  'sync.problem.tooLong': 'longer than {max} characters',
  'sync.problem.tooBig': 'larger than {max}',
  'sync.problem.tooSmall': 'smaller than {min}',
  'sync.problem.empty': 'empty',
  'sync.problem.tooMany': 'more than {max} items',
  'sync.problem.type': 'not the expected kind of value ({expected})',
  'sync.problem.value': 'not one of the accepted values',
  'sync.problem.time': 'a time outside the years 1970 to 9999',
  'sync.problem.url': 'not an https address on instagram.com or tiktok.com',
  'sync.problem.clock': 'not a clock value (like 001700000000000-0000000000-device)',
  'sync.problem.date': 'not a date like 2026-03-31',
  'sync.problem.key': 'not a creator key (instagram:handle or tiktok:handle, in lower case)',
  'sync.problem.handle': 'the handle does not match the creator key',
  'sync.problem.otherCreator': 'a score report about another creator',
  'sync.problem.device': 'not a device id (1 to 64 printable characters, no spaces)',
  'sync.problem.tag': 'an empty tag',
  'sync.problem.other': '{message}',
  'sync.problem.json': 'not JSON',
  // ——— the import preview's warnings ———
  'sync.preview.ownClaim':
    'This file says it was exported by this browser, yet it would change {n} creators. Check where it came from before importing it.',
  'sync.preview.claimsYourNotes':
    'Warning: this file carries notes signed with your own device id that differ from yours, on {handles}. Importing it would replace your notes with text you did not write. Import it only if you trust where it came from.',
  'sync.preview.sharedTitle': 'Shared file {name}: what Sync now will change',
  'sync.shared.changed':
    'The shared file changed while its preview was open: here is what it would change now.',
  'sync.shared.refused': '{name}: {error} The shared file was left as it was.',
  'sync.undone.count':
    'The last import was undone ({n} creators), as edits your team receives with your next sync.',
  'sync.undone.kept': '{n} creators you edited after the import keep your edits.',
  // ——— CSV re-import (lib/exchange/csv-import.ts) ———
  'csv.encoding.windows-1252':
    'This file is not UTF-8: it was read as Windows-1252 (Western European Excel). Check accented letters in the preview before importing.',
  'csv.encoding.utf-16': 'This file was saved as UTF-16 (Excel “Unicode text”); it was read as such.',
  'csv.error.empty': 'The file is empty.',
  'csv.error.noKeys':
    'This CSV has no “platform” and “handle” columns, so its rows cannot be matched to creators.',
  'csv.row.skipped': '@{handle}: {problems}. This row was not imported.',
  'csv.row.noKey': 'No valid platform and handle (“{platform}”, “{handle}”).',
  'csv.row.unreadable': 'This row could not be read ({detail}).',
  'csv.row.emptyStatus': 'status is empty',
  'csv.row.unknownStatus': 'unknown status “{value}”',
  'csv.row.badDate': '{column} “{value}” is not a date like 2026-03-31',
  'csv.row.badNumber': '{column} “{value}” is not a valid number',
  'csv.row.unknownCurrency': 'unknown currency “{value}”',
  'csv.row.badYesNo': '{column} “{value}” is not yes or no',
  'csv.row.tooLong': '{column} is longer than {max} characters',
  'csv.row.duplicate': 'this creator is already on line {line} of the file',
  'csv.row.failed': 'this row could not be applied ({detail})',
  // ——— dashboard safety nets ———
  'ws.panelError': 'This part of the page could not be shown ({error}). The rest of your shortlist is safe.',
  'ws.panelRetry': 'Try again',
  'ws.rowError': '@{handle}: this row could not be shown ({error}).',
  'ws.quarantine':
    '{n} creators saved by an older version or an earlier import could not be converted; they were kept aside, unchanged.',
  'ws.quarantine.download': 'Download them (JSON)',
  'ws.clockDamaged':
    'The shortlist clock stored in this browser cannot be read, so edits cannot be ordered safely. Nothing was changed.',
  'ws.clockExhausted': 'The shortlist clock has reached the largest time it can write. Nothing was changed.',
} as const;

export type IntegrityMessageKey = keyof typeof enIntegrity;

export const frIntegrity: Record<IntegrityMessageKey, string> = {
  'sync.error.nothing': 'Rien n’a été importé.',
  'sync.error.too-large':
    'Le fichier contient {size} de données une fois décompressé ; un fichier de synchro en contient au plus {max}.',
  'sync.error.incomplete':
    'Le fichier est incomplet : il annonce {count} créateurs mais en contient {n}. Il est sans doute encore en cours de copie ou de synchronisation : réessayez une fois qu’il sera complet.',
  'sync.error.incomplete-packed':
    'Le fichier est tronqué ou endommagé : il est sans doute encore en cours de copie ou de synchronisation. Réessayez une fois qu’il sera complet.',
  'sync.error.empty-input': 'Le fichier est vide.',
  'sync.error.not-utf8':
    'Le fichier n’est pas du texte UTF-8 : il n’a pas été écrit par Microscope, ou il est endommagé.',
  'sync.error.not-json':
    'Ce n’est pas un fichier de synchro Microscope : ce n’est pas du JSON, ou il a été tronqué. (Un export CSV peut aussi être importé : enregistrez-le avec l’extension .csv.)',
  'sync.error.wrong-format': 'Ce fichier n’est pas un fichier de synchro de sélection Microscope.',
  'sync.error.wrong-format-named':
    'Ce fichier n’est pas un fichier de synchro de sélection Microscope (son format est « {format} »).',
  'sync.error.newer-version':
    'Ce fichier de synchro vient d’une version plus récente de Microscope (version du fichier {version} ; celle-ci lit les versions jusqu’à {supported}). Mettez l’extension à jour, puis importez de nouveau le fichier.',
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
  'sync.problem.json': 'pas du JSON',
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
};
