import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { afterAll, describe, expect, it } from 'vitest';
import { MicroscopeDb } from '@/lib/shortlist/db';
import {
  EARLY_DB,
  EARLY_KEY,
  earlyLines,
  readEarly,
  startEarlyRead,
  takeEarlyRead,
} from '@/lib/shortlist/early-read';
import { NEWEST_KEY, readNewestLines } from '@/lib/shortlist/pages';
import { seededDb } from '@/tests/helpers/seeded-db';

const names: string[] = [];
const unique = (what: string) => {
  const name = `early-${what}-${Date.now()}-${Math.random()}`;
  names.push(name);
  return name;
};
afterAll(async () => {
  for (const name of names) await Dexie.delete(name);
});

function seeded(count: number): Promise<MicroscopeDb> {
  return seededDb(unique('seeded'), count);
}

async function databaseNames(): Promise<string[]> {
  return (await indexedDB.databases()).map((d) => d.name ?? '');
}

describe('the early read of the newest rows', () => {
  it('reads the same database and record as the dashboard', () => {
    expect(new MicroscopeDb().name).toBe(EARLY_DB);
    expect(EARLY_KEY).toBe(NEWEST_KEY);
  });

  it('reads the newest rows the dashboard would read, and leaves the database open to the dashboard', async () => {
    const db = await seeded(200);
    db.close();
    const early = readEarly(indexedDB, db.name);
    expect(early.done).toBe(false);
    const lines = await early.result;
    expect(early.done).toBe(true);
    expect(early.lines).toBe(lines);
    await db.open();
    expect(lines).toEqual(await readNewestLines(db));
    expect(lines?.length).toBeGreaterThan(60);
    db.close();
  });

  it('creates nothing when the database does not exist', async () => {
    const name = unique('absent');
    expect(await readEarly(indexedDB, name).result).toBeUndefined();
    expect(await databaseNames()).not.toContain(name);
    // The dashboard then creates it as on a first start, every table there.
    const db = new MicroscopeDb(name);
    await db.open();
    expect(db.verno).toBe(6);
    expect(db.tables.map((t) => t.name).sort()).toEqual(
      ['meta', 'queues', 'quarantine', 'replicaPages', 'rowPages'].sort(),
    );
    db.close();
  });

  it('reads a database of an older version as it is, without the record, and does not hold up its upgrade', async () => {
    const name = unique('older');
    // A database from before the shortlist was kept in pages: no newest rows' record.
    const old = new Dexie(name);
    old.version(2).stores({ shortlist: '&id', replicas: '&key', meta: '&key' });
    await old.open();
    await old.table('meta').put({ key: 'clock', value: 'x' });
    old.close();
    const early = readEarly(indexedDB, name);
    const upgraded = new MicroscopeDb(name);
    const opening = upgraded.open();
    expect(await early.result).toBeUndefined();
    await opening;
    expect(upgraded.verno).toBe(6);
    upgraded.close();
  });

  it('reads a database without the meta table, or a record of another shape, as no rows', async () => {
    const name = unique('v1');
    const v1 = new Dexie(name);
    v1.version(1).stores({ shortlist: '&id' });
    await v1.open();
    v1.close();
    expect(await readEarly(indexedDB, name).result).toBeUndefined();
    expect(earlyLines(undefined)).toBeUndefined();
    expect(earlyLines({ key: EARLY_KEY, value: { lines: 'not a list' } })).toBeUndefined();
    expect(earlyLines({ key: EARLY_KEY, value: { lines: ['a', 3] } })).toBeUndefined();
    expect(earlyLines({ key: EARLY_KEY, value: { lines: ['a\tb'] } })).toEqual(['a\tb']);
  });

  it('is left for the page once and taken once', async () => {
    const scope: Record<string, unknown> = {};
    startEarlyRead(scope, undefined);
    expect(takeEarlyRead(scope)).toBeUndefined();
    startEarlyRead(scope, indexedDB);
    const taken = takeEarlyRead(scope);
    expect(taken).toBeDefined();
    expect(takeEarlyRead(scope)).toBeUndefined();
    // Started once per page: a second start is ignored.
    startEarlyRead(scope, indexedDB);
    expect(takeEarlyRead(scope)).toBeUndefined();
    await taken?.result;
  });
});
