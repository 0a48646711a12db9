import { encodeHlc, type Hlc, readStoredClock, tick } from '../exchange/clock';
import {
  addTag,
  applyLocalEdit,
  applyReport,
  emptyReplica,
  isDeleted,
  removeTag,
  setNote,
  tombstone,
} from '../exchange/replica';
import type { FieldName, FieldValue, Replica } from '../exchange/replica-schema';
import {
  EDITABLE_FIELD_NAMES,
  type FieldEdits,
  type ScoreReport,
  type ShortlistEntry,
  shortlistId,
  TEXT_LIMITS,
} from '../model';
import { AppFailure } from '../result';
import type { MicroscopeDb } from './db';
import { DEVICE_KEY, type Device, getOrCreateDevice } from './device';
import {
  compareNewest,
  forEachRowPage,
  type PageWriter,
  pageWriter,
  readReplica,
  readRow,
  readRowLine,
  readSummary,
  type WriteOptions,
} from './pages';
import { rowFromReplica } from './rows';

const CLOCK_KEY = 'clock';

/** This browser's device identity, created on first use (the same id for every caller, even racing ones). */
export async function getDevice(db: MicroscopeDb): Promise<Device> {
  return getOrCreateDevice(db);
}

export async function renameDevice(db: MicroscopeDb, name: string): Promise<void> {
  const trimmed = name.trim().slice(0, TEXT_LIMITS.name);
  if (!trimmed)
    throw new AppFailure(
      { code: 'name-required' },
      { message: 'A name is needed so teammates know whose notes are whose.' },
    );
  await db.transaction('rw', db.meta, async () => {
    const device = await getDevice(db);
    await db.meta.put({ key: DEVICE_KEY, value: { ...device, name: trimmed } });
  });
}

/**
 * This device's clock as stored (call inside a transaction that includes `meta`). A stored
 * value that cannot be read is an error, shown to the user; it never restarts at zero.
 */
export async function readClock(db: MicroscopeDb): Promise<Hlc> {
  const device = await getDevice(db);
  return readStoredClock((await db.meta.get(CLOCK_KEY))?.value, device.id);
}

/** Stores this device's clock (never backwards: callers pass a value after the stored one). */
export async function writeClock(db: MicroscopeDb, hlc: Hlc): Promise<void> {
  await db.meta.put({ key: CLOCK_KEY, value: encodeHlc(hlc) });
}

/** The next clock value of this device (call inside a transaction that includes `meta`). */
export async function nextHlc(db: MicroscopeDb, now: number): Promise<Hlc> {
  const next = tick(await readClock(db), now);
  await writeClock(db, next);
  return next;
}

/**
 * Writes replicas and their derived rows together, reading and rewriting the pages they are
 * on (call inside a transaction over `replicaPages`, `rowPages` and `meta`).
 */
export async function writeReplicas(
  db: MicroscopeDb,
  replicas: readonly Replica[],
  options?: WriteOptions,
): Promise<void> {
  if (replicas.length === 0) return;
  const writer = await pageWriter(
    db,
    replicas.map((r) => r.key),
  );
  for (const replica of replicas) writer.put(replica);
  await writer.flush(options);
}

/** The transaction every write runs in: the pages and `meta` (device, clock, undo). */
export function rw<T>(db: MicroscopeDb, work: () => Promise<T>): Promise<T> {
  return db.transaction('rw', [db.replicaPages, db.rowPages, db.meta], work);
}

/** Adds a scored creator to the shortlist, or records a re-score: history grows, user fields stay. */
export async function addToShortlist(
  db: MicroscopeDb,
  report: ScoreReport,
  now: number,
): Promise<ShortlistEntry> {
  return rw(db, async () => {
    const key = shortlistId(report.platform, report.handle);
    const [hlc, writer] = await Promise.all([nextHlc(db, now), pageWriter(db, [key])]);
    const existing = writer.get(key);
    const wasLive = existing !== undefined && !isDeleted(existing);
    let replica = applyReport(existing ?? emptyReplica(key), report, hlc);
    if (!wasLive) {
      replica = applyLocalEdit(replica, 'addedAt', now, hlc);
      replica = applyLocalEdit(replica, 'status', 'candidate', hlc);
    }
    writer.put(replica);
    await writer.flush();
    const row = rowFromReplica(replica);
    if (!row) throw new Error(`Could not store ${key}`);
    return row;
  });
}

/** What a user edits on a shortlisted creator: the editable fields (lib/model/editable-fields.ts) and tags. */
export type EntryEdit = FieldEdits & {
  addTags?: readonly string[];
  removeTags?: readonly string[];
};

export function applyEdit(replica: Replica, edit: EntryEdit, hlc: Hlc): Replica {
  let next = replica;
  for (const field of EDITABLE_FIELD_NAMES) {
    const value = edit[field];
    if (value === undefined) continue;
    const clean = typeof value === 'string' && value.trim() === '' && field !== 'status' ? null : value;
    next = applyLocalEdit(next, field, clean as FieldValue<typeof field>, hlc);
  }
  for (const tag of edit.addTags ?? []) next = addTag(next, tag, hlc);
  for (const tag of edit.removeTags ?? []) next = removeTag(next, tag, hlc);
  return next;
}

/** The creators of these ids still listed, as the writer read them. */
function liveOf(writer: PageWriter, ids: readonly string[]): Replica[] {
  return [...new Set(ids)].flatMap((id) => {
    const replica = writer.get(id);
    return replica !== undefined && !isDeleted(replica) ? [replica] : [];
  });
}

/** Applies one edit to several creators in one transaction; returns their previous replicas (for undo). */
export async function editEntries(
  db: MicroscopeDb,
  ids: readonly string[],
  edit: EntryEdit,
  now: number,
): Promise<Replica[]> {
  return rw(db, async () => {
    // The clock and the pages are read together (one round trip to the database, not two).
    const [hlc, writer] = await Promise.all([nextHlc(db, now), pageWriter(db, ids)]);
    const before = liveOf(writer, ids);
    for (const replica of before) writer.put(applyEdit(replica, edit, hlc));
    await writer.flush();
    return before;
  });
}

/** Sets (or clears, with '') this device's note on a creator; teammates' notes are untouched. */
export async function setMyNote(db: MicroscopeDb, id: string, text: string, now: number): Promise<void> {
  await rw(db, async () => {
    const device = await getDevice(db);
    const writer = await pageWriter(db, [id]);
    const replica = writer.get(id);
    if (!replica || isDeleted(replica))
      throw new AppFailure(
        { code: 'entry-gone' },
        { message: 'This creator is no longer in the shortlist.' },
      );
    const hlc = await nextHlc(db, now);
    writer.put(setNote(replica, device.id, text, hlc, device.name));
    await writer.flush();
  });
}

/** Removes creators (a tombstone syncs the removal to teammates); returns their previous replicas (for undo). */
export async function removeFromShortlist(
  db: MicroscopeDb,
  ids: readonly string[],
  now: number,
): Promise<Replica[]> {
  return rw(db, async () => {
    const [hlc, writer] = await Promise.all([nextHlc(db, now), pageWriter(db, ids)]);
    const before = liveOf(writer, ids);
    for (const replica of before) writer.put(tombstone(replica, hlc));
    await writer.flush();
    return before;
  });
}

/**
 * Undo: brings each creator back to its earlier state as a new edit (so the undo itself
 * syncs and wins over the change it undoes).
 */
export async function restoreReplicas(
  db: MicroscopeDb,
  previous: readonly Replica[],
  now: number,
): Promise<void> {
  await rw(db, async () => {
    const hlc = await nextHlc(db, now);
    const writer = await pageWriter(
      db,
      previous.map((p) => p.key),
    );
    for (const old of previous) writer.put(restoreReplica(writer.get(old.key) ?? old, old, hlc));
    await writer.flush();
  });
}

function restoreReplica(current: Replica, old: Replica, hlc: Hlc): Replica {
  let next = current;
  for (const [field, register] of Object.entries(old.fields) as unknown as [FieldName, { value: never }][]) {
    next = applyLocalEdit(next, field, register.value, hlc);
  }
  for (const note of old.notes) next = setNote(next, note.author, note.text, hlc, note.authorName);
  for (const note of current.notes) {
    if (!old.notes.some((n) => n.author === note.author))
      next = setNote(next, note.author, '', hlc, note.authorName);
  }
  const oldTags = new Map(old.tags.map((t) => [t.tag, t.present]));
  for (const tag of new Set([...old.tags.map((t) => t.tag), ...current.tags.map((t) => t.tag)])) {
    next = oldTags.get(tag) ? addTag(next, tag, hlc) : removeTag(next, tag, hlc);
  }
  return next;
}

/**
 * Every live row, newest first (date added, then key). Rows are read as stored: they were
 * built by this extension from replicas validated where they entered (pages.ts).
 */
export async function listShortlist(db: MicroscopeDb): Promise<ShortlistEntry[]> {
  const items: { key: string; addedAt: number; json: string }[] = [];
  await forEachRowPage(db, (lines) => {
    for (const [key, rest] of lines) {
      const { addedAt, json } = readRowLine(rest);
      items.push({ key, addedAt, json });
    }
  });
  items.sort(compareNewest);
  return items.map((item) => JSON.parse(item.json) as ShortlistEntry);
}

export async function getShortlistEntry(
  db: MicroscopeDb,
  platform: ShortlistEntry['platform'],
  handle: string,
): Promise<ShortlistEntry | undefined> {
  return readRow(db, shortlistId(platform, handle));
}

/** How many creators are listed (one small record, kept with every write). */
export async function countShortlist(db: MicroscopeDb): Promise<number> {
  return (await readSummary(db)).total;
}

/** Every past score of a creator, oldest first. */
export async function getScoreHistory(db: MicroscopeDb, id: string): Promise<ScoreReport[]> {
  return [...((await readReplica(db, id))?.history ?? [])];
}

/** Builds the shortlist row for a report without storing it (previews, tests). */
export function entryFromReport(report: ScoreReport, now: number): ShortlistEntry {
  const hlc: Hlc = { wallMs: now, counter: 0, node: 'preview' };
  let replica = applyReport(emptyReplica(shortlistId(report.platform, report.handle)), report, hlc);
  replica = applyLocalEdit(replica, 'addedAt', now, hlc);
  replica = applyLocalEdit(replica, 'status', 'candidate', hlc);
  const row = rowFromReplica(replica);
  if (!row) throw new Error('invalid report');
  return row;
}
