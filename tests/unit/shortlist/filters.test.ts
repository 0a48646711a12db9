import { describe, expect, it } from 'vitest';
import {
  facetsOf,
  filterEntries,
  foldText,
  isFilterEmpty,
  prepareSearchTexts,
  searchTextOf,
  searchTextsOf,
  sortEntries,
} from '@/lib/shortlist/filters';
import { makeEntry } from '@/tests/helpers/entries';

const lea = makeEntry(
  {
    handle: 'lea.cuisine',
    displayName: 'Léa Cuisine',
    followers: 12_345,
    tier: 'micro',
    erMean: 4.5,
    status: 'contacted',
    tags: ['Food', 'paris'],
    notes: [{ author: 'a', authorName: 'Anna', text: 'Très réactive, tarif négocié' }],
  },
  { campaignId: 'spring' },
);
const tom = makeEntry({
  handle: 'tom.trails',
  displayName: 'Tom',
  followers: 250_000,
  tier: 'macro',
  erMean: 2.1,
  verdict: 'review',
  tags: ['outdoor'],
});
const nina = makeEntry({
  handle: 'nina.moves',
  displayName: 'Nina',
  platform: 'tiktok',
  followers: undefined,
  tier: undefined,
  erMean: undefined,
  verdict: 'shortlist',
  auditFakeShare: 35,
  status: 'declined',
});
const all = [lea, tom, nina];
const handles = (rows: { handle: string }[]) => rows.map((r) => r.handle);

describe('search texts beside the rows', () => {
  const many = Array.from({ length: 300 }, (_, i) =>
    makeEntry({
      handle: `${['lea', 'leo', 'tom', 'nina'][i % 4]}.${i}`,
      displayName: i % 3 === 0 ? 'Léa' : 'Someone',
      tags: i % 5 === 0 ? ['Éco'] : [],
    }),
  );

  it('narrowing the previous result finds what filtering everything finds, query after query', () => {
    let previous = many;
    for (const text of ['l', 'le', 'lea', 'lea.', 'lea.1', 'lea.12']) {
      const narrowed = filterEntries(previous, { text });
      const fresh = filterEntries([...many], { text });
      expect(narrowed.map((r) => r.id)).toEqual(fresh.map((r) => r.id));
      expect(narrowed.map((r) => r.id)).toEqual(
        many.filter((r) => searchTextOf(r).includes(foldText(text))).map((r) => r.id),
      );
      // The result carries its texts, in its own order.
      expect(searchTextsOf(narrowed)).toEqual(narrowed.map(searchTextOf));
      previous = narrowed;
    }
    expect(previous.length).toBeGreaterThan(0);
  });

  it('keeps the texts of an array once prepared, and builds them again for an array that grew', async () => {
    const rows = many.slice(0, 50);
    let pauses = 0;
    await prepareSearchTexts(rows, async () => void pauses++, 20);
    expect(pauses).toBe(3);
    const texts = searchTextsOf(rows);
    expect(searchTextsOf(rows)).toBe(texts);
    expect(texts).toEqual(rows.map(searchTextOf));
    // Accent- and case-insensitive through the kept texts too.
    expect(filterEntries(rows, { text: 'ECO' }).map((r) => r.id)).toEqual(
      rows.filter((r) => r.tags.includes('Éco')).map((r) => r.id),
    );
    rows.push(tom);
    expect(searchTextsOf(rows)).toHaveLength(51);
    expect(filterEntries(rows, { text: 'trails' })).toEqual([tom]);
  });
});

describe('filterEntries', () => {
  it('keeps everything with an empty filter', () => {
    expect(filterEntries(all, {})).toEqual(all);
    expect(isFilterEmpty({})).toBe(true);
    expect(isFilterEmpty({ text: '  ' })).toBe(true);
    expect(isFilterEmpty({ tag: 'x' })).toBe(false);
  });

  it('matches free text in handle, name, notes and tags, ignoring accents and case', () => {
    expect(handles(filterEntries(all, { text: 'LEA' }))).toEqual(['lea.cuisine']);
    expect(handles(filterEntries(all, { text: 'reactive' }))).toEqual(['lea.cuisine']);
    expect(handles(filterEntries(all, { text: 'négocié' }))).toEqual(['lea.cuisine']);
    expect(handles(filterEntries(all, { text: 'food' }))).toEqual(['lea.cuisine']);
    expect(handles(filterEntries(all, { text: 'outdoor tom' }))).toEqual(['tom.trails']);
    expect(filterEntries(all, { text: 'nobody' })).toEqual([]);
  });

  it('filters by platform, tier, status, tag and scoring campaign', () => {
    expect(handles(filterEntries(all, { platforms: ['tiktok'] }))).toEqual(['nina.moves']);
    expect(handles(filterEntries(all, { tiers: ['macro'] }))).toEqual(['tom.trails']);
    expect(handles(filterEntries(all, { statuses: ['contacted', 'declined'] }))).toEqual([
      'lea.cuisine',
      'nina.moves',
    ]);
    expect(handles(filterEntries(all, { tag: 'paris' }))).toEqual(['lea.cuisine']);
    expect(handles(filterEntries(all, { campaignId: 'spring' }))).toEqual(['lea.cuisine']);
  });

  it('filters on the verdict the user sees: an audit share above the maximum is a reject', () => {
    expect(handles(filterEntries(all, { verdicts: ['reject'] }, { maxFakeShare: 20 }))).toEqual([
      'nina.moves',
    ]);
    expect(handles(filterEntries(all, { verdicts: ['shortlist'] }, { maxFakeShare: 20 }))).toEqual([
      'lea.cuisine',
    ]);
    // Without a campaign maximum the scored verdict stands.
    expect(handles(filterEntries(all, { verdicts: ['shortlist'] }))).toEqual(['lea.cuisine', 'nina.moves']);
  });

  it('combines every part of the filter', () => {
    expect(filterEntries(all, { platforms: ['instagram'], text: 'tom', tiers: ['micro'] })).toEqual([]);
  });
});

describe('sortEntries', () => {
  it('sorts numbers both ways with missing values last in either direction', () => {
    expect(handles(sortEntries(all, { key: 'followers', desc: false }))).toEqual([
      'lea.cuisine',
      'tom.trails',
      'nina.moves',
    ]);
    expect(handles(sortEntries(all, { key: 'followers', desc: true }))).toEqual([
      'tom.trails',
      'lea.cuisine',
      'nina.moves',
    ]);
    expect(handles(sortEntries(all, { key: 'er', desc: true }))).toEqual([
      'lea.cuisine',
      'tom.trails',
      'nina.moves',
    ]);
  });

  it('sorts tiers and statuses in their natural order, not alphabetically', () => {
    expect(handles(sortEntries([tom, lea], { key: 'tier', desc: false }))).toEqual([
      'lea.cuisine',
      'tom.trails',
    ]);
    expect(handles(sortEntries(all, { key: 'status', desc: false }))).toEqual([
      'tom.trails',
      'lea.cuisine',
      'nina.moves',
    ]);
  });

  it('sorts on the shown verdict and breaks ties by handle, and never mutates its input', () => {
    const input = [...all];
    expect(handles(sortEntries(input, { key: 'verdict', desc: false }, { maxFakeShare: 20 }))).toEqual([
      'lea.cuisine',
      'tom.trails',
      'nina.moves',
    ]);
    expect(input).toEqual(all);
    expect(handles(sortEntries(all, { key: 'handle', desc: false }))).toEqual([
      'lea.cuisine',
      'nina.moves',
      'tom.trails',
    ]);
    expect(sortEntries(all, undefined)).toEqual(all);
  });
});

describe('helpers', () => {
  it('folds accents and case', () => {
    expect(foldText('Élodie GARÇON')).toBe('elodie garcon');
  });
  it('lists the tags and campaigns present', () => {
    expect(facetsOf(all)).toEqual({ tags: ['Food', 'outdoor', 'paris'], campaignIds: ['default', 'spring'] });
  });
});

describe('the tie order built in steps', () => {
  it('is the tie order built at once', async () => {
    const { syntheticEntries } = await import('@/tests/helpers/seed');
    const { sortByTie, sortByTieInSteps } = await import('@/lib/shortlist/filters');
    const entries = syntheticEntries(3_000);
    let pauses = 0;
    const stepped = await sortByTieInSteps(
      entries,
      async () => {
        pauses += 1;
      },
      500,
    );
    expect(stepped).toEqual(sortByTie(entries));
    expect(pauses).toBeGreaterThan(6);
  });
});
