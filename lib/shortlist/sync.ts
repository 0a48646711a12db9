import { decodeHlc, encodeHlc, initialHlc, receive } from '../exchange/clock';
import { type CsvImportPlan, importerNote } from '../exchange/csv-import';
import { type MergePreview, mergeReplicas, previewMerge } from '../exchange/merge';
import { isDeleted, type Replica, setNote } from '../exchange/replica';
import {
  createSyncFile,
  latestHlcInFile,
  parseSyncFile,
  type SyncFile,
  type SyncFileError,
  serializeSyncFile,
  syncFileName,
} from '../exchange/sync-file';
import type { MicroscopeDb } from './db';
import { applyEdit, getDevice, nextHlc, writeReplicas } from './repo';
import { rowFromReplica } from './rows';

const CLOCK_KEY = 'clock';
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
  | { ok: true; file: SyncFile; preview: MergePreview; from: string; ownFile: boolean }
  | { ok: false; error: SyncFileError };

/** Reads a sync file and says what importing it would do; writes nothing. */
export async function previewSyncImport(db: MicroscopeDb, text: string): Promise<ImportPreview> {
  const parsed = parseSyncFile(text);
  if (!parsed.ok) return parsed;
  const device = await getDevice(db);
  const keys = parsed.file.entries.map((e) => e.key);
  const local = (await db.replicas.bulkGet(keys)).filter((r): r is Replica => r !== undefined);
  return {
    ok: true,
    file: parsed.file,
    preview: previewMerge(local, parsed.file.entries),
    from: parsed.file.exportedBy.displayName,
    ownFile: parsed.file.exportedBy.deviceId === device.id,
  };
}

export interface ImportSummary {
  added: number;
  updated: number;
  removed: number;
  unchanged: number;
}

interface LastImport {
  at: number;
  from: string;
  /** The replicas as they were before the import (absent keys were new). */
  before: Replica[];
  newKeys: string[];
}

/**
 * Merges a parsed sync file into the database in one transaction: every replica merged
 * field by field, rows rebuilt, the clock moved past the file's latest edit, and the
 * previous state kept for **Undo last import**.
 */
export async function applySyncImport(db: MicroscopeDb, file: SyncFile, now: number): Promise<ImportSummary> {
  return db.transaction('rw', [db.shortlist, db.replicas, db.meta], async () => {
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
    const device = await getDevice(db);
    const stored = (await db.meta.get(CLOCK_KEY))?.value;
    const local = (typeof stored === 'string' ? decodeHlc(stored) : undefined) ?? initialHlc(device.id);
    const remote = latestHlcInFile(file);
    if (remote)
      await db.meta.put({
        key: CLOCK_KEY,
        value: encodeHlc(receive({ ...local, node: device.id }, remote, now)),
      });
    const last: LastImport = { at: now, from: file.exportedBy.displayName, before, newKeys };
    await db.meta.put({ key: LAST_IMPORT_KEY, value: last });
    return summary;
  });
}

export async function lastImportInfo(db: MicroscopeDb): Promise<{ at: number; from: string } | undefined> {
  const last = (await db.meta.get(LAST_IMPORT_KEY))?.value as LastImport | undefined;
  return last ? { at: last.at, from: last.from } : undefined;
}

/**
 * Puts the database back as it was before the last import (replicas and rows), in one
 * transaction. Local edits made since the import to the same creators are lost with it,
 * which the UI says before undoing.
 */
export async function undoLastImport(db: MicroscopeDb): Promise<boolean> {
  return db.transaction('rw', [db.shortlist, db.replicas, db.meta], async () => {
    const last = (await db.meta.get(LAST_IMPORT_KEY))?.value as LastImport | undefined;
    if (!last) return false;
    await db.replicas.bulkDelete(last.newKeys);
    await db.shortlist.bulkDelete(last.newKeys);
    await writeReplicas(db, last.before);
    await db.meta.delete(LAST_IMPORT_KEY);
    return true;
  });
}

/** Parses and applies in one go (shared-folder sync and tests); refuses a bad file before writing. */
export async function importSyncText(
  db: MicroscopeDb,
  text: string,
  now: number,
): Promise<{ ok: true; summary: ImportSummary } | { ok: false; error: SyncFileError }> {
  const parsed = parseSyncFile(text);
  if (!parsed.ok) return parsed;
  return { ok: true, summary: await applySyncImport(db, parsed.file, now) };
}

/**
 * Applies a planned CSV re-import as edits by this device's user, in one transaction,
 * keeping the previous state for **Undo last import**.
 */
export async function applyCsvImport(db: MicroscopeDb, plan: CsvImportPlan, now: number): Promise<number> {
  return db.transaction('rw', [db.shortlist, db.replicas, db.meta], async () => {
    const device = await getDevice(db);
    const hlc = await nextHlc(db, now);
    const existing = await db.replicas.bulkGet(plan.edits.map((e) => e.id));
    const before: Replica[] = [];
    const after: Replica[] = [];
    plan.edits.forEach((edit, i) => {
      const replica = existing[i];
      if (!replica) return;
      let next = applyEdit(
        replica,
        { ...edit.fields, addTags: edit.addTags, removeTags: edit.removeTags },
        hlc,
      );
      if (edit.note !== undefined) {
        const row = rowFromReplica(replica);
        const note = row ? importerNote(edit.note, row, device.id) : edit.note;
        next = setNote(next, device.id, note, hlc, device.name);
      }
      before.push(replica);
      after.push(next);
    });
    await writeReplicas(db, after);
    const last: LastImport = { at: now, from: 'CSV', before, newKeys: [] };
    await db.meta.put({ key: LAST_IMPORT_KEY, value: last });
    return after.length;
  });
}
