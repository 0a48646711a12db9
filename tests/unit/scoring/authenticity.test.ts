import { describe, expect, it } from 'vitest';
import { type AuthenticityInput, authenticitySignals, scoreAuthenticity } from '@/lib/scoring/authenticity';
import { signalSays } from '@/tests/helpers/score-text';
import { contextFor, extraction, postsWith } from './builders';

const varied = postsWith([
  [600, 24],
  [1_400, 56],
  [800, 32],
  [1_200, 48],
  [1_000, 40],
]);
const none: AuthenticityInput = { lowEffortShare: undefined, audienceComments: 0 };

function signal(
  code: string,
  ex = extraction({ followers: 20_000, following: 500, posts: varied }),
  input: AuthenticityInput = none,
) {
  return authenticitySignals(contextFor(ex), input).find((s) => s.code === code);
}

describe('authenticity signals', () => {
  it('passes a healthy micro profile on ER, comments per like, likes spread and following', () => {
    // ER median (1,040 / 20,000) = 5.2 %: micro benchmark 0.54 % → band 0.18–6 % (6 = 2 × the 3 % minimum).
    const s = authenticitySignals(
      contextFor(extraction({ followers: 20_000, following: 500, posts: varied })),
      none,
    );
    expect(s.filter((x) => x.fired === true)).toEqual([]);
    const er = s.find((x) => x.code === 'er-vs-benchmark');
    expect(er?.params).toMatchObject({ basis: 'followers', low: expect.closeTo(0.18, 6), high: 6 });
    expect(signalSays(er)).toBe('Median ER 5.20 % is within 0.18–6.00 % (tier median 0.54 %).');
  });

  it('fires on an ER above the upper band: 10.4 % median on a micro Instagram profile', () => {
    const ex = extraction({ followers: 10_000, following: 500, posts: varied }); // median 1,040 / 10,000 = 10.4 %
    expect(signal('er-vs-benchmark', ex)?.fired).toBe(true);
  });

  it('fires on comments per like below 0.3 %: 2 comments on 1,000 likes is 0.2 %', () => {
    const posts = postsWith([
      [600, 1],
      [1_400, 3],
      [800, 2],
      [1_200, 2],
      [1_000, 2],
    ]);
    // 10 comments / 5,000 likes × 100 = 0.2 %
    const s = signal('comments-per-like', extraction({ followers: 20_000, posts }));
    expect(s?.value).toBeCloseTo(0.2, 10);
    expect(s?.fired).toBe(true);
  });

  it('fires on suspiciously uniform likes (coefficient of variation below 0.15)', () => {
    const posts = postsWith([
      [1_000, 40],
      [1_010, 40],
      [990, 40],
      [1_000, 40],
      [1_000, 40],
    ]);
    const s = signal('likes-spread', extraction({ followers: 20_000, posts }));
    // mean 1,000, population sd √((0 + 100 + 100 + 0 + 0) / 5) = √40 = 6.32 → CV 0.0063
    expect(s?.value).toBeCloseTo(Math.sqrt(40) / 1000, 10);
    expect(s?.fired).toBe(true);
  });

  it('fires when following exceeds followers, and near the 7,500 cap on Instagram only', () => {
    expect(
      signal('following', extraction({ followers: 20_000, following: 20_001, posts: varied }))?.fired,
    ).toBe(true);
    expect(
      signal('following', extraction({ followers: 50_000, following: 7_000, posts: varied }))?.fired,
    ).toBe(true);
    expect(
      signal('following', extraction({ followers: 50_000, following: 6_999, posts: varied }))?.fired,
    ).toBe(false);
  });

  it('fires on ≥ 50 % low-effort comments once 10 comments are read', () => {
    const ex = extraction({ followers: 20_000, posts: varied });
    expect(signal('low-effort-comments', ex, { lowEffortShare: 50, audienceComments: 10 })?.fired).toBe(true);
    expect(signal('low-effort-comments', ex, { lowEffortShare: 49.9, audienceComments: 10 })?.fired).toBe(
      false,
    );
    expect(
      signal('low-effort-comments', ex, { lowEffortShare: 90, audienceComments: 9 })?.fired,
    ).toBeUndefined();
  });

  it('fires on a follower jump in a round amount between snapshots', () => {
    const ex = extraction({ followers: 20_000, posts: varied });
    const s = signal('follower-jumps', ex, {
      ...none,
      // 12,345 → 15,345: +3,000 (24 %), a multiple of 1,000 → fired; 15,345 → 15,900 is organic.
      history: [
        { capturedAt: 1, followers: 12_345 },
        { capturedAt: 2, followers: 15_345 },
        { capturedAt: 3, followers: 15_900 },
      ],
    });
    expect(s).toMatchObject({ fired: true, value: 1 });
    expect(s?.params).toMatchObject({ jumps: [3_000], snapshots: 3 });
    expect(signalSays(s)).toBe('Follower jumps in round amounts between snapshots: +3,000.');
    expect(signalSays(s, 'fr')).toBe('Sauts d’abonnés en chiffres ronds entre deux analyses : +3\u202f000.');
  });

  it('scores 100 − 30 per fired signal and lists unevaluated signals as excluded', () => {
    const ex = extraction({ followers: 20_000, following: 25_000, posts: varied });
    const r = scoreAuthenticity(contextFor(ex), none);
    // Evaluated: ER, comments per like, likes spread, following (fired). Not: comments, history.
    expect(r.subscore.value).toBe(70);
    expect(r.subscore.excluded.map((e) => e.id)).toEqual(['low-effort-comments', 'follower-jumps']);
    expect(r.subscore.confidence).toBe('high');
  });
});
