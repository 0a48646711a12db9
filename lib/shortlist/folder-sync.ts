import { parseSyncFile } from '../exchange/sync-file';
import type { MicroscopeDb } from './db';
import { applySyncImport, exportSyncFile, type ImportSummary } from './sync';

/** The part of `FileSystemFileHandle` shared-folder sync uses (OPFS hands out the same interface). */
export interface SyncFileHandle {
  readonly name: string;
  getFile(): Promise<{ text(): Promise<string>; size: number }>;
  createWritable(): Promise<{
    write(data: string): Promise<void>;
    close(): Promise<void>;
    abort(): Promise<void>;
  }>;
  queryPermission?(options: { mode: 'readwrite' }): Promise<PermissionState>;
  requestPermission?(options: { mode: 'readwrite' }): Promise<PermissionState>;
}

const HANDLE_KEY = 'sharedFileHandle';

export function folderSyncSupported(scope: object = globalThis): boolean {
  return 'showSaveFilePicker' in scope;
}

export async function rememberSharedFile(db: MicroscopeDb, handle: SyncFileHandle): Promise<void> {
  await db.meta.put({ key: HANDLE_KEY, value: handle });
}

export async function sharedFile(db: MicroscopeDb): Promise<SyncFileHandle | undefined> {
  return (await db.meta.get(HANDLE_KEY))?.value as SyncFileHandle | undefined;
}

export async function forgetSharedFile(db: MicroscopeDb): Promise<void> {
  await db.meta.delete(HANDLE_KEY);
}

/** Asks again for write access when the browser has dropped it (needs a user gesture). */
export async function ensurePermission(handle: SyncFileHandle): Promise<boolean> {
  if (!handle.queryPermission || !handle.requestPermission) return true;
  if ((await handle.queryPermission({ mode: 'readwrite' })) === 'granted') return true;
  return (await handle.requestPermission({ mode: 'readwrite' })) === 'granted';
}

export interface FolderSyncResult {
  /** What the file brought in; null when the file was new or empty. */
  imported: ImportSummary | null;
  /** Creators written back to the file. */
  written: number;
}

/**
 * **Sync now**: read the team's file, merge it into this shortlist, write the merged
 * shortlist back. A file that is not a Microscope sync file is never overwritten. The write
 * goes through `createWritable`, which the browser commits atomically on `close()`.
 */
export async function syncWithSharedFile(
  db: MicroscopeDb,
  handle: SyncFileHandle,
  now: number,
): Promise<FolderSyncResult> {
  const file = await handle.getFile();
  const text = file.size === 0 ? '' : await file.text();
  let imported: ImportSummary | null = null;
  if (text.trim() !== '') {
    const parsed = parseSyncFile(text);
    if (!parsed.ok) throw new Error(`${handle.name}: ${parsed.error.message} The file was left as it was.`);
    imported = await applySyncImport(db, parsed.file, now);
  }
  const out = await exportSyncFile(db, now);
  const writable = await handle.createWritable();
  try {
    await writable.write(out.text);
    await writable.close();
  } catch (error) {
    await writable.abort().catch(() => undefined);
    throw error;
  }
  return { imported, written: out.count };
}
