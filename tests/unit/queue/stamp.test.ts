import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createReportStore } from '@/lib/background/report-store';
import { mayScoreOnArrival, pageRecords } from '@/lib/content/page-records';
import { queueDecide } from '@/lib/queue/handlers';
import { newQueue } from '@/lib/queue/queue';
import { isStampedItem, QUEUE_STAMP_KEY, readQueueStamp } from '@/lib/queue/stamp';
import { currentQueueStamp, queueStampWriter } from '@/lib/queue/stamp-writer';
import { advanceQueue, decideItem, deleteQueue, saveQueue, setCurrentQueue } from '@/lib/queue/store';
import { MicroscopeDb } from '@/lib/shortlist/db';
import { makeReport } from '../../helpers/reports';

const NOW = Date.UTC(2026, 11, 1, 1);
let n = 0;

const FIVE = [
  { platform: 'instagram', handle: 'lea.cuisine' },
  { platform: 'tiktok', handle: 'nina.moves' },
  { platform: 'instagram', handle: 'tom.trails' },
  { platform: 'instagram', handle: 'maison.verte' },
  { platform: 'tiktok', handle: 'kai.cooks' },
] as const;

/** What a content script that starts now reads: one storage read of the page's records. */
async function newPageReads(platform: string, handle: string): Promise<boolean> {
  const stop = new AbortController();
  const storage = {
    get: (keys: string[]) => fakeBrowser.storage.local.get(keys),
    onChanged: fakeBrowser.storage.onChanged,
  };
  const values = await pageRecords(storage, stop.signal).read();
  stop.abort();
  return mayScoreOnArrival(values, platform, handle);
}

const stored = async () => (await fakeBrowser.storage.local.get(QUEUE_STAMP_KEY))[QUEUE_STAMP_KEY];

describe('the queue’s stamp for the tabs', () => {
  let db: MicroscopeDb;
  let stopWatching: () => void = () => undefined;
  beforeEach(() => {
    fakeBrowser.reset();
    db = new MicroscopeDb(`queue-stamp-${n++}`);
  });
  afterEach(() => {
    stopWatching();
    db.close();
  });
  const watch = (others = false) => {
    const writer = queueStampWriter(db, (items) => fakeBrowser.storage.local.set(items));
    stopWatching = writer.watch({ others, delayMs: 5 });
    return writer;
  };

  it('reads only a platform and a non-empty handle; matches handles as the queue keeps them', () => {
    expect(readQueueStamp(null)).toBeUndefined();
    expect(readQueueStamp({ platform: 'instagram' })).toBeUndefined();
    expect(readQueueStamp({ platform: 'instagram', handle: '' })).toBeUndefined();
    const stamp = readQueueStamp({ platform: 'instagram', handle: 'lea.cuisine', extra: 1 });
    expect(stamp).toEqual({ platform: 'instagram', handle: 'lea.cuisine' });
    expect(isStampedItem(stamp, 'instagram', '@Lea.Cuisine')).toBe(true);
    expect(isStampedItem(stamp, 'tiktok', 'lea.cuisine')).toBe(false);
    expect(isStampedItem(stamp, 'instagram', 'tom.trails')).toBe(false);
    expect(isStampedItem(undefined, 'instagram', 'lea.cuisine')).toBe(false);
  });

  it('names the current queue’s current item, written before each write of the queue resolves', async () => {
    watch();
    await saveQueue(db, newQueue('q1', 'Afternoon', FIVE, NOW));
    // A new queue: Next was not pressed yet.
    expect(await currentQueueStamp(db)).toBeNull();
    expect(readQueueStamp(await stored())).toBeUndefined();
    const moved = await advanceQueue(db, 'q1', NOW);
    expect(moved?.index).toBe(0);
    // No wait: the stamp is there when advanceQueue resolves (the popup opens the tab next).
    expect(await stored()).toEqual({ platform: 'instagram', handle: 'lea.cuisine' });
    expect(await newPageReads('instagram', 'lea.cuisine')).toBe(true);
    expect(await newPageReads('instagram', 'tom.trails')).toBe(false);
    await decideItem(db, 'q1', 0, 'skip', NOW + 1);
    await advanceQueue(db, 'q1', NOW + 2);
    expect(await stored()).toEqual({ platform: 'tiktok', handle: 'nina.moves' });
    // Another queue becomes the current one, then the first again; deleting it leaves the other.
    await saveQueue(
      db,
      newQueue('q2', 'Other', [{ platform: 'instagram', handle: 'camille.mode' }], NOW + 3),
    );
    expect(readQueueStamp(await stored())).toBeUndefined();
    expect(await newPageReads('tiktok', 'nina.moves')).toBe(false);
    await setCurrentQueue(db, 'q1');
    expect(await stored()).toEqual({ platform: 'tiktok', handle: 'nina.moves' });
    await advanceQueue(db, 'q2', NOW + 4);
    expect(await stored()).toEqual({ platform: 'instagram', handle: 'camille.mode' });
    await deleteQueue(db, 'q2');
    expect(await currentQueueStamp(db)).toEqual({ platform: 'tiktok', handle: 'nina.moves' });
    expect(await stored()).toEqual({ platform: 'tiktok', handle: 'nina.moves' });
  });

  it('a decision on the card answers only once the next profile is stamped: the page that opens scores it', async () => {
    watch();
    const reports = createReportStore(fakeBrowser.storage.session, { now: () => NOW });
    const deps = { db, now: () => NOW, reports, autoScore: async () => false };
    await saveQueue(db, newQueue('q1', 'Five', FIVE, NOW));
    await advanceQueue(db, 'q1', NOW);
    // Through the five, as the keyboard-only run does: each decision, then the next page's read.
    for (const [index, item] of FIVE.entries()) {
      expect(await newPageReads(item.platform, item.handle)).toBe(true);
      const reportId = await reports.remember(makeReport({ platform: item.platform, handle: item.handle }));
      const answer = await queueDecide(deps, { queueId: 'q1', index, decision: 'shortlist', reportId });
      expect(answer.ok).toBe(true);
      const next = FIVE[index + 1];
      if (!answer.ok) return;
      if (next) {
        expect(answer.value.nextUrl).toContain(next.handle);
        // Read right after the answer, as the card's navigation would: already the next one.
        expect(await newPageReads(next.platform, next.handle)).toBe(true);
        expect(await newPageReads(item.platform, item.handle)).toBe(false);
      } else {
        expect(answer.value.nextUrl).toBeUndefined();
      }
    }
  });

  it('in the background, a write another page made (heard through Dexie) updates it too', async () => {
    watch(true);
    const queue = newQueue('q1', 'Afternoon', FIVE, NOW);
    // Straight into the table, as another context's write arrives here: no store.ts call.
    await db.transaction('rw', db.queues, db.meta, async () => {
      await db.queues.put({ ...queue, cursor: 2 });
      await db.meta.put({ key: 'queue:current', value: 'q1' });
    });
    await expect.poll(stored).toEqual({ platform: 'instagram', handle: 'tom.trails' });
    stopWatching();
    // After the remover, nothing more.
    await db.queues.put({ ...queue, cursor: 3 });
    await new Promise((resolve) => setTimeout(resolve, 40));
    expect(await stored()).toEqual({ platform: 'instagram', handle: 'tom.trails' });
  });

  it('is written as the background starts only when the database is there', async () => {
    const writer = queueStampWriter(db, (items) => fakeBrowser.storage.local.set(items));
    expect(await writer.writeIfStored(async () => [{ name: 'something-else' }])).toBe(false);
    expect(await stored()).toBeUndefined();
    await saveQueue(db, { ...newQueue('q1', 'Kept', FIVE, NOW), cursor: 1 });
    expect(await writer.writeIfStored(async () => [{ name: db.name }])).toBe(true);
    expect(await stored()).toEqual({ platform: 'tiktok', handle: 'nina.moves' });
  });

  it('a stamp write that fails does not fail the queue’s write', async () => {
    const writer = queueStampWriter(db, async () => {
      throw new Error('storage gone');
    });
    stopWatching = writer.watch({ delayMs: 5 });
    await saveQueue(db, newQueue('q1', 'Afternoon', FIVE, NOW));
    const moved = await advanceQueue(db, 'q1', NOW);
    expect(moved?.index).toBe(0);
  });
});

describe('the queue’s stamp in a page', () => {
  it('follows only the page’s own writes (the background hears the others)', async () => {
    fakeBrowser.reset();
    const db = new MicroscopeDb(`queue-stamp-page-${n++}`);
    const stop = queueStampWriter(db, (items) => fakeBrowser.storage.local.set(items)).watch({ delayMs: 5 });
    const queue = newQueue('q1', 'Afternoon', FIVE, NOW);
    await db.queues.put({ ...queue, cursor: 2 });
    await new Promise((resolve) => setTimeout(resolve, 40));
    expect(await stored()).toBeUndefined();
    await advanceQueue(db, 'q1', NOW);
    expect(await stored()).toEqual({ platform: 'instagram', handle: 'maison.verte' });
    stop();
    db.close();
  });
});
