/**
 * Text folding shared by the comment classifier, disclosure, consistency and niche fit:
 * compatibility forms and styled letters folded (NFKC, small capitals, letters in squares and
 * circles, Latin words spelled with Cyrillic or Greek look-alikes), then accent- and
 * case-insensitive (NFD + strip combining marks), emoji-aware.
 */

/**
 * Styled letters that NFKC leaves alone: small capitals (ᴡᴏᴡ), negative squared and circled
 * capitals (🅱, 🅐). Mathematical alphanumerics (𝐌, 𝕓), fullwidth letters (ａ), circled (Ⓐ)
 * and squared (🄰) letters are already folded by NFKC.
 */
const STYLED_LETTERS: Readonly<Record<string, string>> = (() => {
  const map: Record<string, string> = {};
  const smallCapitals = 'ᴀaʙbᴄcᴅdᴇeꜰfɢgʜhɪiᴊjᴋkʟlᴍmɴnᴏoᴘpʀrꜱsᴛtᴜuᴠvᴡwʏyᴢz';
  for (let i = 0; i < smallCapitals.length; i += 2)
    map[smallCapitals[i] as string] = smallCapitals[i + 1] as string;
  for (let i = 0; i < 26; i++) {
    const letter = String.fromCharCode(97 + i);
    map[String.fromCodePoint(0x1f150 + i)] = letter; // negative circled 🅐
    map[String.fromCodePoint(0x1f170 + i)] = letter; // negative squared 🅰
  }
  return map;
})();
const STYLED_RE = /[ᴀʙᴄᴅᴇꜰɢʜɪᴊᴋʟᴍɴᴏᴘʀꜱᴛᴜᴠᴡʏᴢ\u{1f150}-\u{1f169}\u{1f170}-\u{1f189}]/gu;

/** Cyrillic and Greek letters that look like Latin ones, folded only inside words that mix scripts. */
const LOOKALIKES: Readonly<Record<string, string>> = {
  а: 'a',
  в: 'b',
  с: 'c',
  е: 'e',
  һ: 'h',
  і: 'i',
  ј: 'j',
  к: 'k',
  м: 'm',
  н: 'h',
  о: 'o',
  р: 'p',
  ԛ: 'q',
  ѕ: 's',
  т: 't',
  у: 'y',
  х: 'x',
  ԝ: 'w',
  ԁ: 'd',
  ӏ: 'l',
  α: 'a',
  β: 'b',
  ε: 'e',
  η: 'n',
  ι: 'i',
  κ: 'k',
  ν: 'v',
  ο: 'o',
  ρ: 'p',
  τ: 't',
  υ: 'u',
  χ: 'x',
};
const WORD_RE = /[\p{L}\p{M}]+/gu;
const LATIN_RE = /\p{Script=Latin}/u;
const CYRILLIC_GREEK_RE = /[\p{Script=Cyrillic}\p{Script=Greek}]/u;

function foldLookalikes(text: string): string {
  if (!CYRILLIC_GREEK_RE.test(text)) return text;
  return text.replace(WORD_RE, (word) => {
    if (!LATIN_RE.test(word) || !CYRILLIC_GREEK_RE.test(word)) return word;
    let out = '';
    for (const ch of word) {
      const lower = ch.toLowerCase();
      out += LOOKALIKES[lower] ?? ch;
    }
    return out;
  });
}

/** Styled and look-alike letters as plain letters, case kept where it exists: "𝕀 𝕓𝕝𝕖𝕤𝕤𝕖𝕕" → "I blessed". */
export function unstyle(text: string): string {
  return foldLookalikes(text.normalize('NFKC').replace(STYLED_RE, (ch) => STYLED_LETTERS[ch] ?? ch));
}

/** Emoji: pictographs, presentation emoji, keycaps, flags (regional indicators), modifiers, ZWJ, variation selectors. */
export const EMOJI_RE =
  /[\p{Extended_Pictographic}\p{Emoji_Presentation}\p{Emoji_Modifier}\p{Regional_Indicator}]|\u200d|\ufe0f|\u20e3/gu;
const MENTION_RE = /@[\p{L}\p{N}._]+/gu;
const HASHTAG_RE = /#[\p{L}\p{N}_]+/gu;
/**
 * Links: a scheme or "www.", a bare domain under a common top-level domain ("murdev.com"), a
 * domain under a top-level domain that is also a word (it, me, de, es, …) only with a path
 * ("youtu.be/x", not "do.it" inside a sentence), or a video link left without its host
 * ("watch?v=…").
 */
const COMMON_TLDS =
  'com|net|org|info|biz|shop|store|online|site|xyz|link|club|live|app|io|ly|co|tv|gg|fr|br|uk|ru|pl|nl|ch';
const WORD_TLDS = 'it|me|de|es|be|at|to|in|us|pt|eu';
const URL_RE = new RegExp(
  [
    '\\b(?:https?:\\/\\/|www\\.)\\S+',
    `(?<![\\p{L}\\p{N}-])[\\p{L}\\p{N}][\\p{L}\\p{N}-]*\\.(?:${COMMON_TLDS})\\b(?:\\/\\S*)?`,
    `(?<![\\p{L}\\p{N}-])[\\p{L}\\p{N}][\\p{L}\\p{N}-]*\\.(?:${WORD_TLDS})\\/\\S*`,
    '(?:^|\\s|\\/)watch\\?v=[\\w-]{6,}\\S*',
  ].join('|'),
  'giu',
);
/**
 * A domain written apart so it is not a link: "moneygq. com", "kidsmediausa . com",
 * "site dot com", "(dot) net". Not "bom. com certeza" (Portuguese "com" = with, followed by a word).
 */
const OBFUSCATED_URL_RE =
  /[\p{L}\p{N}-]{3,}(?:(?:\s*[([]dot[)\]]\s*|\s+dot\s+)(?:com|net|org|info|shop|store|online|site|xyz)(?![\p{L}\p{N}])|(?:\s+\.\s*|\.\s+)(?:com|net|org|info|shop|store|online|site|xyz)(?![\p{L}\p{N}])(?!\s+\p{L}))/iu;

/**
 * Styled letters unstyled, lower case, NFD, combining marks removed, NFC back, ß as ss, œ and
 * æ as oe and ae:
 * "Très BEAU" → "tres beau", "ᴡᴏᴡ 𝐍𝐢𝐜𝐞" → "wow nice", "Großartig" → "grossartig". Emoji kept.
 */
export function fold(text: string): string {
  return unstyle(text)
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .normalize('NFC')
    .replace(/ß/g, 'ss')
    .replace(/œ/g, 'oe')
    .replace(/æ/g, 'ae');
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

/** Cheap test first: every link form has a dot or a slash right before a letter ("x.com"), or "watch?v=". */
const MAYBE_URL_RE = /[./][\p{L}\p{N}]|watch\?v=/u;

export function hasUrl(text: string): boolean {
  if (!MAYBE_URL_RE.test(text)) return false;
  URL_RE.lastIndex = 0;
  return URL_RE.test(text);
}

/** The text with its links replaced by a space. */
export function stripUrls(text: string): string {
  return MAYBE_URL_RE.test(text) ? text.replace(URL_RE, ' ') : text;
}

export function countUrls(text: string): number {
  return MAYBE_URL_RE.test(text) ? (text.match(URL_RE) ?? []).length : 0;
}

export function hasObfuscatedUrl(text: string): boolean {
  return OBFUSCATED_URL_RE.test(text);
}

/** The text without emoji, @mentions, #hashtags and links, whitespace collapsed. */
export function plainText(text: string): string {
  return stripEmoji(stripUrls(text).replace(MENTION_RE, ' ').replace(HASHTAG_RE, ' '))
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

/**
 * Letters written in styled Unicode (mathematical bold, italic, script, double-struck, small
 * capitals, fullwidth, circled and squared letters), counted before folding: scam comments use
 * them to slip past keyword filters.
 */
const STYLED_LETTER_RE =
  /[\u{1d400}-\u{1d7ff}ᴀʙᴄᴅᴇꜰɢʜɪᴊᴋʟᴍɴᴏᴘʀꜱᴛᴜᴠᴡʏᴢ\u{1f130}-\u{1f189}\uff21-\uff3a\uff41-\uff5a\u24b6-\u24e9]/gu;

export function countStyledLetters(text: string): number {
  return (text.match(STYLED_LETTER_RE) ?? []).length;
}
