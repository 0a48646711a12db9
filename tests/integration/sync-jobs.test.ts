import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { readSyncFile } from '@/lib/exchange/sync-container';
import { MicroscopeDb } from '@/lib/shortlist/db';
import { type JobReply, JobRunner } from '@/lib/shortlist/jobs';
import { type RowSummary, readAllReplicas, SUMMARY_KEY } from '@/lib/shortlist/pages';
import { addToShortlist, countShortlist, renameDevice } from '@/lib/shortlist/repo';
import { exportSyncFile } from '@/lib/shortlist/sync';
import { makeReport } from '@/tests/helpers/reports';

let n = 0;
const open: MicroscopeDb[] = [];
async function device(name: string) {
  const db = new MicroscopeDb(`jobs-${n++}-${Date.now()}`);
  open.push(db);
  await renameDevice(db, name);
  return db;
}
afterEach(async () => {
  for (const db of open.splice(0)) await db.delete();
});

const ig = (handle: string) =>
  makeReport({ handle, url: `https://www.instagram.com/${handle}/`, scoredAt: 1_000 });

/** A runner and the replies it sends, as the sync worker would post them. */
function runner(db: MicroscopeDb) {
  const replies: JobReply[] = [];
  const jobs = new JobRunner(db, (reply) => replies.push(reply));
  const result = (id: number) => replies.find((r) => r.id === id && r.type !== 'progress');
  return { jobs, replies, result };
}

describe('the sync worker’s jobs', () => {
  it('previews a gzip file with progress, imports exactly what was previewed, and exports', async () => {
    const bob = await device('Bob');
    for (let i = 0; i < 1_200; i++) await addToShortlist(bob, ig(`c${i}`), 2_000 + i);
    const file = await exportSyncFile(bob, 5_000);
    const alice = await device('Alice');
    const { jobs, replies, result } = runner(alice);
    await jobs.handle({ id: 1, type: 'preview-sync', file: file.blob, now: 6_000 });
    const preview = result(1);
    expect(preview).toMatchObject({
      type: 'done',
      result: { ok: true, digest: { from: 'Bob', entries: 1_200 } },
    });
    expect((preview as { result: { digest: { added: string[] } } }).result.digest.added).toHaveLength(1_200);
    expect(replies.some((r) => r.type === 'progress' && r.progress.phase === 'checking')).toBe(true);
    await jobs.handle({ id: 2, type: 'apply-sync', now: 6_100 });
    expect(result(2)).toMatchObject({ type: 'done', result: { added: 1_200, updated: 0, removed: 0 } });
    expect(await countShortlist(alice)).toBe(1_200);
    await jobs.handle({ id: 3, type: 'export-sync', now: 6_200 });
    const exported = (result(3) as { result: { blob: Blob; count: number } }).result;
    expect(exported.count).toBe(1_200);
    expect([...new Uint8Array(await exported.blob.slice(0, 2).arrayBuffer())]).toEqual([0x1f, 0x8b]);
    // Nothing left to apply once applied.
    await jobs.handle({ id: 4, type: 'apply-sync', now: 6_300 });
    expect(result(4)).toMatchObject({ type: 'failed' });
  }, 60_000);

  it('exports every entry whether the count it keeps is right, missing (an older database) or wrong', async () => {
    const bob = await device('Bob');
    for (let i = 0; i < 300; i++) await addToShortlist(bob, ig(`c${i}`), 2_000 + i);
    const entriesOf = async (blob: Blob) => {
      const parsed = await readSyncFile(blob, { now: 10_000 });
      if (!parsed.ok) throw new Error(JSON.stringify(parsed.error));
      return parsed.file.entries.map((e) => e.key);
    };
    const all = (await readAllReplicas(bob)).map((r) => r.key);
    const summary = (await bob.meta.get(SUMMARY_KEY))?.value as RowSummary;
    expect(summary.replicas).toBe(300);
    expect(await entriesOf((await exportSyncFile(bob, 5_000)).blob)).toEqual(all);
    // Kept before the count was: the export counts the entries first.
    await bob.meta.put({ key: SUMMARY_KEY, value: { ...summary, replicas: undefined } });
    expect(await entriesOf((await exportSyncFile(bob, 5_000)).blob)).toEqual(all);
    // Wrong (a write between reading the count and the pages): counted again, never a file that lies.
    for (const replicas of [299, 301]) {
      await bob.meta.put({ key: SUMMARY_KEY, value: { ...summary, replicas } });
      const file = await exportSyncFile(bob, 5_000);
      expect(file.entries).toBe(300);
      expect(await entriesOf(file.blob)).toEqual(all);
    }
  }, 60_000);

  it('stops when cancelled, writing nothing, and answers a request it does not understand', async () => {
    const bob = await device('Bob');
    for (let i = 0; i < 1_500; i++) await addToShortlist(bob, ig(`c${i}`), 2_000 + i);
    const file = await exportSyncFile(bob, 5_000);
    const alice = await device('Alice');
    const { jobs, result } = runner(alice);
    const running = jobs.handle({ id: 1, type: 'preview-sync', file: file.blob, now: 6_000 });
    await jobs.handle({ id: 2, type: 'cancel', target: 1 });
    await running;
    expect(result(1)).toMatchObject({ type: 'failed', error: { cancelled: true } });
    await jobs.handle({ id: 3, type: 'apply-sync', now: 6_100 });
    expect(result(3)).toMatchObject({ type: 'failed' });
    expect(await countShortlist(alice)).toBe(0);
    await jobs.handle({ id: 4, type: 'format-disk' });
    expect(result(4)).toMatchObject({
      type: 'failed',
      error: { message: expect.stringMatching(/does not understand/) },
    });
  }, 60_000);

  it('an import cancelled while it merges rolls back: the shortlist is as it was', async () => {
    const bob = await device('Bob');
    for (let i = 0; i < 2_500; i++) await addToShortlist(bob, ig(`c${i}`), 2_000 + i);
    const file = await exportSyncFile(bob, 5_000);
    const alice = await device('Alice');
    await addToShortlist(alice, ig('mine'), 1_500);
    const pagesBefore = await alice.replicaPages.toArray();
    const metaBefore = await alice.meta.toArray();
    const replies: JobReply[] = [];
    let jobs: JobRunner | undefined;
    jobs = new JobRunner(alice, (reply) => {
      replies.push(reply);
      if (reply.id === 2 && reply.type === 'progress' && reply.progress.phase === 'merging')
        void jobs?.handle({ id: 3, type: 'cancel', target: 2 });
    });
    await jobs.handle({ id: 1, type: 'preview-sync', file: file.blob, now: 6_000 });
    await jobs.handle({ id: 2, type: 'apply-sync', now: 6_100 });
    expect(replies.find((r) => r.id === 2 && r.type !== 'progress')).toMatchObject({
      type: 'failed',
      error: { cancelled: true },
    });
    expect(await alice.replicaPages.toArray()).toEqual(pagesBefore);
    expect(await alice.meta.toArray()).toEqual(metaBefore);
  }, 60_000);
});
