import { describeError, english } from '@/lib/i18n';
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { serializeSyncFile } from '@/lib/exchange/sync-file';
import { MicroscopeDb } from '@/lib/shortlist/db';
import {
  addToShortlist,
  editEntries,
  listShortlist,
  removeFromShortlist,
  renameDevice,
  setMyNote,
} from '@/lib/shortlist/repo';
import {
  applySyncImport,
  exportSyncText,
  importSyncText,
  previewSyncImport,
  syncFileOf,
  undoLastImport,
} from '@/lib/shortlist/sync';
import { makeReport } from '@/tests/helpers/reports';

let n = 0;
const open: MicroscopeDb[] = [];
async function device(name: string) {
  const db = new MicroscopeDb(`sync-${n++}-${Date.now()}`);
  open.push(db);
  await renameDevice(db, name);
  return db;
}
afterEach(async () => {
  for (const db of open.splice(0)) await db.delete();
});

/** Everything in the database, for before/after comparisons. */
async function dump(db: MicroscopeDb) {
  return {
    rowPages: await db.rowPages.orderBy('page').toArray(),
    replicaPages: await db.replicaPages.orderBy('page').toArray(),
    meta: await db.meta.orderBy('key').toArray(),
  };
}

/** The shortlist as users see it, without device-specific timestamps. */
async function visible(db: MicroscopeDb) {
  return (await listShortlist(db))
    .map((e) => ({
      id: e.id,
      status: e.status,
      tags: e.tags,
      notes: e.notes.map((x) => `${x.authorName}: ${x.text}`).sort(),
      assignee: e.assignee,
    }))
    .sort((a, b) => a.id.localeCompare(b.id));
}

const ig = (handle: string, scoredAt = 1_000) =>
  makeReport({ handle, url: `https://www.instagram.com/${handle}/`, scoredAt });

describe('sync file import', () => {
  it('two teammates who edit the same creators end with identical shortlists, whichever file is imported first', async () => {
    for (const order of ['alice-first', 'bob-first'] as const) {
      const alice = await device('Alice');
      const bob = await device('Bob');
      await addToShortlist(alice, ig('lea.cuisine'), 1_000);
      await addToShortlist(alice, ig('marc.velo'), 1_000);
      const seed = await exportSyncText(alice, 1_100);
      await importSyncText(bob, seed.text, 1_200);
      // Concurrent edits on both sides.
      await editEntries(alice, ['instagram:lea.cuisine'], { status: 'contacted', addTags: ['food'] }, 2_000);
      await setMyNote(alice, 'instagram:lea.cuisine', 'Asked for rates', 2_001);
      await editEntries(bob, ['instagram:lea.cuisine'], { assignee: 'Bob', addTags: ['paris'] }, 2_100);
      await setMyNote(bob, 'instagram:lea.cuisine', 'Great reels', 2_101);
      await removeFromShortlist(bob, ['instagram:marc.velo'], 2_200);
      await addToShortlist(bob, ig('zoe.run'), 2_300);

      const fromAlice = await exportSyncText(alice, 3_000);
      const fromBob = await exportSyncText(bob, 3_000);
      if (order === 'alice-first') {
        await importSyncText(bob, fromAlice.text, 3_100);
        await importSyncText(alice, fromBob.text, 3_200);
      } else {
        await importSyncText(alice, fromBob.text, 3_100);
        await importSyncText(bob, fromAlice.text, 3_200);
      }
      const a = await visible(alice);
      expect(a).toEqual(await visible(bob));
      expect(a).toEqual([
        {
          id: 'instagram:lea.cuisine',
          status: 'contacted',
          tags: ['food', 'paris'],
          notes: ['Alice: Asked for rates', 'Bob: Great reels'],
          assignee: 'Bob',
        },
        { id: 'instagram:zoe.run', status: 'candidate', tags: [], notes: [], assignee: undefined },
      ]);
    }
  });

  it('importing your own file changes nothing', async () => {
    const alice = await device('Alice');
    await addToShortlist(alice, ig('lea.cuisine'), 1_000);
    await setMyNote(alice, 'instagram:lea.cuisine', 'hello', 1_001);
    const own = await exportSyncText(alice, 1_100);
    const before = await visible(alice);
    const preview = await previewSyncImport(alice, own.text);
    expect(preview.ok && preview.ownFile).toBe(true);
    expect(preview.ok && preview.preview).toMatchObject({
      added: [],
      updated: [],
      removed: [],
      unchanged: 1,
    });
    await importSyncText(alice, own.text, 1_200);
    expect(await visible(alice)).toEqual(before);
  });

  it('the preview lists new, updated (with how conflicts resolve) and removed creators without writing', async () => {
    const alice = await device('Alice');
    const bob = await device('Bob');
    await addToShortlist(alice, ig('a'), 1_000);
    await addToShortlist(alice, ig('b'), 1_000);
    await importSyncText(bob, (await exportSyncText(alice, 1_100)).text, 1_200);
    await editEntries(alice, ['instagram:a'], { status: 'declined' }, 2_000);
    await editEntries(bob, ['instagram:a'], { status: 'contacted' }, 2_500);
    await removeFromShortlist(bob, ['instagram:b'], 2_600);
    await addToShortlist(bob, ig('c'), 2_700);
    const before = await dump(alice);
    const preview = await previewSyncImport(alice, (await exportSyncText(bob, 3_000)).text);
    expect(await dump(alice)).toEqual(before);
    if (!preview.ok) throw new Error(JSON.stringify(preview.error));
    expect(preview.preview.added).toEqual(['instagram:c']);
    expect(preview.preview.removed).toEqual(['instagram:b']);
    expect(preview.preview.updated[0]?.key).toBe('instagram:a');
    expect(preview.preview.updated[0]?.conflicts[0]).toMatchObject({
      field: 'status',
      local: 'declined',
      incoming: 'contacted',
      winner: 'incoming',
    });
  });

  it('undo last import puts the whole shortlist back as it was', async () => {
    const alice = await device('Alice');
    const bob = await device('Bob');
    await addToShortlist(alice, ig('a'), 1_000);
    await addToShortlist(bob, ig('a'), 1_500);
    await editEntries(bob, ['instagram:a'], { status: 'published' }, 1_600);
    await addToShortlist(bob, ig('b'), 1_700);
    const before = await visible(alice);
    const parsed = await previewSyncImport(alice, (await exportSyncText(bob, 2_000)).text);
    if (!parsed.ok) throw new Error('refused');
    const summary = await applySyncImport(alice, parsed.file, 2_100);
    expect(summary).toMatchObject({ added: 1, updated: 1 });
    expect((await visible(alice)).map((e) => e.status)).toEqual(['published', 'candidate']);
    expect(await undoLastImport(alice, 2_200)).toMatchObject({ undone: 2 });
    expect(await visible(alice)).toEqual(before);
    expect(await undoLastImport(alice, 2_300)).toBe(false);
  });

  it('refuses a malformed, foreign, newer, empty or oversized file whole, before writing anything', async () => {
    const alice = await device('Alice');
    await addToShortlist(alice, ig('a'), 1_000);
    const good = JSON.parse(serializeSyncFile(await syncFileOf(alice, 1_100)));
    const corpus: Record<string, string> = {
      'not json': '{"format": "microscope-shortlist-sync", ',
      'empty bytes': '',
      'another format': JSON.stringify({ ...good, format: 'other-tool-export' }),
      'a newer version': JSON.stringify({ ...good, version: 99 }),
      'no creators at all': JSON.stringify({ ...good, entries: [] }),
      'one bad entry among good ones': JSON.stringify({
        ...good,
        entries: [...good.entries, { key: 'instagram:x', fields: { status: { value: 'lost', hlc: 'x' } } }],
      }),
      'a CSV file': 'platform,handle\ninstagram,a\n',
      'too large': `{"format":"microscope-shortlist-sync","pad":"${'x'.repeat(2 * 1024 * 1024)}"}`,
      'more creators than allowed': JSON.stringify({ ...good, entries: [...good.entries, ...good.entries] }),
    };
    for (const [what, text] of Object.entries(corpus)) {
      const before = await dump(alice);
      // The limits lowered (1 MB; one entry for the last case) so that they are quick to reach.
      const maxEntries = what === 'more creators than allowed' ? 1 : undefined;
      const result = await importSyncText(alice, text, 2_000, {
        limits: { maxBytes: 1024 * 1024, maxEntries },
      });
      expect(result.ok, what).toBe(false);
      if (!result.ok) expect(describeError(result.error, english), what).toMatch(/Nothing was imported/);
      expect(await dump(alice), what).toEqual(before);
    }
  });
});

describe('an import reuses what its preview worked out', () => {
  it('merges exactly as without the preview, even when a creator was edited in between', async () => {
    const bob = await device('Bob');
    for (const h of ['a', 'b', 'c', 'd']) await addToShortlist(bob, ig(h), 1_000);
    await editEntries(bob, ['instagram:a', 'instagram:c'], { status: 'published' }, 1_100);
    const fromBob = (await exportSyncText(bob, 1_200)).text;
    const results: unknown[] = [];
    for (const usePreview of [true, false]) {
      const alice = await device(`Alice-${usePreview}`);
      for (const h of ['a', 'b', 'x']) await addToShortlist(alice, ig(h), 1_000);
      const preview = await previewSyncImport(alice, fromBob, 2_000);
      if (!preview.ok) throw new Error(JSON.stringify(preview.error));
      // Edited after the preview: its page changed, so its merge is worked out again.
      await editEntries(alice, ['instagram:a'], { status: 'declined', assignee: 'Alice' }, 2_050);
      await applySyncImport(alice, preview.file, 2_100, usePreview ? { prepared: preview.prepared } : {});
      results.push((await visible(alice)).map((row) => ({ ...row })));
    }
    expect(results[0]).toEqual(results[1]);
    expect(
      (results[0] as { id: string; status: string; assignee?: string }[]).find((r) => r.id === 'instagram:a'),
    ).toMatchObject({ status: 'declined', assignee: 'Alice' });
  });

  it('reads no creator page again when nothing was written since the preview, and again after any write', async () => {
    const bob = await device('Bob');
    for (const h of ['a', 'b', 'c', 'd', 'e']) await addToShortlist(bob, ig(h), 1_000);
    await editEntries(bob, ['instagram:a', 'instagram:c'], { status: 'published' }, 1_100);
    const fromBob = (await exportSyncText(bob, 1_200)).text;
    const rows: unknown[] = [];
    const pagesRead: number[] = [];
    for (const way of ['preview kept', 'written since', 'no preview'] as const) {
      const alice = await device(`Alice-${way}`);
      for (const h of ['a', 'b', 'x']) await addToShortlist(alice, ig(h), 1_000);
      const preview = await previewSyncImport(alice, fromBob, 2_000);
      if (!preview.ok) throw new Error(JSON.stringify(preview.error));
      // A write that changes no creator of the file still changes the pages' number.
      if (way === 'written since') await editEntries(alice, ['instagram:x'], { status: 'declined' }, 2_050);
      const read = vi.spyOn(alice.replicaPages, 'bulkGet');
      await applySyncImport(
        alice,
        preview.file,
        2_100,
        way === 'no preview' ? {} : { prepared: preview.prepared },
      );
      pagesRead.push(read.mock.calls.length);
      read.mockRestore();
      const after = await visible(alice);
      // The write made after the preview stays.
      expect(after.find((row) => row.id === 'instagram:x')?.status, way).toBe(
        way === 'written since' ? 'declined' : 'candidate',
      );
      rows.push(after.filter((row) => row.id !== 'instagram:x'));
    }
    expect(pagesRead).toEqual([0, 1, 1]);
    expect(rows[0]).toEqual(rows[2]);
    expect(rows[1]).toEqual(rows[2]);
    expect((rows[0] as unknown[]).length).toBe(5);
  });
});
