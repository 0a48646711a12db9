import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';
import { advance, appendTargets, decide, indexOf, newQueue, nextIndex, progressOf } from '@/lib/queue/queue';
import {
  advanceQueue,
  currentQueue,
  decideItem,
  deleteQueue,
  getQueue,
  listQueues,
  saveQueue,
  setCurrentQueue,
} from '@/lib/queue/store';
import { MicroscopeDb } from '@/lib/shortlist/db';

const T = (handle: string, platform: 'instagram' | 'tiktok' = 'instagram') => ({ platform, handle });
const five = () =>
  newQueue(
    'q1',
    'Spring launch',
    ['a', 'b', 'c', 'd', 'e'].map((h) => T(h)),
    1_000,
  );

describe('a review queue', () => {
  it('counts progress as items with a decision, skip included', () => {
    let q = five();
    expect(progressOf(q)).toEqual({ done: 0, total: 5 });
    q = decide(q, 0, 'shortlist', 2_000);
    q = decide(q, 1, 'skip', 2_001);
    expect(progressOf(q)).toEqual({ done: 2, total: 5 });
    expect(q.items[1]).toEqual({ platform: 'instagram', handle: 'b', decision: 'skip', decidedAt: 2_001 });
    expect(() => decide(q, 9, 'reject', 3_000)).toThrow(RangeError);
  });

  it('Next goes to the next undecided item after the cursor, then back to those passed over, then nowhere', () => {
    let q = five();
    expect(nextIndex(q)).toBe(0);
    ({ queue: q } = advance(q, 2_000));
    expect(q.cursor).toBe(0);
    // b decided from elsewhere, so Next from a goes to c.
    q = decide(q, 1, 'reject', 2_100);
    ({ queue: q } = advance(q, 2_200));
    expect(q.cursor).toBe(2);
    q = decide(q, 2, 'later', 2_300);
    q = decide(q, 3, 'shortlist', 2_400);
    q = decide(q, 4, 'skip', 2_500);
    // a was opened but not decided: Next comes back to it.
    expect(advance(q, 2_600).index).toBe(0);
    q = decide(q, 0, 'shortlist', 2_700);
    expect(advance(q, 2_800)).toEqual({ queue: q });
    expect(progressOf(q)).toEqual({ done: 5, total: 5 });
  });

  it('finds a creator’s item by platform and handle, and appends within the limit', () => {
    const q = appendTargets(five(), [T('f', 'tiktok')], 3_000);
    expect(indexOf(q, T('@F', 'tiktok'))).toBe(5);
    expect(indexOf(q, T('f'))).toBeUndefined();
    expect(q.items).toHaveLength(6);
  });
});

describe('queues in the extension’s database', () => {
  let n = 0;
  const fresh = () => new MicroscopeDb(`queues-${n++}-${Date.now()}`);

  it('survive closing and reopening the database (a browser restart)', async () => {
    const name = `queues-restart-${Date.now()}`;
    const db = new MicroscopeDb(name);
    await saveQueue(db, five());
    await advanceQueue(db, 'q1', 2_000);
    await decideItem(db, 'q1', 0, 'later', 2_100);
    db.close();
    const again = new MicroscopeDb(name);
    const q = await currentQueue(again);
    expect(q?.name).toBe('Spring launch');
    expect(q?.cursor).toBe(0);
    expect(q && progressOf(q)).toEqual({ done: 1, total: 5 });
    await again.delete();
  });

  it('lists the queue changed last first, keeps a current one, deletes', async () => {
    const db = fresh();
    await saveQueue(db, five());
    await saveQueue(db, newQueue('q2', 'TikTok batch', [T('x', 'tiktok')], 5_000));
    expect((await listQueues(db)).map((q) => q.id)).toEqual(['q2', 'q1']);
    expect((await currentQueue(db))?.id).toBe('q2');
    await setCurrentQueue(db, 'q1');
    expect((await currentQueue(db))?.id).toBe('q1');
    await deleteQueue(db, 'q1');
    expect((await currentQueue(db))?.id).toBe('q2');
    expect(await getQueue(db, 'q1')).toBeUndefined();
    await db.delete();
  });

  it('a stored queue that no longer reads is left out, not an error', async () => {
    const db = fresh();
    await saveQueue(db, five());
    await db.queues.put({ id: 'broken', name: '', items: 'nope' } as never);
    expect((await listQueues(db)).map((q) => q.id)).toEqual(['q1']);
    await db.delete();
  });

  it('upgrading a v4 database adds the queues table and keeps everything else', async () => {
    const name = `queues-v4-${Date.now()}`;
    const v4 = new Dexie(name);
    v4.version(4).stores({
      shortlist: '&id, addedAt, status',
      replicas: '&key',
      meta: '&key',
      quarantine: '++seq',
    });
    await v4.open();
    await v4.table('meta').put({ key: 'probe', value: 42 });
    v4.close();
    const db = new MicroscopeDb(name);
    await db.open();
    expect(db.verno).toBe(6);
    expect((await db.meta.get('probe'))?.value).toBe(42);
    expect(await db.queues.count()).toBe(0);
    await saveQueue(db, five());
    expect(await db.queues.count()).toBe(1);
    await db.delete();
  });
});
