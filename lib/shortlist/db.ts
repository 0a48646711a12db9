import { Dexie, type EntityTable } from 'dexie';
import type { ShortlistEntry } from '../model';

export const DB_NAME = 'microscope';

/**
 * The shortlist database in the extension origin. Every schema version stays declared
 * here, oldest first; data changes go in `.upgrade()` and each has a migration test.
 */
export class MicroscopeDb extends Dexie {
  shortlist!: EntityTable<ShortlistEntry, 'id'>;

  constructor(name: string = DB_NAME) {
    super(name);
    // v1: the shortlist, one row per platform:handle.
    this.version(1).stores({ shortlist: '&id, platform, handle, tier, verdict, addedAt, status' });
  }
}

let shared: MicroscopeDb | undefined;

/** The database of the running extension page or worker (one connection per context). */
export function getDb(): MicroscopeDb {
  shared ??= new MicroscopeDb();
  return shared;
}
