import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { planCsvImport } from '@/lib/exchange/csv-import';
import { serializeSyncFile } from '@/lib/exchange/sync-file';
import { MicroscopeDb } from '@/lib/shortlist/db';
import { syncSharedFolder } from '@/lib/shortlist/folder-sync';
import {
  addToShortlist,
  editEntries,
  listShortlist,
  removeFromShortlist,
  renameDevice,
} from '@/lib/shortlist/repo';
import {
  applyCsvImport,
  exportSyncText,
  importSyncText,
  syncFileOf,
  undoLastImport,
} from '@/lib/shortlist/sync';
import { memoryFolder } from '@/tests/helpers/memory-folder';
import { makeReport } from '@/tests/helpers/reports';

let n = 0;
const open: MicroscopeDb[] = [];
async function device(name: string) {
  const db = new MicroscopeDb(`undo-${n++}-${Date.now()}`);
  open.push(db);
  await renameDevice(db, name);
  return db;
}
afterEach(async () => {
  for (const db of open.splice(0)) await db.delete();
});

const statusOf = async (db: MicroscopeDb) =>
  Object.fromEntries((await listShortlist(db)).map((e) => [e.handle, e.status]));

describe('Undo last import is a new edit that wins', () => {
  it('after a sync-file import, importing the same file again does not bring the undone changes back', async () => {
    const alice = await device('Alice');
    const bob = await device('Bob');
    await addToShortlist(alice, makeReport({ handle: 'a', scoredAt: 500 }), 1_000);
    await importSyncText(bob, (await exportSyncText(alice, 1_100)).text, 1_200);
    await editEntries(bob, ['instagram:a'], { status: 'published' }, 1_300);
    await addToShortlist(bob, makeReport({ handle: 'b', scoredAt: 500 }), 1_400);
    const fromBob = (await exportSyncText(bob, 1_500)).text;

    await importSyncText(alice, fromBob, 1_600);
    expect(await statusOf(alice)).toEqual({ a: 'published', b: 'candidate' });
    expect(await undoLastImport(alice, 1_700)).toMatchObject({ undone: 2, kept: 0 });
    expect(await statusOf(alice)).toEqual({ a: 'candidate' });
    await importSyncText(alice, fromBob, 1_800);
    expect(await statusOf(alice)).toEqual({ a: 'candidate' });
    // And the undo reaches Bob with Alice's next file.
    await importSyncText(bob, (await exportSyncText(alice, 1_900)).text, 2_000);
    expect(await statusOf(bob)).toEqual({ a: 'candidate' });
  });

  it('after a CSV import, a teammate’s file made before the undo does not bring the CSV edits back', async () => {
    const alice = await device('Alice');
    const bob = await device('Bob');
    await addToShortlist(alice, makeReport({ handle: 'a', scoredAt: 500 }), 1_000);
    const plan = planCsvImport(
      'platform,handle,status\r\ninstagram,a,declined\r\n',
      await listShortlist(alice),
    );
    if (!plan.ok) throw new Error(JSON.stringify(plan.error));
    await applyCsvImport(alice, plan.plan, 1_100);
    await importSyncText(bob, (await exportSyncText(alice, 1_200)).text, 1_300);
    expect(await undoLastImport(alice, 1_400)).toMatchObject({ undone: 1 });
    expect(await statusOf(alice)).toEqual({ a: 'candidate' });
    await importSyncText(alice, (await exportSyncText(bob, 1_500)).text, 1_600);
    expect(await statusOf(alice)).toEqual({ a: 'candidate' });
  });

  it('keeps edits the user made after the import', async () => {
    const alice = await device('Alice');
    const bob = await device('Bob');
    await addToShortlist(alice, makeReport({ handle: 'a', scoredAt: 500 }), 1_000);
    await importSyncText(bob, (await exportSyncText(alice, 1_100)).text, 1_200);
    await editEntries(bob, ['instagram:a'], { status: 'published', assignee: 'Bob' }, 1_300);
    await importSyncText(alice, (await exportSyncText(bob, 1_400)).text, 1_500);
    await editEntries(alice, ['instagram:a'], { status: 'declined' }, 1_600);
    await undoLastImport(alice, 1_700);
    const [a] = await listShortlist(alice);
    expect(a?.status).toBe('declined');
    expect(a?.assignee).toBeUndefined();
  });
});

describe('Undo last import never brings back a creator that is deleted', () => {
  it('leaves deleted a creator the import only touched out of sight', async () => {
    const alice = await device('Alice');
    const bob = await device('Bob');
    await addToShortlist(alice, makeReport({ handle: 'a', scoredAt: 500 }), 1_000);
    await importSyncText(bob, (await exportSyncText(alice, 1_100)).text, 1_200);
    // Bob edits, Alice deletes later: Bob's edit is older than the deletion, so it stays hidden.
    await editEntries(bob, ['instagram:a'], { assignee: 'Bob' }, 1_300);
    await removeFromShortlist(alice, ['instagram:a'], 1_400);
    await importSyncText(alice, (await exportSyncText(bob, 1_500)).text, 1_600);
    expect(await statusOf(alice)).toEqual({});
    await undoLastImport(alice, 1_700);
    expect(await statusOf(alice)).toEqual({});
  });

  it('keeps a deletion the user made after the import', async () => {
    const alice = await device('Alice');
    const bob = await device('Bob');
    await addToShortlist(alice, makeReport({ handle: 'a', scoredAt: 500 }), 1_000);
    await importSyncText(bob, (await exportSyncText(alice, 1_100)).text, 1_200);
    await editEntries(bob, ['instagram:a'], { status: 'published' }, 1_300);
    await importSyncText(alice, (await exportSyncText(bob, 1_400)).text, 1_500);
    await removeFromShortlist(alice, ['instagram:a'], 1_600);
    expect(await undoLastImport(alice, 1_700)).toMatchObject({ kept: 1 });
    expect(await statusOf(alice)).toEqual({});
  });
});

describe('Sync now checks like a manual import', () => {
  it('leaves out a teammate file with a far-future clock, whole, and changes nothing it holds', async () => {
    const alice = await device('Alice');
    await addToShortlist(alice, makeReport({ handle: 'a', scoredAt: 500 }), Date.now() - 10_000);
    const good = JSON.parse(serializeSyncFile(await syncFileOf(alice, Date.now())));
    good.exportedBy = { deviceId: 'device-mallory', displayName: 'Mallory' };
    good.entries[0].fields.status = { value: 'declined', hlc: '999999999999999-9999999999-~' };
    const text = JSON.stringify(good);
    const folder = memoryFolder();
    folder.put('microscope-team-device-mallory.jsonl.gz', text);
    const before = await alice.replicaPages.toArray();
    const result = await syncSharedFolder(alice, folder, Date.now());
    if ('changed' in result) throw new Error('unexpected change');
    expect(result.imported).toBeNull();
    expect(result.skipped.map((f) => [f.name, f.error.code])).toEqual([
      ['microscope-team-device-mallory.jsonl.gz', 'clock-ahead'],
    ]);
    expect(new TextDecoder().decode(await folder.read('microscope-team-device-mallory.jsonl.gz'))).toBe(text);
    expect(await alice.replicaPages.toArray()).toEqual(before);
  });
});
