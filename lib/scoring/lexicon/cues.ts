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
