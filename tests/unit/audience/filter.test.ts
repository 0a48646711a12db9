import { describe, expect, it } from 'vitest';
import { mainLanguagesOf, matchesAudienceLanguage } from '@/lib/audience/filter';
import { languageShares, mixCode } from '@/lib/audience/shares';
import type { AudienceLanguages } from '@/lib/model';
import { filterEntries, isFilterEmpty } from '@/lib/shortlist/filters';
import { makeEntry } from '@/tests/helpers/entries';

const mix = (over: Partial<AudienceLanguages>): AudienceLanguages => ({
  comments: 40,
  determined: 40,
  undetermined: 0,
  languages: [
    { language: 'en', count: 30 },
    { language: 'fr', count: 10 },
  ],
  confidence: 'high',
  ...over,
});

const rows = [
  makeEntry(
    { handle: 'anglo' },
    { audienceLanguages: mix({ targets: ['fr'], targetShare: 25, fit: 'mismatch' }) },
  ),
  makeEntry(
    { handle: 'franco' },
    {
      audienceLanguages: mix({
        languages: [{ language: 'fr', count: 40 }],
        targets: ['fr'],
        targetShare: 100,
        fit: 'match',
      }),
    },
  ),
  makeEntry(
    { handle: 'few' },
    {
      audienceLanguages: mix({
        determined: 4,
        comments: 6,
        undetermined: 2,
        languages: [{ language: 'fr', count: 4 }],
        confidence: 'low',
        targets: ['fr'],
        targetShare: 100,
        fit: 'unsure',
      }),
    },
  ),
  makeEntry({ handle: 'anytarget' }, { audienceLanguages: mix({}) }),
  makeEntry({ handle: 'old' }),
];
const handles = (list: { handle: string }[]) => list.map((e) => e.handle);

describe('the dashboard’s audience-language filter', () => {
  it('filters on the fit against the campaign the creator was scored for', () => {
    expect(handles(filterEntries(rows, { audienceLanguage: 'mismatch' }))).toEqual(['anglo']);
    expect(handles(filterEntries(rows, { audienceLanguage: 'match' }))).toEqual(['franco']);
    expect(handles(filterEntries(rows, { audienceLanguage: 'unsure' }))).toEqual(['few']);
    expect(handles(filterEntries(rows, { audienceLanguage: 'unmeasured' }))).toEqual(['anytarget', 'old']);
  });

  it('filters on the main language, and lists the main languages present, most creators first', () => {
    expect(handles(filterEntries(rows, { audienceLanguage: 'main:fr' }))).toEqual(['franco', 'few']);
    expect(handles(filterEntries(rows, { audienceLanguage: 'main:en' }))).toEqual(['anglo', 'anytarget']);
    expect(mainLanguagesOf(rows.map((r) => r.report))).toEqual(['en', 'fr']);
    expect(matchesAudienceLanguage(rows[4]!.report, 'main:en')).toBe(false);
  });

  it('counts as a filter for "clear filters"', () => {
    expect(isFilterEmpty({ audienceLanguage: 'mismatch' })).toBe(false);
    expect(isFilterEmpty({})).toBe(true);
  });
});

describe('the mix as shown', () => {
  it('lists the main languages with their share and sums the rest as other', () => {
    const shares = languageShares(
      [
        { language: 'en', count: 50 },
        { language: 'fr', count: 20 },
        { language: 'de', count: 10 },
        { language: 'es', count: 10 },
        { language: 'it', count: 6 },
        { language: 'pt', count: 4 },
      ],
      4,
    );
    expect(shares).toEqual([
      { language: 'en', count: 50, share: 50 },
      { language: 'fr', count: 20, share: 20 },
      { language: 'de', count: 10, share: 10 },
      { language: 'es', count: 10, share: 10 },
      { language: 'other', count: 10, share: 10 },
    ]);
    expect(languageShares([])).toEqual([]);
    expect(
      mixCode([
        { language: 'en', count: 3 },
        { language: 'fr', count: 1 },
      ]),
    ).toBe('en:3,fr:1');
  });
});
