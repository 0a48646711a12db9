import { describe, expect, it } from 'vitest';
import { BadgeIndex } from '@/lib/badges/badge-index';
import { badgeText } from '@/lib/badges/badge-text';
import { type BadgeEntry, badgeEntryOf } from '@/lib/badges/index-data';
import { createFormatters, createTranslator } from '@/lib/i18n';
import { entryFromReport } from '@/lib/shortlist/repo';
import { makeReport } from '../../helpers/reports';

const AT = Date.UTC(2026, 10, 20, 10);
const lea: BadgeEntry = {
  platform: 'instagram',
  handle: 'lea.cuisine',
  verdict: 'shortlist',
  status: 'contacted',
  fit: 74.6,
  er: 4.567,
  scoredAt: AT,
};

describe('the badge index of a tab', () => {
  it('finds creators by platform and handle, whatever the case; nothing else', () => {
    const index = new BadgeIndex({ entries: [lea, { ...lea, platform: 'tiktok', handle: 'nina.moves' }] });
    expect(index.size).toBe(2);
    expect(index.get('instagram', 'Lea.Cuisine')).toBe(lea);
    expect(index.get('tiktok', 'lea.cuisine')).toBeUndefined();
    expect(index.get('instagram', 'nina.moves')).toBeUndefined();
    expect(new BadgeIndex().get('instagram', 'lea.cuisine')).toBe(undefined);
    // What a link's address gives: the handle already in lower case.
    expect(index.find('instagram', 'lea.cuisine')).toBe(lea);
    expect(index.find('tiktok', 'lea.cuisine')).toBeUndefined();
  });

  it('tells whether a new index says anything different (a refresh that changed nothing redraws nothing)', () => {
    const a = new BadgeIndex({ entries: [lea] });
    expect(a.sameAs(new BadgeIndex({ entries: [{ ...lea }] }))).toBe(true);
    expect(a.sameAs(new BadgeIndex({ entries: [{ ...lea, status: 'declined' }] }))).toBe(false);
    expect(a.sameAs(new BadgeIndex({ entries: [{ ...lea, handle: 'other' }] }))).toBe(false);
    expect(a.sameAs(new BadgeIndex({ entries: [] }))).toBe(false);
  });

  it('is built from shortlist rows: verdict (audit included), status, fit, ER, last scored', () => {
    const row = { ...entryFromReport(makeReport({ fit: 81 }), AT), status: 'brief-sent' as const };
    expect(badgeEntryOf(row, 20)).toEqual({
      platform: 'instagram',
      handle: 'lea.cuisine',
      verdict: 'shortlist',
      status: 'brief-sent',
      fit: 81,
      er: 4.567,
      scoredAt: makeReport().scoredAt,
    });
    // An audited fake share above the campaign's maximum makes it a reject, as in the dashboard.
    expect(badgeEntryOf({ ...row, auditFakeShare: 35 }, 20).verdict).toBe('reject');
    // A number that was not read stays missing.
    const bare = badgeEntryOf({ ...row, erMean: undefined, report: { ...row.report, fit: undefined } }, 20);
    expect('fit' in bare || 'er' in bare).toBe(false);
  });

  it('says the status on the badge and the rest in its tooltip, in English and French', () => {
    const en = badgeText(lea, createTranslator('en'), createFormatters('en'));
    expect(en.status).toBe('Contacted');
    expect(en.tooltip).toBe(
      'Microscope — @lea.cuisine: Shortlist · Contacted · fit 75 · ER 4.57 % · scored Nov 20, 2026',
    );
    const fr = badgeText(
      { ...lea, fit: undefined, er: undefined },
      createTranslator('fr'),
      createFormatters('fr'),
    );
    expect(fr.status).toBe('Contacté');
    expect(fr.tooltip).toBe(
      'Microscope — @lea.cuisine : À retenir · Contacté · adéquation — · ER — · analysé le 20 nov. 2026',
    );
  });
});
