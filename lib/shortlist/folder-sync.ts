import { mergeShortlists } from '../exchange/merge';
import type { Replica } from '../exchange/replica-schema';
import { Cancelled, readSyncFile, throwIfCancelled } from '../exchange/sync-container';
import {
  refusal,
  SYNC_FILE_EXTENSION,
  SYNC_FORMAT,
  SYNC_VERSION,
  type SyncFile,
  type SyncFileError,
} from '../exchange/sync-file';
import type { MicroscopeDb } from './db';
import { getDevice } from './repo';
import {
  applySyncImport,
  exportSyncFile,
  type ImportPreview,
  type ImportSummary,
  type JobOptions,
  previewParsedFile,
} from './sync';

/**
 * **A shared folder for the team.** The team keeps a folder on the drive it already uses
 * (Google Drive, Dropbox, OneDrive, SharePoint): the drive's client copies files between
 * computers, and Microscope uses it the way such a drive expects to be used — every device
 * writes only its own file (`microscope-team-<device id>.jsonl.gz`) and reads everyone
 * else's. No two devices ever write the same file, so two syncs at the same moment cannot
 * drop each other's edits; merging is order-free and idempotent (SYNC-FORMAT.md), so it
 * does not matter in which order, or how often, files are read.
 *
 * Drives make copies when they see two versions of a file ("… (1).jsonl.gz", "… (Ana's
 * conflicted copy …)", "…-LAPTOP.jsonl.gz"): they are sync files too, and merged like the
 * others (a copy of an older state changes nothing). A file the drive has not finished
 * downloading is cut short: it fails its checks and is left out of this sync, whole, with
 * the reason; the next sync tries it again. Files already merged and unchanged since (same
 * size and date) are not read again, so a sync reads only what teammates changed.
 */

/** The part of `FileSystemFileHandle` folder sync uses (OPFS hands out the same interface). */
export interface SyncFileHandle {
  readonly kind: 'file';
  readonly name: string;
  getFile(): Promise<Blob & { readonly lastModified: number }>;
  createWritable(): Promise<{
    write(data: Blob | string): Promise<void>;
    close(): Promise<void>;
    abort(): Promise<void>;
  }>;
}

/** The part of `FileSystemDirectoryHandle` folder sync uses. */
export interface SyncFolderHandle {
  readonly kind: 'directory';
  readonly name: string;
  values(): AsyncIterable<SyncFileHandle | { readonly kind: 'directory'; readonly name: string }>;
  getFileHandle(name: string, options?: { create?: boolean }): Promise<SyncFileHandle>;
  queryPermission?(options: { mode: 'readwrite' }): Promise<PermissionState>;
  requestPermission?(options: { mode: 'readwrite' }): Promise<PermissionState>;
}

const FOLDER_KEY = 'sharedFolderHandle';
/** Files merged by the last syncs (name → size and date), so that unchanged ones are not read again. */
const SEEN_KEY = 'sharedFolderSeen';

export function folderSyncSupported(scope: object = globalThis): boolean {
  return 'showDirectoryPicker' in scope;
}

export async function rememberSharedFolder(db: MicroscopeDb, handle: SyncFolderHandle): Promise<void> {
  await db.meta.put({ key: FOLDER_KEY, value: handle });
  await db.meta.delete(SEEN_KEY);
}

export async function sharedFolder(db: MicroscopeDb): Promise<SyncFolderHandle | undefined> {
  return (await db.meta.get(FOLDER_KEY))?.value as SyncFolderHandle | undefined;
}

export async function forgetSharedFolder(db: MicroscopeDb): Promise<void> {
  await db.meta.bulkDelete([FOLDER_KEY, SEEN_KEY]);
}

/** Asks again for write access when the browser has dropped it (needs a user gesture). */
export async function ensurePermission(handle: SyncFolderHandle): Promise<boolean> {
  if (!handle.queryPermission || !handle.requestPermission) return true;
  if ((await handle.queryPermission({ mode: 'readwrite' })) === 'granted') return true;
  return (await handle.requestPermission({ mode: 'readwrite' })) === 'granted';
}

/** This device's own file in the team folder: the only one it ever writes. */
export function ownFileName(deviceId: string): string {
  return `microscope-team-${deviceId.replace(/[^A-Za-z0-9-]/g, '_')}${SYNC_FILE_EXTENSION}`;
}

/** Files a drive or a browser writes next to the real ones while copying: never sync files. */
const TEMPORARY = /(\.crswap|\.tmp|\.temp|\.part|\.partial|\.download|\.crdownload|~)$/i;

/** Files of the folder that may hold a teammate's sync file (their own, a copy, a hand export). */
export function isTeamFileName(name: string): boolean {
  return /^microscope-/i.test(name) && !TEMPORARY.test(name) && !name.startsWith('.');
}

interface FileStamp {
  size: number;
  lastModified: number;
}

const stampText = (s: FileStamp) => `${s.size}:${s.lastModified}`;

/** A file the sync left out, with the reason; it is tried again at the next sync. */
export interface SkippedFile {
  name: string;
  error: SyncFileError;
}

export interface FolderFile {
  name: string;
  /** Who exported it (the header). */
  from: string;
  entries: number;
}

/** What Sync now would do with the folder, before anything is written. */
export interface FolderState {
  /** Files read and merged into the preview. */
  files: FolderFile[];
  /** Files left out (cut short, damaged, not sync files), tried again next time. */
  skipped: SkippedFile[];
  /** Files not read because they have not changed since they were merged. */
  unchanged: number;
  /** The preview of merging every file read; undefined when no file brought anything to read. */
  preview?: ImportPreview & { ok: true };
  /** Names, sizes and dates of the folder's files: Sync now applies only if they are still the same. */
  signature: string;
  /** Stamps of the files read, recorded as merged once the sync is applied. */
  stamps: Record<string, FileStamp>;
}

async function listFiles(folder: SyncFolderHandle): Promise<SyncFileHandle[]> {
  const files: SyncFileHandle[] = [];
  for await (const entry of folder.values()) {
    if (entry.kind === 'file' && isTeamFileName(entry.name)) files.push(entry as SyncFileHandle);
  }
  return files.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

/**
 * Reads the team folder and says what merging it would do, with exactly the checks of a
 * file imported by hand (each file: container, schema, bounds, clock values at most a day
 * ahead; then the preview and the notes that claim to be the user's). Writes nothing.
 */
export async function previewSharedFolder(
  db: MicroscopeDb,
  folder: SyncFolderHandle,
  now: number,
  options: JobOptions & { explain?: boolean } = {},
): Promise<FolderState> {
  const device = await getDevice(db);
  const own = ownFileName(device.id);
  const seen = ((await db.meta.get(SEEN_KEY))?.value ?? {}) as Record<string, string>;
  const handles = await listFiles(folder);
  const files: FolderFile[] = [];
  const skipped: SkippedFile[] = [];
  const stamps: Record<string, FileStamp> = {};
  const signature: string[] = [];
  const parsed: SyncFile[] = [];
  let unchanged = 0;
  for (const handle of handles) {
    throwIfCancelled(options.signal);
    let result: Awaited<ReturnType<typeof readSyncFile>>;
    let stamp: FileStamp;
    try {
      const file = await handle.getFile();
      stamp = { size: file.size, lastModified: file.lastModified };
      signature.push(`${handle.name}:${stampText(stamp)}`);
      if (handle.name === own) continue;
      if (seen[handle.name] === stampText(stamp)) {
        unchanged += 1;
        continue;
      }
      result = await readSyncFile(file, { now, signal: options.signal, onProgress: options.onProgress });
    } catch (error) {
      if (error instanceof Cancelled) throw error;
      // Gone or replaced while being read (the drive, or a teammate's Microscope, wrote it
      // meanwhile): left out this time, read again at the next sync.
      skipped.push({ name: handle.name, error: refusal('incomplete').error });
      continue;
    }
    if (!result.ok) {
      skipped.push({ name: handle.name, error: result.error });
      continue;
    }
    stamps[handle.name] = stamp;
    parsed.push(result.file);
    files.push({
      name: handle.name,
      from: result.file.exportedBy.displayName,
      entries: result.file.entries.length,
    });
  }
  const state: FolderState = { files, skipped, unchanged, signature: signature.join('\n'), stamps };
  if (parsed.length === 0) return state;
  // Every file read, merged into one (order-free), previewed against this shortlist.
  let entries: Replica[] = parsed[0]?.entries ?? [];
  for (const next of parsed.slice(1)) entries = mergeShortlists(entries, next.entries);
  const names = [...new Set(files.map((f) => f.from))];
  const combined: SyncFile = {
    format: SYNC_FORMAT,
    version: SYNC_VERSION,
    exportedAt: Math.max(...parsed.map((f) => f.exportedAt)),
    // Not this device unless every file read is this device's own (a drive's copy of it).
    exportedBy:
      parsed.every((f) => f.exportedBy.deviceId === device.id) && parsed[0]
        ? parsed[0].exportedBy
        : { deviceId: 'team-folder', displayName: names.join(', ') },
    entries,
  };
  state.preview = await previewParsedFile(db, combined, options);
  return state;
}

export interface FolderSyncResult {
  /** What the teammates' files brought in; null when there was nothing new to read. */
  imported: ImportSummary | null;
  /** Creators listed in the file this device wrote. */
  written: number;
  /** This device's file. */
  fileName: string;
  files: FolderFile[];
  skipped: SkippedFile[];
  unchanged: number;
}

/**
 * **Sync now**: merge every teammate's file of the folder into this shortlist, then write
 * this device's own file (and only it). When `expected` is given (the signature of the
 * folder the user saw previewed) and a file has changed since, nothing is merged or written
 * and the new state is returned for a new preview. The write goes through `createWritable`,
 * which the browser commits atomically on `close()`: teammates never read half a file from
 * this computer (a drive may still hand them one half-downloaded: they leave it for later).
 */
export async function syncSharedFolder(
  db: MicroscopeDb,
  folder: SyncFolderHandle,
  now: number,
  expected?: { signature: string },
  options: JobOptions & { explain?: boolean } = {},
): Promise<FolderSyncResult | { changed: FolderState }> {
  const state = await previewSharedFolder(db, folder, now, options);
  if (expected !== undefined && state.signature !== expected.signature) return { changed: state };
  let imported: FolderSyncResult['imported'] = null;
  if (state.preview)
    imported = await applySyncImport(db, state.preview.file, now, {
      ...options,
      prepared: state.preview.prepared,
    });
  throwIfCancelled(options.signal);
  const device = await getDevice(db);
  const out = await exportSyncFile(db, now, options);
  const handle = await folder.getFileHandle(ownFileName(device.id), { create: true });
  const writable = await handle.createWritable();
  try {
    await writable.write(out.blob);
    await writable.close();
  } catch (error) {
    await writable.abort().catch(() => undefined);
    throw error;
  }
  // Files merged are not read again until they change (refused ones are tried next time).
  const seen = ((await db.meta.get(SEEN_KEY))?.value ?? {}) as Record<string, string>;
  for (const [name, stamp] of Object.entries(state.stamps)) seen[name] = stampText(stamp);
  await db.meta.put({ key: SEEN_KEY, value: seen });
  return {
    imported,
    written: out.count,
    fileName: handle.name,
    files: state.files,
    skipped: state.skipped,
    unchanged: state.unchanged,
  };
}
