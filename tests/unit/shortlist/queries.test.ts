import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { MicroscopeDb } from '@/lib/shortlist/db';
import { countByStatus, findEntry, getEntry } from '@/lib/shortlist/queries';
import { addToShortlist, editEntries, removeFromShortlist, restoreReplicas } from '@/lib/shortlist/repo';
import { makeReport } from '@/tests/helpers/reports';

let n = 0;
const freshDb = () => new MicroscopeDb(`workspace-queries-${n++}`);

describe('workspace queries', () => {
  it('finds one creator by platform and handle, case-insensitively, and counts by status', async () => {
    const db = freshDb();
    await addToShortlist(db, makeReport({ handle: 'Lea.Cuisine' }), 1_000);
    await addToShortlist(db, makeReport({ handle: 'tom.trails' }), 1_000);
    await editEntries(db, ['instagram:tom.trails'], { status: 'contacted' }, 2_000);
    expect((await findEntry(db, 'instagram', 'lea.cuisine'))?.handle).toBe('Lea.Cuisine');
    expect(await findEntry(db, 'tiktok', 'lea.cuisine')).toBeUndefined();
    expect(await countByStatus(db)).toMatchObject({ candidate: 1, contacted: 1, declined: 0 });
  });

  it('a bulk edit and a bulk removal are undone with the previous replicas they return', async () => {
    const db = freshDb();
    await addToShortlist(db, makeReport({ handle: 'a' }), 1_000);
    await addToShortlist(db, makeReport({ handle: 'b' }), 1_000);
    const ids = ['instagram:a', 'instagram:b'];
    const before = await editEntries(db, ids, { status: 'brief-sent', addTags: ['spring'] }, 2_000);
    expect((await getEntry(db, 'instagram:a'))?.tags).toEqual(['spring']);
    await restoreReplicas(db, before, 3_000);
    expect((await getEntry(db, 'instagram:a'))?.status).toBe('candidate');
    expect((await getEntry(db, 'instagram:b'))?.tags).toEqual([]);

    const removed = await removeFromShortlist(db, ids, 4_000);
    expect(await getEntry(db, 'instagram:a')).toBeUndefined();
    await restoreReplicas(db, removed, 5_000);
    expect((await getEntry(db, 'instagram:b'))?.handle).toBe('b');
  });
});
