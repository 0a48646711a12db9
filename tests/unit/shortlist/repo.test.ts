import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { MicroscopeDb } from '@/lib/shortlist/db';
import { type PageRecord, readAllReplicas, readReplica } from '@/lib/shortlist/pages';
import {
  addToShortlist,
  countShortlist,
  editEntries,
  getDevice,
  getScoreHistory,
  getShortlistEntry,
  listShortlist,
  removeFromShortlist,
  restoreReplicas,
  setMyNote,
} from '@/lib/shortlist/repo';
import { makeReport } from '@/tests/helpers/reports';

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
    expect(await countShortlist(db)).toBe(1);
    expect(await readAllReplicas(db)).toHaveLength(1);
  });

  it('re-scoring keeps the date added, status, notes and tags, and keeps every past score', async () => {
    const db = freshDb();
    await addToShortlist(db, makeReport({ scoredAt: 900 }), 1000);
    await editEntries(db, ['instagram:lea.cuisine'], { status: 'contacted', addTags: ['food'] }, 1100);
    await setMyNote(db, 'instagram:lea.cuisine', 'met at salon', 1200);
    const again = await addToShortlist(db, makeReport({ followers: 13_000, scoredAt: 1900 }), 2000);
    expect(again).toMatchObject({
      addedAt: 1000,
      followers: 13_000,
      status: 'contacted',
      tags: ['food'],
      scoreCount: 2,
    });
    expect(again.notes.map((n) => n.text)).toEqual(['met at salon']);
    expect((await getScoreHistory(db, again.id)).map((r) => r.followers)).toEqual([12_345, 13_000]);
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

  it('removes entries with a tombstone, and undo brings them back with their fields', async () => {
    const db = freshDb();
    await addToShortlist(db, makeReport(), 1000);
    await editEntries(db, ['instagram:lea.cuisine'], { status: 'brief-sent', assignee: 'Chloé' }, 1100);
    const before = await removeFromShortlist(db, ['instagram:lea.cuisine'], 1200);
    expect(await getShortlistEntry(db, 'instagram', 'lea.cuisine')).toBeUndefined();
    expect((await readReplica(db, 'instagram:lea.cuisine'))?.tombstone).not.toBeNull();
    await restoreReplicas(db, before, 1300);
    expect(await getShortlistEntry(db, 'instagram', 'lea.cuisine')).toMatchObject({
      status: 'brief-sent',
      assignee: 'Chloé',
    });
  });

  it('undo of a bulk edit restores each creator’s own previous status', async () => {
    const db = freshDb();
    await addToShortlist(db, makeReport({ handle: 'a' }), 1000);
    await addToShortlist(db, makeReport({ handle: 'b' }), 1000);
    await editEntries(db, ['instagram:a'], { status: 'contacted' }, 1050);
    const before = await editEntries(
      db,
      ['instagram:a', 'instagram:b'],
      { status: 'declined', addTags: ['x'] },
      1100,
    );
    await restoreReplicas(db, before, 1200);
    const rows = await listShortlist(db);
    expect(Object.fromEntries(rows.map((r) => [r.handle, [r.status, r.tags]]))).toEqual({
      a: ['contacted', []],
      b: ['candidate', []],
    });
  });

  it('refuses an invalid edit whole (a negative price) and changes nothing', async () => {
    const db = freshDb();
    await addToShortlist(db, makeReport(), 1000);
    await expect(
      editEntries(db, ['instagram:lea.cuisine'], { status: 'contacted', quotedPrice: -5 }, 1100),
    ).rejects.toThrow(/quotedPrice/);
    expect((await getShortlistEntry(db, 'instagram', 'lea.cuisine'))?.status).toBe('candidate');
  });

  it('gives this browser a stable device identity for notes and sync', async () => {
    const db = freshDb();
    const first = await getDevice(db);
    expect(first.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(await getDevice(db)).toEqual(first);
  });

  it('reads rows as stored, but never a page written in another format', async () => {
    const db = freshDb();
    await addToShortlist(db, makeReport(), 1000);
    expect((await listShortlist(db)).map((r) => r.id)).toEqual(['instagram:lea.cuisine']);
    const [page] = await db.rowPages.toArray();
    await db.rowPages.put({ ...(page as PageRecord), v: 99 });
    await expect(listShortlist(db)).rejects.toThrow(/another version of Microscope \(format 99\)/);
  });
});
