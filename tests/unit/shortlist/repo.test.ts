import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { MicroscopeDb } from '@/lib/shortlist/db';
import { addToShortlist, getShortlistEntry, listShortlist, removeFromShortlist } from '@/lib/shortlist/repo';
import { makeReport } from '../../helpers/reports';

let counter = 0;
const open: MicroscopeDb[] = [];
function freshDb() {
  const db = new MicroscopeDb(`repo-test-${Date.now()}-${counter++}`);
  open.push(db);
  return db;
}
afterEach(async () => {
  for (const db of open.splice(0)) await db.delete();
});

describe('shortlist repository', () => {
  it('adds a scored creator as a candidate keyed by platform and lower-cased handle', async () => {
    const db = freshDb();
    const entry = await addToShortlist(db, makeReport({ handle: 'Lea.Cuisine' }), 1000);
    expect(entry.id).toBe('instagram:lea.cuisine');
    expect(entry.status).toBe('candidate');
    expect(entry.followers).toBe(12_345);
    expect(await db.shortlist.count()).toBe(1);
  });

  it('re-adding refreshes the score but keeps the date added, status, notes and tags', async () => {
    const db = freshDb();
    await addToShortlist(db, makeReport(), 1000);
    await db.shortlist.update('instagram:lea.cuisine', {
      status: 'contacted',
      notes: 'met at salon',
      tags: ['food'],
    });
    const again = await addToShortlist(db, makeReport({ followers: 13_000 }), 2000);
    expect(again).toMatchObject({
      addedAt: 1000,
      updatedAt: 2000,
      followers: 13_000,
      status: 'contacted',
      notes: 'met at salon',
      tags: ['food'],
    });
    expect(await db.shortlist.count()).toBe(1);
  });

  it('keeps one entry per platform: the same handle on TikTok is another creator', async () => {
    const db = freshDb();
    await addToShortlist(db, makeReport(), 1000);
    await addToShortlist(
      db,
      makeReport({ platform: 'tiktok', url: 'https://www.tiktok.com/@lea.cuisine' }),
      1001,
    );
    expect((await listShortlist(db)).map((e) => e.id)).toEqual([
      'tiktok:lea.cuisine',
      'instagram:lea.cuisine',
    ]);
  });

  it('removes entries and finds them by platform and handle', async () => {
    const db = freshDb();
    await addToShortlist(db, makeReport(), 1000);
    expect(await getShortlistEntry(db, 'instagram', 'LEA.cuisine')).toBeDefined();
    await removeFromShortlist(db, ['instagram:lea.cuisine']);
    expect(await getShortlistEntry(db, 'instagram', 'lea.cuisine')).toBeUndefined();
  });

  it('skips a stored row that no longer fits the schema instead of showing it broken', async () => {
    const db = freshDb();
    await addToShortlist(db, makeReport(), 1000);
    await db.shortlist.put({ id: 'instagram:broken', addedAt: 5 } as never);
    const rows = await listShortlist(db);
    expect(rows.map((r) => r.id)).toEqual(['instagram:lea.cuisine']);
  });
});
