import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { readBadgeIndex } from '@/lib/badges/handlers';
import { MicroscopeDb } from '@/lib/shortlist/db';
import { addToShortlist, editEntries, removeFromShortlist } from '@/lib/shortlist/repo';
import { makeReport } from '../../helpers/reports';

describe('the badge index the background sends to tabs', () => {
  it('lists every creator still in the shortlist, with status and verdict', async () => {
    const db = new MicroscopeDb('badge-index-test');
    expect(await readBadgeIndex(db, 20)).toEqual({ entries: [] });
    await addToShortlist(db, makeReport(), 1_000);
    await addToShortlist(
      db,
      makeReport({
        platform: 'tiktok',
        handle: 'nina.moves',
        url: 'https://www.tiktok.com/@nina.moves',
        verdict: 'review',
      }),
      1_000,
    );
    await addToShortlist(
      db,
      makeReport({ handle: 'gone.soon', url: 'https://www.instagram.com/gone.soon/' }),
      1_000,
    );
    await editEntries(db, ['tiktok:nina.moves'], { status: 'published' }, 2_000);
    await removeFromShortlist(db, ['instagram:gone.soon'], 3_000);
    const { entries } = await readBadgeIndex(db, 20);
    expect(entries.map((e) => [e.platform, e.handle, e.verdict, e.status]).sort()).toEqual([
      ['instagram', 'lea.cuisine', 'shortlist', 'candidate'],
      ['tiktok', 'nina.moves', 'review', 'published'],
    ]);
    db.close();
  });

  it('leaves out handles no link can lead to as a profile (site sections, reserved names, dots)', async () => {
    const db = new MicroscopeDb('badge-index-sections-test');
    for (const handle of ['explore', 'reels', '.dot', 'lea.cuisine'])
      await addToShortlist(db, makeReport({ handle, url: `https://www.instagram.com/${handle}/` }), 1_000);
    const { entries } = await readBadgeIndex(db, 20);
    expect(entries.map((e) => e.handle)).toEqual(['lea.cuisine']);
    db.close();
  });
});
