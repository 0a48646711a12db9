import { type ScoreReport, type ShortlistEntry, ShortlistEntrySchema, shortlistId } from '../model';
import type { MicroscopeDb } from './db';

/** Builds the shortlist row for a scored creator, keeping the user's own fields of an existing row. */
export function entryFromReport(report: ScoreReport, now: number, existing?: ShortlistEntry): ShortlistEntry {
  return ShortlistEntrySchema.parse({
    id: shortlistId(report.platform, report.handle),
    platform: report.platform,
    handle: report.handle,
    displayName: report.displayName,
    url: report.url,
    followers: report.followers,
    tier: report.tier,
    erMean: report.engagement.erMean,
    erMedian: report.engagement.erMedian,
    verdict: report.verdict,
    addedAt: existing?.addedAt ?? now,
    updatedAt: now,
    status: existing?.status ?? 'candidate',
    notes: existing?.notes ?? '',
    tags: existing?.tags ?? [],
    report,
  });
}

/** Adds a scored creator to the shortlist, or refreshes its score if it is already there. */
export async function addToShortlist(
  db: MicroscopeDb,
  report: ScoreReport,
  now: number,
): Promise<ShortlistEntry> {
  return db.transaction('rw', db.shortlist, async () => {
    const id = shortlistId(report.platform, report.handle);
    const existing = await db.shortlist.get(id);
    const entry = entryFromReport(report, now, existing);
    await db.shortlist.put(entry);
    return entry;
  });
}

export async function removeFromShortlist(db: MicroscopeDb, ids: readonly string[]): Promise<void> {
  await db.shortlist.bulkDelete([...ids]);
}

/** Every row, newest first, validated: a row that no longer fits the schema is reported, not shown broken. */
export async function listShortlist(db: MicroscopeDb): Promise<ShortlistEntry[]> {
  const rows = await db.shortlist.orderBy('addedAt').reverse().toArray();
  return rows.flatMap((row) => {
    const parsed = ShortlistEntrySchema.safeParse(row);
    if (parsed.success) return [parsed.data];
    console.warn('Microscope: skipped an unreadable shortlist row', row?.id, parsed.error.issues[0]);
    return [];
  });
}

export async function getShortlistEntry(
  db: MicroscopeDb,
  platform: ShortlistEntry['platform'],
  handle: string,
): Promise<ShortlistEntry | undefined> {
  return db.shortlist.get(shortlistId(platform, handle));
}
