/**
 * Text folding shared by the comment classifier, disclosure, consistency and niche fit:
 * accent- and case-insensitive (NFD + strip combining marks), emoji-aware.
 */

/** Emoji: pictographs, presentation emoji, keycaps, flags (regional indicators), modifiers, ZWJ, variation selectors. */
export const EMOJI_RE =
  /[\p{Extended_Pictographic}\p{Emoji_Presentation}\p{Emoji_Modifier}\p{Regional_Indicator}]|\u200d|\ufe0f|\u20e3/gu;
const MENTION_RE = /@[\p{L}\p{N}._]+/gu;
const HASHTAG_RE = /#[\p{L}\p{N}_]+/gu;
const URL_RE =
  /\b(?:https?:\/\/|www\.)\S+|\b[\p{L}\p{N}-]+\.(?:com|net|org|io|co|me|shop|store|link|ly|fr|de|es|it|br)\b(?:\/\S*)?/giu;

/** Lower case, NFD, combining marks removed, NFC back: "Très BEAU" → "tres beau". Emoji kept. */
export function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().normalize('NFC');
}

export function countEmoji(text: string): number {
  // Count pictographs only, so a flag or a skin-toned emoji counts once per symbol.
  return (text.match(/[\p{Extended_Pictographic}\p{Emoji_Presentation}]/gu) ?? []).length;
}

export function stripEmoji(text: string): string {
  return text.replace(EMOJI_RE, ' ');
}

export function mentionsIn(text: string): string[] {
  return (text.match(MENTION_RE) ?? []).map((m) => m.slice(1).toLowerCase());
}

export function hasUrl(text: string): boolean {
  URL_RE.lastIndex = 0;
  return URL_RE.test(text);
}

/** The text without emoji, @mentions, #hashtags and links, whitespace collapsed. */
export function plainText(text: string): string {
  return stripEmoji(text.replace(URL_RE, ' ').replace(MENTION_RE, ' ').replace(HASHTAG_RE, ' '))
    .replace(/\s+/g, ' ')
    .trim();
}

/** Folded words (letters and digits, inner apostrophes kept). */
export function words(text: string): string[] {
  return fold(text).match(/[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu) ?? [];
}

/** Common words in en, fr, es, de, pt, it, folded, ignored when comparing topics. */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  (
    'a an and are as at be been but by for from has have i in is it its me my of on or our so that the this to was we were with you your ' +
    'just very so really all one what when where who how can will would there their they them out up about more new day today get got ' +
    'le la les un une des de du et en est au aux ce cette ces pour par sur dans avec pas plus que qui mon ma mes ton ta tes son sa ses ' +
    'nous vous ils elles je tu il elle on y a ete suis es sont fait tres bien tout tous aujourd hui mais ou donc car ' +
    'el los las una unos unas del al y es por para con sin que su sus mi mis tu tus lo como mas pero muy este esta estos ' +
    'der die das ein eine einen und ist im in den dem des mit fur auf zu von nicht ich du er sie wir ihr mein dein sehr auch heute ' +
    'o os as um uma uns umas do da dos das e em no na nos nas com por para que seu sua meu minha muito mais hoje ' +
    'il lo gli le un una uno di da del della e con per che non mio mia tuo tua suo sua molto oggi sono ' +
    'amp via rt'
  ).split(' '),
);

/**
 * Simple plural stemming for the six languages: drop a final -s or -x, then a final -e, so
 * singular and plural meet: végane/véganes/vegan → "vegan", dish/dishes → "dish",
 * recette/recettes → "recett". Words of 3 letters or fewer are kept as they are.
 */
export function stem(word: string): string {
  let w = word;
  if (w.length > 3 && (w.endsWith('s') || w.endsWith('x'))) w = w.slice(0, -1);
  if (w.length > 3 && w.endsWith('e')) w = w.slice(0, -1);
  return w;
}

/** Topic keywords of a caption and its hashtags: folded, stemmed, stop words and short words dropped. */
export function keywordSet(caption: string | undefined, hashtags: readonly string[] = []): Set<string> {
  const set = new Set<string>();
  for (const w of words(plainText(caption ?? ''))) {
    if (w.length >= 3 && !STOP_WORDS.has(w) && !/^\d+$/.test(w)) set.add(stem(w));
  }
  for (const tag of hashtags) {
    const t = fold(tag.replace(/^#/, ''));
    if (t) set.add(`#${t}`);
  }
  for (const tag of caption?.match(HASHTAG_RE) ?? []) set.add(`#${fold(tag.slice(1))}`);
  return set;
}

export function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number | undefined {
  if (a.size === 0 && b.size === 0) return undefined;
  let inter = 0;
  for (const x of a) if (b.has(x)) inter++;
  return inter / (a.size + b.size - inter);
}
