/**
 * Reading the counts Instagram and TikTok print: grouped integers ("1,179,867", "1 179 867",
 * "1.179.867") and compact forms ("1.1M", "44,1 Mio.", "12,3 k", "1.2万"). The page's locale
 * decides which mark is the decimal one; anything that is not clearly a count is refused with
 * a reason, never guessed.
 */

/** Why a text was not read as a count. */
export type NumberRefusal =
  | 'not-text'
  | 'empty'
  | 'negative'
  | 'not-a-number'
  | 'unknown-unit'
  | 'too-large'
  | 'no-number'
  /** "1.234,5.6": more than one mark could be the decimal one. */
  | 'mixed-separators'
  /** A decimal mark in a count without a unit ("1,5" on a French page). */
  | 'decimal-in-count'
  | 'bad-decimal'
  | 'mixed-grouping'
  /** Digit groups that are not groups of three ("1,23,4"). */
  | 'bad-groups';

/** A count, or why the text is not one (`text` is what was read, normalised). */
export type ParsedNumber =
  | { ok: true; value: number; exact: boolean }
  | { ok: false; reason: NumberRefusal; text: string };

type UnitTable = Readonly<Record<string, number>>;

const K = 1e3;
const M = 1e6;
const G = 1e9;

/**
 * Compact units by language, keyed lower-case without a trailing dot. Only units that mean the
 * same thing everywhere sit in the shared tables; "B" (billion in English, bin = thousand in
 * Turkish), "M" (million, but miliar in Indonesian) and "mil" (thousand in Spanish and
 * Portuguese, million in Czech and Romanian) are decided by the language.
 */
const UNITS_BY_LANGUAGE: Readonly<Record<string, UnitTable>> = {
  en: { k: K, m: M, mm: M, b: G, bn: G, thousand: K, million: M, millions: M, billion: G, billions: G },
  fr: { k: K, m: M, md: G, mrd: G, mds: G, million: M, millions: M, milliard: G, milliards: G },
  de: { k: K, tsd: K, td: K, mio: M, mrd: G, mill: M, million: M, millionen: M, milliarde: G, milliarden: G },
  es: { k: K, mil: K, m: M, 'mil m': G, mm: G, mill: M, millón: M, millones: M },
  pt: { k: K, mil: K, mi: M, m: M, bi: G, mm: G, 'mil m': G, milhão: M, milhões: M, bilhão: G, bilhões: G },
  it: { k: K, mila: K, mln: M, m: M, mio: M, mld: G, mrd: G, milioni: M, miliardi: G },
  nl: { k: K, mln: M, m: M, mld: G, mrd: G, miljoen: M, miljard: G },
  ru: { k: K, к: K, тыс: K, млн: M, млрд: G },
  uk: { k: K, к: K, тис: K, млн: M, млрд: G },
  pl: { k: K, tys: K, mln: M, m: M, mld: G },
  tr: { k: K, b: K, bin: K, mn: M, m: M, milyon: M, mr: G, milyar: G },
  id: { k: K, rb: K, ribu: K, jt: M, juta: M, m: G, miliar: G },
  ms: { k: K, rb: K, j: M, jt: M, b: G },
  sv: { k: K, tn: K, mn: M, mkr: M, md: G, mdr: G },
  cs: { k: K, tis: K, mil: M, mld: G },
  ro: { k: K, mii: K, mil: M, mld: G },
  hu: { k: K, e: K, m: M, mrd: G },
  da: { k: K, t: K, mio: M, mia: G },
  nb: { k: K, mill: M, mrd: G },
  no: { k: K, mill: M, mrd: G },
  fi: { k: K, t: K, milj: M, mrd: G },
  el: { k: K, χιλ: K, εκ: M, δισ: G },
  vi: { k: K, n: K, tr: M, t: G },
  he: { k: K, m: M, b: G },
  th: { k: K, m: M, b: G },
};

/** East-Asian myriad units: unambiguous in every locale. */
const CJK_UNITS: UnitTable = {
  千: K,
  万: 1e4,
  萬: 1e4,
  億: 1e8,
  亿: 1e8,
  兆: 1e12,
  천: K,
  만: 1e4,
  억: 1e8,
  조: 1e12,
};

function languageOf(locale: string): string {
  return locale.toLowerCase().split(/[-_]/)[0] ?? 'en';
}

const decimalCache = new Map<string, '.' | ','>();

/** The locale's decimal mark, from Intl so regional variants (es-MX, de-CH) come out right. */
function decimalMarkFor(locale: string): '.' | ',' {
  const cached = decimalCache.get(locale);
  if (cached) return cached;
  let mark: '.' | ',' = '.';
  try {
    const part = new Intl.NumberFormat(locale).formatToParts(1.5).find((p) => p.type === 'decimal');
    mark = part?.value === ',' ? ',' : '.';
  } catch {
    mark = '.';
  }
  decimalCache.set(locale, mark);
  return mark;
}

function unitMultiplier(unit: string, locale: string): number | undefined {
  const key = unit.toLowerCase().replace(/\.$/, '').replace(/\s+/g, ' ');
  const cjk = CJK_UNITS[key];
  if (cjk !== undefined) return cjk;
  const own = UNITS_BY_LANGUAGE[languageOf(locale)]?.[key];
  if (own !== undefined) return own;
  // A page whose language we do not know, or that prints English units: read them as English.
  return UNITS_BY_LANGUAGE.en?.[key];
}

/** Spaces of every width (NBSP, narrow NBSP, thin space) become one ASCII space; bidi marks go. */
function normalizeNumberText(text: string): string {
  return text
    .replace(/[\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069]/g, '')
    .replace(/[\uff10-\uff19]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0))
    .replace(/[\s\u00a0\u2007\u2009\u202f]+/g, ' ')
    .trim();
}

const NUMBER_RE = /^(\d(?:[\d.,'’ ]*\d)?)(?: ?([^\d\s.,'’+\-−][^\d]*?))?$/u;

function validGroups(groups: string[]): boolean {
  const [first, ...rest] = groups;
  if (first === undefined || !/^\d{1,3}$/.test(first)) return false;
  return rest.every((g) => /^\d{3}$/.test(g));
}

interface Mantissa {
  value: number;
  /** Digits printed after the decimal mark. */
  fractionDigits: number;
}

function parseMantissa(raw: string, locale: string, hasUnit: boolean): Mantissa | NumberRefusal {
  const decimal = decimalMarkFor(locale);
  // Spaces and apostrophes only ever group digits.
  const grouped = raw.replace(/['’ ]/g, (c) => (c === ' ' ? 's' : 'a'));
  const marks = [...grouped.matchAll(/[.,sa]/g)].map((m) => m[0]);
  if (marks.length === 0) return { value: Number(raw), fractionDigits: 0 };

  const distinct = [...new Set(marks)];
  let decimalMark: string | undefined;
  if (distinct.length > 1) {
    // "1.234,5" or "1,234.5": the last mark is the decimal one if it appears once.
    const last = marks[marks.length - 1] as string;
    if (last === 's' || last === 'a') decimalMark = undefined;
    else if (marks.filter((m) => m === last).length === 1) decimalMark = last;
    else return 'mixed-separators';
  } else {
    const only = distinct[0] as string;
    const count = marks.length;
    if (only === '.' || only === ',') {
      const tail = grouped.slice(grouped.lastIndexOf(only) + 1);
      if (count > 1) decimalMark = undefined;
      else if (only === decimal) {
        // A count is a whole number: a decimal mark of the page's locale without a unit is refused.
        if (!hasUnit) return 'decimal-in-count';
        decimalMark = only;
      } else if (hasUnit && tail.length !== 3) {
        // "12,3K" on an English page: cannot be a thousands group, so it is the decimal part.
        decimalMark = only;
      } else decimalMark = undefined;
    }
  }

  let intPart = grouped;
  let fracPart = '';
  if (decimalMark !== undefined) {
    const at = grouped.lastIndexOf(decimalMark);
    intPart = grouped.slice(0, at);
    fracPart = grouped.slice(at + 1);
    if (!/^\d+$/.test(fracPart)) return 'bad-decimal';
  }
  const groups = intPart.split(/[.,sa]/);
  if (groups.length > 1) {
    const seps = new Set(intPart.match(/[.,sa]/g) ?? []);
    if (seps.size > 1) return 'mixed-grouping';
    if (!validGroups(groups)) return 'bad-groups';
  }
  const digits = groups.join('');
  const value = Number(fracPart ? `${digits}.${fracPart}` : digits);
  return { value, fractionDigits: fracPart.length };
}

/**
 * Parse one number token as printed by the sites: "1,179,867", "1.1M", "44,1 Mio.", "12,3 k",
 * "1.2万". `locale` is the page's language (`document.documentElement.lang`), English when
 * unknown. `exact` is false for compact forms. Text around the token is refused: use
 * {@link parseCountText} for "1.2M followers".
 */
export function parseCompactNumber(text: string, locale = 'en'): ParsedNumber {
  if (typeof text !== 'string') return { ok: false, reason: 'not-text', text: '' };
  const norm = normalizeNumberText(text);
  if (norm === '') return { ok: false, reason: 'empty', text: norm };
  if (/^[-−]/.test(norm)) return { ok: false, reason: 'negative', text: norm };
  const match = NUMBER_RE.exec(norm);
  if (!match) return { ok: false, reason: 'not-a-number', text: norm };
  const raw = match[1] as string;
  const unit = match[2]?.trim();
  let multiplier = 1;
  if (unit) {
    const found = unitMultiplier(unit, locale || 'en');
    if (found === undefined) return { ok: false, reason: 'unknown-unit', text: norm };
    multiplier = found;
  }
  const mantissa = parseMantissa(raw, locale || 'en', Boolean(unit));
  if (typeof mantissa === 'string') return { ok: false, reason: mantissa, text: norm };
  const value = Math.round(mantissa.value * multiplier);
  if (!Number.isFinite(value) || value > Number.MAX_SAFE_INTEGER) {
    return { ok: false, reason: 'too-large', text: norm };
  }
  return { ok: true, value, exact: !unit };
}

const TOKEN_RE = /\d(?:[\d.,'’ ]*\d)?(?: ?[^\d\s.,'’+\-−:;!?()[\]|/]+\.?)?/gu;

/**
 * Find the first count in a short text such as "1.2M followers", "12,3 k abonnés" or
 * "Followers: 1,234": the number and, when it is a known unit, the word right after it.
 */
export function parseCountText(text: string, locale = 'en'): ParsedNumber {
  const norm = normalizeNumberText(text ?? '');
  TOKEN_RE.lastIndex = 0;
  const match = TOKEN_RE.exec(norm);
  if (!match) return { ok: false, reason: 'no-number', text: norm };
  const token = match[0];
  const whole = parseCompactNumber(token, locale);
  if (whole.ok) return whole;
  // The word after the number was not a unit ("1,234 followers"): read the number alone.
  const numberOnly = /^\d(?:[\d.,'’ ]*\d)?/.exec(token)?.[0];
  if (numberOnly && numberOnly !== token) {
    const bare = parseCompactNumber(numberOnly, locale);
    if (bare.ok) return bare;
  }
  return whole;
}

/** A count from a string or number in page JSON: non-negative safe integers only. */
export function countFromJson(value: unknown): number | undefined {
  if (typeof value === 'number') {
    return Number.isSafeInteger(value) && value >= 0 ? value : undefined;
  }
  if (typeof value === 'string' && /^\d{1,16}$/.test(value.trim())) {
    const n = Number(value.trim());
    return Number.isSafeInteger(n) ? n : undefined;
  }
  return undefined;
}
