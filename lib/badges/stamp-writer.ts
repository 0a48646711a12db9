import { Dexie, type ObservabilitySet } from 'dexie';
import type { MicroscopeDb } from '../shortlist/db';
import { readSummary } from '../shortlist/pages';
import { SHORTLIST_STAMP_KEY, type ShortlistStamp } from './stamp';

/** Writes `storage.local` (the extension's, in the pages and the background). */
export type StampStore = (items: Record<string, unknown>) => Promise<void>;

/** Whether a database change touched the shortlist's rows (the tables Dexie says were written). */
export function touchesRows(parts: ObservabilitySet, dbName: string): boolean {
  const prefix = `idb://${dbName}/rowPages/`;
  return Object.keys(parts).some((key) => key === 'all' || key.startsWith(prefix));
}

/** The stamp of the shortlist as stored now (the same stamp for the same shortlist). */
export async function currentStamp(db: MicroscopeDb): Promise<ShortlistStamp> {
  const summary = await readSummary(db);
  return { total: summary.total, seq: summary.seq ?? 0 };
}

export async function writeStamp(db: MicroscopeDb, store: StampStore): Promise<void> {
  await store({ [SHORTLIST_STAMP_KEY]: await currentStamp(db) });
}

/** The database names this context can see, where the browser lists them (`indexedDB.databases`). */
export type ListDatabases = () => Promise<ReadonlyArray<{ name?: string }>>;

/**
 * The stamp written as the background starts (a shortlist kept from an earlier version has none
 * yet, and a page closed right after its write may have left it behind), but only when the
 * shortlist's database is already there: the start never creates an empty database of its own.
 * A database created first, empty and at the current version, would stand in the way of one an
 * earlier version left (its upgrade needs to run on it) or of the first write. Where the browser
 * cannot list its databases, the stamp is written as before. Returns whether it was written.
 */
export async function writeStampIfStored(
  db: MicroscopeDb,
  store: StampStore,
  listDatabases: ListDatabases | undefined,
): Promise<boolean> {
  if (listDatabases) {
    const names = await listDatabases();
    if (!names.some((d) => d.name === db.name)) return false;
  }
  await writeStamp(db, store);
  return true;
}

/**
 * After each write to the shortlist in this context, or in another extension page of this browser
 * (Dexie hears those through a BroadcastChannel), updates the stamp. Writes a few ms apart (an
 * import's batches) make one update. Returns the remover.
 */
export function watchShortlistWrites(db: MicroscopeDb, store: StampStore, { delayMs = 50 } = {}): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const onMutated = (parts: ObservabilitySet) => {
    if (!touchesRows(parts, db.name) || timer !== undefined) return;
    timer = setTimeout(() => {
      timer = undefined;
      writeStamp(db, store).catch((error: unknown) =>
        console.warn('Microscope: could not update the shortlist stamp', error),
      );
    }, delayMs);
  };
  Dexie.on.storagemutated.subscribe(onMutated);
  return () => {
    if (timer !== undefined) clearTimeout(timer);
    Dexie.on.storagemutated.unsubscribe(onMutated);
  };
}
