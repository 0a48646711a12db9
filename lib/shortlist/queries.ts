import { type ScoredEntry, type ShortlistEntry, type Status, shortlistId } from '../model';
import type { MicroscopeDb } from './db';
import { readNewestRows, readReplicas, readRow, readSummary } from './pages';
import { rowFromReplica } from './rows';

/**
 * Read queries of the popup and the dashboard that never load the whole list: one row by
 * key (one page), the counts (one small record), the newest rows (one small record). Rows
 * are read as stored (pages.ts: validated where they entered, never on every read).
 */

/** One creator by id (`platform:handle`), or undefined. */
export async function getEntry(db: MicroscopeDb, id: string): Promise<ShortlistEntry | undefined> {
  return readRow(db, id);
}

/** One creator by platform and handle (a keyed read: the popup never loads the whole list). */
export async function findEntry(
  db: MicroscopeDb,
  platform: ShortlistEntry['platform'],
  handle: string,
): Promise<ShortlistEntry | undefined> {
  return getEntry(db, shortlistId(platform, handle));
}

export { countShortlist } from './repo';

/** How many creators are at each pipeline step. */
export async function countByStatus(db: MicroscopeDb): Promise<Record<Status, number>> {
  return (await readSummary(db)).byStatus;
}

/** The newest `limit` creators (newest first): what the dashboard shows before the whole list has loaded. */
export async function firstShortlistPage(db: MicroscopeDb, limit: number): Promise<ShortlistEntry[]> {
  return readNewestRows(db, limit);
}

/**
 * Creators with their whole latest report, from the score history (rows keep a summary of
 * it), in the order asked; ids no longer listed are left out. For the few creators opened
 * or compared at a time.
 */
export async function getScoredEntries(db: MicroscopeDb, ids: readonly string[]): Promise<ScoredEntry[]> {
  const replicas = await readReplicas(db, ids);
  const out: ScoredEntry[] = [];
  for (const replica of replicas) {
    const row = replica && rowFromReplica(replica);
    const latest = replica?.history[replica.history.length - 1];
    if (row && latest) out.push({ ...row, report: latest });
  }
  return out;
}
