import { describe, expect, it } from 'vitest';
import { historySeries, sparkPoints } from '@/components/dashboard/history-series';
import { makeReport } from '@/tests/helpers/reports';

describe('history chart series', () => {
  it('orders by scoring time and leaves out missing values instead of plotting 0', () => {
    const r1 = makeReport({ scoredAt: 2_000, followers: 1_100 });
    const r0 = makeReport({ scoredAt: 1_000, followers: 1_000 });
    const r2 = makeReport({ scoredAt: 3_000, followers: undefined });
    const { followers, er } = historySeries([r1, r2, r0]);
    expect(followers).toEqual([
      { t: 1_000, value: 1_000 },
      { t: 2_000, value: 1_100 },
    ]);
    expect(er.map((p) => p.t)).toEqual([1_000, 2_000, 3_000]);
  });
  it('maps points into the box, a flat series at mid-height', () => {
    expect(
      sparkPoints(
        [
          { t: 0, value: 0 },
          { t: 10, value: 10 },
        ],
        100,
        50,
        0,
      ),
    ).toEqual([
      { x: 0, y: 50 },
      { x: 100, y: 0 },
    ]);
    expect(sparkPoints([{ t: 5, value: 3 }], 100, 50)).toEqual([{ x: 50, y: 25 }]);
  });
});
