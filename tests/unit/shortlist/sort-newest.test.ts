import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ShortlistEntry } from '@/lib/model';
import { compareRows, sortNewest } from '@/lib/shortlist/table-model';
import { syntheticEntries } from '@/tests/helpers/seed';

const BASE = syntheticEntries(64);

/** Dates that collide often and span every digit of the sort. */
const date = fc.oneof(
  fc.constantFrom(0, 1, 4095, 4096, 2 ** 24 - 1, 2 ** 24, 2 ** 36, 1_760_000_000_000, 2 ** 48 - 1),
  fc.integer({ min: 1_760_000_000_000, max: 1_760_000_000_050 }),
  fc.nat({ max: 2 ** 48 - 1 }),
);
/** A date outside the digits' range (the rows are then compared): none most of the time. */
const odd = fc.option(fc.constantFrom(2 ** 48, -1, 1.5, 253_402_300_799_999), { freq: 3 });

describe('sortNewest', () => {
  it('orders rows as compareRows does (newest first, then key), ties and every range of dates included', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat(BASE.length - 1), date), { maxLength: 200 }),
        odd,
        (picks, out) => {
          const seen = new Set<string>();
          const rows: ShortlistEntry[] = [];
          picks.forEach(([i, addedAt], k) => {
            const id = `${(BASE[i] as ShortlistEntry).id}-${k % 7}`;
            if (seen.has(id)) return;
            seen.add(id);
            rows.push({ ...(BASE[i] as ShortlistEntry), id, addedAt });
          });
          if (out !== null) rows.push({ ...(BASE[0] as ShortlistEntry), id: 'instagram:odd', addedAt: out });
          const sorted = sortNewest(rows);
          expect(sorted).toHaveLength(rows.length);
          const expected = [...rows].sort(compareRows);
          expect(sorted.map((row) => row.id)).toEqual(expected.map((row) => row.id));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('sorts 50,000 rows in the order of a comparison sort', () => {
    const rows = syntheticEntries(50_000, 3).map((row, i) => ({
      ...row,
      // A tenth of the rows share their date with another one.
      addedAt: i % 10 === 0 ? row.addedAt - (row.addedAt % 7_000) : row.addedAt,
    }));
    const sorted = sortNewest(rows);
    const expected = [...rows].sort(compareRows);
    expect(sorted.every((row, k) => row === expected[k])).toBe(true);
  });
});
