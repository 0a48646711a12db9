import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { MicroscopeDb } from '@/lib/shortlist/db';
import { addToShortlist, getDevice, getShortlistEntry, setMyNote } from '@/lib/shortlist/repo';
import { makeReport } from '@/tests/helpers/reports';

let n = 0;

describe('one device id per browser', () => {
  it('gives every caller the same id when they race on a fresh install', async () => {
    const db = new MicroscopeDb(`device-${n++}-${Date.now()}`);
    const ids = await Promise.all(Array.from({ length: 6 }, () => getDevice(db).then((d) => d.id)));
    expect(new Set(ids).size).toBe(1);
    expect((await getDevice(db)).id).toBe(ids[0]);
    await db.delete();
  });

  it('gives the same id to a caller inside a write and one outside it', async () => {
    const db = new MicroscopeDb(`device-${n++}-${Date.now()}`);
    const [inside, outside] = await Promise.all([
      db.transaction('rw', [db.replicaPages, db.rowPages, db.meta], () => getDevice(db)),
      getDevice(db),
    ]);
    expect(inside.id).toBe(outside.id);
    await db.delete();
  });

  it('a note written during the first moments stays the user’s own', async () => {
    const db = new MicroscopeDb(`device-${n++}-${Date.now()}`);
    const [, shown] = await Promise.all([
      addToShortlist(db, makeReport(), 1_000).then(() =>
        setMyNote(db, 'instagram:lea.cuisine', 'mine', 1_001),
      ),
      getDevice(db),
    ]);
    const row = await getShortlistEntry(db, 'instagram', 'lea.cuisine');
    expect(row?.notes.map((note) => note.author)).toEqual([shown.id]);
    await db.delete();
  });
});
