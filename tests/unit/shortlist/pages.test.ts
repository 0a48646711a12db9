import 'fake-indexeddb/auto';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import type { ShortlistEntry } from '@/lib/model';
import { MicroscopeDb } from '@/lib/shortlist/db';
import {
  compareNewest,
  joinPage,
  NEWEST_KEEP,
  PAGE_COUNT,
  pageOf,
  pagesFromReplicas,
  readNewestRows,
  readRowLine,
  readSummary,
  splitPage,
} from '@/lib/shortlist/pages';
import { addToShortlist, editEntries, listShortlist, removeFromShortlist } from '@/lib/shortlist/repo';
import { importSyncText, undoLastImport } from '@/lib/shortlist/sync';
import { makeReport } from '@/tests/helpers/reports';

const open: MicroscopeDb[] = [];
afterAll(async () => {
  for (const db of open) await db.delete();
});

describe('pages of creators', () => {
  it('spreads keys over every page, the same way on every device', () => {
    const counts = new Array(PAGE_COUNT).fill(0);
    for (let i = 0; i < 50_000; i++) counts[pageOf(`instagram:creator.${i}`)] += 1;
    expect(Math.min(...counts)).toBeGreaterThan(120);
    expect(Math.max(...counts)).toBeLessThan(280);
    expect(pageOf('instagram:lea.cuisine')).toBe(pageOf('instagram:lea.cuisine'));
  });

  it('splits and joins lines without reading their JSON, sorted by key', () => {
    const lines = new Map([
      ['tiktok:b', '{"x":"tab\\tand\\nnewline stay escaped"}'],
      ['instagram:a', '{}'],
    ]);
    const text = joinPage(lines);
    expect(text.startsWith('instagram:a\t{}\n')).toBe(true);
    expect(splitPage(text)).toEqual(new Map([...lines].sort()));
    expect(splitPage('')).toEqual(new Map());
  });

  it('keeps the counts by status and the newest rows right through any edits, deletions and undos', async () => {
    const db = new MicroscopeDb(`pages-${Date.now()}`);
    open.push(db);
    const handles = Array.from({ length: 12 }, (_, i) => `c${i}`);
    type Op =
      | { kind: 'add'; i: number; at: number }
      | { kind: 'status'; i: number; status: 'contacted' | 'declined' | 'candidate' }
      | { kind: 'remove'; i: number }
      | { kind: 'import'; i: number }
      | { kind: 'undo' };
    const op: fc.Arbitrary<Op> = fc.oneof(
      fc.record({ kind: fc.constant('add' as const), i: fc.nat(11), at: fc.integer({ min: 1, max: 50 }) }),
      fc.record({
        kind: fc.constant('status' as const),
        i: fc.nat(11),
        status: fc.constantFrom('contacted' as const, 'declined' as const, 'candidate' as const),
      }),
      fc.record({ kind: fc.constant('remove' as const), i: fc.nat(11) }),
      fc.record({ kind: fc.constant('import' as const), i: fc.nat(3) }),
      fc.constant({ kind: 'undo' as const }),
    );
    // A teammate's file: a creator, and one the teammate deleted (a tombstone an undo drops again).
    const teamFile = (i: number, at: number) => {
      const hlc = `${String(at).padStart(15, '0')}-0000000000-dev-team`;
      return JSON.stringify({
        format: 'microscope-shortlist-sync',
        version: 1,
        exportedAt: at,
        exportedBy: { deviceId: 'dev-team', displayName: 'Team' },
        entries: [
          {
            key: `instagram:t${i}`,
            fields: {
              handle: { value: `t${i}`, hlc },
              addedAt: { value: at, hlc },
              status: { value: 'contacted', hlc },
            },
            notes: [],
            tags: [],
            history: [makeReport({ handle: `t${i}`, url: `https://www.instagram.com/t${i}/`, scoredAt: at })],
            tombstone: null,
          },
          { key: `instagram:gone${i}`, fields: {}, notes: [], tags: [], history: [], tombstone: hlc },
        ],
      });
    };
    let now = 1_000_000;
    await fc.assert(
      fc.asyncProperty(fc.array(op, { maxLength: 12 }), async (ops) => {
        for (const o of ops) {
          now += 10;
          const id = `instagram:${handles[o.kind === 'undo' ? 0 : o.i]}`;
          if (o.kind === 'add')
            await addToShortlist(
              db,
              makeReport({ handle: handles[o.i], scoredAt: now - o.at }),
              now - o.at * 1_000,
            );
          else if (o.kind === 'status') await editEntries(db, [id], { status: o.status }, now);
          else if (o.kind === 'remove') await removeFromShortlist(db, [id], now);
          else if (o.kind === 'import')
            expect((await importSyncText(db, teamFile(o.i, now), now)).ok).toBe(true);
          else await undoLastImport(db, now);
        }
        const rows = await listShortlist(db);
        const summary = await readSummary(db);
        expect(summary.total).toBe(rows.length);
        for (const status of Object.keys(summary.byStatus))
          expect(summary.byStatus[status as ShortlistEntry['status']]).toBe(
            rows.filter((r) => r.status === status).length,
          );
        const newest = (await readNewestRows(db, NEWEST_KEEP)).map((r) => r.id);
        expect(newest).toEqual(rows.slice(0, NEWEST_KEEP).map((r) => r.id));
        // Every replica, deleted ones included: what an export announces in its header.
        let replicas = 0;
        for (const page of await db.replicaPages.toArray()) replicas += splitPage(page.text).size;
        expect(summary.replicas).toBe(replicas);
      }),
      { numRuns: 60 },
    );
  });

  it('finds the newest rows again after the kept ones are deleted', async () => {
    const db = new MicroscopeDb(`pages-newest-${Date.now()}`);
    open.push(db);
    const entries = Array.from({ length: 400 }, (_, i) => ({
      key: `instagram:n${String(i).padStart(3, '0')}`,
      fields: {
        handle: { value: `n${String(i).padStart(3, '0')}`, hlc: '000000000001000-0000000000-dev-b' },
        addedAt: { value: 1_000 + i, hlc: '000000000001000-0000000000-dev-b' },
        verdict: { value: 'shortlist', hlc: '000000000001000-0000000000-dev-b' },
        status: { value: 'candidate', hlc: '000000000001000-0000000000-dev-b' },
      },
      notes: [],
      tags: [],
      history: [
        makeReport({
          handle: `n${String(i).padStart(3, '0')}`,
          url: `https://www.instagram.com/n${i}/`,
          scoredAt: 1_000 + i,
        }),
      ],
      tombstone: null,
    }));
    const text = JSON.stringify({
      format: 'microscope-shortlist-sync',
      version: 1,
      exportedAt: 2_000,
      exportedBy: { deviceId: 'dev-b', displayName: 'Bob' },
      entries,
    });
    expect((await importSyncText(db, text, 3_000)).ok).toBe(true);
    const rows = await listShortlist(db);
    expect(rows).toHaveLength(400);
    expect(rows.map((r) => r.addedAt)).toEqual([...rows.map((r) => r.addedAt)].sort((a, b) => b - a));
    // Remove the 150 newest: the kept list underflows and is found again.
    await removeFromShortlist(
      db,
      rows.slice(0, 150).map((r) => r.id),
      4_000,
    );
    const after = await listShortlist(db);
    expect((await readNewestRows(db, 60)).map((r) => r.id)).toEqual(after.slice(0, 60).map((r) => r.id));
    const lines = [...splitPage((await db.rowPages.toArray())[0]?.text ?? '')];
    const [key, rest] = lines[0] as [string, string];
    expect(readRowLine(rest)).toMatchObject({ rev: expect.any(Number), status: 'candidate' });
    expect(compareNewest({ key, addedAt: 2 }, { key, addedAt: 1 })).toBeLessThan(0);
  });
});

describe('pagesFromReplicas', () => {
  it('builds exactly what the writer stores for the same creators', async () => {
    const { syntheticReplicas } = await import('@/tests/helpers/seed');
    const replicas = syntheticReplicas(500);
    const db = new MicroscopeDb(`pages-seed-${Date.now()}`);
    open.push(db);
    const { rw, writeReplicas } = await import('@/lib/shortlist/repo');
    await rw(db, async () => {
      await writeReplicas(db, replicas);
    });
    const built = pagesFromReplicas(replicas);
    expect(built.replicaPages).toEqual(await db.replicaPages.orderBy('page').toArray());
    expect(built.rowPages).toEqual(await db.rowPages.orderBy('page').toArray());
    expect(built.summary).toEqual(await readSummary(db));
    expect((await db.meta.get('newestRows'))?.value).toEqual(built.newest);
  });
});
