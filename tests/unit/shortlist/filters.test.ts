import { describe, expect, it } from 'vitest';
import { facetsOf, filterEntries, foldText, isFilterEmpty, sortEntries } from '@/lib/shortlist/filters';
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
