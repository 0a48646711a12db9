import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { entryLines } from '@/lib/shortlist/sync';

/** What the export did before the scan: drop everything up to the first tab of each line. */
const reference = (text: string) => text.replace(/^[^\t\n]*\t/gm, '');

describe('entryLines (a replica page as version 2 entries)', () => {
  it('drops each line’s key, keeps the entry and the line breaks', () => {
    expect(entryLines('ig:a\t{"k":1}\ntt:b\t{"k":2}')).toBe('{"k":1}\n{"k":2}');
    expect(entryLines('')).toBe('');
  });

  it('keeps a line without a key whole, and a tab inside an entry', () => {
    expect(entryLines('ig:a\t{"k":1}\nno key here\ntt:b\tx\ty')).toBe('{"k":1}\nno key here\nx\ty');
  });

  it('agrees with the line-by-line pattern on any text', () => {
    const piece = fc.constantFrom('\t', '\n', 'a', 'ig:x', '{"n":1}', 'é', '😀', ' ');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 60 }), (parts) => {
        const text = parts.join('');
        expect(entryLines(text)).toBe(reference(text));
      }),
      { numRuns: 3000 },
    );
  });
});
