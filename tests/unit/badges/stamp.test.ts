import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { readStamp } from '@/lib/badges/stamp';
import { watchShortlistWrites, writeStamp, writeStampIfStored } from '@/lib/badges/stamp-writer';
import { MicroscopeDb } from '@/lib/shortlist/db';
import { addToShortlist, editEntries } from '@/lib/shortlist/repo';
import { makeReport } from '../../helpers/reports';

describe('the shortlist’s change signal for the tabs', () => {
  it('is written after each write to the shortlist, with the count', async () => {
    const db = new MicroscopeDb('stamp-test');
    const stored: Record<string, unknown>[] = [];
    const store = async (items: Record<string, unknown>) => {
      stored.push(items);
    };
    await writeStamp(db, store);
    expect(readStamp(stored[0]?.shortlistStamp)).toEqual({ total: 0, seq: 0 });
    const stop = watchShortlistWrites(db, store, { delayMs: 5 });
    await addToShortlist(db, makeReport(), 1_000);
    await expect.poll(() => stored.length).toBe(2);
    const afterAdd = readStamp(stored[1]?.shortlistStamp);
    expect(afterAdd?.total).toBe(1);
    await editEntries(db, ['instagram:lea.cuisine'], { status: 'contacted' }, 2_000);
    await expect.poll(() => stored.length).toBe(3);
    const afterEdit = readStamp(stored[2]?.shortlistStamp);
    expect(afterEdit?.total).toBe(1);
    expect(afterEdit?.seq).not.toBe(afterAdd?.seq);
    // Other tables (a review queue) do not touch it.
    await db.queues.put({ id: 'q', name: 'q', createdAt: 1, updatedAt: 1, items: [], cursor: -1 });
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(stored).toHaveLength(3);
    stop();
    db.close();
  });

  it('is written as the background starts only when the shortlist’s database is already there', async () => {
    const name = 'stamp-start-test';
    const stored: Record<string, unknown>[] = [];
    const store = async (items: Record<string, unknown>) => {
      stored.push(items);
    };
    const list = () => indexedDB.databases();
    // No database yet: nothing written, and none created (an earlier version's could not upgrade).
    expect(await writeStampIfStored(new MicroscopeDb(name), store, list)).toBe(false);
    expect(stored).toHaveLength(0);
    expect((await indexedDB.databases()).some((d) => d.name === name)).toBe(false);
    // A shortlist kept from before: its stamp is written.
    const db = new MicroscopeDb(name);
    await addToShortlist(db, makeReport(), 1_000);
    expect(await writeStampIfStored(db, store, list)).toBe(true);
    expect(readStamp(stored[0]?.shortlistStamp)?.total).toBe(1);
    // Where databases cannot be listed, written as before.
    expect(await writeStampIfStored(db, store, undefined)).toBe(true);
    expect(stored).toHaveLength(2);
    db.close();
  });

  it('reads only a well-formed stamp', () => {
    expect(readStamp({ total: 3, seq: 7 })).toEqual({ total: 3, seq: 7 });
    expect(readStamp({ total: 3 })).toEqual({ total: 3, seq: 0 });
    expect(readStamp({ total: -1, seq: 1 })).toBeUndefined();
    expect(readStamp('3')).toBeUndefined();
    expect(readStamp(undefined)).toBeUndefined();
  });
});
