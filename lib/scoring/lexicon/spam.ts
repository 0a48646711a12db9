import type { Lexicon } from './types';

/**
 * Spam families (a comment that solicits something unrelated to the post), one word list per
 * family, in the six product languages. Fragments match folded text between word edges.
 */

/** Asking readers to write privately: "DM us", "inbox me", "écris-nous". */
export const DM: Lexicon = {
  any: ['dm', 'dms', 'md', 'mp', 'pm me', 'inbox', 'whatsapp', 'telegram'],
  en: [
    'message me',
    'message us',
    'text me',
    'direct message',
    'private chat me',
    'contact me',
    'contact us',
    'write to me',
    'write me',
    'kindly message',
    'hit me up',
    'add me on',
    'send me a message',
  ],
  fr: [
    'ecris-nous',
    'ecrivez-nous',
    'ecris-moi',
    'ecrivez-moi',
    'contacte-nous',
    'contactez-nous',
    'contacte-moi',
    'contactez-moi',
  ],
  es: ['escribenos', 'escribeme', 'contactame', 'contactanos', 'mandame un mensaje'],
  de: ['schreib uns', 'schreib mir', 'schreibt mir', 'schreibt uns', 'kontaktiere mich', 'kontaktiere uns'],
  pt: ['no direct', 'in direct', 'me chama', 'chama no', 'me manda mensagem', 'fale comigo'],
  it: ['scrivici', 'scrivimi', 'contattami', 'contattaci'],
};

/** Asking to be written to privately in words the reply list would take for an answer: "hit me in my dm". */
export const DM_ASK: Lexicon = {
  en: [
    'hit me (?:up )?(?:in|on) (?:my|the) (?:dms?|inbox)',
    '(?:text|reach) me (?:on|via) (?:whatsapp|telegram|signal)',
  ],
  fr: ['(?:ecris|ecrivez)-moi en (?:dm|mp|prive)'],
  es: ['escribeme (?:al|por) (?:dm|md|privado)'],
  de: ['schreib(?:t)? mir (?:eine )?(?:dm|privat)'],
  pt: ['me chama no (?:direct|privado|dm)'],
  it: ['scrivimi in (?:dm|privato|direct)'],
};

/**
 * Ordinary replies about messages, removed before the DM family is tested: "check dm",
 * "I sent you a DM", "slid into your DMs" answer someone; they do not solicit.
 */
export const DM_REPLY: Lexicon = {
  en: [
    'check (?:your |ur |my |the |our |ya )?(?:dms?|inbox|messages?)',
    '(?:i |we )?(?:sent|replied|answered|responded)(?: to)?(?: you)?(?: an?| the| your| my)? (?:dms?|inbox|messages?)',
    '(?:in|on|into|to|at) (?:your|ur|my|his|her|their) (?:dms?|inbox)',
    "(?:i'?ll|i will|can i|let me) (?:dm|message|inbox) you",
    'dm(?:ed|d)? you',
  ],
  fr: [
    '(?:regarde|verifie|check) (?:tes |vos |mes )?(?:dm|mp|messages)',
    "(?:je t'ai|je vous ai) (?:envoye|ecrit) (?:un |en )?(?:dm|mp)",
  ],
  es: ['(?:revisa|mira) (?:tu |tus |el )?(?:dm|md|mensajes?)', 'te (?:mande|escribi) (?:un |por )?(?:dm|md)'],
  de: [
    '(?:schau|check) (?:in )?(?:deine |die )?(?:dms?|nachrichten)',
    'hab dir (?:eine )?(?:dm|nachricht) geschickt',
  ],
  pt: [
    '(?:olha|ve|confere) (?:seu |sua |o |a )?(?:dm|direct|inbox)',
    'te (?:mandei|chamei) (?:no |na )?(?:dm|direct)',
  ],
  it: [
    '(?:guarda|controlla) (?:i |il |tuoi )?(?:dm|direct|messaggi)',
    'ti ho (?:scritto|mandato) (?:in |un )?(?:dm|direct)',
  ],
};

/** Follow / like / subscribe exchanges: "f4f", "sub 4 sub", "I follow back". */
export const FOLLOW_FOR_FOLLOW: Lexicon = {
  any: ['f4f', 'l4l', 's4s', 'sub ?4 ?sub', 'sub ?for ?sub', 'like ?4 ?like', 'follow ?4 ?follow'],
  en: [
    'follow ?for ?follow',
    'like ?for ?like',
    'follow ?back',
    'follow me',
    'i follow back',
    'sub ?back',
    'subscribe ?back',
    "i'?ll sub(?:scribe)? (?:back|to you)",
    'i subscribe (?:back|to you)',
  ],
  fr: [
    "je m'abonne en retour",
    'abonne-toi',
    'abonne toi',
    'abonnez-vous',
    'abonnez vous',
    'suis-moi',
    'je te suis en retour',
  ],
  es: ['sigueme', 'te sigo', 'me sigues y te sigo', 'suscribete', 'suscribanse'],
  de: ['folge mir', 'folgt mir', 'folge zuruck', 'abonniert mich', 'abonnier mich'],
  pt: ['sigo de volta', 'me segue', 'segue de volta', 'se inscreva', 'inscreva-se', 'inscrevam-se'],
  it: ['seguimi', 'ricambio', 'seguitemi', 'iscriviti', 'iscrivetevi'],
};

/** Asking for subscribers to the commenter's own channel, or announcing a subscriber goal. */
export const SUBSCRIBE: Lexicon = {
  en: [
    'subscribe',
    'suscribe',
    'subcribe',
    'sucscribe',
    'subscibe',
    'subsribe',
    'subscrib',
    'my (?:first |\\d+(?:st|nd|rd|th) )?subscribers?',
    "(?:i'?m|im|i am) (?:a |your )?subscriber",
    'subscribers (?:please|pls|plz)',
    'sub (?:to )?(?:me|my|us|our)',
    'subs? (?:pls|please|plz|plzz)',
    '(?:reach|get|got|hit|gain|need|want|getting|reaching) (?:\\d[\\d,.]*k? |more |some |a few |a lot of |new )?(?:subs|subscribers)',
    'views and subscribers',
  ],
  fr: ['abonnez-vous a (?:ma|notre) chaine', 'abonne-toi a ma chaine'],
  es: ['suscribete a mi canal', 'suscribanse a mi canal'],
  de: ['abonniert meinen kanal', 'abonnier meinen kanal', 'abonniert (?:mich|uns)'],
  pt: ['se inscreva no meu canal', 'inscreva-se no meu canal'],
  it: ['iscriviti al mio canale', 'iscrivetevi al (?:mio|nostro) canale'],
};

/** What a self-promoter points at: their channel, page, videos, music, shop. */
const OWN_THING =
  '(?:new |first |latest |youtube |yt |music |gaming |cover |acoustic |official |little |small )*(?:channel|chanel|chanell|chhanel|page|profile|account|bio|videos?|vids?|vidios|song|songs|music|covers?|blog|website|site|playlist|track|tracks|mixtape|single|rap|raps|art|shop|store|stuff|content|feed|insta|ig|tiktok|youtube)';

/** Pointing readers at the commenter's own channel, page or work: "check out my channel". */
export const SELF_PROMO: Lexicon = {
  en: [
    'check (?:it |this |them |em |men |me |us |these |those |\\w+ )?out',
    'chec?k (?:out )?(?:my|our|me|us)',
    'checked out (?:some of |any of )?my',
    'with \\d[\\d,.]*k? (?:subscribers|subs|followers)',
    'my (?:twitter|instagram|insta|ig|facebook|fb|snapchat|snap|soundcloud|spotify|twitch|tiktok|website|blog|webpage|shop|store)',
    'use my (?:code|link|referral)',
    'my (?:referral|invite|promo) (?:code|link)',
    '(?:referral|invite|promo) code',
    'sign up (?:with|using|here|now|for free|at)',
    'chack(?:ing)? out',
    'checking out my',
    `(?:visit|see|watch|view|look at|go to|come to|listen to|take a look at|have a look at|look up|go check|come check|check) (?:at )?(?:my|our) ${OWN_THING}`,
    `(?:on|in|at) my ${OWN_THING}`,
    '(?:check|take a look at|look at|watch) (?:out )?this (?:video|vid|playlist|channel|song|site|website|link) on youtub\\w*',
    '(?:i|we) (?:did|made|recorded|sang|uploaded|posted) (?:a |some |my own |our own |an? )?(?:\\w+ )?covers?',
    'take (?:a|1|one|just a) (?:second|sec|minute|min|moment) (?:and|to) (?:watch|listen|check|look|visit|subscribe|read)',
    '(?:check|take a look at) (?:out )?this (?:playlist|channel)',
    "(?:i'?m|im|i am|we'?re|we are) (?:a |an )?(?:new|small|upcoming|young|aspiring|little|beginner|starting|\\d+ (?:yr|year) old) (?:youtuber|rapper|artist|singer|producer|musician|channel|creator|band|youtube channel)",
    '(?:made|started|created|opened) (?:a|my) (?:new |own )?(?:\\w+ )?(?:channel|youtube channel)',
    '(?:please|pls|plz) (?:look|search) (?:up|for)',
    'new youtuber',
    'small youtuber',
    'my new channel',
    'my youtube channel',
    'my channel',
    'link in (?:my )?bio',
    'visit my (?:page|profile)',
  ],
  fr: [
    'viens voir ma page',
    'regarde mon profil',
    'passe sur mon profil',
    'passez sur mon profil',
    '(?:va|allez|venez) voir (?:ma|mon|mes) (?:page|profil|chaine|video|videos|compte)',
    'regardez? (?:ma|mes) (?:chaine|video|videos)',
    'ma chaine',
    'lien en bio',
    'lien dans ma bio',
  ],
  es: [
    'mira mi (?:perfil|canal|video|cuenta|pagina)',
    'miren mi (?:perfil|canal|video|cuenta|pagina)',
    'pasate por mi perfil',
    'pasense por mi (?:perfil|canal)',
    'visita mi (?:perfil|canal|pagina)',
    'mi canal',
    'link en (?:mi )?bio',
  ],
  de: [
    'schau (?:mal )?(?:auf|in|bei) (?:meinem|meinen|meine) (?:profil|kanal|account|seite)',
    'schaut (?:mal )?(?:auf|in|bei) (?:meinem|meinen|meine) (?:profil|kanal|account|seite)',
    'auf meinem profil',
    'auf meinem kanal',
    'besuch(?:t)? (?:meinen|mein) (?:kanal|profil)',
    'link in (?:meiner )?bio',
  ],
  pt: [
    'veja meu perfil',
    'passa no meu perfil',
    'confira meu (?:perfil|canal|video)',
    'visita meu (?:perfil|canal)',
    'meu canal',
    'link na bio',
  ],
  it: [
    'guarda il mio profilo',
    'passa dal mio profilo',
    'passate dal mio (?:profilo|canale)',
    'guardate il mio (?:canale|video)',
    'il mio canale',
    'link in bio',
  ],
  any: ['infos? (?:en|in|na) (?:ma |mi |meiner |)bio'],
};

/**
 * Asking for likes on the comment or the commenter's posts ("like this comment", "please like"),
 * and like or share chains ("thumbs up if you're watching in 2015", "share this to 10 people").
 */
export const LIKE_BAIT: Lexicon = {
  any: ['(?:^|(?<=[.!?]\\s*))like (?:this )?(?:comment )?(?:if|si|se|wenn)'],
  en: [
    'thumbs? up if',
    'how many (?:thumbs up|likes) for',
    '(?:like|thumb) this (?:comment )?if',
    'give (?:this|it|me) a thumbs? up if',
    '(?:share|send|copy and paste|repost) this (?:comment )?(?:to|with|on) \\d+',
    'copy and paste this',
    'like (?:this|my) comment',
    'like my (?:post|pic|photo|video|page|last post)',
    '(?:please|pls|plz|pleas) (?:like|share)',
    'give (?:it|this|me|my \\w+) a (?:like|thumbs up)',
    'leave a like',
    'like ?(?:and|&) ?share',
    'share ?(?:and|&) ?like',
  ],
  fr: [
    'likez? (?:mon|ce) (?:commentaire|post)',
    'mettez un like',
    'lachez un like',
    'pouce (?:bleu |en l.air )?si',
    'partage(?:z)? (?:ce commentaire )?a \\d+ personnes',
  ],
  es: [
    'dale like a (?:mi|este) (?:comentario|video)',
    'denle like',
    'regalame un like',
    'dale like si',
    'pulgar arriba si',
    'comparte(?:lo)? con \\d+ personas',
  ],
  de: [
    'liked? (?:meinen|diesen) kommentar',
    'lasst ein like da',
    'daumen hoch wenn',
    'teil(?:e|t)? (?:das|diesen kommentar) mit \\d+ (?:leuten|personen)',
  ],
  pt: [
    'curte (?:meu|esse) comentario',
    'deixa (?:seu|o) like',
    'curte se',
    'joinha se',
    'compartilhe com \\d+ pessoas',
  ],
  it: [
    'mettete like',
    'lascia(?:te)? un like',
    'metti like se',
    'pollice in su se',
    'condividi(?:lo)? con \\d+ persone',
  ],
};

/**
 * Sending readers to another account to get in touch: a verb of contact right before an
 * account ("message @… she can guide you", "kindly reach out to @… on instagram", "schreib
 * @…"). Whom the comment answers (the mentions it opens with) and the creator do not count.
 */
export const CONTACT_ACCOUNT: Lexicon = {
  en: [
    'message',
    'contact',
    'reach out to',
    'reach',
    'connect with',
    'write to',
    'write',
    'text',
    'dm',
    'pm',
    'talk to',
    'speak (?:to|with)',
    'get in touch with',
    'chat (?:with|up)',
    'inbox',
    'hit up',
    'consult',
    'email',
    'send (?:a )?(?:message|dm|text|mail) to',
  ],
  fr: ['contacte(?:z)?', 'ecri(?:s|vez)(?: a)?', 'envoie(?:z)? un message a', 'parle(?:z)? a'],
  es: ['contacta(?:r)?(?: a)?', 'escribe(?:le)?(?: a)?', 'habla con', 'manda(?:le)? (?:un )?mensaje a'],
  de: ['kontaktier(?:e|t)?', 'schreib(?:t)?', 'melde dich bei', 'wende dich an'],
  pt: ['contate', 'contata', 'chame', 'chama', 'fale com', 'mande mensagem (?:para|pra)'],
  it: ['contatta(?:te)?', 'scrivi(?:te)?(?: a)?', 'parla con'],
};

/** Words allowed between a verb of contact and the account: "reach out to mrs @…", "message her on ig @…". */
export const CONTACT_BRIDGE: readonly string[] = [
  'her',
  'him',
  'them',
  'kindly',
  'please',
  'now',
  'today',
  'directly',
  'quickly',
  'asap',
  'on',
  'via',
  'at',
  'the',
  'this',
  'a',
  'an',
  'my',
  'professional',
  'trader',
  'broker',
  'ig',
  'instagram',
  'insta',
  'telegram',
  'whatsapp',
  'account',
  'handle',
  'expert',
  'mentor',
  'manager',
  'coach',
  'mr\\.?',
  'mrs\\.?',
  'ms\\.?',
  'miss',
  'sir',
  'madam',
  'dr\\.?',
];

/**
 * Money made "with" another account ("investing with @…", "making good profit with @…",
 * "getting started with #…"): a testimony credited to that account.
 */
export const GAIN_WITH: Lexicon = {
  en: [
    'invest(?:ed|ing|ment|ments)?',
    'trad(?:e|ed|ing)',
    'earn(?:ed|ing|ings)?',
    'profits?',
    'making money',
    'made money',
    'mining',
    '(?:got|get|getting) started',
    'recovered',
  ],
  fr: ['investi(?:r|ssant)?', 'gagne(?:r)?'],
  es: ['invert(?:ir|i|iendo)', 'gan(?:ar|e|ando)'],
  de: ['investier(?:t|en)', 'verdien(?:t|en)', 'trade(?:n)?'],
  pt: ['invest(?:ir|i|indo)', 'ganh(?:ar|ei|ando)'],
  it: ['investi(?:re|to)', 'guadagna(?:re|to)'],
};
/** The word that joins a gain to the account it is credited to. */
export const GAIN_WITH_JOIN: Lexicon = {
  en: ['with', 'through', 'via', 'under', 'by'],
  fr: ['avec', 'grace a'],
  es: ['con', 'gracias a'],
  de: ['mit', 'bei', 'dank'],
  pt: ['com', 'gracas a'],
  it: ['con', 'grazie a'],
};

/** Brand-ambassador offers. */
export const AMBASSADOR: Lexicon = {
  en: ['ambassador'],
  fr: ['ambassadeur', 'ambassadrice'],
  es: ['embajador', 'embajadora'],
  de: ['markenbotschafter', 'markenbotschafterin'],
  pt: ['embaixador', 'embaixadora'],
  it: ['ambasciatore', 'ambasciatrice'],
};

/** "Send your pic to @… to be featured" (a pattern, not a list: a verb, a picture word, an account). */
export const SEND_PIC = {
  verbs: ['send', 'sende', 'schick', 'envoie', 'envoyez', 'envia', 'envie', 'manda', 'invia', 'mandaci'],
  pictures: ['pics?', 'photos?', 'fotos?', 'picture', 'bild', 'foto'],
} as const;

/** "Promote it on @…". */
export const PROMOTE_ON: Lexicon = {
  en: ['promote (?:it|es)'],
  fr: ['fais-en la promo'],
  es: ['promocionalo'],
  de: ['bewirb es'],
  pt: ['divulgue'],
  it: ['promuovilo'],
};

/** Money offers that need no account named: "make money online", "passive income". */
export const MONEY_OFFER: Lexicon = {
  en: [
    'passive way to earn',
    'earn (?:\\$|€|£)',
    'earn (?:money|cash|up to|extra|huge|daily|weekly|from home)',
    'make money (?:online|from home|daily|fast|easily|with)',
    '(?:crypto|trading|forex|binary) signals?',
    '\\d+ ?% (?:every|per|a|each) (?:day|week|month)',
    'making money online',
    'money online',
    'work from home',
    'from the comfort of (?:my|your|our) home',
    'investment opportunit(?:y|ies)',
    'trading platforms?',
    'binary options?',
    'account manager',
    'trading account',
    'forex (?:trading|signals?|trader|broker)',
    'trading signals?',
    'ask me how',
    'get rich',
    '(?:multiple |extra |new )(?:sources?|streams?) of income',
    'extra income',
    'make (?:\\$|€|£)?\\d[\\d,.]*k? (?:a|per|every) (?:day|week|month)',
    'legit (?:company|platform|trader|investment)',
    'legitimate company',
    '(?:need|want|looking for) (?:a |an )?(?:urgent |quick |personal |business )?loan',
    'loan (?:offer|lender|company)',
    'credit (?:repair|score boost)',
    'fix (?:your|my) credit',
    'guide you through',
    '(?:i need|looking for|seeking) (?:new |more )?investors',
  ],
  fr: ["gagner de l'argent", 'gagne de l.argent depuis chez (?:toi|soi|moi)'],
  es: ['gana dinero', 'ganar dinero', 'dinero desde casa'],
  de: ['geld verdienen', 'von zu hause (?:aus )?verdienen'],
  pt: ['ganhe dinheiro', 'ganhar dinheiro', 'renda extra'],
  it: ['guadagna', 'guadagnare'],
};

/** What a gain looks like in an investment testimony ("got a return of $19,500", "j'ai gagné"). */
export const GAIN: Lexicon = {
  en: [
    'profits?',
    'profitable',
    'payouts?',
    'withdrawals?',
    'withdrew',
    'withdraw',
    'returns?',
    'roi',
    'earn(?:ed|ing|ings|s)?',
    'made',
    'make',
    'making',
    'got',
    'become',
    'became',
    'secured',
    'grew',
    'deposit(?:ed)?',
    'invest(?:ed|ing|ment|ments)?',
    'investead',
    'got back',
    'withdr[ae]w(?:ing|n)?',
    '(?:with|through) the help of',
    'received',
    'payment',
    'turned',
    'turn',
    'trad(?:e|ed|ing)',
    'income',
    'gains?',
    'cash(?:ed)? out',
    'bought (?:a |my |our )?(?:house|home|car|land|property|apartment)',
  ],
  fr: ['gagne', 'gagnes', 'gains', 'benefices?', 'retire', 'investi', 'depose', 'rendement', 'recu'],
  es: ['gane', 'ganancias?', 'inverti', 'retire', 'deposite', 'recibi', 'beneficios?'],
  de: ['verdient', 'gewinne?', 'investiert', 'ausgezahlt', 'auszahlung', 'eingezahlt', 'rendite'],
  pt: ['lucros?', 'ganhei', 'investi', 'saquei', 'recebi', 'depositei', 'rendimentos?'],
  it: ['guadagnato', 'guadagni', 'investito', 'prelevato', 'ricevuto', 'depositato', 'profitti'],
};

/**
 * Words of the investment / "account manager" testimony credited to another account: trading
 * results, trust in a person, "all thanks to @…". One of these is needed for a credited account
 * to make a testimony; the words of TESTIMONY_TONE only add to them.
 */
export const TESTIMONY: Lexicon = {
  en: [
    'platform',
    'account manager',
    'mentor(?:ship)?',
    'brokers?',
    'legit',
    'genuine',
    'trustworthy',
    'trust ?worthy',
    'reliable',
    'reliability',
    'honesty',
    'diligence',
    'credibility',
    'transparency',
    'integrity',
    'i recommend',
    'highly recommend',
    'recommend (?:her|him|them|you)',
    'saved my life',
    'changed my life',
    'changed (?:many|several) li(?:fe|ve)s',
    'life has changed',
    'zero to hero',
    'winning team',
    'came across',
    'come across',
    'came in contact',
    'in contact with',
    'get in touch',
    'reach out to',
    'contact (?:her|him|them)',
    'all thanks to',
    'with the help of',
    'god bless',
    'god sent',
    'godsent',
    'testif(?:y|ied|ying|imony)',
    'bless the day',
    'man of (?:his|your) words?',
    'woman of (?:her|your) words?',
    'life changer',
    'success story',
    'give (?:it|her|him) a try',
    'gave (?:it|her|him) a (?:try|trial)',
    'trust (?:her|him) with',
    'last dime',
    'debt free',
    'pay (?:my|our) bills',
    'recovery',
    'recovered',
  ],
  fr: ['plateforme', 'grace a', 'je (?:la |le |vous )?recommande', 'fiable', 'honnete'],
  es: ['plataforma', 'gracias a', 'lo recomiendo', 'la recomiendo', 'confiable'],
  de: ['plattform', 'dank (?:ihr|ihm)', 'ich empfehle', 'serios'],
  pt: ['plataforma', 'gracas a', 'recomendo', 'confiavel'],
  it: ['piattaforma', 'grazie a (?:lei|lui)', 'consiglio', 'affidabil\\w*'],
};

/**
 * The tone of a testimony credited to another account ("thank you so much", "god will bless
 * you", "I'm so happy", trading, debt): adds to a TESTIMONY word, never enough on its own.
 */
export const TESTIMONY_TONE: Lexicon = {
  en: [
    'passive income',
    'financial freedom',
    'trad(?:e|er|ers|ing|ed)',
    'debts?',
    'bills',
    'financial(?:ly)?',
    'wallet',
    'program',
    'recommend(?:ed|ing)?',
    'thank(?:s| you)?',
    'grateful',
    'gratitude',
    'appreciat\\w*',
    'bless(?:ed|ing|ings)?',
    'glad',
    'happy',
    'joy',
    'smil(?:e|ing)',
    'dreams?',
    'success(?:ful)?',
    'achiev\\w*',
    'journey',
    'life',
    'lives',
    'miracle',
    'genius',
    'expert',
    'opportunity',
  ],
  fr: [
    'merci',
    'reconnaissante?',
    'benie?',
    'heureux',
    'heureuse',
    'reve',
    'vie',
    'trad(?:e|er|ing)',
    'dettes?',
    'revenus? passifs?',
    'liberte financiere',
  ],
  es: [
    'gracias',
    'agradecid[oa]',
    'bendig\\w*',
    'feliz',
    'sueno',
    'vida',
    'trad(?:e|er|ing)',
    'deudas?',
    'ingresos pasivos',
    'libertad financiera',
  ],
  de: [
    'danke',
    'dankbar',
    'gesegnet',
    'segne',
    'glucklich',
    'traum',
    'leben',
    'trad(?:e|er|ing)',
    'schulden',
    'passives einkommen',
    'finanziell frei',
    'finanzielle freiheit',
  ],
  pt: [
    'obrigad[oa]',
    'grat[oa]',
    'abencoe',
    'feliz',
    'sonho',
    'vida',
    'trad(?:e|er|ing)',
    'dividas?',
    'renda passiva',
    'liberdade financeira',
  ],
  it: [
    'grazie',
    'grat[oa]',
    'benedica',
    'felice',
    'sogno',
    'vita',
    'trad(?:e|er|ing)',
    'debiti',
    'reddito passivo',
    'liberta finanziaria',
    'libera finanziariamente',
  ],
};

/** Begging for money or crypto ("donate usdt to me", "financial donation"). */
export const DONATION: Lexicon = {
  en: [
    'donat(?:e|ion|ions) (?:\\w+ )?(?:to me|usdt|btc|bitcoins?|eth|money|crypto)',
    'financial (?:donation|help|support|assistance)',
    'help me with (?:money|a donation|some money|a financial)',
    'send me (?:money|btc|usdt|bitcoin)',
  ],
  fr: ['faire un don', 'aidez-moi financierement'],
  es: ['donen', 'ayuda economica'],
  de: ['spendet', 'finanzielle hilfe'],
  pt: ['doacao', 'ajuda financeira'],
  it: ['donazione', 'aiuto economico'],
  // Wallet addresses (bitcoin legacy and bech32, tron) and bank account numbers (IBAN).
  any: [
    '[13][a-km-z1-9]{25,34}',
    'bc1[02-9ac-hj-np-z]{25,60}',
    't[1-9a-km-z]{33}',
    '[a-z]{2}\\d{2}[0-9]{12,30}',
  ],
};

/**
 * What makes an amount and a gain a testimony rather than money talk ("we make 120k"): a short
 * time frame ("in 7 days"), a payout word, or one amount turned into another.
 */
export const TESTIMONY_PROOF: Lexicon = {
  en: [
    '(?:in|within|after)(?: just| only| less than| about| barely)?(?: a| one| two| three| few| couple of| \\d+)? ?(?:days?|hours?|hrs?|weeks?)',
    '(?<!dividend )(?:profit|payout|withdrawal|payment|roi)s? of',
    '(?<!tax )returns? of',
    'got back',
    'withdr[ae]w(?:ing|n)?',
    '(?:with|through) the help of',
    '(?:made|earned|make|got) (?:over |about |up to )?(?:\\$|€|£)?\\d[\\d,.]*k?(?:\\$|€|£)? with',
    'turn(?:ed)? (?:it )?into',
    'turn',
    'has become',
    'became',
  ],
  fr: ['en \\d+ (?:jours|heures|semaines)', 'en (?:une|1) semaine', 'en 24 ?h'],
  es: ['en \\d+ (?:dias|horas|semanas)', 'en una semana'],
  de: ['in \\d+ (?:tagen|stunden|wochen)', 'in einer woche'],
  pt: ['em \\d+ (?:dias|horas|semanas)', 'em uma semana'],
  it: ['in \\d+ (?:giorni|ore|settimane)', 'in una settimana'],
};

/** Money words of a testimony ("good profit with @…", "my first payout"). */
export const MONEY_WORDS: Lexicon = {
  en: [
    'profits?',
    'profitable',
    'payouts?',
    'withdrawals?',
    'earn(?:ed|ing|ings|s)?',
    'income',
    'invest(?:ed|ing|ment|ments|or|ors)',
    'investead',
    'forex',
    'mining',
  ],
  fr: ['gains', 'benefices?', 'investi\\w*'],
  es: ['ganancias?', 'invert\\w*', 'inversion\\w*'],
  de: ['gewinne?', 'investiert', 'auszahlung\\w*'],
  pt: ['lucros?', 'investi\\w*'],
  it: ['guadagni', 'profitti', 'investit\\w*'],
};

/** Accounts named like promotion services or trading "account managers". */
export const PROMO_ACCOUNT_PARTS: readonly string[] = [
  'promo',
  'boost',
  'feature',
  'viral',
  'impulso',
  'spinta',
  'reichweite',
  'agence',
  'agentur',
  'agency',
  'invest',
  'trader',
  'trades',
  'trading',
  'forex',
  'profit',
  'fxt',
];

/** Words in an account name that mark it as a trading / money account (weaker: need a testimony word too). */
export const MONEY_HANDLE_PARTS: readonly string[] = [
  'fx',
  'wealth',
  'earn',
  'income',
  'money',
  'cash',
  'rich',
  'capital',
  'finance',
  'bitcoin',
  'crypto',
  'btc',
  'invest',
  'trade',
  'profit',
  'forex',
];

/** Promoting a token: "buy and hold #xyz", "to the moon", "100x", "presale", a contract address. */
export const TOKEN_PUMP: Lexicon = {
  any: [
    '\\d{2,4}x',
    'x\\d{2,4}',
    'presale',
    'pre-sale',
    'airdrops?',
    'contract address',
    '0x[0-9a-f]{16,}',
    'whitelist',
  ],
  en: [
    'buy and hold',
    'to the moon',
    'tothemoon',
    'pump(?:ing|ed)?',
    'next (?:big|\\d+x) (?:gem|coin|token|thing)',
    'gem',
    "don'?t miss",
    'just launched',
    '(?:fair|stealth) ?launch',
    'launch of',
    'token',
    'tokens',
    'project',
    'ecosystem',
    'community',
    'listing',
    'listed on',
    'claim (?:your )?(?:free )?(?:nft|token|airdrop)',
  ],
  fr: ['achetez', 'lancement', 'jeton'],
  es: ['compren', 'lanzamiento', 'proyecto'],
  de: ['kaufen', 'projekt'],
  pt: ['comprem', 'lancamento', 'projeto'],
  it: ['comprate', 'lancio', 'progetto'],
};

/** Coins everyone talks about: naming them is not promoting a token. */
export const COMMON_COINS: readonly string[] = [
  'btc',
  'bitcoin',
  'eth',
  'ethereum',
  'bnb',
  'binance',
  'xrp',
  'ada',
  'doge',
  'dogecoin',
  'sol',
  'solana',
  'usdt',
  'usdc',
  'crypto',
  'cryptocurrency',
  'nft',
  'nfts',
  'web3',
  'blockchain',
  'blockchains',
  'coinbase',
  'ltc',
  'shib',
  'matic',
  'dot',
  'link',
];

/** Account-recovery and "spell" scams. */
export const RECOVERY: Lexicon = {
  en: [
    'recover(?:y|ed)? (?:your |my |the |all )?(?:lost )?(?:funds?|money|accounts?|wallets?|crypto|bitcoin|assets?|lost)',
    'lost (?:funds?|money|crypto) (?:can|could) be recovered',
    'for (?:the )?recovery',
    'in the recovery',
    'recovery (?:expert|service|specialist|agent)',
    'ripped off',
    'regain (?:full )?access',
    'hack(?:er|ers)? (?:expert|service)',
    'spell ?caster',
    'cast (?:any kind of )?spells?',
    'get (?:your account )?verified',
    'blue (?:tick|badge|check ?mark)',
    'verification badge',
    'unban (?:your|any) account',
  ],
  fr: ['recuperer (?:vos|tes|votre|ton) (?:fonds|argent|compte)'],
  es: ['recuperar (?:tus|su|sus) (?:fondos|dinero|cuenta)'],
  de: ['(?:dein|ihr) geld zuruck(?:holen|bekommen)'],
  pt: ['recuperar (?:seu|sua|seus) (?:dinheiro|conta|fundos)'],
  it: ['recuperare (?:i tuoi|il tuo) (?:fondi|soldi|account)'],
};

/**
 * Romance and "sugar daddy" bait: an allowance for a relationship, or a stranger asking to be
 * friends and to talk in private.
 */
export const ROMANCE: Lexicon = {
  en: [
    'sugar (?:daddy|daddies|mommy|momma|mummy)',
    '(?:need|want|looking for|searching for) (?:a |an )?sugar (?:baby|babe)',
    '(?:weekly|monthly) allowance',
    'looking for (?:a |an )?(?:serious |honest |caring |loving )?(?:relationship|partner|sugar|girlfriend|boyfriend|wife|husband)',
    'be my (?:girlfriend|boyfriend|sugar|valentine)',
    'can we be friends',
    "(?:hi|hello|hey) (?:dear|handsome|sweetheart|beautiful|pretty)(?:,)? (?:i'?m|can we|how are you)",
  ],
  fr: ['cherche (?:une |un )?(?:relation serieuse|sugar)', 'on peut etre amis'],
  es: ['busco (?:una |un )?(?:relacion seria|sugar)', 'podemos ser amigos'],
  de: ['suche (?:eine |einen )?(?:ernsthafte beziehung|sugar)', 'konnen wir freunde sein'],
  pt: ['procuro (?:um |uma )?(?:relacionamento serio|sugar)', 'podemos ser amigos'],
  it: ['cerco (?:una |un )?(?:relazione seria|sugar)', 'possiamo essere amici'],
};

/** A payout received, told as proof that an investment pays ("just received my first payout"): a testimony without an amount. */
export const PAYOUT_RECEIVED: Lexicon = {
  en: [
    '(?:received|got|receiving|getting|collected|cashed out) my (?:first |second |third |weekly |daily |monthly )?(?:payouts?|withdrawals?|profits?)',
    'my (?:first|second|third|\\d+(?:st|nd|rd|th)) (?:payout|withdrawal)',
  ],
  fr: ['(?:recu|touche) mon (?:premier )?(?:paiement|retrait|gain)'],
  es: ['recibi mi (?:primer )?(?:pago|retiro|ganancia)'],
  de: ['(?:meine|die) (?:erste )?auszahlung (?:erhalten|bekommen)'],
  pt: ['recebi meu (?:primeiro )?(?:saque|pagamento|lucro)'],
  it: ['ricevuto il (?:mio )?(?:primo )?(?:prelievo|pagamento|profitto)'],
};

/** Prize and free-gift bait. */
export const GIVEAWAY: Lexicon = {
  en: [
    'free gift ?cards?',
    'gift ?card codes?',
    'get free',
    'free (?:robux|v-?bucks|followers|likes|money|iphone|ipad|xbox|ps4|psn|gift)',
    'to win (?:a |an )?(?:free|hand|signed|iphone|gift|prize|\\$)',
    'claim (?:your )?(?:free|prize|reward|gift)',
    'you (?:have )?won',
    'selected as (?:a |the )?winner',
    "you(?:'ve| have)? been (?:selected|chosen|picked) (?:as|for|to)",
    'lucky winners?',
    '(?:claim|redeem|collect) (?:your|the) (?:prize|reward|gift|winnings)',
    "congratulations?,? you(?:'ve| have)? (?:won|been selected)",
    '(?:paying|giving|sending) (?:out )?(?:\\$|€|£)?\\d[\\d,.]*k? (?:\\w+ )?to the first',
  ],
  fr: [
    'cartes? cadeaux? gratuite?s?',
    'abonnes gratuits',
    'followers gratuits',
    'vous avez (?:ete selectionne|gagne)',
    'tu as (?:ete selectionne|gagne)',
  ],
  es: ['tarjetas? de regalo gratis', 'seguidores gratis', 'has (?:sido seleccionad[oa]|ganado)'],
  de: [
    'gratis gutscheine?',
    'kostenlose follower',
    '(?:du hast|sie haben) gewonnen',
    'als gewinner ausgewahlt',
  ],
  pt: ['seguidores gratis', 'cartao presente gratis', 'voce (?:foi selecionad[oa]|ganhou)'],
  it: ['follower gratis', 'buoni regalo gratis', 'hai vinto', 'sei stat[oa] selezionat[oa]'],
};

/** Collaboration words: spam only with a solicitation cue (see COLLAB_CUE). */
export const COLLAB: Lexicon = {
  en: ['collab', 'collabs', 'collaboration', 'partnership'],
  fr: ['partenariat'],
  es: ['colaboracion'],
  de: ['kooperation'],
  pt: ['parceria'],
  it: ['collaborazione'],
};
export const COLLAB_CUE: Lexicon = {
  any: ['dm', 'mp', 'md'],
  en: ['contact\\w*', 'interested', 'send', 'write'],
  fr: ['interesse\\w*'],
  es: ['interesad\\w*'],
  de: ['interessiert', 'melde'],
  pt: ['interesse\\w*'],
  it: ['interessat\\w*'],
};
