import { decodeHlc, encodeHlc, type Hlc, type HlcString, receive, tick } from '../exchange/clock';
import { type CsvEdit, type CsvImportPlan, importerNote } from '../exchange/csv-import';
import { type MergePreview, mergeReplicas, previewMerge } from '../exchange/merge';
import {
  addTag,
  applyLocalEdit,
  FIELD_NAMES,
  type FieldName,
  isDeleted,
  laterNote,
  latestHlc,
  type Register,
  type Replica,
  removeTag,
  setNote,
  stableStringify,
  tombstone,
} from '../exchange/replica';
import {
  createSyncFile,
  findClockTooFarAhead,
  latestHlcInFile,
  parseSyncFile,
  parseSyncFileBytes,
  type SyncFile,
  type SyncFileError,
  serializeSyncFile,
  syncFileName,
} from '../exchange/sync-file';
import { english, type Said, UserError } from '../i18n';
import type { MicroscopeDb } from './db';
import { applyEdit, getDevice, readClock, writeClock, writeReplicas } from './repo';
import { rowFromReplica } from './rows';

const LAST_IMPORT_KEY = 'lastImport';

/** Every replica this device holds, tombstones included, as a sync file; `count` is the creators still listed. */
export async function exportSyncFile(
  db: MicroscopeDb,
  now: number,
): Promise<{ fileName: string; text: string; count: number }> {
  const device = await getDevice(db);
  const replicas = await db.replicas.toArray();
  const file = createSyncFile({ deviceId: device.id, displayName: device.name, exportedAt: now, replicas });
  const live = replicas.filter((r) => !isDeleted(r)).length;
  return { fileName: syncFileName(now, device.name), text: serializeSyncFile(file), count: live };
}

export type ImportPreview =
  | {
      ok: true;
      file: SyncFile;
      preview: MergePreview;
      from: string;
      /** The file says this browser exported it. */
      ownFile: boolean;
      /**
       * Creators on which the file carries a note signed with this browser's device id that
       * differs from the user's own and would replace it: a forged or mixed-up file.
       */
      claimsYourNotes: string[];
    }
  | { ok: false; error: SyncFileError };

/** Notes in `incoming` signed `me` that would change the user's own note on that creator. */
function noteClaims(local: Replica | undefined, incoming: Replica, me: string): boolean {
  const theirs = incoming.notes.find((note) => note.author === me);
  if (theirs === undefined) return false;
  const mine = local?.notes.find((note) => note.author === me);
  if (mine === undefined) return theirs.text !== '';
  return theirs.text !== mine.text && laterNote(mine, theirs) === theirs;
}

/**
 * Reads a sync file and says what importing it would do; writes nothing. The checks are the
 * same for a file picked by hand and for the shared file of **Sync now**: the schema with
 * its bounds, and no clock value more than a day ahead of `now`.
 */
export async function previewSyncImport(
  db: MicroscopeDb,
  text: string,
  now: number = Date.now(),
): Promise<ImportPreview> {
  const parsed = parseSyncFile(text, { now });
  if (!parsed.ok) return parsed;
  return previewParsedFile(db, parsed.file);
}

/** As `previewSyncImport`, from the file's bytes: strict UTF-8 (bytes that are not are refused, never replaced). */
export async function previewSyncImportBytes(
  db: MicroscopeDb,
  bytes: Uint8Array,
  now: number = Date.now(),
): Promise<ImportPreview> {
  const parsed = parseSyncFileBytes(bytes, { now });
  if (!parsed.ok) return parsed;
  return previewParsedFile(db, parsed.file);
}

export async function previewParsedFile(
  db: MicroscopeDb,
  file: SyncFile,
): Promise<ImportPreview & { ok: true }> {
  const device = await getDevice(db);
  const keys = file.entries.map((e) => e.key);
  const stored = await db.replicas.bulkGet(keys);
  const local = stored.filter((r): r is Replica => r !== undefined);
  const claimsYourNotes = file.entries
    .filter((entry, i) => noteClaims(stored[i], entry, device.id))
    .map((entry) => entry.key);
  return {
    ok: true,
    file,
    preview: previewMerge(local, file.entries),
    from: file.exportedBy.displayName,
    ownFile: file.exportedBy.deviceId === device.id,
    claimsYourNotes,
  };
}

export interface ImportSummary {
  added: number;
  updated: number;
  removed: number;
  unchanged: number;
}

/** What **Undo last import** needs: the state before, and the clock around the import. */
interface LastImport {
  at: number;
  from: string;
  /** The replicas the import changed, as they were before it. */
  before: Replica[];
  /** Creators the import brought that this device did not have. */
  newKeys: string[];
  /** This device's clock before the import (absent in records written before undo became an edit). */
  clockBefore?: HlcString;
  /** Its clock right after: every change the import made carries a clock value at or before it. */
  clockAfter?: HlcString;
}

/**
 * Merges a parsed sync file into the database in one transaction: every replica merged
 * field by field, rows rebuilt, the clock moved past the file's latest edit, and what
 * **Undo last import** needs kept. A file with a clock value more than a day ahead of
 * `now` is refused (parseSyncFile already refuses it; this guards other callers).
 */
export async function applySyncImport(db: MicroscopeDb, file: SyncFile, now: number): Promise<ImportSummary> {
  const ahead = findClockTooFarAhead(file.entries, now);
  if (ahead) throw new UserError(ahead.said);
  return db.transaction('rw', [db.shortlist, db.replicas, db.meta], async () => {
    const clockBefore = await readClock(db);
    const keys = file.entries.map((e) => e.key);
    const existing = await db.replicas.bulkGet(keys);
    const merged: Replica[] = [];
    const before: Replica[] = [];
    const newKeys: string[] = [];
    const summary: ImportSummary = { added: 0, updated: 0, removed: 0, unchanged: 0 };
    file.entries.forEach((incoming, i) => {
      const local = existing[i];
      if (local === undefined) {
        newKeys.push(incoming.key);
        merged.push(incoming);
        if (isDeleted(incoming)) summary.unchanged += 1;
        else summary.added += 1;
        return;
      }
      const next = mergeReplicas(local, incoming);
      const wasLive = !isDeleted(local);
      const isLive = !isDeleted(next);
      if (next === local) summary.unchanged += 1;
      else if (!wasLive && isLive) summary.added += 1;
      else if (wasLive && !isLive) summary.removed += 1;
      else if (isLive) summary.updated += 1;
      else summary.unchanged += 1;
      if (next !== local) {
        before.push(local);
        merged.push(next);
      }
    });
    await writeReplicas(db, merged);
    const remote = latestHlcInFile(file);
    const clockAfter = remote ? receive(clockBefore, remote, now) : clockBefore;
    if (remote) await writeClock(db, clockAfter);
    const last: LastImport = {
      at: now,
      from: file.exportedBy.displayName,
      before,
      newKeys,
      clockBefore: encodeHlc(clockBefore),
      clockAfter: encodeHlc(clockAfter),
    };
    await db.meta.put({ key: LAST_IMPORT_KEY, value: last });
    return summary;
  });
}

export async function lastImportInfo(db: MicroscopeDb): Promise<{ at: number; from: string } | undefined> {
  const last = (await db.meta.get(LAST_IMPORT_KEY))?.value as LastImport | undefined;
  return last ? { at: last.at, from: last.from } : undefined;
}

export interface UndoResult {
  /** Creators put back as they were before the import. */
  undone: number;
  /** Creators the user edited after the import: those edits stay (only the import's own changes are undone). */
  kept: number;
}

/** The value a field shows when it was never set: what Undo writes back for a field an import set. */
function unsetValue(replica: Replica, field: FieldName): unknown {
  if (field === 'status') return 'candidate';
  if (field === 'handle') return replica.key.slice(replica.key.indexOf(':') + 1);
  if (field === 'verdict' || field === 'addedAt') return undefined;
  return null;
}

interface UndoPlan {
  /** Changes to write as new edits, each `(replica, hlc) => replica`. */
  edits: Map<string, { current: Replica; apply: (replica: Replica, at: Hlc) => Replica }>;
  /** Creators the import brought already deleted: removed again, they never showed. */
  drop: string[];
  kept: number;
}

/**
 * Plans the undo of one creator: every field, note and tag the import set (clock value at or
 * before `limit`, different from before) goes back to its earlier value; parts edited since
 * (clock value after `limit`) stay as the user left them.
 */
function planUndo(plan: UndoPlan, current: Replica, before: Replica | undefined, limit: HlcString): void {
  const editedSince = (latestHlc(current) ?? '') > limit;
  if (editedSince) plan.kept += 1;
  if (before === undefined) {
    // A creator the import brought.
    if (editedSince) return;
    if (isDeleted(current)) plan.drop.push(current.key);
    else plan.edits.set(current.key, { current, apply: (r, at) => tombstone(r, at) });
    return;
  }
  const wasLive = !isDeleted(before);
  const isLive = !isDeleted(current);
  // A deletion the user made after the import stands; and a creator hidden before and after
  // the import showed no change (an undo edit would only bring it back).
  if (!isLive && current.tombstone !== null && current.tombstone > limit) return;
  if (!wasLive && !isLive) return;
  if (!wasLive && isLive && !editedSince) {
    // The import brought back a creator deleted here: delete it again, later than every edit.
    plan.edits.set(current.key, { current, apply: (r, at) => tombstone(r, at) });
    return;
  }
  const changes: ((replica: Replica, at: Hlc) => Replica)[] = [];
  // Changed by the import: a different clock value, or (a forged file reusing a clock value)
  // the same one with different content; and not edited since (clock value after `limit`).
  const fromImport = (now: HlcString | undefined, then: HlcString | undefined, sameContent = true) =>
    now !== undefined && (now !== then || !sameContent) && now <= limit;
  for (const field of FIELD_NAMES) {
    const now = current.fields[field] as Register<unknown> | undefined;
    const then = before.fields[field] as Register<unknown> | undefined;
    if (!fromImport(now?.hlc, then?.hlc, stableStringify(now?.value) === stableStringify(then?.value)))
      continue;
    const value = then === undefined ? unsetValue(current, field) : then.value;
    if (value === undefined) continue;
    changes.push((r, at) => applyLocalEdit(r, field, value as never, at));
  }
  for (const note of current.notes) {
    const then = before.notes.find((n) => n.author === note.author);
    if (!fromImport(note.hlc, then?.hlc, then?.text === note.text && then?.authorName === note.authorName))
      continue;
    changes.push((r, at) =>
      setNote(r, note.author, then?.text ?? '', at, then?.authorName ?? note.authorName),
    );
  }
  for (const tag of current.tags) {
    const then = before.tags.find((t) => t.tag === tag.tag);
    if (!fromImport(tag.hlc, then?.hlc, then?.present === tag.present)) continue;
    const present = then?.present ?? false;
    changes.push((r, at) => (present ? addTag(r, tag.tag, at) : removeTag(r, tag.tag, at)));
  }
  const importDeleted = fromImport(current.tombstone ?? undefined, before.tombstone ?? undefined);
  if (wasLive && !isLive && importDeleted && changes.length === 0) {
    // The import deleted it: any later edit brings it back; write its status again.
    const status = current.fields.status?.value ?? 'candidate';
    changes.push((r, at) => applyLocalEdit(r, 'status', status, at));
  }
  if (changes.length === 0) return;
  plan.edits.set(current.key, {
    current,
    apply: (r, at) => changes.reduce((next, change) => change(next, at), r),
  });
}

/**
 * **Undo last import**: puts back what the last import (sync file, shared file or CSV)
 * changed, as new edits made now by this device. Being later than everything the import
 * brought, they win on every device: the next sync of the same file does not bring the
 * undone changes back, and teammates receive the undo. Edits the user made after the import
 * are kept. Score reports the import added stay in each creator's history (the history is a
 * union); a creator the import brought is deleted again.
 *
 * The clock goes back to where it was before the import, as far as the undo's own edits
 * allow (they must come after what they undo): a file's clock values stop counting once the
 * import is undone, unless the user has edited since.
 */
export async function undoLastImport(
  db: MicroscopeDb,
  now: number = Date.now(),
): Promise<UndoResult | false> {
  return db.transaction('rw', [db.shortlist, db.replicas, db.meta], async () => {
    const last = (await db.meta.get(LAST_IMPORT_KEY))?.value as LastImport | undefined;
    if (!last) return false;
    const clock = await readClock(db);
    const current = encodeHlc(clock);
    const limit = last.clockAfter ?? current;
    const idle = last.clockAfter !== undefined && current === last.clockAfter;
    const beforeByKey = new Map(last.before.map((r) => [r.key, r]));
    const keys = [...beforeByKey.keys(), ...last.newKeys];
    const stored = await db.replicas.bulkGet(keys);
    const plan: UndoPlan = { edits: new Map(), drop: [], kept: 0 };
    stored.forEach((replica, i) => {
      const key = keys[i] as string;
      if (replica) planUndo(plan, replica, beforeByKey.get(key), limit);
    });

    // The undo's edits must come after everything they overwrite; nothing else this device
    // holds is later than the clock before the import unless the user edited since.
    const base = idle && last.clockBefore ? decodeHlc(last.clockBefore) : undefined;
    let next: Hlc;
    if (plan.edits.size === 0) {
      next = base ? { ...base, node: clock.node } : clock;
    } else if (base) {
      let latest: HlcString | null = null;
      for (const { current: replica } of plan.edits.values()) {
        const hlc = latestHlc(replica);
        if (hlc !== null && (latest === null || hlc > latest)) latest = hlc;
      }
      const decoded = latest === null ? undefined : decodeHlc(latest);
      next = decoded
        ? receive({ ...base, node: clock.node }, decoded, now)
        : tick({ ...base, node: clock.node }, now);
    } else {
      next = tick(clock, now);
    }
    const written = [...plan.edits.values()].map(({ current: replica, apply }) => apply(replica, next));
    await writeReplicas(db, written);
    if (plan.drop.length > 0) {
      await db.replicas.bulkDelete(plan.drop);
      await db.shortlist.bulkDelete(plan.drop);
    }
    await writeClock(db, next);
    await db.meta.delete(LAST_IMPORT_KEY);
    return { undone: written.length + plan.drop.length, kept: plan.kept };
  });
}

/** Parses and applies in one go (tests, scripts); refuses a bad file before writing. */
export async function importSyncText(
  db: MicroscopeDb,
  text: string,
  now: number,
): Promise<{ ok: true; summary: ImportSummary } | { ok: false; error: SyncFileError }> {
  const parsed = parseSyncFile(text, { now });
  if (!parsed.ok) return parsed;
  return { ok: true, summary: await applySyncImport(db, parsed.file, now) };
}

export interface CsvApplyResult {
  /** Creators whose edits were applied. */
  applied: number;
  /** Rows that could not be applied (the rest were), with the reason. */
  failed: { line: number; handle: string; said: Said; message: string }[];
}

function applyCsvEdit(replica: Replica, edit: CsvEdit, hlc: Hlc, me: { id: string; name: string }): Replica {
  let next = applyEdit(replica, { ...edit.fields, addTags: edit.addTags, removeTags: edit.removeTags }, hlc);
  if (edit.note !== undefined) {
    const row = rowFromReplica(replica);
    const note = row ? importerNote(edit.note, row, me.id) : edit.note;
    next = setNote(next, me.id, note, hlc, me.name);
  }
  return next;
}

/**
 * Applies a planned CSV re-import as edits by this device's user, in one transaction,
 * keeping what **Undo last import** needs. A row whose edits cannot be applied is left
 * out and reported; it never stops the other rows.
 */
export async function applyCsvImport(
  db: MicroscopeDb,
  plan: CsvImportPlan,
  now: number,
): Promise<CsvApplyResult> {
  return db.transaction('rw', [db.shortlist, db.replicas, db.meta], async () => {
    if (plan.edits.length === 0) return { applied: 0, failed: [] };
    const device = await getDevice(db);
    const clockBefore = await readClock(db);
    const hlc = tick(clockBefore, now);
    const existing = await db.replicas.bulkGet(plan.edits.map((e) => e.id));
    const before: Replica[] = [];
    const after: Replica[] = [];
    const failed: CsvApplyResult['failed'] = [];
    plan.edits.forEach((edit, i) => {
      const replica = existing[i];
      if (!replica || isDeleted(replica)) return;
      try {
        after.push(applyCsvEdit(replica, edit, hlc, device));
        before.push(replica);
      } catch (error) {
        const detail = error instanceof Error ? error.message : String(error);
        const said: Said = { key: 'csv.row.failed', params: { detail } };
        failed.push({ line: edit.line, handle: edit.handle, said, message: english(said.key, said.params) });
      }
    });
    if (after.length === 0) return { applied: 0, failed };
    await writeReplicas(db, after);
    await writeClock(db, hlc);
    const last: LastImport = {
      at: now,
      from: 'CSV',
      before,
      newKeys: [],
      clockBefore: encodeHlc(clockBefore),
      clockAfter: encodeHlc(hlc),
    };
    await db.meta.put({ key: LAST_IMPORT_KEY, value: last });
    return { applied: after.length, failed };
  });
}
