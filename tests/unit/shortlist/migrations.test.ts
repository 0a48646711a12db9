import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';
import { isDeleted } from '@/lib/exchange/replica';
import { MicroscopeDb } from '@/lib/shortlist/db';
import { migrateV1toV2 } from '@/lib/shortlist/migrations';
import { listShortlist } from '@/lib/shortlist/repo';
import { makeReport } from '../../helpers/reports';

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
    const replica = await db.replicas.get('instagram:lea.cuisine');
    expect(replica && isDeleted(replica)).toBe(false);
    expect(replica?.history).toHaveLength(1);
    expect((await db.meta.get('device'))?.value).toMatchObject({ id: expect.any(String) });
    await db.delete();
  });

  it('v1 → v2 leaves an unreadable v1 row in place instead of dropping it', async () => {
    const name = `migrate-${n++}-${Date.now()}`;
    await seedV1(name, [v1Row('lea.cuisine'), { id: 'instagram:broken', addedAt: 3 }]);
    const db = new MicroscopeDb(name);
    expect(await db.shortlist.get('instagram:broken')).toEqual({ id: 'instagram:broken', addedAt: 3 });
    expect((await listShortlist(db)).map((r) => r.handle)).toEqual(['lea.cuisine']);
    await db.delete();
  });

  it('v2 → v3 keeps every row and replica while dropping the indexes nothing queries', async () => {
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
    expect(db.verno).toBe(3);
    expect(db.shortlist.schema.indexes.map((i) => i.name).sort()).toEqual(['addedAt', 'status']);
    const rows = await listShortlist(db);
    expect(rows.map((r) => [r.handle, r.status, r.notes.map((x) => x.text)]).sort()).toEqual(
      [
        ['lea.cuisine', 'contacted', ['Loves our brand']],
        ['marc.velo', 'contacted', ['Loves our brand']],
      ].sort(),
    );
    expect(await db.shortlist.where('status').equals('contacted').count()).toBe(2);
    expect(await db.replicas.count()).toBe(2);
    expect((await db.meta.get('probe'))?.value).toBe(1);
    await db.delete();
  });

  it('opening an empty database creates the latest version directly', async () => {
    const db = new MicroscopeDb(`fresh-${n++}-${Date.now()}`);
    await db.open();
    expect(db.verno).toBe(3);
    expect(db.tables.map((t) => t.name).sort()).toEqual(['meta', 'replicas', 'shortlist']);
    await db.delete();
  });
});
