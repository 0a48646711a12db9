import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import {
  CSV_COLUMNS,
  csvCell,
  csvIsoTime,
  FORMULA_START,
  parseCsv,
  shortlistToCsv,
  shortlistToCsvParts,
  unguardCell,
} from '@/lib/exchange/csv';
import { entryFromReport } from '@/lib/shortlist/repo';
import { makeReport } from '@/tests/helpers/reports';
import { syntheticEntries } from '@/tests/helpers/seed';

const NOW = Date.UTC(2026, 10, 25, 9, 0, 0);

function entry(overrides: { handle?: string; displayName?: string; notes?: string; tags?: string[] } = {}) {
  const base = entryFromReport(
    makeReport({
      handle: overrides.handle ?? 'lea.cuisine',
      ...(overrides.displayName === undefined ? {} : { displayName: overrides.displayName }),
    }),
    NOW,
  );
  return {
    ...base,
    notes: overrides.notes === undefined ? [] : [{ author: 'd1', authorName: 'Léa', text: overrides.notes }],
    tags: overrides.tags ?? [],
  };
}

describe('shortlist CSV export', () => {
  it('starts with a UTF-8 BOM, writes the documented header and CRLF rows', () => {
    const csv = shortlistToCsv([entry()]);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const lines = csv.slice(1).split('\r\n');
    expect(lines[0]).toBe(CSV_COLUMNS.join(','));
    expect(lines[1]).toContain(
      'instagram,lea.cuisine,Léa Cuisine,https://www.instagram.com/lea.cuisine/,12345,micro,4.57,4.20,1,shortlist,candidate',
    );
    expect(lines[2]).toBe('');
  });

  it('writes a missing follower count as an empty cell, never 0', () => {
    const e = entry();
    const csv = shortlistToCsv([{ ...e, followers: undefined, erMean: undefined }], {
      columns: ['handle', 'followers', 'er_mean_pct'],
    });
    expect(csv.slice(1).split('\r\n')[1]).toBe('lea.cuisine,,');
  });

  it('uses ";" and decimal commas for French Excel', () => {
    const csv = shortlistToCsv([entry()], {
      separator: ';',
      decimalComma: true,
      columns: ['handle', 'er_mean_pct', 'er_median_pct'],
    });
    expect(csv.slice(1).split('\r\n')[1]).toBe('lea.cuisine;4,57;4,20');
  });

  it('refuses a decimal comma with the comma separator', () => {
    expect(() => shortlistToCsv([entry()], { decimalComma: true })).toThrow(/separator/);
  });

  it('makes cells that start like a formula inert, even across lines', () => {
    for (const hostile of [
      '=HYPERLINK("http://x")',
      '+1+1',
      '-2',
      '@SUM(A1)',
      '\tcmd',
      '=cmd\nsecond line',
    ]) {
      const csv = shortlistToCsv([entry({ notes: hostile })], { columns: ['notes'] });
      const parsed = parseCsv(csv);
      expect(parsed.rows[0]?.notes).toBe(`'${hostile}`);
    }
  });

  it('quotes separators, quotes and newlines per RFC 4180', () => {
    const csv = shortlistToCsv([entry({ displayName: 'Say "hi", ok?\nnext' })], {
      columns: ['display_name'],
    });
    expect(csv).toContain('"Say ""hi"", ok?\nnext"');
  });

  it('round-trips any text through export and parse (property)', () => {
    const text = fc.string({
      unit: fc.constantFrom(
        'a',
        'é',
        '😀',
        '"',
        ',',
        ';',
        '\n',
        '\r\n',
        ' ',
        '=',
        '+',
        '-',
        '@',
        'x',
        '\t',
        "'",
        '\u00a0',
        '\ufeff',
        '\uff1d',
        '\uff0b',
      ),
    });
    fc.assert(
      fc.property(
        text,
        text,
        fc.constantFrom(',' as const, ';' as const),
        (notes, displayName, separator) => {
          const csv = shortlistToCsv([entry({ notes, displayName })], {
            separator,
            columns: ['display_name', 'notes'],
          });
          const row = parseCsv(csv).rows[0];
          const inert = (s: string) => (FORMULA_START.test(s) ? `'${s}` : s);
          expect(row?.display_name).toBe(inert(displayName));
          expect(row?.notes).toBe(inert(notes));
          // And the re-import takes the guard off again: the text comes back as it was.
          expect(unguardCell(row?.notes ?? '')).toBe(notes);
          expect(unguardCell(row?.display_name ?? '')).toBe(displayName);
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe('the CSV writer', () => {
  it('quotes every cell exactly as Papa Parse’s unparse does (the export stays byte for byte the same)', () => {
    const cellText = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 12 }),
      fc.constantFrom('=1+1', ' x', 'x ', 'a"b', 'a;b', 'a,b', '\uFEFFx', '\u00a0=1', '\uff1d1', "'=1", ''),
    );
    fc.assert(
      fc.property(cellText, fc.constantFrom(',' as const, ';' as const), (value, separator) => {
        const papa = Papa.unparse([[value]], {
          delimiter: separator,
          newline: '\r\n',
          quotes: false,
          escapeFormulae: FORMULA_START,
        });
        expect(csvCell(value, separator)).toBe(papa);
      }),
      { numRuns: 2_000 },
    );
  });

  it('writes only the header for no rows', () => {
    expect(shortlistToCsv([])).toBe(`\uFEFF${CSV_COLUMNS.join(',')}\r\n`);
  });

  it('writes the same file in parts as at once', () => {
    const entries = syntheticEntries(250);
    const parts = [...shortlistToCsvParts(entries, { separator: ';', decimalComma: true }, 100)];
    expect(parts.map((p) => p.done)).toEqual([0, 100, 200, 250]);
    expect(parts.map((p) => p.part).join('')).toBe(
      shortlistToCsv(entries, { separator: ';', decimalComma: true }),
    );
  });
});

describe('csvIsoTime', () => {
  it('writes exactly what Date writes, from 1970 to the end of 9999', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 253_402_300_799_999 }), (ms) => {
        expect(csvIsoTime(ms)).toBe(new Date(ms).toISOString());
      }),
      { numRuns: 20_000 },
    );
    for (const ms of [0, 951_782_400_000, 951_868_799_999, 4_107_542_400_000, 253_402_300_799_999])
      expect(csvIsoTime(ms)).toBe(new Date(ms).toISOString());
    expect(csvIsoTime(undefined)).toBe('');
    expect(csvIsoTime(-1)).toBe(new Date(-1).toISOString());
  });
});
