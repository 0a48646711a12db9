import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { MicroscopeDb } from '@/lib/shortlist/db';
import { type SyncFileHandle, syncWithSharedFile } from '@/lib/shortlist/folder-sync';
import { addToShortlist, editEntries, listShortlist, renameDevice } from '@/lib/shortlist/repo';
import { makeReport } from '../helpers/reports';

/** An in-memory file with the FileSystemFileHandle contract: writes land only on close(). */
function memoryFile(initial = ''): SyncFileHandle & { content: string } {
  const state = { content: initial };
  return {
    name: 'team.microscope.json',
    get content() {
      return state.content;
    },
    async getFile() {
      const text = state.content;
      return { size: text.length, text: async () => text };
    },
    async createWritable() {
      let pending = '';
      return {
        write: async (data: string) => {
          pending += data;
        },
        close: async () => {
          state.content = pending;
        },
        abort: async () => {
          pending = '';
        },
      };
    },
  };
}

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

describe('shared-folder sync', () => {
  it('two teammates syncing one shared file end with the same shortlist', async () => {
    const file = memoryFile();
    const alice = await device('Alice');
    const bob = await device('Bob');
    await addToShortlist(alice, makeReport({ handle: 'a', scoredAt: 500 }), 1_000);
    await addToShortlist(bob, makeReport({ handle: 'b', scoredAt: 500 }), 1_000);
    expect(await syncWithSharedFile(alice, file, 2_000)).toEqual({ imported: null, written: 1 });
    await syncWithSharedFile(bob, file, 2_100);
    await syncWithSharedFile(alice, file, 2_150);
    await editEntries(alice, ['instagram:b'], { status: 'contacted' }, 2_200);
    await syncWithSharedFile(alice, file, 2_300);
    await syncWithSharedFile(bob, file, 2_400);
    const view = async (db: MicroscopeDb) =>
      (await listShortlist(db)).map((e) => `${e.handle}:${e.status}`).sort();
    expect(await view(alice)).toEqual(['a:candidate', 'b:contacted']);
    expect(await view(bob)).toEqual(await view(alice));
  });

  it('never overwrites a file that is not a Microscope sync file', async () => {
    const file = memoryFile('{"some":"spreadsheet"}');
    const alice = await device('Alice');
    await addToShortlist(alice, makeReport({ scoredAt: 500 }), 1_000);
    await expect(syncWithSharedFile(alice, file, 2_000)).rejects.toThrow(/left as it was/);
    expect(file.content).toBe('{"some":"spreadsheet"}');
  });
});
