import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ShortlistEntry } from '@/lib/model';
import { RowReader } from '@/lib/shortlist/row-reader';
import { syntheticEntries } from '@/tests/helpers/seed';

const word = fc.string({ minLength: 0, maxLength: 12 });

/** A stored row with arbitrary tags, notes and optional fields (over a generated one). */
const storedRow = fc
  .record({
    base: fc.nat(199),
    tags: fc.array(fc.oneof(fc.constantFrom('gifted', 'to-call', '["gifted","to-call"]', ''), word), {
      maxLength: 4,
    }),
    notes: fc.array(fc.record({ author: word, authorName: word, text: word }), { maxLength: 3 }),
    assignee: fc.option(word, { nil: undefined }),
    campaignId: fc.constantFrom('default', 'spring', 'été-2026'),
  })
  .map(({ base, tags, notes, assignee, campaignId }) => {
    const row = structuredClone(BASE[base] as ShortlistEntry);
    row.tags = tags;
    row.notes = notes;
    if (assignee !== undefined) row.assignee = assignee;
    row.report.campaignId = campaignId;
    return JSON.stringify(row);
  });

const BASE = syntheticEntries(200);

describe('RowReader', () => {
  it('reads every row as JSON.parse does: same values, same properties in the same order', () => {
    fc.assert(
      fc.property(fc.array(storedRow, { minLength: 1, maxLength: 30 }), (texts) => {
        const reader = new RowReader();
        const rows = texts.map((text) => reader.read(text));
        // Read again after the others: sharing with later rows changes no earlier one.
        rows.forEach((row, i) => {
          expect(row).toStrictEqual(JSON.parse(texts[i] as string));
          expect(JSON.stringify(row)).toBe(texts[i]);
        });
      }),
    );
  });

  it('gives rows with the same tags one frozen array, and rows without notes or tags one empty array', () => {
    const reader = new RowReader();
    const [a, b, c, d, e] = BASE.slice(0, 5).map((row, i) =>
      reader.read(
        JSON.stringify({
          ...row,
          tags: [['gifted'], ['gifted'], ['gifted', 'to-call'], ['gifted', 'to-call'], []][i],
          notes: i === 4 ? [{ author: 'me', authorName: 'Me', text: 'hi' }] : [],
        }),
      ),
    ) as [ShortlistEntry, ShortlistEntry, ShortlistEntry, ShortlistEntry, ShortlistEntry];
    expect(a.tags).toBe(b.tags);
    expect(c.tags).toBe(d.tags);
    expect(a.tags).not.toBe(c.tags);
    expect(Object.isFrozen(a.tags)).toBe(true);
    expect(e.tags).toBe(a.notes);
    expect(a.notes).toBe(b.notes);
    expect(Object.isFrozen(a.notes)).toBe(true);
    expect(e.notes).toEqual([{ author: 'me', authorName: 'Me', text: 'hi' }]);
    // A shared array cannot be changed in place (it would change every row holding it).
    expect(() => (a.tags as string[]).push('x')).toThrow(TypeError);
    expect(b.tags).toEqual(['gifted']);
  });

  it('tells one tag that looks like a list from a list of tags', () => {
    const reader = new RowReader();
    const row = BASE[0] as ShortlistEntry;
    const one = reader.read(JSON.stringify({ ...row, tags: ['["a","b"]'] }));
    const two = reader.read(JSON.stringify({ ...row, tags: ['a', 'b'] }));
    expect(one.tags).toEqual(['["a","b"]']);
    expect(two.tags).toEqual(['a', 'b']);
  });

  it('reads rows of every shape in the generated shortlist unchanged', () => {
    const reader = new RowReader();
    for (const row of syntheticEntries(2_000, 7)) {
      const text = JSON.stringify(row);
      expect(JSON.stringify(reader.read(text))).toBe(text);
    }
  });
});
