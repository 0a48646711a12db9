import { type ShortlistEntry, type Status, shortlistId } from '../model';
import type { MicroscopeDb } from './db';
import { readNewestRows, readRow, readSummary } from './pages';

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
