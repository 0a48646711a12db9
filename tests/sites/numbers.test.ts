import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countFromJson, parseCompactNumber, parseCountText } from '@/lib/sites/numbers';

const NBSP = '\u00a0';
const NNBSP = '\u202f';

type Row = [text: string, value: number, exact: boolean];

const TABLE: Record<string, Row[]> = {
  en: [
    ['0', 0, true],
    ['999', 999, true],
    ['2,109', 2109, true],
    ['1,179,867', 1179867, true],
    ['1.1M', 1_100_000, false],
    ['208K', 208_000, false],
    ['630k', 630_000, false],
    ['32.7m', 32_700_000, false],
    ['1.2B', 1_200_000_000, false],
    ['12.3K', 12_300, false],
    ['1.2 million', 1_200_000, false],
  ],
  fr: [
    [`1${NNBSP}179${NNBSP}867`, 1179867, true],
    [`1${NBSP}179${NBSP}867`, 1179867, true],
    ['1 179 867', 1179867, true],
    [`12,3${NBSP}k`, 12_300, false],
    [`1,2${NBSP}M`, 1_200_000, false],
    [`1,2${NBSP}Md`, 1_200_000_000, false],
    ['399', 399, true],
  ],
  de: [
    ['1.234', 1234, true],
    ['1.179.867', 1179867, true],
    ['12.345', 12345, true],
    [`44,1${NBSP}Mio.`, 44_100_000, false],
    [`1,2${NBSP}Mrd.`, 1_200_000_000, false],
    ['12,3 Tsd.', 12_300, false],
  ],
  es: [
    [`12,3${NBSP}mil`, 12_300, false],
    [`1,2${NBSP}M`, 1_200_000, false],
    [`1234,6${NBSP}M`, 1_234_600_000, false],
    ['1.179.867', 1179867, true],
  ],
  'pt-BR': [
    [`12,3${NBSP}mil`, 12_300, false],
    [`1,2${NBSP}mi`, 1_200_000, false],
    [`1,2${NBSP}bi`, 1_200_000_000, false],
  ],
  it: [
    ['12,3K', 12_300, false],
    [`1,2${NBSP}Mln`, 1_200_000, false],
    [`2${NBSP}Mld`, 2_000_000_000, false],
  ],
  nl: [
    ['12,3K', 12_300, false],
    [`1,2${NBSP}mln.`, 1_200_000, false],
    [`1,2${NBSP}mld.`, 1_200_000_000, false],
  ],
  ru: [
    [`12,3${NBSP}тыс.`, 12_300, false],
    [`1,2${NBSP}млн`, 1_200_000, false],
    [`2${NBSP}млрд`, 2_000_000_000, false],
    [`1${NBSP}179${NBSP}867`, 1179867, true],
  ],
  pl: [
    [`12,3${NBSP}tys.`, 12_300, false],
    [`1,2${NBSP}mln`, 1_200_000, false],
    [`1,2${NBSP}mld`, 1_200_000_000, false],
  ],
  tr: [
    [`12,3${NBSP}B`, 12_300, false],
    [`1,2${NBSP}Mn`, 1_200_000, false],
    [`2${NBSP}Mr`, 2_000_000_000, false],
    ['12,3 bin', 12_300, false],
  ],
  id: [
    [`12,3${NBSP}rb`, 12_300, false],
    [`1,2${NBSP}jt`, 1_200_000, false],
    [`1,2${NBSP}M`, 1_200_000_000, false],
  ],
  ja: [
    ['1.2万', 12_000, false],
    ['118万', 1_180_000, false],
    ['1.2億', 120_000_000, false],
    ['1234', 1234, true],
  ],
  zh: [
    ['1.2万', 12_000, false],
    ['1.2亿', 120_000_000, false],
    ['1.2萬', 12_000, false],
  ],
  ko: [
    ['1.2천', 1_200, false],
    ['1.2만', 12_000, false],
    ['12.3억', 1_230_000_000, false],
  ],
};

describe('parseCompactNumber', () => {
  for (const [locale, rows] of Object.entries(TABLE)) {
    it.each(rows)(`reads %j in ${locale} as %d (exact: %s)`, (text, value, exact) => {
      expect(parseCompactNumber(text, locale)).toEqual({ ok: true, value, exact });
    });
  }

  it('reads 1.234 as 1234 in German but refuses it as a count in English', () => {
    expect(parseCompactNumber('1.234', 'de')).toEqual({ ok: true, value: 1234, exact: true });
    expect(parseCompactNumber('1.234', 'en').ok).toBe(false);
  });

  it('reads B as a billion in English and as a thousand (bin) in Turkish', () => {
    expect(parseCompactNumber('1,2 B', 'tr')).toMatchObject({ value: 1200 });
    expect(parseCompactNumber('1.2B', 'en')).toMatchObject({ value: 1_200_000_000 });
  });

  it('reads M as a million in French and as a billion (miliar) in Indonesian', () => {
    expect(parseCompactNumber('1,2 M', 'fr')).toMatchObject({ value: 1_200_000 });
    expect(parseCompactNumber('1,2 M', 'id')).toMatchObject({ value: 1_200_000_000 });
  });

  it('uses English when no locale is given', () => {
    expect(parseCompactNumber('1,179,867')).toEqual({ ok: true, value: 1179867, exact: true });
    expect(parseCompactNumber('1.1M')).toEqual({ ok: true, value: 1_100_000, exact: false });
  });

  it('accepts a decimal comma with a unit on an English page when it cannot be a thousands group', () => {
    expect(parseCompactNumber('12,3K', 'en')).toMatchObject({ ok: true, value: 12_300 });
  });

  it('accepts the locale-mismatched but unambiguous German 1,179,867', () => {
    expect(parseCompactNumber('1,179,867', 'de')).toMatchObject({ ok: true, value: 1179867 });
  });

  it.each([
    ['', 'en', 'empty'],
    ['   ', 'en', 'empty'],
    ['abc', 'en', 'not-a-number'],
    ['1.2M followers', 'en', 'unknown-unit'],
    ['12 xyz', 'en', 'unknown-unit'],
    ['-5', 'en', 'negative'],
    ['1,23,4', 'en', 'bad-groups'],
    ['1.2.3', 'en', 'bad-groups'],
    ['1,5', 'de', 'decimal-in-count'],
    ['1.5', 'en', 'decimal-in-count'],
    ['1,2.3,4', 'en', 'mixed-separators'],
    ['NaN', 'en', 'not-a-number'],
    ['1e6', 'en', 'not-a-number'],
    ['10K+', 'en', 'unknown-unit'],
  ] as const)('refuses %j in %s with a reason instead of a number (%s)', (text, locale, reason) => {
    expect(parseCompactNumber(text, locale)).toEqual({ ok: false, reason, text: text.trim() });
  });

  it('ignores bidi marks around a compact number', () => {
    expect(parseCompactNumber('1.2K\u200f', 'he')).toMatchObject({ ok: true, value: 1200 });
  });
});

describe('parseCountText', () => {
  it.each([
    ['1.2M followers', 'en', 1_200_000],
    ['1,234 followers', 'en', 1234],
    [`12,3${NBSP}k abonnés`, 'fr', 12_300],
    ['Followers: 2,109', 'en', 2109],
    ['3,960 abonnés', 'en', 3960],
    [`44,1${NBSP}Mio. Abonnenten`, 'de', 44_100_000],
  ])('finds the count in %j (%s)', (text, locale, value) => {
    expect(parseCountText(text, locale)).toMatchObject({ ok: true, value });
  });

  it('refuses text without a number', () => {
    expect(parseCountText('no followers yet').ok).toBe(false);
  });
});

describe('countFromJson', () => {
  it('accepts non-negative integers and digit strings only', () => {
    expect(countFromJson(5)).toBe(5);
    expect(countFromJson('1179867')).toBe(1179867);
    expect(countFromJson(-1)).toBeUndefined();
    expect(countFromJson(1.5)).toBeUndefined();
    expect(countFromJson('-3')).toBeUndefined();
    expect(countFromJson(null)).toBeUndefined();
  });
});

const LOCALES = ['en', 'fr', 'de', 'es', 'pt-BR', 'it', 'nl', 'ru', 'pl', 'tr', 'id', 'ja', 'zh', 'ko'];
const EXTRA_LOCALES = [
  'en-GB',
  'es-MX',
  'zh-TW',
  'pt',
  'uk',
  'sv',
  'cs',
  'ro',
  'hu',
  'da',
  'fi',
  'nb',
  'el',
  'vi',
  'he',
  'th',
];

describe('parseCompactNumber against Intl.NumberFormat', () => {
  for (const locale of [...LOCALES, ...EXTRA_LOCALES]) {
    const plain = new Intl.NumberFormat(locale);
    const compact = new Intl.NumberFormat(locale, { notation: 'compact', maximumFractionDigits: 1 });

    it(`reads every full ${locale} number exactly`, () => {
      fc.assert(
        fc.property(fc.integer({ min: 0, max: 2_000_000_000 }), (n) => {
          const parsed = parseCompactNumber(plain.format(n), locale);
          expect(parsed).toEqual({ ok: true, value: n, exact: true });
        }),
        { numRuns: 300 },
      );
    });

    it(`reads every compact ${locale} number within the rounding of its shown digits`, () => {
      fc.assert(
        fc.property(fc.integer({ min: 0, max: 2_000_000_000 }), (n) => {
          const text = compact.format(n);
          const parsed = parseCompactNumber(text, locale);
          expect(parsed.ok, `${locale} ${JSON.stringify(text)}`).toBe(true);
          if (!parsed.ok) return;
          const digits = /(\d+)(?:[.,](\d+))?/.exec(text.replace(/[\s\u00a0\u202f.](?=\d{3})/g, ''));
          const shownFraction = digits?.[2]?.length ?? 0;
          const mantissa = Number(`${digits?.[1]}.${digits?.[2] ?? '0'}`);
          const unit = mantissa === 0 ? 1 : parsed.value / mantissa;
          const tolerance = unit * 0.5 * 10 ** -shownFraction + 1e-6;
          expect(Math.abs(parsed.value - n), `${locale} ${JSON.stringify(text)}`).toBeLessThanOrEqual(
            tolerance,
          );
        }),
        { numRuns: 300 },
      );
    });
  }
});
