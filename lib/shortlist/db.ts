import { Dexie, type EntityTable, type Table } from 'dexie';
import type { Queue } from '../queue/queue';
import { EARLY_DB } from './early-read';
import { migrateToV4, migrateToV6, migrateV1toV2, type QuarantineRecord } from './migrations';
import type { PageRecord } from './pages';

/** The database's name (also opened by the dashboard's early read, early-read.ts). */
const DB_NAME = EARLY_DB;

/** Small key-value records: this device's identity, its clock, the last import's undo. */
export interface MetaRecord {
  key: string;
  value: unknown;
}

/**
 * The shortlist database in the extension origin. Every schema version stays declared
 * here, oldest first; data changes go in `.upgrade()` and each has a migration test
 * (tests/unit/shortlist/migrations.test.ts).
 */
export class MicroscopeDb extends Dexie {
  /** Replicated documents, in pages of text (lib/shortlist/pages.ts). */
  replicaPages!: Table<PageRecord, number>;
  /** The rows the dashboard shows, derived from the replicas, in pages of text. */
  rowPages!: Table<PageRecord, number>;
  meta!: EntityTable<MetaRecord, 'key'>;
  quarantine!: EntityTable<QuarantineRecord, 'seq'>;
  queues!: EntityTable<Queue, 'id'>;

  constructor(name: string = DB_NAME) {
    super(name);
    // v1: the shortlist, one row per platform:handle.
    this.version(1).stores({ shortlist: '&id, platform, handle, tier, verdict, addedAt, status' });
    // v2: rows gain the pipeline fields and per-author notes; every row gets its replicated
    // document (per-field clocks, tombstones, score history) for team sync.
    this.version(2)
      .stores({
        shortlist: '&id, platform, handle, tier, verdict, addedAt, updatedAt, status, assignee, *tags',
        replicas: '&key',
        meta: '&key',
      })
      .upgrade((tx) => migrateV1toV2(tx));
    // v3: the shortlist keeps only the indexes the app queries (newest first, counts by
    // status). Filtering and sorting happen in memory over the loaded rows; every extra
    // index made a 10,000-creator import write ten index entries per row.
    this.version(3).stores({ shortlist: '&id, addedAt, status' });
    // v4: what cannot be converted or no longer fits the schema is kept aside, unchanged, in
    // `quarantine` (the dashboard says so and offers it for download), never a reason for
    // the database not to open. Clock values far ahead, brought by files before they were
    // bounded, are given new clock values of this device.
    this.version(4)
      .stores({ quarantine: '++seq' })
      .upgrade((tx) => migrateToV4(tx));
    // v5: review queues (lib/queue), newest change first; nothing existing changes.
    this.version(5).stores({ queues: '&id, updatedAt' });
    // v6: creators in pages of text instead of one record each (lib/shortlist/pages.ts): at
    // 50,000 creators, IndexedDB took seconds to write or read one record per creator and
    // a fraction of a second for the same data in a few hundred pages. Rows are rebuilt
    // from the replicas; the last import's undo keeps its data apart from its summary.
    this.version(6)
      .stores({ shortlist: null, replicas: null, replicaPages: '&page', rowPages: '&page' })
      .upgrade((tx) => migrateToV6(tx));
  }
}

let shared: MicroscopeDb | undefined;

/** The database of the running extension page or worker (one connection per context). */
export function getDb(): MicroscopeDb {
  shared ??= new MicroscopeDb();
  return shared;
}
