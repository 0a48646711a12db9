/**
 * The languages a creator's audience writes in, from the comments read on their posts.
 *
 * Each comment is identified on its own by tinyld's light model (n-grams, no network, about
 * 80 kB), asked to choose among AUDIENCE_LANGUAGES only: the six campaign languages and the
 * languages written in their own script. Its other Latin-script languages (Dutch, Polish, Turkish,
 * Swedish, Norwegian, Finnish, Romanian, Hungarian) mostly took short English, German or French
 * comments for theirs on the material measured, so they are not offered: a comment in one of them
 * is undetermined when no offered language clearly wins, else counted under the nearest one. See
 * README "Audience languages" for why this library and what it was measured on. A comment with too little text to tell (emoji only, a mention, "Nice!", fewer than
 * MIN_WORDS words or MIN_LETTERS letters once links, mentions and hashtags are taken out) is
 * undetermined: counted, never guessed.
 *
 * No clock, no I/O; the same texts always give the same mix (a cache of texts already identified
 * only saves time on a re-score). Runs in the background with the rest of the scoring.
 */
import { detectAll } from 'tinyld/light';
import { AUDIENCE_LANGUAGES, type AudienceLanguage, LANGUAGE_HIGH_CONFIDENCE } from '../model/languages';

export { AUDIENCE_LANGUAGES, type AudienceLanguage, LANGUAGE_HIGH_CONFIDENCE };

/** Fewer words than this (letters only, links, mentions and hashtags left out): undetermined. */
export const MIN_WORDS = 3;
/** Fewer letters than this: undetermined. */
export const MIN_LETTERS = 15;
/**
 * The identifier's best language must score at least this many times its second best (or be
 * certain): closer than that, the comment is undetermined rather than a coin toss between, say,
 * Spanish and Portuguese.
 */
export const MIN_MARGIN = 1.2;
/** Scripts written without spaces between words: this many of their characters are enough. */
export const MIN_UNSPACED_CHARS = 4;

export type Undetermined = 'no-letters' | 'too-short' | 'unsure';
export type LanguageGuess = { language: AudienceLanguage } | { undetermined: Undetermined };

const LINKS_MENTIONS_TAGS =
  /(?:https?:\/\/|www\.)\S+|[@#][\p{L}\p{N}_.]+|\b[\p{L}\p{N}-]+\.(?:com|net|org|io|co|ly|be|fr|de)\b\S*/gu;
const WORD = /[\p{L}\p{M}]+(?:['’][\p{L}\p{M}]+)*/gu;
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Thai}]/gu;
const known = new Set<string>(AUDIENCE_LANGUAGES);
const ONLY = [...AUDIENCE_LANGUAGES];

function isAudienceLanguage(code: string): code is AudienceLanguage {
  return known.has(code);
}

/** The words of a comment the identifier reads: letters only, links, mentions and hashtags out. */
export function languageText(text: string): {
  text: string;
  words: number;
  letters: number;
  unspaced: number;
} {
  const words = text.normalize('NFKC').replace(LINKS_MENTIONS_TAGS, ' ').match(WORD) ?? [];
  const joined = words.join(' ');
  return {
    text: joined,
    words: words.length,
    letters: words.reduce((n, w) => n + w.replace(/['’\p{M}]/gu, '').length, 0),
    unspaced: joined.match(UNSPACED)?.length ?? 0,
  };
}

/** The language of one comment, or why it cannot be told. */
export function identifyLanguage(text: string): LanguageGuess {
  const read = languageText(text);
  if (read.letters === 0) return { undetermined: 'no-letters' };
  const enough =
    read.unspaced >= MIN_UNSPACED_CHARS || (read.words >= MIN_WORDS && read.letters >= MIN_LETTERS);
  if (!enough) return { undetermined: 'too-short' };
  const [best, second] = detectAll(read.text, { only: ONLY });
  if (!best || !isAudienceLanguage(best.lang)) return { undetermined: 'unsure' };
  if (second && best.accuracy < 1 && best.accuracy < MIN_MARGIN * second.accuracy)
    return { undetermined: 'unsure' };
  return { language: best.lang };
}

/** How many comments are in each language. */
export interface LanguageCount {
  language: AudienceLanguage;
  count: number;
}

/** The language mix of the comments read on one creator's posts. */
export interface LanguageMix {
  /** Audience comments read (the creator's own replies and comments judged spam are left out). */
  comments: number;
  /** Of them, in a recognised language. */
  determined: number;
  /** Too short, emoji only, or not recognised: counted, never guessed. */
  undetermined: number;
  /** Comments per language, most first (ties: the order of AUDIENCE_LANGUAGES). */
  languages: LanguageCount[];
  /** none: no comment in a recognised language; low: fewer than LANGUAGE_HIGH_CONFIDENCE. */
  confidence: 'high' | 'low' | 'none';
}

/**
 * Comments already identified, by text: a re-score (the same comments plus a few new ones) does
 * not identify them again. Bounded; the oldest half is dropped when full. The answer for a text
 * never changes, so this only saves time.
 */
const seen = new Map<string, LanguageGuess>();
const SEEN_MAX = 20_000;

function identifyOnce(text: string): LanguageGuess {
  let guess = seen.get(text);
  if (guess === undefined) {
    guess = identifyLanguage(text);
    if (seen.size >= SEEN_MAX) for (const key of [...seen.keys()].slice(0, SEEN_MAX / 2)) seen.delete(key);
    seen.set(text, guess);
  }
  return guess;
}

/** The language mix of comment texts. */
export function languageMix(texts: readonly string[]): LanguageMix {
  const counts = new Map<AudienceLanguage, number>();
  let undetermined = 0;
  for (const text of texts) {
    const guess = identifyOnce(text);
    if ('language' in guess) counts.set(guess.language, (counts.get(guess.language) ?? 0) + 1);
    else undetermined++;
  }
  const order = (l: AudienceLanguage) => AUDIENCE_LANGUAGES.indexOf(l);
  const languages = [...counts]
    .map(([language, count]) => ({ language, count }))
    .sort((a, b) => b.count - a.count || order(a.language) - order(b.language));
  const determined = texts.length - undetermined;
  return {
    comments: texts.length,
    determined,
    undetermined,
    languages,
    confidence: determined === 0 ? 'none' : determined < LANGUAGE_HIGH_CONFIDENCE ? 'low' : 'high',
  };
}

/** How the audience's languages meet the campaign's target languages. */
export interface LanguageFit {
  targets: AudienceLanguage[];
  /** Comments in a target language. */
  inTargets: number;
  /** inTargets ÷ determined × 100, one decimal; absent when no comment is in a recognised language. */
  share?: number;
  /**
   * match / mismatch: judged from at least `minComments` comments in a recognised language
   * (share at or above `matchMin` → match); unsure: fewer comments than that.
   */
  fit: 'match' | 'mismatch' | 'unsure';
}

/** The mix measured against target languages; undefined when the campaign targets none (any language). */
export function languageFit(
  mix: LanguageMix,
  targets: readonly AudienceLanguage[],
  { matchMin, minComments }: { matchMin: number; minComments: number },
): LanguageFit | undefined {
  if (targets.length === 0) return undefined;
  const wanted = new Set(targets);
  const inTargets = mix.languages.filter((l) => wanted.has(l.language)).reduce((n, l) => n + l.count, 0);
  const share = mix.determined === 0 ? undefined : Math.round((inTargets / mix.determined) * 1000) / 10;
  const fit =
    share === undefined || mix.determined < minComments ? 'unsure' : share >= matchMin ? 'match' : 'mismatch';
  return { targets: [...targets], inTargets, ...(share === undefined ? {} : { share }), fit };
}
