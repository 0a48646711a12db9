import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { laterReport, sameJson, stableStringify } from '@/lib/exchange/replica-order';
import type { ScoreReport } from '@/lib/model';

/** The same value rebuilt: every object's keys in reverse order, some `undefined` properties added. */
function reshaped(value: unknown, salt: number): unknown {
  if (Array.isArray(value)) return value.map((item, i) => reshaped(item, salt + i));
  if (typeof value !== 'object' || value === null) return value;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value).reverse())
    out[key] = reshaped((value as Record<string, unknown>)[key], salt + 1);
  if (salt % 3 === 0) out[`absent${salt}`] = undefined;
  return out;
}

/** Two values that are often alike, sometimes differ in one place, sometimes unrelated. */
const pairs = fc.oneof(
  fc.jsonValue().chain((a) => fc.nat(5).map((salt) => [a, reshaped(a, salt)] as const)),
  fc.jsonValue().chain((a) =>
    fc.jsonValue({ maxDepth: 1 }).map((leaf) => {
      const b = JSON.parse(JSON.stringify(a ?? null)) as unknown;
      if (typeof b === 'object' && b !== null && !Array.isArray(b) && Object.keys(b).length > 0) {
        (b as Record<string, unknown>)[Object.keys(b)[0] as string] = leaf;
      }
      return [a, b] as const;
    }),
  ),
  fc.tuple(fc.jsonValue(), fc.jsonValue()),
);

describe('sameJson: equal values as canonical JSON prints them', () => {
  it('is true exactly when stableStringify prints both alike', () => {
    fc.assert(
      fc.property(pairs, ([a, b]) => {
        expect(sameJson(a, b)).toBe(stableStringify(a) === stableStringify(b));
        expect(sameJson(b, a)).toBe(sameJson(a, b));
      }),
      { numRuns: 2_000 },
    );
  });

  it('examples: key order and undefined properties do not matter; arrays keep their order', () => {
    expect(sameJson({ a: 1, b: [1, { c: 'x' }] }, { b: [1, { c: 'x' }], a: 1, d: undefined })).toBe(true);
    expect(sameJson({ a: 1 }, { a: 1, b: null })).toBe(false);
    expect(sameJson([1, 2], [2, 1])).toBe(false);
    expect(sameJson([], {})).toBe(false);
    expect(sameJson({ a: [] }, { a: {} })).toBe(false);
    expect(sameJson('1', 1)).toBe(false);
  });

  it('laterReport keeps the report with the larger canonical JSON, the first on a tie', () => {
    fc.assert(
      fc.property(pairs, ([x, y]) => {
        const a = { report: x } as unknown as ScoreReport;
        const b = { report: y } as unknown as ScoreReport;
        const expected = stableStringify(a) >= stableStringify(b) ? a : b;
        expect(laterReport(a, b)).toBe(expected);
      }),
      { numRuns: 1_000 },
    );
  });
});
