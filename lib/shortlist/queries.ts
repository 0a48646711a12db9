import { type ShortlistEntry, ShortlistEntrySchema, type Status, StatusSchema, shortlistId } from '../model';
import type { MicroscopeDb } from './db';

/**
 * Read queries of the workspace that the repository does not have. Rows are validated on
 * the way out, as listShortlist does: a row that no longer fits the schema is skipped.
 */

function valid(row: unknown): ShortlistEntry | undefined {
  const parsed = ShortlistEntrySchema.safeParse(row);
  return parsed.success ? parsed.data : undefined;
}

/** One creator by id (`platform:handle`), or undefined. */
export async function getEntry(db: MicroscopeDb, id: string): Promise<ShortlistEntry | undefined> {
  return valid(await db.shortlist.get(id));
}

/** One creator by platform and handle (a keyed get: the popup never loads the whole list). */
export async function findEntry(
  db: MicroscopeDb,
  platform: ShortlistEntry['platform'],
  handle: string,
): Promise<ShortlistEntry | undefined> {
  return getEntry(db, shortlistId(platform, handle));
}

/** How many creators are at each pipeline step, counted on the status index. */
export async function countByStatus(db: MicroscopeDb): Promise<Record<Status, number>> {
  const counts = await Promise.all(
    StatusSchema.options.map(async (status) => [
      status,
      await db.shortlist.where('status').equals(status).count(),
    ]),
  );
  return Object.fromEntries(counts) as Record<Status, number>;
}

/** The newest `limit` creators (addedAt index, newest first): what the dashboard shows before the whole list has loaded. */
export async function firstShortlistPage(db: MicroscopeDb, limit: number): Promise<ShortlistEntry[]> {
  const rows = await db.shortlist.orderBy('addedAt').reverse().limit(limit).toArray();
  return rows.flatMap((row) => {
    const entry = valid(row);
    return entry ? [entry] : [];
  });
}
