import { describeError, english } from '@/lib/i18n';
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { readSyncFile } from '@/lib/exchange/sync-container';
import { MicroscopeDb } from '@/lib/shortlist/db';
import {
  isTeamFileName,
  ownFileName,
  previewSharedFolder,
  type SyncFolderHandle,
  syncSharedFolder,
} from '@/lib/shortlist/folder-sync';
import {
  addToShortlist,
  editEntries,
  getDevice,
  listShortlist,
  renameDevice,
  setMyNote,
} from '@/lib/shortlist/repo';
import { memoryFolder } from '@/tests/helpers/memory-folder';
import { makeReport } from '@/tests/helpers/reports';

let n = 0;
const open: MicroscopeDb[] = [];
async function device(name: string) {
  const db = new MicroscopeDb(`folder-${n++}-${Date.now()}`);
  open.push(db);
  await renameDevice(db, name);
  return db;
}
afterEach(async () => {
  for (const db of open.splice(0)) await db.delete();
});

const NOW = Date.UTC(2026, 10, 25, 9, 0, 0);
const ig = (handle: string) =>
  makeReport({ handle, url: `https://www.instagram.com/${handle}/`, scoredAt: NOW - 1e6 });
const view = async (db: MicroscopeDb) =>
  (await listShortlist(db))
    .map(
      (e) => `${e.handle}:${e.status}:${e.notes.map((note) => `${note.authorName}=${note.text}`).join('|')}`,
    )
    .sort();

async function sync(db: MicroscopeDb, folder: SyncFolderHandle, now: number) {
  const result = await syncSharedFolder(db, folder, now);
  if ('changed' in result) throw new Error('the folder changed during the sync');
  return result;
}

describe('a shared folder for the team', () => {
  it('each device writes only its own file and merges everyone else’s', async () => {
    const folder = memoryFolder();
    const alice = await device('Alice');
    const bob = await device('Bob');
    await addToShortlist(alice, ig('a'), NOW);
    await addToShortlist(bob, ig('b'), NOW);
    const first = await sync(alice, folder, NOW + 10);
    expect(first).toMatchObject({
      imported: null,
      written: 1,
      fileName: ownFileName((await getDevice(alice)).id),
    });
    expect(folder.names()).toEqual([ownFileName((await getDevice(alice)).id)]);
    await sync(bob, folder, NOW + 20);
    expect(folder.names()).toEqual(
      [ownFileName((await getDevice(alice)).id), ownFileName((await getDevice(bob)).id)].sort(),
    );
    await sync(alice, folder, NOW + 30);
    expect(await view(alice)).toEqual(['a:candidate:', 'b:candidate:']);
    expect(await view(bob)).toEqual(await view(alice));
  });

  it('two syncs at the same moment lose nothing (each wrote its own file)', async () => {
    const folder = memoryFolder();
    const alice = await device('Alice');
    const bob = await device('Bob');
    await addToShortlist(alice, ig('a'), NOW);
    await sync(alice, folder, NOW + 1);
    await sync(bob, folder, NOW + 2);
    await editEntries(alice, ['instagram:a'], { status: 'contacted' }, NOW + 10);
    await setMyNote(bob, 'instagram:a', 'Great reels', NOW + 11);
    // Both sync concurrently: with one shared file, the first writer's edits were overwritten.
    await Promise.all([sync(alice, folder, NOW + 20), sync(bob, folder, NOW + 20)]);
    await Promise.all([sync(alice, folder, NOW + 30), sync(bob, folder, NOW + 30)]);
    expect(await view(alice)).toEqual(['a:contacted:Bob=Great reels']);
    expect(await view(bob)).toEqual(await view(alice));
  });

  it('merges a drive’s conflict copies, reads only team files, and skips what it already merged', async () => {
    const folder = memoryFolder();
    const alice = await device('Alice');
    const bob = await device('Bob');
    await addToShortlist(bob, ig('b'), NOW);
    await sync(bob, folder, NOW + 1);
    const bobFile = ownFileName((await getDevice(bob)).id);
    const older = (await folder.read(bobFile)) as Uint8Array;
    // Bob edits and syncs again; the drive kept his earlier version as a conflict copy.
    await addToShortlist(bob, ig('c'), NOW + 5);
    await sync(bob, folder, NOW + 6);
    folder.put(bobFile.replace('.jsonl.gz', ' (Bob’s conflicted copy 2026-11-25).jsonl.gz'), older);
    folder.put('holiday.jpg', new Uint8Array([0xff, 0xd8, 0xff]));
    folder.put(`${bobFile}.crswap`, new Uint8Array([1, 2, 3]));
    folder.put('.dropbox', 'x');
    const result = await sync(alice, folder, NOW + 10);
    expect(result.files.map((f) => f.name).sort()).toEqual(
      [bobFile, bobFile.replace('.jsonl.gz', ' (Bob’s conflicted copy 2026-11-25).jsonl.gz')].sort(),
    );
    expect(result.skipped).toEqual([]);
    expect(await view(alice)).toEqual(['b:candidate:', 'c:candidate:']);
    // Nothing new: the files already merged are not read again.
    const again = await sync(alice, folder, NOW + 20);
    expect(again).toMatchObject({ imported: null, files: [], unchanged: 2 });
    expect(isTeamFileName('microscope-team-x.jsonl.gz.crswap')).toBe(false);
    expect(isTeamFileName('microscope-team-x-LAPTOP.jsonl.gz')).toBe(true);
  });

  it('leaves out a half-synced file whole and reads it at the next sync once complete', async () => {
    const folder = memoryFolder();
    const alice = await device('Alice');
    const bob = await device('Bob');
    for (const handle of ['b1', 'b2', 'b3']) await addToShortlist(bob, ig(handle), NOW);
    await sync(bob, folder, NOW + 1);
    const bobFile = ownFileName((await getDevice(bob)).id);
    const whole = (await folder.read(bobFile)) as Uint8Array;
    // The drive has downloaded half of it so far.
    folder.put(bobFile, whole.subarray(0, Math.floor(whole.length / 2)));
    const pagesBefore = await alice.replicaPages.toArray();
    const first = await sync(alice, folder, NOW + 2);
    expect(first.skipped.map((f) => [f.name, f.error.code])).toEqual([[bobFile, 'incomplete']]);
    expect(describeError(first.skipped[0]!.error, english)).toMatch(/still being copied or synced/);
    expect(first.imported).toBeNull();
    expect(await alice.replicaPages.toArray()).toEqual(pagesBefore);
    folder.put(bobFile, whole);
    const second = await sync(alice, folder, NOW + 3);
    expect(second.skipped).toEqual([]);
    expect(second.imported).toMatchObject({ added: 3 });
  });

  it('an uncompressed file cut short (a hand copy) is also left out whole', async () => {
    const folder = memoryFolder();
    const alice = await device('Alice');
    const bob = await device('Bob');
    for (const handle of ['b1', 'b2']) await addToShortlist(bob, ig(handle), NOW);
    await sync(bob, folder, NOW + 1);
    const bobFile = ownFileName((await getDevice(bob)).id);
    const parsed = await readSyncFile((await folder.read(bobFile)) as Uint8Array, { now: NOW + 2 });
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.error));
    const lines = new TextDecoder()
      .decode(
        await new Response(
          new Blob([(await folder.read(bobFile)) as BlobPart])
            .stream()
            .pipeThrough(new DecompressionStream('gzip')),
        ).arrayBuffer(),
      )
      .split('\n');
    folder.put('microscope-team-bob-copy.jsonl', `${lines.slice(0, 2).join('\n')}\n`);
    folder.remove(bobFile);
    const result = await sync(alice, folder, NOW + 3);
    expect(result.skipped.map((f) => f.error.code)).toEqual(['incomplete']);
    expect(describeError(result.skipped[0]!.error, english)).toMatch(/announces 2 creators but holds 1/);
  });

  it('does nothing when the folder changed since the preview the user confirmed', async () => {
    const folder = memoryFolder();
    const alice = await device('Alice');
    const bob = await device('Bob');
    await addToShortlist(bob, ig('b'), NOW);
    await sync(bob, folder, NOW + 1);
    const state = await previewSharedFolder(alice, folder, NOW + 2);
    expect(state.preview?.preview.added).toEqual(['instagram:b']);
    await addToShortlist(bob, ig('c'), NOW + 3);
    await sync(bob, folder, NOW + 4);
    const result = await syncSharedFolder(alice, folder, NOW + 5, { signature: state.signature });
    expect('changed' in result).toBe(true);
    expect(await listShortlist(alice)).toEqual([]);
  });

  it('ten devices syncing at the same time: every edit reaches everyone, nothing is lost', async () => {
    const folder = memoryFolder();
    const devices = await Promise.all(Array.from({ length: 10 }, (_, i) => device(`Member ${i}`)));
    // Everyone shortlists their own creator and notes a shared one.
    await Promise.all(devices.map((db, i) => addToShortlist(db, ig(`own${i}`), NOW + i)));
    await Promise.all(devices.map((db) => addToShortlist(db, ig('shared'), NOW)));
    await Promise.all(devices.map((db, i) => setMyNote(db, 'instagram:shared', `note ${i}`, NOW + 100 + i)));
    // Two rounds of everyone syncing at once reach every file written in the first.
    for (const round of [1, 2])
      await Promise.all(devices.map((db, i) => sync(db, folder, NOW + 1_000 * round + i)));
    const expected = await view(devices[0] as MicroscopeDb);
    expect(expected).toHaveLength(11);
    expect(expected.find((line) => line.startsWith('shared:'))?.split('|')).toHaveLength(10);
    for (const db of devices) expect(await view(db)).toEqual(expected);
    expect(folder.names()).toHaveLength(10);
  });
});
