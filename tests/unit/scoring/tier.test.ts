import { describe, expect, it } from 'vitest';
import { ThresholdsSchema } from '@/lib/model/campaign';
import { tierOf } from '@/lib/scoring/tier';

const defaults = ThresholdsSchema.parse({});

describe('tierOf', () => {
  it.each([
    [0, 'nano'],
    [4_999, 'nano'],
    [5_000, 'micro'],
    [99_999, 'micro'],
    [100_000, 'macro'],
    [999_999, 'macro'],
    [1_000_000, 'mega'],
    [300_000_000, 'mega'],
  ] as const)('puts %i followers in the %s tier', (followers, tier) => {
    expect(tierOf(followers, defaults)).toBe(tier);
  });

  it('follows edited tier bounds from the campaign', () => {
    const t = ThresholdsSchema.parse({ tierMicroMin: 10_000 });
    expect(tierOf(9_999, t)).toBe('nano');
    expect(tierOf(10_000, t)).toBe('micro');
  });
});
