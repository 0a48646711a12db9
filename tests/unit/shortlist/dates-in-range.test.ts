import { describe, expect, it } from 'vitest';
import { createUiFormatters } from '@/components/use-ui-locale';
import { shortlistToCsv } from '@/lib/exchange/csv';
import { createFormatters } from '@/lib/i18n';
import { ScoreReportSchema, ShortlistEntrySchema } from '@/lib/model';
import { entryFromReport } from '@/lib/shortlist/repo';
import { makeReport } from '@/tests/helpers/reports';

const BEYOND = 8.64e15 + 1;

describe('dates in range everywhere', () => {
  it('the schemas refuse an epoch-ms time no date can hold', () => {
    const report = makeReport();
    expect(ScoreReportSchema.safeParse({ ...report, scoredAt: BEYOND }).success).toBe(false);
    expect(ScoreReportSchema.safeParse({ ...report, scoredAt: -1 }).success).toBe(false);
    const entry = entryFromReport(report, 1_000);
    expect(ShortlistEntrySchema.safeParse({ ...entry, addedAt: BEYOND }).success).toBe(false);
    expect(ShortlistEntrySchema.safeParse({ ...entry, updatedAt: Number.NaN }).success).toBe(false);
  });

  it('every formatter returns text for any number, in both languages', () => {
    for (const locale of ['en', 'fr'] as const) {
      const fmt = createUiFormatters(locale);
      const base = createFormatters(locale);
      for (const value of [BEYOND, -BEYOND, Number.NaN, Number.POSITIVE_INFINITY, 1e300]) {
        for (const format of [fmt.date, fmt.dateTime, base.date, base.dateTime, fmt.integer, fmt.percent]) {
          expect(typeof format(value)).toBe('string');
        }
        expect(typeof fmt.money(value, 'EUR')).toBe('string');
        expect(typeof fmt.money(1, 'not a currency')).toBe('string');
        expect(typeof base.money(1, '€€')).toBe('string');
      }
    }
  });

  it('CSV export writes every row even when one holds a time out of range', () => {
    const good = entryFromReport(makeReport(), 1_000);
    const bad = { ...entryFromReport(makeReport({ handle: 'bad' }), 1_000), addedAt: BEYOND };
    const csv = shortlistToCsv([good, bad]);
    expect(csv.split('\r\n').filter((line) => line !== '')).toHaveLength(3);
  });
});
