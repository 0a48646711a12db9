import { z } from 'zod';
import { decodeHlc, type Hlc, type HlcString, NodeIdSchema } from './clock';
import type { ReplicaSet } from './merge';
import { latestHlc, type Replica, ReplicaSchema } from './replica';

/** The sync file format; described for users and developers in SYNC-FORMAT.md. */
export const SYNC_FORMAT = 'microscope-shortlist-sync';
export const SYNC_VERSION = 1;
/** Refused above these, before anything is parsed or written. */
export const MAX_SYNC_FILE_BYTES = 50 * 1024 * 1024;
export const MAX_SYNC_ENTRIES = 50_000;

export const SyncFileSchema = z.object({
  format: z.literal(SYNC_FORMAT),
  version: z.literal(SYNC_VERSION),
  exportedAt: z.number().int().nonnegative(),
  exportedBy: z.object({ deviceId: NodeIdSchema, displayName: z.string().max(200) }),
  entries: z.array(ReplicaSchema).max(MAX_SYNC_ENTRIES),
});

export interface SyncFile {
  format: typeof SYNC_FORMAT;
  version: typeof SYNC_VERSION;
  /** Wall time of the export, epoch ms. */
  exportedAt: number;
  exportedBy: { deviceId: string; displayName: string };
  /** Every creator the exporting device knows, deleted ones included (as tombstones), sorted by key. */
  entries: Replica[];
}

export type SyncFileErrorCode =
  | 'empty-input'
  | 'too-large'
  | 'not-json'
  | 'wrong-format'
  | 'newer-version'
  | 'unsupported-version'
  | 'too-many-entries'
  | 'invalid'
  | 'duplicate-entry'
  | 'no-entries';

export interface SyncFileError {
  code: SyncFileErrorCode;
  /** A sentence for the user (English; the UI may translate by `code`). */
  message: string;
}

export type ParseSyncFileResult = { ok: true; file: SyncFile } | { ok: false; error: SyncFileError };

const NOTHING_IMPORTED = 'Nothing was imported.';

function refuse(code: SyncFileErrorCode, message: string): ParseSyncFileResult {
  return { ok: false, error: { code, message: `${message} ${NOTHING_IMPORTED}` } };
}

function megabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

/** UTF-8 size of the text; the exact count is only needed near the limit. */
function byteLength(text: string): number {
  if (text.length * 3 <= MAX_SYNC_FILE_BYTES) return text.length;
  return new TextEncoder().encode(text).length;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function pathText(path: readonly PropertyKey[]): string {
  return path.reduce<string>((out, part) => {
    if (typeof part === 'number') return `${out}[${part}]`;
    return out === '' ? String(part) : `${out}.${String(part)}`;
  }, '');
}

/**
 * Reads a sync file. Any problem refuses the whole file with the reason, so an import
 * either applies every entry or none. Checks run cheapest first: size, JSON, format,
 * version, entry count, then the schema of every entry, duplicates and emptiness.
 */
export function parseSyncFile(text: string): ParseSyncFileResult {
  const bytes = byteLength(text);
  if (bytes > MAX_SYNC_FILE_BYTES) {
    return refuse(
      'too-large',
      `The file is ${megabytes(bytes)}; a sync file can be at most ${megabytes(MAX_SYNC_FILE_BYTES)}.`,
    );
  }
  if (text.trim() === '') return refuse('empty-input', 'The file is empty.');
  let json: unknown;
  try {
    json = JSON.parse(text.startsWith('\uFEFF') ? text.slice(1) : text);
  } catch {
    return refuse(
      'not-json',
      'This is not a Microscope sync file: it is not JSON, or it was cut short. (A CSV export can be imported too: save it with the .csv extension.)',
    );
  }
  if (!isRecord(json) || json.format !== SYNC_FORMAT) {
    const found =
      isRecord(json) && typeof json.format === 'string' ? ` (its format is “${json.format}”)` : '';
    return refuse('wrong-format', `This file is not a Microscope shortlist sync file${found}.`);
  }
  const version = json.version;
  if (typeof version === 'number' && Number.isInteger(version) && version > SYNC_VERSION) {
    return refuse(
      'newer-version',
      `This sync file was made by a newer version of Microscope (file version ${version}; this one reads version ${SYNC_VERSION}). Update the extension, then import the file again.`,
    );
  }
  if (version !== SYNC_VERSION) {
    return refuse(
      'unsupported-version',
      `This sync file has an unknown version (${JSON.stringify(version)}).`,
    );
  }
  if (Array.isArray(json.entries) && json.entries.length > MAX_SYNC_ENTRIES) {
    return refuse(
      'too-many-entries',
      `The file lists ${json.entries.length.toLocaleString('en')} creators; a sync file can hold at most ${MAX_SYNC_ENTRIES.toLocaleString('en')}.`,
    );
  }
  const parsed = SyncFileSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where =
      issue === undefined ? '' : ` at ${pathText(issue.path) || 'the top level'}: ${issue.message}`;
    return refuse('invalid', `The file is damaged or was edited by hand${where}.`);
  }
  const file = parsed.data as SyncFile;
  const seen = new Set<string>();
  for (const entry of file.entries) {
    if (seen.has(entry.key)) return refuse('duplicate-entry', `The file lists ${entry.key} more than once.`);
    seen.add(entry.key);
  }
  if (file.entries.length === 0) {
    return refuse(
      'no-entries',
      'The file has no creators and no deletions in it, so there is nothing to import.',
    );
  }
  file.entries.sort((a, b) => (a.key < b.key ? -1 : 1));
  return { ok: true, file };
}

export interface SyncFileInput {
  deviceId: string;
  displayName: string;
  exportedAt: number;
  replicas: ReplicaSet;
}

/** The file a device exports: all its replicas, tombstones included, sorted by key. */
export function createSyncFile(input: SyncFileInput): SyncFile {
  const entries = [
    ...(input.replicas instanceof Map ? input.replicas.values() : (input.replicas as Replica[])),
  ];
  if (entries.length > MAX_SYNC_ENTRIES) {
    throw new Error(`A sync file can hold at most ${MAX_SYNC_ENTRIES} creators (got ${entries.length}).`);
  }
  entries.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  return {
    format: SYNC_FORMAT,
    version: SYNC_VERSION,
    exportedAt: input.exportedAt,
    exportedBy: { deviceId: NodeIdSchema.parse(input.deviceId), displayName: input.displayName },
    entries,
  };
}

/** Compact JSON (the files are read by Microscope, not by people). */
export function serializeSyncFile(file: SyncFile): string {
  return JSON.stringify(file);
}

/** The latest clock value in the file; pass it to `receive` after an import so later local edits win. */
export function latestHlcInFile(file: Pick<SyncFile, 'entries'>): Hlc | undefined {
  let latest: HlcString | null = null;
  for (const entry of file.entries) {
    const hlc = latestHlc(entry);
    if (hlc !== null && (latest === null || hlc > latest)) latest = hlc;
  }
  return latest === null ? undefined : decodeHlc(latest);
}

/** `microscope-sync-<name>-<YYYY-MM-DD>.json`, the name reduced to safe file-name characters. */
export function syncFileName(exportedAt: number, displayName: string): string {
  const name =
    displayName
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 40) || 'device';
  return `microscope-sync-${name}-${new Date(exportedAt).toISOString().slice(0, 10)}.json`;
}
