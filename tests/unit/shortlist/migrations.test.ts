import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';
import { decodeHlc, encodeHlc, type Hlc } from '@/lib/exchange/clock';
import { applyLocalEdit, applyReport, emptyReplica, isDeleted } from '@/lib/exchange/replica';
import type { Replica } from '@/lib/exchange/replica-schema';
import { MicroscopeDb } from '@/lib/shortlist/db';
import { migrateV1toV2 } from '@/lib/shortlist/migrations';
import { readAllReplicas, readReplica, readRow } from '@/lib/shortlist/pages';
import { countByStatus, firstShortlistPage } from '@/lib/shortlist/queries';
import { editEntries, listShortlist } from '@/lib/shortlist/repo';
import { rowFromReplica } from '@/lib/shortlist/rows';
import { undoLastImport } from '@/lib/shortlist/sync';
import { makeReport } from '@/tests/helpers/reports';

let n = 0;

/** Writes rows with the v1 schema exactly as the v1 extension stored them. */
async function seedV1(name: string, rows: object[]) {
  const v1 = new Dexie(name);
  v1.version(1).stores({ shortlist: '&id, platform, handle, tier, verdict, addedAt, status' });
  await v1.table('shortlist').bulkPut(rows);
  v1.close();
}

const v1Row = (handle: string, extra: object = {}) => {
  const report = makeReport({ handle, url: `https://www.instagram.com/${handle}/` });
  return {
    id: `instagram:${handle}`,
    platform: 'instagram',
    handle,
    displayName: report.displayName,
    url: report.url,
    followers: report.followers,
    tier: report.tier,
    erMean: report.engagement.erMean,
    erMedian: report.engagement.erMedian,
    verdict: report.verdict,
    addedAt: 1_000,
    updatedAt: 2_000,
    status: 'contacted',
    notes: 'Loves our brand',
    tags: ['food', 'paris'],
    report,
    ...extra,
  };
};

describe('database migrations', () => {
  it('v1 → v2 keeps every row with its status, note and tags, and gives it a replicated document', async () => {
    const name = `migrate-${n++}-${Date.now()}`;
    await seedV1(name, [v1Row('lea.cuisine'), v1Row('marc.velo', { notes: '', tags: [] })]);
    const db = new MicroscopeDb(name);
    const rows = await listShortlist(db);
    expect(rows.map((r) => r.handle).sort()).toEqual(['lea.cuisine', 'marc.velo']);
    const lea = rows.find((r) => r.handle === 'lea.cuisine')!;
    expect(lea).toMatchObject({
      status: 'contacted',
      tags: ['food', 'paris'],
      addedAt: 1_000,
      followers: 12_345,
      scoreCount: 1,
    });
    expect(lea.notes.map((note) => note.text)).toEqual(['Loves our brand']);
    expect(rows.find((r) => r.handle === 'marc.velo')?.notes).toEqual([]);
    const replica = await readReplica(db, 'instagram:lea.cuisine');
    expect(replica && isDeleted(replica)).toBe(false);
    expect(replica?.history).toHaveLength(1);
    expect((await db.meta.get('device'))?.value).toMatchObject({ id: expect.any(String) });
    await db.delete();
  });

  it('v1 → latest keeps an unreadable v1 row aside, unchanged, instead of dropping it', async () => {
    const name = `migrate-${n++}-${Date.now()}`;
    await seedV1(name, [v1Row('lea.cuisine'), { id: 'instagram:broken', addedAt: 3 }]);
    const db = new MicroscopeDb(name);
    expect(await readRow(db, 'instagram:broken')).toBeUndefined();
    expect(await db.quarantine.toArray()).toEqual([
      {
        seq: 1,
        source: 'shortlist-v1',
        key: 'instagram:broken',
        reason: expect.stringMatching(/platform/),
        raw: { id: 'instagram:broken', addedAt: 3 },
        at: expect.any(Number),
      },
    ]);
    expect((await listShortlist(db)).map((r) => r.handle)).toEqual(['lea.cuisine']);
    await db.delete();
  });

  it('v2 → latest keeps every row and replica', async () => {
    const name = `migrate-${n++}-${Date.now()}`;
    // A v2 database exactly as the v2 extension declared it, filled through the v1 → v2 path.
    await seedV1(name, [v1Row('lea.cuisine'), v1Row('marc.velo')]);
    const v2 = new Dexie(name);
    v2.version(1).stores({ shortlist: '&id, platform, handle, tier, verdict, addedAt, status' });
    v2.version(2)
      .stores({
        shortlist: '&id, platform, handle, tier, verdict, addedAt, updatedAt, status, assignee, *tags',
        replicas: '&key',
        meta: '&key',
      })
      .upgrade((tx) => migrateV1toV2(tx));
    await v2.open();
    await v2.table('meta').put({ key: 'probe', value: 1 });
    v2.close();
    const db = new MicroscopeDb(name);
    await db.open();
    expect(db.verno).toBe(6);
    const rows = await listShortlist(db);
    expect(rows.map((r) => [r.handle, r.status, r.notes.map((x) => x.text)]).sort()).toEqual(
      [
        ['lea.cuisine', 'contacted', ['Loves our brand']],
        ['marc.velo', 'contacted', ['Loves our brand']],
      ].sort(),
    );
    expect((await countByStatus(db)).contacted).toBe(2);
    expect(await readAllReplicas(db)).toHaveLength(2);
    expect((await db.meta.get('probe'))?.value).toBe(1);
    await db.delete();
  });

  it('opening an empty database creates the latest version directly', async () => {
    const db = new MicroscopeDb(`fresh-${n++}-${Date.now()}`);
    await db.open();
    expect(db.verno).toBe(6);
    expect(db.tables.map((t) => t.name).sort()).toEqual([
      'meta',
      'quarantine',
      'queues',
      'replicaPages',
      'rowPages',
    ]);
    await db.delete();
  });
});

describe('migrations that skip, not abort', () => {
  it('v1 → latest opens with odd v1 rows kept aside raw, and every good row migrated', async () => {
    const name = `migrate-odd-${n++}-${Date.now()}`;
    const odd = [
      v1Row('Upper.Case', { id: 'instagram:Upper.Case' }),
      v1Row('lea cuisine', { id: 'instagram:lea cuisine' }),
      v1Row('negative', { addedAt: -5 }),
    ];
    await seedV1(name, [v1Row('lea.cuisine'), ...odd, v1Row('marc.velo')]);
    const db = new MicroscopeDb(name);
    await db.open();
    expect((await listShortlist(db)).map((r) => r.handle).sort()).toEqual(['lea.cuisine', 'marc.velo']);
    const kept = await db.table('quarantine').toArray();
    expect(kept.map((q) => q.raw).sort((a, b) => a.id.localeCompare(b.id))).toEqual(
      odd.sort((a, b) => a.id.localeCompare(b.id)),
    );
    for (const q of kept) expect(q.reason).toEqual(expect.any(String));
    // The odd rows no longer sit in the shortlist as if they were v2 rows.
    expect((await listShortlist(db)).map((r) => r.id).sort()).toEqual([
      'instagram:lea.cuisine',
      'instagram:marc.velo',
    ]);
    await db.delete();
  });
});

/** A v3 database (before v4) holding `replicas` and `meta` as an older version stored them, unchecked. */
async function seedV3(name: string, replicas: Replica[], meta: { key: string; value: unknown }[]) {
  const v3 = new Dexie(name);
  v3.version(3).stores({ shortlist: '&id, addedAt, status', replicas: '&key', meta: '&key' });
  await v3.open();
  await v3.table('replicas').bulkPut(replicas);
  await v3.table('shortlist').bulkPut(replicas.flatMap((r) => rowFromReplica(r) ?? []));
  await v3.table('meta').bulkPut([{ key: 'device', value: { id: 'dev-me', name: 'Me' } }, ...meta]);
  v3.close();
}

const at = (wallMs: number, counter = 0, node = 'dev-x'): Hlc => ({ wallMs, counter, node });

function stored(handle: string, hlc: Hlc, patch: (r: Replica) => Replica = (r) => r): Replica {
  const report = makeReport({ handle, url: `https://www.instagram.com/${handle}/`, scoredAt: 1_000 });
  let replica = applyReport(emptyReplica(`instagram:${handle}`), report, hlc);
  replica = applyLocalEdit(replica, 'addedAt', 1_000, hlc);
  replica = applyLocalEdit(replica, 'status', 'candidate', hlc);
  return patch(replica);
}

describe('v3 → v4: what an earlier import stored unchecked', () => {
  it('keeps aside a creator that no longer fits the schema (a 10 MB name), keeps the others', async () => {
    const name = `v4-${n++}-${Date.now()}`;
    const huge = stored('huge', at(5_000), (r) => ({
      ...r,
      fields: { ...r.fields, displayName: { value: 'x'.repeat(10_000_000), hlc: encodeHlc(at(5_000)) } },
    }));
    await seedV3(name, [stored('lea', at(4_000)), huge], [{ key: 'clock', value: encodeHlc(at(5_000)) }]);
    const db = new MicroscopeDb(name);
    expect((await listShortlist(db)).map((e) => e.handle)).toEqual(['lea']);
    const [kept] = await db.quarantine.toArray();
    expect(kept).toMatchObject({
      source: 'replica',
      key: 'instagram:huge',
      reason: expect.stringMatching(/displayName/),
    });
    expect((kept?.raw as Replica | undefined)?.fields.displayName?.value).toHaveLength(10_000_000);
    await db.delete();
  });

  it('gives clock values far ahead new ones of this device, in order, so the creator can be edited again', async () => {
    const name = `v4-${n++}-${Date.now()}`;
    const poisoned = stored('lea', at(4_000), (r) => ({
      ...r,
      fields: { ...r.fields, status: { value: 'declined', hlc: '999999999999999-9999999999-~' } },
      tags: [
        {
          tag: 'food',
          present: true,
          hlc: `${String(Date.UTC(9999, 0, 1)).padStart(15, '0')}-0000000000-dev-x`,
        },
      ],
    }));
    await seedV3(
      name,
      [poisoned, stored('marc', at(4_000))],
      [{ key: 'clock', value: '999999999999999-9999999999-dev-me' }],
    );
    const db = new MicroscopeDb(name);
    const lea = (await listShortlist(db)).find((e) => e.handle === 'lea');
    expect(lea).toMatchObject({ status: 'declined', tags: ['food'] });
    const replica = (await readReplica(db, 'instagram:lea')) as Replica;
    const year9999 = replica.tags[0]?.hlc ?? '';
    const max = replica.fields.status?.hlc ?? '';
    expect(year9999 < max).toBe(true);
    for (const hlc of [year9999, max]) expect(decodeHlc(hlc)?.wallMs).toBeLessThanOrEqual(Date.now());
    const clock = decodeHlc(String((await db.meta.get('clock'))?.value));
    expect(clock?.wallMs).toBeLessThanOrEqual(Date.now());
    await editEntries(db, ['instagram:lea'], { status: 'contacted', removeTags: ['food'] }, Date.now());
    expect((await listShortlist(db)).find((e) => e.handle === 'lea')).toMatchObject({
      status: 'contacted',
      tags: [],
    });
    await db.delete();
  });

  it('rebuilds a stored clock it cannot read from the creators, and keeps the old value aside', async () => {
    const name = `v4-${n++}-${Date.now()}`;
    const lastEdit = Date.now() - 1_000;
    await seedV3(
      name,
      [stored('lea', at(lastEdit, 3))],
      [{ key: 'clock', value: '1000000000000000-0000000000-dev-me' }],
    );
    const db = new MicroscopeDb(name);
    const clock = decodeHlc(String((await db.meta.get('clock'))?.value));
    expect(clock).toEqual({ wallMs: lastEdit, counter: 3, node: 'dev-me' });
    expect(await db.quarantine.toArray()).toEqual([
      expect.objectContaining({ source: 'clock', raw: '1000000000000000-0000000000-dev-me' }),
    ]);
    await editEntries(db, ['instagram:lea'], { status: 'contacted' }, Date.now());
    expect((await listShortlist(db))[0]?.status).toBe('contacted');
    await db.delete();
  });
});

/** A review queue as version 5 stores them (kept as it is by the move to pages). */
const QUEUE = { id: 'queue-1', name: 'Spring', items: [], updatedAt: 9_000 };

/**
 * A database as the v4 extension stored it (one record per replica and per row), or as v5
 * did (the same, plus review queues).
 */
async function seedOneRecordEach(
  version: 4 | 5,
  name: string,
  replicas: Replica[],
  meta: { key: string; value: unknown }[],
) {
  const old = new Dexie(name);
  const v4 = { shortlist: '&id, addedAt, status', replicas: '&key', meta: '&key', quarantine: '++seq' };
  if (version === 4) old.version(4).stores(v4);
  else old.version(5).stores({ ...v4, queues: '&id, updatedAt' });
  await old.open();
  await old.table('replicas').bulkPut(replicas);
  await old.table('shortlist').bulkPut(replicas.flatMap((r) => rowFromReplica(r) ?? []));
  await old.table('meta').bulkPut([{ key: 'device', value: { id: 'dev-me', name: 'Me' } }, ...meta]);
  if (version === 5) await old.table('queues').put(QUEUE);
  old.close();
}

describe.each([4, 5] as const)('v%i → v6: creators in pages of text', (version) => {
  it('moves every replica into pages, rebuilds rows, counts and the newest rows, keeps the undo and the queues', async () => {
    const name = `v6-${n++}-${Date.now()}`;
    const creators = Array.from({ length: 300 }, (_, i) =>
      stored(`c${String(i).padStart(3, '0')}`, at(4_000 + i), (r) =>
        applyLocalEdit(r, 'status', i % 3 === 0 ? 'contacted' : 'candidate', at(4_000 + i)),
      ),
    );
    const gone = stored('gone', at(4_000), (r) => ({ ...r, tombstone: encodeHlc(at(9_000)) }));
    const before = creators[7] as Replica;
    const lastImport = {
      at: 9_500,
      from: 'Bob',
      before: [before],
      newKeys: ['instagram:c010'],
      clockBefore: encodeHlc(at(9_000, 0, 'dev-me')),
      clockAfter: encodeHlc(at(9_500, 0, 'dev-me')),
    };
    await seedOneRecordEach(
      version,
      name,
      [...creators, gone],
      [
        { key: 'clock', value: encodeHlc(at(9_500, 0, 'dev-me')) },
        { key: 'lastImport', value: lastImport },
      ],
    );
    const db = new MicroscopeDb(name);
    await db.open();
    expect(db.verno).toBe(6);
    if (version === 5) expect(await db.queues.get(QUEUE.id)).toEqual(QUEUE);
    expect(await readAllReplicas(db)).toEqual([...creators, gone].sort((a, b) => (a.key < b.key ? -1 : 1)));
    const rows = await listShortlist(db);
    expect(rows).toHaveLength(300);
    expect(rows.map((r) => r.id)).toEqual(creators.map((r) => r.key).sort());
    expect(await countByStatus(db)).toMatchObject({ contacted: 100, candidate: 200 });
    // All added at the same time: newest first is then key order.
    expect((await firstShortlistPage(db, 3)).map((r) => r.handle)).toEqual(['c000', 'c001', 'c002']);
    expect(await db.rowPages.count()).toBeGreaterThan(100);
    expect((await db.meta.get('lastImport'))?.value).toMatchObject({ at: 9_500, from: 'Bob', count: 2 });
    expect(await undoLastImport(db, Date.now())).toMatchObject({ undone: expect.any(Number) });
    expect(await readRow(db, 'instagram:c010')).toBeUndefined();
    await db.delete();
  });
});
