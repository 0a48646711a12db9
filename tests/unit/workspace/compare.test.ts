import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import type { ScoredEntry, ScoreReport, SubScore } from '@/lib/model';
import {
  bestOf,
  type CompareRowKey,
  type Comparison,
  compareEntries,
  erSeries,
  type MissingWhy,
} from '@/lib/workspace/compare';
import { chartLayout, niceMax } from '@/lib/workspace/compare-chart';
import { comparisonToCsv } from '@/lib/workspace/compare-csv';
import { makeScoredEntry } from '@/tests/helpers/entries';

const DAY = 86_400_000;
const T0 = Date.UTC(2026, 9, 1);

function sub(key: SubScore['key'], value: number | undefined): SubScore {
  return {
    key,
    ...(value === undefined ? {} : { value }),
    inputs: {},
    used: [],
    excluded: [],
    confidence: value === undefined ? 'none' : 'high',
    explanation: { code: `${key}.x` },
  };
}

function engagement(er: number, erMedian: number, posts: Array<[days: number, er: number]>) {
  return {
    erMean: er,
    erMedian,
    minimum: 3,
    used: posts.map(([d, e], i) => ({
      postId: `p${i}`,
      takenAt: T0 + d * DAY,
      likes: 100,
      comments: 5,
      erFollowers: e,
    })),
    excluded: [],
    confidence: 'high' as const,
  };
}

/** Three creators with figures chosen by hand (expected values below follow from them). */
function three(): ScoredEntry[] {
  const lea = makeScoredEntry(
    { handle: 'lea.cuisine', quotedPrice: 450, currency: 'EUR' },
    {
      fit: 72.5,
      engagement: engagement(4.5, 4.4, [
        [3, 4.1],
        [1, 4.9],
        [2, 4.5],
      ]),
      subscores: [sub('engagement', 80), sub('niche', 60), sub('value', undefined)],
      weightsUsed: { engagement: 0.6, niche: 0.4 },
      reach: { perPost: 2_400, basis: 'followers-x-rate' },
      emv: { perPost: 24, impressions: 2_400, cpm: 10, currency: 'EUR' },
      priceBand: { min: 150, max: 300, currency: 'EUR', source: 'guide' },
      lowEffortShare: 12,
      lowEffortBand: 'green',
      commentCounts: { spam: 1, generic: 2, substantive: 20, neutral: 2, creatorReplies: 3, posts: 2 },
      authenticitySignals: [
        { code: 'likes-spread', fired: false, params: {} },
        { code: 'following', fired: false, params: {} },
        { code: 'follower-jumps', params: {} },
      ],
      disclosures: [
        { postId: 'p1', sponsored: 'yes', evidence: [], compliant: true, wordingFound: [] },
        { postId: 'p2', sponsored: 'no', evidence: [], wordingFound: [] },
      ],
      audienceLanguages: {
        comments: 40,
        determined: 36,
        undetermined: 4,
        languages: [
          { language: 'fr', count: 30 },
          { language: 'en', count: 6 },
        ],
        confidence: 'high',
        targets: ['fr'],
        targetShare: 83.3,
        fit: 'match',
      },
    },
  );
  const tom = makeScoredEntry(
    { handle: 'tom.trails', followers: 48_000, tier: 'micro', quotedPrice: 900, currency: 'EUR' },
    {
      fit: 58,
      engagement: engagement(2.3, 2.25, [[5, 2.3]]),
      subscores: [sub('engagement', 55), sub('niche', 60), sub('value', 40)],
      weightsUsed: { engagement: 0.5, niche: 0.3, value: 0.2 },
      reach: { perPost: 9_100, basis: 'followers-x-rate' },
      emv: { perPost: 91, impressions: 9_100, cpm: 10, currency: 'EUR' },
      priceBand: { min: 150, max: 800, currency: 'EUR', source: 'guide' },
      lowEffortShare: 35,
      lowEffortBand: 'amber',
      authenticitySignals: [
        { code: 'likes-spread', fired: true, params: {} },
        { code: 'following', fired: false, params: {} },
      ],
      disclosures: [
        { postId: 'q1', sponsored: 'yes', evidence: [], compliant: false, wordingFound: [] },
        { postId: 'q2', sponsored: 'yes', evidence: [], compliant: true, wordingFound: [] },
      ],
      audienceLanguages: {
        comments: 12,
        determined: 12,
        undetermined: 0,
        languages: [{ language: 'en', count: 12 }],
        confidence: 'low',
        targets: ['fr'],
        targetShare: 0,
        fit: 'mismatch',
      },
    },
  );
  const nina = makeScoredEntry(
    { handle: 'nina.moves', platform: 'tiktok', auditFakeShare: 25 },
    {
      platform: 'tiktok',
      url: 'https://www.tiktok.com/@nina.moves',
      fit: 72.5,
      engagement: { ...engagement(6.9, 6.7, [[4, 6.5]]), erByViewsMedian: 9.1 },
      subscores: [sub('engagement', 90), sub('niche', undefined)],
      weightsUsed: { engagement: 1 },
      emv: { perPost: 150, impressions: 30_000, cpm: 5, currency: 'USD' },
    },
  );
  return [lea, tom, nina];
}

const rowOf = (c: Comparison, key: CompareRowKey) => {
  const row = c.rows.find((r) => r.key === key);
  if (!row) throw new Error(`no row ${key}`);
  return row;
};

describe('which value is better', () => {
  it('marks the best, all of them on a tie, none when fewer than two are known or all are equal', () => {
    expect(bestOf([3, 5, 4], 'higher')).toEqual([false, true, false]);
    expect(bestOf([3, 5, 4], 'lower')).toEqual([true, false, false]);
    expect(bestOf([5, 5, 4], 'higher')).toEqual([true, true, false]);
    expect(bestOf([5, undefined, 4], 'higher')).toEqual([true, false, false]);
    expect(bestOf([5, undefined, undefined], 'higher')).toEqual([false, false, false]);
    expect(bestOf([4, 4], 'higher')).toEqual([false, false]);
    expect(bestOf([1, 9], 'none')).toEqual([false, false]);
    // A missing value is never 0: it is not the lowest.
    expect(bestOf([undefined, 2, 3], 'lower')).toEqual([false, true, false]);
  });
});

describe('comparing three creators', () => {
  const c = compareEntries(three(), { maxFakeShare: 20 });

  it('keeps the creators in the order chosen, each with ER per post over time, oldest first', () => {
    expect(c.creators.map((x) => x.handle)).toEqual(['lea.cuisine', 'tom.trails', 'nina.moves']);
    expect(c.creators[0]?.series.map((p) => [p.postId, p.er])).toEqual([
      ['p1', 4.9],
      ['p2', 4.5],
      ['p0', 4.1],
    ]);
  });

  it('overview: the verdict the table shows (an audit above the maximum rejects), fit, ER', () => {
    expect(rowOf(c, 'verdict').cells.map((x) => x.code)).toEqual(['shortlist', 'shortlist', 'reject']);
    expect(rowOf(c, 'verdict').best).toEqual([true, true, false]);
    expect(rowOf(c, 'fit').best).toEqual([true, false, true]);
    expect(rowOf(c, 'er').best).toEqual([false, false, true]);
    expect(rowOf(c, 'erViews').cells.map((x) => x.value)).toEqual([undefined, undefined, 9.1]);
    expect(rowOf(c, 'erViews').best).toEqual([false, false, false]);
    expect(rowOf(c, 'tier').best).toEqual([false, false, false]);
  });

  it('each sub-score with its value and weight; a sub-score without data is missing, not 0, with its reason', () => {
    expect(rowOf(c, 'sub:engagement').cells).toEqual([
      { value: 80, weight: 0.6 },
      { value: 55, weight: 0.5 },
      { value: 90, weight: 1 },
    ]);
    expect(rowOf(c, 'sub:engagement').best).toEqual([false, false, true]);
    expect(rowOf(c, 'sub:niche').cells).toEqual([
      { value: 60, weight: 0.4 },
      { value: 60, weight: 0.3 },
      { why: { code: 'niche.x' } },
    ]);
    expect(rowOf(c, 'sub:niche').best).toEqual([false, false, false]);
    // Lea's value sub-score had no data (its reason given); Nina's report has none at all.
    expect(rowOf(c, 'sub:value').cells).toEqual([
      { why: { code: 'value.x' } },
      { value: 40, weight: 0.2 },
      {},
    ]);
    expect(c.rows.filter((r) => r.group === 'subscores')).toHaveLength(8);
  });

  it('lower is better for low-effort comments, risk signals, missing disclosures and the quote against the band', () => {
    expect(rowOf(c, 'lowEffort').best).toEqual([true, false, false]);
    expect(rowOf(c, 'signals').cells).toEqual([
      { value: 0, count: 0, total: 2, list: [] },
      { value: 1, count: 1, total: 2, list: ['likes-spread'] },
      {},
    ]);
    expect(rowOf(c, 'signals').best).toEqual([true, false, false]);
    expect(rowOf(c, 'disclosure').cells.map((x) => [x.count, x.total])).toEqual([
      [0, 1],
      [1, 2],
      [undefined, undefined],
    ]);
    expect(rowOf(c, 'disclosure').best).toEqual([true, false, false]);
    // 450 ÷ 225 = 2.0 above the midpoint; 900 ÷ 475 = 1.89.
    expect(rowOf(c, 'quote').cells[0]).toEqual({
      amount: 450,
      currency: 'EUR',
      value: 2,
      min: 150,
      max: 300,
    });
    expect(rowOf(c, 'quote').cells[1]?.value).toBe(1.89);
    // Nina has no quote recorded: the cell says so, and is not ranked.
    expect(rowOf(c, 'quote').cells[2]).toEqual({ why: 'no-quote' });
    expect(rowOf(c, 'quote').best).toEqual([false, true, false]);
    expect(rowOf(c, 'auditFakeShare').cells.map((x) => x.value)).toEqual([undefined, undefined, 25]);
  });

  it('the comment rows say why they are empty when no comment was read, as the card does', () => {
    const [lea, tom] = three();
    if (!lea || !tom) throw new Error('fixture');
    const noComments = { code: 'commentQuality.no-comments' } as const;
    const unread = makeScoredEntry(
      { handle: 'sam.unread' },
      {
        subscores: [sub('engagement', 70), { ...sub('commentQuality', undefined), explanation: noComments }],
        commentCounts: { spam: 0, generic: 0, substantive: 0, neutral: 0, creatorReplies: 2, posts: 1 },
      },
    );
    const quiet = makeScoredEntry(
      { handle: 'zoe.quiet' },
      { subscores: [{ ...sub('commentQuality', undefined), explanation: noComments }] },
    );
    const cmp = compareEntries([lea, unread, quiet, tom]);
    // Read (lea); none of the audience's read, only the creator's replies; no counts at all; and a
    // report without the sub-score (no reason to give).
    expect(rowOf(cmp, 'comments').cells).toEqual([
      { value: 25, count: 20, total: 25 },
      { value: 0, count: 0, total: 0, why: noComments },
      { why: noComments },
      {},
    ]);
    expect(rowOf(cmp, 'lowEffort').cells.map((x) => x.why)).toEqual([
      undefined,
      noComments,
      noComments,
      undefined,
    ]);
    expect(rowOf(cmp, 'sub:commentQuality').cells.map((x) => x.why)).toEqual([
      undefined,
      noComments,
      noComments,
      undefined,
    ]);
    // Languages: Lea's and Tom's mixes are there; none could be told for the two whose comments
    // were not read.
    expect(rowOf(cmp, 'languages').cells.map((x) => x.why)).toEqual([
      undefined,
      'no-languages',
      'no-languages',
      undefined,
    ]);
    const tooShort = makeScoredEntry(
      { handle: 'emoji.only' },
      {
        audienceLanguages: {
          comments: 9,
          determined: 0,
          undetermined: 9,
          languages: [],
          confidence: 'low',
        },
      },
    );
    expect(rowOf(compareEntries([lea, tooShort]), 'languages').cells.map((x) => x.why)).toEqual([
      undefined,
      'no-languages',
    ]);
  });

  it('media value in different currencies is shown, not ranked', () => {
    expect(rowOf(c, 'emv').cells.map((x) => x.currency)).toEqual(['EUR', 'EUR', 'USD']);
    expect(rowOf(c, 'emv').best).toEqual([false, false, false]);
    const two = compareEntries(three().slice(0, 2));
    expect(rowOf(two, 'emv').best).toEqual([false, true]);
  });

  it('audience languages: the mix, and the share in the campaign languages (unsure is not ranked)', () => {
    expect(rowOf(c, 'languages').cells.map((x) => x.list)).toEqual([['fr:30', 'en:6'], ['en:12'], undefined]);
    expect(rowOf(c, 'languageTarget').cells.map((x) => [x.value, x.code])).toEqual([
      [83.3, 'match'],
      [0, 'mismatch'],
      [undefined, undefined],
    ]);
    expect(rowOf(c, 'languageTarget').best).toEqual([true, false, false]);
  });

  it('compares two to four, no fewer and no more', () => {
    const list = three();
    expect(() => compareEntries(list.slice(0, 1))).toThrow(RangeError);
    expect(() => compareEntries([...list, ...list.slice(0, 2)])).toThrow(RangeError);
    expect(compareEntries([...list, makeScoredEntry({ handle: 'four' })]).creators).toHaveLength(4);
  });
});

describe('ER per post over time', () => {
  it('draws one rate per creator: ER by views on TikTok, never mixed with ER by followers; leaves out undated posts', () => {
    const tiktok = (used: ScoreReport['engagement']['used']) =>
      erSeries(
        makeScoredEntry(
          { handle: 'kai', platform: 'tiktok' },
          {
            platform: 'tiktok',
            url: 'https://www.tiktok.com/@kai',
            engagement: { minimum: 5, confidence: 'high', excluded: [], used },
          },
        ),
      );
    // Two dated videos with views: the line is ER by views; the video without views is left out.
    expect(
      tiktok([
        { postId: 'a', takenAt: T0 + DAY, likes: 1, comments: 1, erFollowers: 2, erViews: 8 },
        { postId: 'b', takenAt: T0, likes: 1, comments: 1, erFollowers: 3 },
        { postId: 'c', likes: 1, comments: 1, erFollowers: 4, erViews: 9 },
        { postId: 'd', takenAt: T0 + 2 * DAY, likes: 1, comments: 1, erFollowers: 5, erViews: 10 },
      ]),
    ).toEqual({
      basis: 'views',
      series: [
        { postId: 'a', takenAt: T0 + DAY, er: 8 },
        { postId: 'd', takenAt: T0 + 2 * DAY, er: 10 },
      ],
    });
    // Fewer than two dated videos with views: every dated video by followers instead.
    expect(
      tiktok([
        { postId: 'a', takenAt: T0 + DAY, likes: 1, comments: 1, erFollowers: 2, erViews: 8 },
        { postId: 'b', takenAt: T0, likes: 1, comments: 1, erFollowers: 3 },
        { postId: 'c', likes: 1, comments: 1, erFollowers: 4, erViews: 9 },
      ]),
    ).toEqual({
      basis: 'followers',
      series: [
        { postId: 'b', takenAt: T0, er: 3 },
        { postId: 'a', takenAt: T0 + DAY, er: 2 },
      ],
    });
    expect(tiktok([{ postId: 'a', takenAt: T0, likes: 1, comments: 1 }])).toEqual({ series: [] });
  });
});

describe('CSV of the compared rows', () => {
  it('one line per row, one column per creator, then who is better; Excel-safe', () => {
    const c = compareEntries(three(), { maxFakeShare: 20 });
    const text = comparisonToCsv(c, { label: (r) => (r.key === 'fit' ? '=HYPERLINK("x")' : r.key) });
    expect(text.startsWith('\uFEFF')).toBe(true);
    expect(text.endsWith('\r\n')).toBe(true);
    const parsed = Papa.parse<string[]>(text.slice(1), { skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    const [header, ...lines] = parsed.data;
    expect(header).toEqual([
      'row',
      'instagram:@lea.cuisine',
      'instagram:@tom.trails',
      'tiktok:@nina.moves',
      'better',
    ]);
    const byKey = new Map(lines.map((l) => [l[0], l]));
    expect(lines).toHaveLength(c.rows.length);
    expect(byKey.get('er')).toEqual(['er', '4.50', '2.30', '6.90', 'tiktok:@nina.moves']);
    expect(byKey.get('sub:engagement')).toEqual([
      'sub:engagement',
      '80.0 (60%)',
      '55.0 (50%)',
      '90.0 (100%)',
      'tiktok:@nina.moves',
    ]);
    expect(byKey.get('priceBand')).toEqual(['priceBand', '150-300 EUR', '150-800 EUR', '', '']);
    expect(byKey.get('signals')).toEqual(['signals', '0/2', '1/2', '', 'instagram:@lea.cuisine']);
    expect(byKey.get('languages')).toEqual(['languages', 'fr:30 en:6', 'en:12', '', '']);
    // The label a spreadsheet would run is made inert.
    expect(lines.find((l) => l[0]?.includes('HYPERLINK'))?.[0]).toBe('\'=HYPERLINK("x")');
  });

  it('ends with why figures are missing, when the caller words the reasons', () => {
    const c = compareEntries(three(), { maxFakeShare: 20 });
    const why = (w: MissingWhy) => `[${typeof w === 'string' ? w : 'code' in w ? w.code : w.en}]`;
    const lines = (entries: ScoredEntry[]) => {
      const text = comparisonToCsv(compareEntries(entries, { maxFakeShare: 20 }), { why, whyHeader: 'Why' });
      const parsed = Papa.parse<string[]>(text.slice(1), { skipEmptyLines: true });
      expect(parsed.errors).toEqual([]);
      return parsed.data;
    };
    const [header, ...rows] = lines(three());
    expect(header).toEqual([
      'row',
      'instagram:@lea.cuisine',
      'instagram:@tom.trails',
      'tiktok:@nina.moves',
      'better',
      'Why',
    ]);
    const byKey = new Map(rows.map((l) => [l[0], l]));
    // The number columns are unchanged: a missing figure's cell stays empty.
    expect(byKey.get('sub:niche')).toEqual([
      'sub:niche',
      '60.0 (40%)',
      '60.0 (30%)',
      '',
      '',
      'tiktok:@nina.moves: [niche.x]',
    ]);
    expect(byKey.get('quote')?.at(-1)).toBe('tiktok:@nina.moves: [no-quote]');
    // A row with every figure has no reason.
    expect(byKey.get('er')?.at(-1)).toBe('');
    expect(c.rows.every((row) => byKey.get(row.key)?.length === header?.length)).toBe(true);
    // Two creators without a quote: each named; all three: said once.
    const unquoted = (e: ScoredEntry): ScoredEntry => {
      const { quotedPrice: _, ...rest } = e;
      return rest;
    };
    const [lea, tom, nina] = three() as [ScoredEntry, ScoredEntry, ScoredEntry];
    const two = new Map(lines([unquoted(lea), tom, nina]).map((l) => [l[0], l]));
    expect(two.get('quote')?.at(-1)).toBe(
      'instagram:@lea.cuisine: [no-quote] | tiktok:@nina.moves: [no-quote]',
    );
    const all = new Map(lines([unquoted(lea), unquoted(tom), nina]).map((l) => [l[0], l]));
    expect(all.get('quote')?.at(-1)).toBe('[no-quote]');
    // Without reasons asked for, the CSV has no such column.
    expect(comparisonToCsv(c).split('\r\n')[0]?.endsWith(',better')).toBe(true);
  });

  it('French Excel: semicolons and decimal commas', () => {
    const c = compareEntries(three().slice(0, 2));
    const text = comparisonToCsv(c, { separator: ';', decimalComma: true });
    expect(text).toContain('er;4,50;2,30;instagram:@lea.cuisine');
    expect(() => comparisonToCsv(c, { decimalComma: true })).toThrow();
  });
});

describe('the chart of ER per post over time', () => {
  const box = { width: 300, height: 140, pad: { left: 40, right: 10, top: 10, bottom: 30 } };

  it('puts every creator on shared axes: time across, ER up from 0 to a round top', () => {
    const layout = chartLayout(
      [
        [
          { postId: 'a', takenAt: T0, er: 2 },
          { postId: 'b', takenAt: T0 + 10 * DAY, er: 4.4 },
        ],
        [{ postId: 'c', takenAt: T0 + 5 * DAY, er: 1 }],
      ],
      box,
    );
    expect(layout.yMax).toBe(5);
    expect(layout.tMin).toBe(T0);
    expect(layout.tMax).toBe(T0 + 10 * DAY);
    // Plot: x 40–290, y 10–110 (100 high). ER 2 → 110 − 40 = 70; ER 4.4 → 22; ER 1 → 90.
    expect(layout.lines[0]?.map((p) => [p.x, p.y])).toEqual([
      [40, 70],
      [290, 22],
    ]);
    expect(layout.lines[1]?.map((p) => [p.x, p.y])).toEqual([[165, 90]]);
    expect(layout.yTicks.map((t) => [t.value, t.y])).toEqual([
      [0, 110],
      [1.25, 85],
      [2.5, 60],
      [3.75, 35],
      [5, 10],
    ]);
  });

  it('round tops, and empty series still draw the axes', () => {
    expect([0.3, 1, 1.2, 2.1, 4.6, 7, 12, 0, Number.NaN].map(niceMax)).toEqual([
      0.5, 1, 2, 2.5, 5, 10, 20, 1, 1,
    ]);
    const empty = chartLayout([[], []], box);
    expect(empty.lines).toEqual([[], []]);
    expect(empty.tMin).toBeUndefined();
    const one = chartLayout([[{ postId: 'a', takenAt: T0, er: 3 }]], box);
    expect(one.lines[0]?.[0]?.x).toBe(165);
  });
});

describe('values compared as shown', () => {
  it('two fits both shown as 74 are a tie, not a win by a decimal', () => {
    expect(bestOf([74.4, 73.8, 45], 'higher', 0)).toEqual([true, true, false]);
    expect(bestOf([4.531, 4.529], 'higher', 2)).toEqual([false, false]);
    const a = makeScoredEntry({ handle: 'a' }, { subscores: [sub('engagement', 74.4)], fit: 70.2 });
    const b = makeScoredEntry({ handle: 'b' }, { subscores: [sub('engagement', 73.8)], fit: 69.6 });
    const c = compareEntries([a, b]);
    expect(rowOf(c, 'sub:engagement').best).toEqual([false, false]);
    expect(rowOf(c, 'fit').best).toEqual([false, false]);
  });
});
