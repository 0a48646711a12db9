import {
  describeSyncError,
  type ParseSyncFileResult,
  parseSyncFile,
  parseSyncFileBytes,
  type SyncFileError,
} from '../exchange/sync-file';
import { english, type Translate } from '../i18n';
import type { MicroscopeDb } from './db';
import {
  applySyncImport,
  exportSyncFile,
  type ImportPreview,
  type ImportSummary,
  previewParsedFile,
} from './sync';

/** The part of `FileSystemFileHandle` shared-folder sync uses (OPFS hands out the same interface). */
export interface SyncFileHandle {
  readonly name: string;
  getFile(): Promise<{ text(): Promise<string>; arrayBuffer?(): Promise<ArrayBuffer>; size: number }>;
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

/** The shared file is not a sync file this browser accepts: it is left as it was. */
export class SharedFileRefused extends Error {
  constructor(
    readonly fileName: string,
    readonly error: SyncFileError,
  ) {
    super(english('sync.shared.refused', { name: fileName, error: error.message }));
    this.name = 'SharedFileRefused';
  }

  /** The refusal in the interface's language. */
  describe(t: Translate): string {
    return t('sync.shared.refused', { name: this.fileName, error: describeSyncError(this.error, t) });
  }
}

/** The shared file as read for **Sync now**: empty (nothing to import), or parsed and previewed. */
export type SharedFileState =
  | { kind: 'empty'; text: string }
  | { kind: 'preview'; text: string; preview: ImportPreview & { ok: true } };

async function readText(
  handle: SyncFileHandle,
  now: number,
): Promise<{ text: string; parsed?: ParseSyncFileResult }> {
  const file = await handle.getFile();
  if (file.size === 0) return { text: '' };
  if (file.arrayBuffer) {
    const bytes = new Uint8Array(await file.arrayBuffer());
    const text = new TextDecoder().decode(bytes);
    if (text.trim() === '') return { text };
    return { text, parsed: parseSyncFileBytes(bytes, { now }) };
  }
  const text = await file.text();
  if (text.trim() === '') return { text };
  return { text, parsed: parseSyncFile(text, { now }) };
}

/**
 * Reads the team's file and says what merging it would do, with exactly the checks and the
 * preview of a file imported by hand (parseSyncFile: schema, bounds, clock values at most a
 * day ahead; previewMerge; notes that claim to be the user's). Writes nothing. A file that
 * is not a sync file this browser accepts throws `SharedFileRefused`.
 */
export async function previewSharedFile(
  db: MicroscopeDb,
  handle: SyncFileHandle,
  now: number,
): Promise<SharedFileState> {
  const { text, parsed } = await readText(handle, now);
  if (!parsed) return { kind: 'empty', text };
  if (!parsed.ok) throw new SharedFileRefused(handle.name, parsed.error);
  return { kind: 'preview', text, preview: await previewParsedFile(db, parsed.file) };
}

/** True when the preview shows nothing to change and nothing to warn about: Sync now needs no confirmation. */
export function needsConfirmation(state: SharedFileState): boolean {
  if (state.kind === 'empty') return false;
  const { preview, claimsYourNotes } = state.preview;
  return (
    preview.added.length + preview.updated.length + preview.removed.length > 0 || claimsYourNotes.length > 0
  );
}

/**
 * **Sync now**: read the team's file, merge it into this shortlist, write the merged
 * shortlist back. The file goes through the same checks as a manual import; one that fails
 * them is never overwritten (`SharedFileRefused`). When `expected` is given (the text the
 * user saw previewed) and the file has changed since, nothing is merged or written and the
 * new state is returned for a new preview. The write goes through `createWritable`, which
 * the browser commits atomically on `close()`.
 */
export async function syncWithSharedFile(
  db: MicroscopeDb,
  handle: SyncFileHandle,
  now: number,
  expected?: { text: string },
): Promise<FolderSyncResult | { changed: SharedFileState }> {
  const state = await previewSharedFile(db, handle, now);
  if (expected !== undefined && state.text !== expected.text) return { changed: state };
  let imported: ImportSummary | null = null;
  if (state.kind === 'preview') imported = await applySyncImport(db, state.preview.file, now);
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
