import type { Lexicon } from './types';

/** First-person experience markers (docs/method.md, Q) and close variants: a comment that tells its own story. */
export const EXPERIENCE: Lexicon = {
  en: [
    'i tried',
    "i've tried",
    'i bought',
    'i use',
    'i used',
    'i did',
    'i had',
    'i went',
    "i've been",
    'i was',
    'me too',
    'my',
    'we did',
    'we went',
  ],
  fr: ["j'ai", 'moi aussi', 'chez moi', 'ma', 'mon', 'mes', 'on a fait'],
  es: ['yo tambien', 'lo probe', 'probe', 'compre', 'tuve', 'estuvimos', 'mi', 'mis'],
  de: ['ich habe', 'ich hatte', 'bei mir', 'mein', 'meine', 'meinen', 'wir waren'],
  pt: ['eu tambem', 'ja usei', 'testei', 'comprei', 'fiz', 'fomos', 'meu', 'minha'],
  it: [
    "anch'io",
    "l'ho provat[oa]",
    'ho provato',
    'ho comprato',
    'ho smesso',
    'siamo stati',
    'mio',
    'mia',
    'miei',
  ],
};

/** Words that open a question written without a question mark ("where did you get it"). */
export const QUESTION_OPENERS: Lexicon = {
  en: [
    'where',
    'how',
    'what',
    'which',
    'who',
    'when',
    'why',
    'can you',
    'could you',
    'is it',
    'is this',
    'does',
    'do you',
  ],
  fr: ['ou', 'comment', 'quel', 'quelle', 'quels', 'est-ce', 'combien'],
  es: ['donde', 'como', 'que', 'cual', 'cuanto', 'cuando'],
  de: ['wo', 'wie', 'welche', 'welcher', 'welches', 'was', 'wann'],
  pt: ['onde', 'qual', 'quanto', 'quando'],
  it: ['dove', 'come', 'quale', 'quanto', 'quando'],
};

/**
 * Exclamations that open like a question ("What a view", "Wie schön", "Que lindo"): with a praise
 * word right after the opener they exclaim, they do not ask, even without "!".
 */
export const EXCLAMATION_OPENERS: Lexicon = {
  en: ['what an?', 'how', 'such an?'],
  fr: ['quel', 'quelle', 'quels', 'quelles', "qu'est-ce que", 'que', 'comme'],
  es: ['que', 'como', 'cuan'],
  de: ['was fur (?:ein|eine|einen)?', 'wie', 'so ein', 'so eine'],
  pt: ['que', 'como', 'quao'],
  it: ['che', 'come', 'quanto', 'quanta'],
};

/**
 * Questions that admire rather than ask ("Wie kann man nur so talentiert sein?", "How are you so
 * talented?"): read as exclamations when the question also holds a praise word or, in German,
 * the admiring "nur" / "bloß" ("Wie machst du das nur?").
 */
export const RHETORICAL_QUESTIONS: Lexicon = {
  en: [
    'how (?:are|is|can|could) (?:you|someone|anyone|one|this|he|she|they)(?: be)? so',
    'how do you (?:always )?make (?:it|this|everything) look so',
    'how is (?:it|this) (?:even )?possible',
  ],
  fr: [
    'comment (?:peut-on|on peut|tu peux|peux-tu|c.est possible)(?: etre)? (?:aussi|si|autant)',
    'comment tu fais pour etre (?:aussi|si)',
  ],
  es: ['como (?:puede|puedes|se puede)(?: alguien)? ser tan', 'como haces para ser tan'],
  de: [
    'wie (?:kann|konnen|konnte) (?:man|jemand|ein mensch|du|ihr|sie)(?: nur| bloss)? so',
    'wie (?:kann|konnen|konnte) (?:man|jemand|ein mensch|du|ihr|sie) (?:nur|bloss)',
    'wie (?:machst|schaffst|bekommst|kriegst) du (?:das|es)(?: \\p{L}+)? (?:nur|bloss)',
    'wie (?:machst|schaffst) du (?:das|es) (?:immer|jedes mal)',
  ],
  pt: ['como (?:pode|podes|voce consegue) ser tao'],
  it: ['come (?:fa|fai|puo|puoi)(?: qualcuno)? (?:a )?essere cosi'],
};
