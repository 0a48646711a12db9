import { decodeHlc, encodeHlc, type Hlc, type HlcString, receive, tick } from '../exchange/clock';
import { type CsvEdit, type CsvImportPlan, importerNote } from '../exchange/csv-import';
import { type MergePreview, mergeReplicas, previewMerge } from '../exchange/merge';
import { unpackReplicaText } from '../exchange/packed-replica';
import type { CsvIssue } from '../exchange/refusals';
import {
  addTag,
  applyLocalEdit,
  isDeleted,
  latestHlc,
  removeTag,
  setNote,
  tombstone,
} from '../exchange/replica';
import { laterNote, sameJson } from '../exchange/replica-order';
import { FIELD_NAMES, type FieldName, type Register, type Replica } from '../exchange/replica-schema';
import { packText, readSyncFile, throwIfCancelled } from '../exchange/sync-container';
import {
  findClockTooFarAhead,
  latestHlcInFile,
  type ParseOptions,
  type ParseProgress,
  parseSyncFile,
  type SyncFile,
  type SyncFileError,
  serializeSyncLines,
  syncFileName,
  syncHeaderLine,
} from '../exchange/sync-file';
import { AppFailure } from '../result';
import type { MicroscopeDb } from './db';
import { clearLastImport, readLastImport, readLastImportInfo, writeLastImport } from './last-import';
import { PAGE_COUNT, pageWriter, readAllReplicas, readReplicasWithPages, readSummary } from './pages';
import { applyEdit, getDevice, readClock, rw, writeClock } from './repo';
import { rowFromReplica } from './rows';

/** How far a long job has got, for a progress bar: "Checking 32,000 / 50,000 entries". */
export interface Progress {
  phase:
    | ParseProgress['phase']
    | 'comparing'
    | 'merging'
    | 'writing'
    | 'undoing'
    | 'exporting'
    | 'packing'
    | 'csvWriting'
    | 'csvReading';
  done: number;
  total: number;
}

/** Progress reports and cancellation of a long job; cancelling before the end writes nothing. */
export interface JobOptions {
  onProgress?(progress: Progress): void;
  signal?: AbortSignal;
}

/** Entries between two progress reports inside a write transaction (each is also a chance to cancel). */
const STEP = 1_000;

/**
 * Inside a write transaction, gives pending messages (a Cancel) a turn without letting the
 * transaction commit: a small read keeps it busy while the event loop runs.
 */
async function breathe(db: MicroscopeDb, options: JobOptions): Promise<void> {
  await db.meta.get('clock');
  throwIfCancelled(options.signal);
}

/**
 * Replica page text without the keys: the entries of a version 2 file, one per line (a line
 * without a key is kept whole). A scan rather than a regular expression: at 50,000 creators
 * the export strips 45 MB of text, and the scan leaves the text to be flattened once, when it
 * is encoded.
 */
export function entryLines(pageText: string): string {
  let out = '';
  for (let start = 0; ; ) {
    let end = pageText.indexOf('\n', start);
    if (end < 0) end = pageText.length;
    const tab = pageText.indexOf('\t', start);
    const line = tab >= 0 && tab < end ? pageText.slice(tab + 1, end) : pageText.slice(start, end);
    out = start === 0 ? line : `${out}\n${line}`;
    if (end === pageText.length) return out;
    start = end + 1;
  }
}

function lineCount(text: string): number {
  if (text === '') return 0;
  let n = 1;
  for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) n += 1;
  return n;
}

/**
 * Every replica this device holds, tombstones included, as version 2 text: the header,
 * then one entry per line. The pages are read first (the header counts the entries); each
 * page's lines are made into entries only when asked for, so that compressing one page
 * overlaps with nothing left to read and no second copy of the whole text is built.
 */
async function exportParts(
  db: MicroscopeDb,
  now: number,
  options: JobOptions,
): Promise<{ parts: Iterable<string>; entries: number }> {
  const device = await getDevice(db);
  const pages: string[] = [];
  let entries = 0;
  for (let from = 0; from < PAGE_COUNT; from += 64) {
    throwIfCancelled(options.signal);
    const records = await db.replicaPages
      .where('page')
      .between(from, from + 64, true, false)
      .toArray();
    for (const record of records) {
      if (record.text === '') continue;
      pages.push(record.text);
      entries += lineCount(record.text);
    }
    options.onProgress?.({ phase: 'exporting', done: Math.min(PAGE_COUNT, from + 64), total: PAGE_COUNT });
  }
  const header = syncHeaderLine({
    exportedAt: now,
    deviceId: device.id,
    displayName: device.name,
    count: entries,
  });
  function* parts(): Generator<string> {
    yield `${header}\n`;
    for (const page of pages) yield `${entryLines(page)}\n`;
  }
  return { parts: parts(), entries };
}

/**
 * The export when the number of entries is known ahead (the summary keeps it): each page is
 * compressed as soon as it is read, the database reading the next meanwhile. Undefined when
 * the pages held another number of entries than announced (a write in between): the caller
 * then counts first.
 */
/** Pages read at a time by the streamed export. */
const EXPORT_STEP = 16;

async function streamExport(
  db: MicroscopeDb,
  now: number,
  count: number,
  options: JobOptions,
): Promise<{ blob: Blob; entries: number } | undefined> {
  const device = await getDevice(db);
  const header = syncHeaderLine({ exportedAt: now, deviceId: device.id, displayName: device.name, count });
  let entries = 0;
  const read = (from: number) =>
    db.replicaPages
      .where('page')
      .between(from, from + EXPORT_STEP, true, false)
      .toArray();
  async function* parts(): AsyncGenerator<string> {
    yield `${header}\n`;
    let reading = read(0);
    for (let from = 0; from < PAGE_COUNT; from += EXPORT_STEP) {
      throwIfCancelled(options.signal);
      const records = await reading;
      // The next pages are asked for before these are compressed: the database reads them
      // while this thread compresses (a cancelled export leaves that read to end unheard).
      if (from + EXPORT_STEP < PAGE_COUNT) {
        reading = read(from + EXPORT_STEP);
        reading.catch(() => undefined);
      }
      for (const record of records) {
        if (record.text === '') continue;
        entries += lineCount(record.text);
        yield `${entryLines(record.text)}\n`;
      }
      options.onProgress?.({
        phase: 'exporting',
        done: Math.min(PAGE_COUNT, from + EXPORT_STEP),
        total: PAGE_COUNT,
      });
    }
  }
  const blob = await packText(parts(), options);
  return entries === count ? { blob, entries } : undefined;
}

/**
 * The sync file of this device (version 2: JSON Lines in a gzip container, SYNC-FORMAT.md):
 * every replica, tombstones included, read page by page; `count` is the creators still listed.
 */
export async function exportSyncFile(
  db: MicroscopeDb,
  now: number,
  options: JobOptions = {},
): Promise<{ fileName: string; blob: Blob; count: number; entries: number }> {
  const device = await getDevice(db);
  const summary = await readSummary(db);
  if (summary.replicas !== undefined) {
    const streamed = await streamExport(db, now, summary.replicas, options);
    if (streamed) return { fileName: syncFileName(now, device.name), ...streamed, count: summary.total };
  }
  const { parts, entries } = await exportParts(db, now, options);
  options.onProgress?.({ phase: 'packing', done: 0, total: 1 });
  const blob = await packText(parts, options);
  options.onProgress?.({ phase: 'packing', done: 1, total: 1 });
  return { fileName: syncFileName(now, device.name), blob, count: (await readSummary(db)).total, entries };
}

/** The same file as uncompressed text (tests, tools). */
export async function exportSyncText(
  db: MicroscopeDb,
  now: number,
): Promise<{ text: string; count: number }> {
  const { parts } = await exportParts(db, now, {});
  return { text: [...parts].join(''), count: (await readSummary(db)).total };
}

/** Every replica, as a sync file object (tests; the app streams pages instead). */
export async function syncFileOf(db: MicroscopeDb, now: number): Promise<SyncFile> {
  const device = await getDevice(db);
  const parsed = parseSyncFile(
    serializeSyncLines({
      format: 'microscope-shortlist-sync',
      version: 2,
      exportedAt: now,
      exportedBy: { deviceId: device.id, displayName: device.name },
      entries: await readAllReplicas(db),
    }),
    { now },
  );
  if (!parsed.ok) throw new AppFailure(parsed.error);
  return parsed.file;
}

/**
 * What a preview already worked out, kept for the import the user then confirms: the pages
 * it read and each creator merged. The import reuses a creator's merge when its page has
 * not changed since (same text), and works it out again otherwise.
 */
export interface PreparedImport {
  pageTexts: Map<number, string>;
  /** The number of the last write when the pages were read (the summary's `seq`). */
  seq: number | undefined;
  /** Key → the creator as stored (undefined: new) and merged with the file. */
  merged: Map<string, { local: Replica | undefined; next: Replica }>;
}

export type ImportPreview =
  | {
      ok: true;
      file: SyncFile;
      /** Kept for `applySyncImport` (not shown). */
      prepared?: PreparedImport;
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
 * same for a file picked by hand and for the files of **Sync now**: the schema with its
 * bounds, and no clock value more than a day ahead of `now`.
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

/**
 * As `previewSyncImport`, from the file's bytes, in any container (gzip or not): strict
 * UTF-8 (bytes that are not are refused, never replaced), progress, cancellable.
 */
export async function previewSyncImportBytes(
  db: MicroscopeDb,
  bytes: Uint8Array | Blob,
  now: number = Date.now(),
  options: JobOptions & { explain?: boolean } = {},
): Promise<ImportPreview> {
  const parsed = await readSyncFile(bytes, { now, onProgress: options.onProgress, signal: options.signal });
  if (!parsed.ok) return parsed;
  return previewParsedFile(db, parsed.file, options);
}

/** What importing a parsed file would do: the overlapping creators read with one bulkGet of their pages. */
export async function previewParsedFile(
  db: MicroscopeDb,
  file: SyncFile,
  options: JobOptions & { explain?: boolean } = {},
): Promise<ImportPreview & { ok: true }> {
  const device = await getDevice(db);
  const keys = file.entries.map((e) => e.key);
  options.onProgress?.({ phase: 'comparing', done: 0, total: keys.length });
  const {
    replicas: stored,
    pageTexts,
    seq,
  } = await db.transaction('r', [db.replicaPages, db.meta], () => readReplicasWithPages(db, keys));
  throwIfCancelled(options.signal);
  const local = stored.filter((r): r is Replica => r !== undefined);
  const claimsYourNotes = file.entries
    .filter((entry, i) => noteClaims(stored[i], entry, device.id))
    .map((entry) => entry.key);
  const merged = new Map<string, { local: Replica | undefined; next: Replica }>();
  const nextOf = new Map<string, Replica>();
  file.entries.forEach((entry, i) => {
    const mine = stored[i];
    const next = mine ? mergeReplicas(mine, entry) : entry;
    merged.set(entry.key, { local: mine, next });
    nextOf.set(entry.key, next);
  });
  // The panel shows who wins each conflict; the sentence saying why is for tools and tests.
  const preview = previewMerge(local, file.entries, nextOf, { explain: options.explain ?? true });
  options.onProgress?.({ phase: 'comparing', done: keys.length, total: keys.length });
  return {
    ok: true,
    file,
    prepared: { pageTexts, seq, merged },
    preview,
    from: file.exportedBy.displayName,
    ownFile: file.exportedBy.deviceId === device.id,
    claimsYourNotes,
  };
}

/**
 * What an import did: counts only. The rows it changed are not handed back: pages that hold
 * the rows in memory follow the database's change notifications.
 */
export interface ImportSummary {
  added: number;
  updated: number;
  removed: number;
  unchanged: number;
}

/**
 * Merges a parsed sync file into the database in one transaction: the pages of every
 * creator in the file read with one bulkGet, each creator merged field by field, the pages
 * written back with bulkPut in chunks, rows rebuilt, the clock moved past the file's latest
 * edit, and what **Undo last import** needs kept. All or nothing: cancelling (the signal)
 * or any error before the end aborts the transaction and nothing is written. A file with a
 * clock value more than a day ahead of `now` is refused (parseSyncFile already refuses it;
 * this guards other callers).
 */
export async function applySyncImport(
  db: MicroscopeDb,
  file: SyncFile,
  now: number,
  options: JobOptions & { prepared?: PreparedImport } = {},
): Promise<ImportSummary> {
  const prepared = options.prepared;
  const ahead = findClockTooFarAhead(file.entries, now);
  if (ahead) throw new AppFailure(ahead);
  return rw(db, async () => {
    const clockBefore = await readClock(db);
    // The pages the preview read, while no write has come since (then none is read again).
    const writer = await pageWriter(
      db,
      file.entries.map((e) => e.key),
      prepared ? { seq: prepared.seq, texts: prepared.pageTexts } : undefined,
    );
    const beforeLines: string[] = [];
    const newKeys: string[] = [];
    const summary: ImportSummary = { added: 0, updated: 0, removed: 0, unchanged: 0 };
    const total = file.entries.length;
    for (let i = 0; i < total; i++) {
      const incoming = file.entries[i] as Replica;
      const localText = writer.text(incoming.key);
      // The preview's merge, when the page still reads as the preview read it.
      const known = prepared?.merged.get(incoming.key);
      const reuse =
        known !== undefined && writer.pageReadAs(incoming.key, (page) => prepared?.pageTexts.get(page));
      if (localText === undefined) {
        newKeys.push(incoming.key);
        writer.put(incoming);
        if (isDeleted(incoming)) summary.unchanged += 1;
        else summary.added += 1;
      } else {
        const local = reuse && known.local ? known.local : unpackReplicaText(localText);
        const next = reuse && known.local ? known.next : mergeReplicas(local, incoming);
        const wasLive = !isDeleted(local);
        const isLive = !isDeleted(next);
        if (next === local) summary.unchanged += 1;
        else if (!wasLive && isLive) summary.added += 1;
        else if (wasLive && !isLive) summary.removed += 1;
        else if (isLive) summary.updated += 1;
        else summary.unchanged += 1;
        if (next !== local) {
          beforeLines.push(localText);
          writer.put(next);
        }
      }
      if ((i + 1) % STEP === 0) {
        options.onProgress?.({ phase: 'merging', done: i + 1, total });
        await breathe(db, options);
      }
    }
    options.onProgress?.({ phase: 'merging', done: total, total });
    await writer.flush({
      onProgress: ({ done, total }) => options.onProgress?.({ phase: 'writing', done, total }),
      checkCancelled: () => throwIfCancelled(options.signal),
    });
    const remote = latestHlcInFile(file);
    const clockAfter = remote ? receive(clockBefore, remote, now) : clockBefore;
    if (remote) await writeClock(db, clockAfter);
    await writeLastImport(db.meta, {
      at: now,
      from: file.exportedBy.displayName,
      beforeLines,
      newKeys,
      clockBefore: encodeHlc(clockBefore),
      clockAfter: encodeHlc(clockAfter),
    });
    throwIfCancelled(options.signal);
    return summary;
  });
}

export async function lastImportInfo(
  db: MicroscopeDb,
): Promise<{ at: number; from: string; count: number } | undefined> {
  const last = await readLastImportInfo(db.meta);
  return last ? { at: last.at, from: last.from, count: last.count ?? 0 } : undefined;
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
    if (!fromImport(now?.hlc, then?.hlc, sameJson(now?.value, then?.value))) continue;
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
  options: JobOptions = {},
): Promise<UndoResult | false> {
  return rw(db, async () => {
    const last = await readLastImport(db.meta);
    if (!last) return false;
    const clock = await readClock(db);
    const current = encodeHlc(clock);
    const limit = last.clockAfter ?? current;
    const idle = last.clockAfter !== undefined && current === last.clockAfter;
    const beforeByKey = new Map(last.before.map((r) => [r.key, r]));
    const keys = [...beforeByKey.keys(), ...last.newKeys];
    const writer = await pageWriter(db, keys);
    const plan: UndoPlan = { edits: new Map(), drop: [], kept: 0 };
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i] as string;
      const replica = writer.get(key);
      if (replica) planUndo(plan, replica, beforeByKey.get(key), limit);
      if ((i + 1) % STEP === 0) {
        options.onProgress?.({ phase: 'undoing', done: i + 1, total: keys.length });
        await breathe(db, options);
      }
    }

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
    let written = 0;
    for (const { current: replica, apply } of plan.edits.values()) {
      writer.put(apply(replica, next));
      written += 1;
    }
    for (const key of plan.drop) writer.remove(key);
    options.onProgress?.({ phase: 'undoing', done: keys.length, total: keys.length });
    await writer.flush({
      onProgress: ({ done, total }) => options.onProgress?.({ phase: 'writing', done, total }),
      checkCancelled: () => throwIfCancelled(options.signal),
    });
    await writeClock(db, next);
    await clearLastImport(db.meta);
    throwIfCancelled(options.signal);
    return { undone: written + plan.drop.length, kept: plan.kept };
  });
}

/** Parses and applies in one go (tests, scripts); refuses a bad file before writing. */
export async function importSyncText(
  db: MicroscopeDb,
  text: string,
  now: number,
  options: { limits?: ParseOptions['limits'] } = {},
): Promise<{ ok: true; summary: ImportSummary } | { ok: false; error: SyncFileError }> {
  const parsed = parseSyncFile(text, { now, limits: options.limits });
  if (!parsed.ok) return parsed;
  return { ok: true, summary: await applySyncImport(db, parsed.file, now) };
}

export interface CsvApplyResult {
  /** Creators whose edits were applied. */
  applied: number;
  /** Rows that could not be applied (the rest were), with the reason. */
  failed: { line: number; handle: string; issue: CsvIssue }[];
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
  options: JobOptions = {},
): Promise<CsvApplyResult> {
  return rw(db, async () => {
    if (plan.edits.length === 0) return { applied: 0, failed: [] };
    const device = await getDevice(db);
    const clockBefore = await readClock(db);
    const hlc = tick(clockBefore, now);
    const writer = await pageWriter(
      db,
      plan.edits.map((e) => e.id),
    );
    const beforeLines: string[] = [];
    const failed: CsvApplyResult['failed'] = [];
    let applied = 0;
    for (let i = 0; i < plan.edits.length; i++) {
      const edit = plan.edits[i] as CsvEdit;
      const text = writer.text(edit.id);
      const replica = text === undefined ? undefined : unpackReplicaText(text);
      if (replica && !isDeleted(replica)) {
        try {
          writer.put(applyCsvEdit(replica, edit, hlc, device));
          beforeLines.push(text as string);
          applied += 1;
        } catch (error) {
          const detail = error instanceof Error ? error.message : String(error);
          failed.push({
            line: edit.line,
            handle: edit.handle,
            issue: { code: 'failed', params: { detail } },
          });
        }
      }
      if ((i + 1) % STEP === 0) {
        options.onProgress?.({ phase: 'merging', done: i + 1, total: plan.edits.length });
        await breathe(db, options);
      }
    }
    if (applied === 0) return { applied: 0, failed };
    await writer.flush({
      onProgress: ({ done, total }) => options.onProgress?.({ phase: 'writing', done, total }),
      checkCancelled: () => throwIfCancelled(options.signal),
    });
    await writeClock(db, hlc);
    await writeLastImport(db.meta, {
      at: now,
      from: 'CSV',
      beforeLines,
      newKeys: [],
      clockBefore: encodeHlc(clockBefore),
      clockAfter: encodeHlc(hlc),
    });
    throwIfCancelled(options.signal);
    return { applied, failed };
  });
}
