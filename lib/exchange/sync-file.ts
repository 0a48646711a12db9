import { z } from 'zod';
import { english, isoTime, type MessageKey, type Said, type Translate } from '../i18n';
import { bounded, EpochMsSchema, TEXT_LIMITS } from '../model';
import {
  clockLimit,
  decodeHlc,
  encodeHlc,
  type Hlc,
  type HlcString,
  MAX_CLOCK_AHEAD_MS,
  NodeIdSchema,
} from './clock';
import { decodeText } from './decode';
import type { ReplicaSet } from './merge';
import { FIELD_NAMES, latestHlc, type Replica, ReplicaSchema } from './replica';

/** The sync file format; described for users and developers in SYNC-FORMAT.md. */
export const SYNC_FORMAT = 'microscope-shortlist-sync';
export const SYNC_VERSION = 1;
/** Refused above these, before anything is parsed or written. */
export const MAX_SYNC_FILE_BYTES = 50 * 1024 * 1024;
export const MAX_SYNC_ENTRIES = 50_000;

export const SyncFileSchema = z.object({
  format: z.literal(SYNC_FORMAT),
  version: z.literal(SYNC_VERSION),
  exportedAt: EpochMsSchema,
  exportedBy: z.object({ deviceId: NodeIdSchema, displayName: bounded(TEXT_LIMITS.name) }),
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
  | 'not-utf8'
  | 'not-json'
  | 'wrong-format'
  | 'newer-version'
  | 'unsupported-version'
  | 'too-many-entries'
  | 'invalid'
  | 'duplicate-entry'
  | 'no-entries'
  | 'clock-ahead';

export interface SyncFileError {
  code: SyncFileErrorCode;
  /** A sentence for the user, in English, ending with “Nothing was imported.” */
  message: string;
  /** The same sentence for any interface language: `t(said.key, said.params)` then `sync.error.nothing`. */
  said: Said;
  /** For `invalid`: what the value got wrong (the `{problem}` of the sentence). */
  problem?: Said;
}

export type ParseSyncFileResult = { ok: true; file: SyncFile } | { ok: false; error: SyncFileError };

/** What an interface shows for a refusal, in its language. */
export function describeSyncError(error: SyncFileError, t: Translate): string {
  const params = error.problem
    ? { ...error.said.params, problem: t(error.problem.key, error.problem.params) }
    : error.said.params;
  return `${t(error.said.key, params)} ${t('sync.error.nothing')}`;
}

function refuse(
  code: SyncFileErrorCode,
  params?: Said['params'],
  key: MessageKey = `sync.error.${code}` as MessageKey,
  problem?: Said,
): { ok: false; error: SyncFileError } {
  const said: Said = params ? { key, params } : { key };
  const error: SyncFileError = { code, said, message: '' };
  if (problem) error.problem = problem;
  error.message = describeSyncError(error, english);
  return { ok: false, error };
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

const PROBLEM_KEYS = new Set([
  'time',
  'url',
  'clock',
  'date',
  'key',
  'handle',
  'otherCreator',
  'device',
  'tag',
]);

/** A schema issue in words any interface can translate. */
export function problemOf(issue: z.core.$ZodIssue): Said {
  const known = (issue as { params?: { problem?: unknown } }).params?.problem;
  if (typeof known === 'string' && PROBLEM_KEYS.has(known))
    return { key: `sync.problem.${known}` as MessageKey };
  switch (issue.code) {
    case 'too_big':
      if (issue.origin === 'string')
        return { key: 'sync.problem.tooLong', params: { max: Number(issue.maximum) } };
      if (issue.origin === 'array')
        return { key: 'sync.problem.tooMany', params: { max: Number(issue.maximum) } };
      return { key: 'sync.problem.tooBig', params: { max: Number(issue.maximum) } };
    case 'too_small':
      if (issue.origin === 'string' && Number(issue.minimum) <= 1) return { key: 'sync.problem.empty' };
      return { key: 'sync.problem.tooSmall', params: { min: Number(issue.minimum) } };
    case 'invalid_type':
      return { key: 'sync.problem.type', params: { expected: String(issue.expected) } };
    case 'invalid_value':
    case 'invalid_union':
      return { key: 'sync.problem.value' };
    default:
      return { key: 'sync.problem.other', params: { message: issue.message } };
  }
}

interface FoundClock {
  key: string;
  where: string;
  hlc: HlcString;
}

/**
 * The first clock value (or report date) in these entries that is more than a day ahead of
 * `now`, with the sentence that explains the refusal; undefined when there is none.
 */
export function findClockTooFarAhead(
  entries: readonly Replica[],
  now: number,
): (FoundClock & { said: Said }) | undefined {
  const found = clockTooFarAhead(entries, now);
  if (!found) return undefined;
  return {
    ...found,
    said: {
      key: 'sync.error.clock-ahead',
      params: { key: found.key, where: found.where, date: clockDate(found.hlc) },
    },
  };
}

function clockTooFarAhead(entries: readonly Replica[], now: number): FoundClock | undefined {
  const limit = clockLimit(now);
  for (const entry of entries) {
    for (const field of FIELD_NAMES) {
      const hlc = entry.fields[field]?.hlc;
      if (hlc !== undefined && hlc >= limit) return { key: entry.key, where: `fields.${field}`, hlc };
    }
    for (const note of entry.notes)
      if (note.hlc >= limit) return { key: entry.key, where: 'notes', hlc: note.hlc };
    for (const tag of entry.tags)
      if (tag.hlc >= limit) return { key: entry.key, where: `tags (${tag.tag})`, hlc: tag.hlc };
    if (entry.tombstone !== null && entry.tombstone >= limit)
      return { key: entry.key, where: 'tombstone', hlc: entry.tombstone };
    // The latest report is the one a creator's row shows: one dated in the future would stay
    // "latest" through every re-score.
    for (const report of entry.history) {
      if (report.scoredAt > now + MAX_CLOCK_AHEAD_MS)
        return {
          key: entry.key,
          where: 'history (scoredAt)',
          hlc: encodeHlc({ wallMs: report.scoredAt, counter: 0, node: '-' }),
        };
    }
  }
  return undefined;
}

/** A clock value's time for a person: `2026-03-01 09:00 UTC` (any year, no sign or padding). */
function clockDate(hlc: HlcString): string {
  const wall = decodeHlc(hlc)?.wallMs;
  if (wall === undefined || wall > 8.64e15) return hlc.slice(0, 15);
  const d = new Date(wall);
  const two = (n: number) => String(n).padStart(2, '0');
  return `${d.getUTCFullYear()}-${two(d.getUTCMonth() + 1)}-${two(d.getUTCDate())} ${two(d.getUTCHours())}:${two(d.getUTCMinutes())} UTC`;
}

export interface ParseOptions {
  /** This device's time: clock values more than a day ahead of it are refused. Default `Date.now()`. */
  now?: number;
}

/**
 * Reads a sync file. Any problem refuses the whole file with the reason, so an import
 * either applies every entry or none. Checks run cheapest first: size, JSON, format,
 * version, entry count, then the schema of every entry, duplicates, emptiness, and last the
 * clock values (none may be more than a day ahead of this device's time: SYNC-FORMAT.md).
 */
export function parseSyncFile(text: string, options: ParseOptions = {}): ParseSyncFileResult {
  const now = options.now ?? Date.now();
  const bytes = byteLength(text);
  if (bytes > MAX_SYNC_FILE_BYTES) {
    return refuse('too-large', { size: megabytes(bytes), max: megabytes(MAX_SYNC_FILE_BYTES) });
  }
  if (text.trim() === '') return refuse('empty-input');
  let json: unknown;
  try {
    json = JSON.parse(text.startsWith('\uFEFF') ? text.slice(1) : text);
  } catch {
    return refuse('not-json');
  }
  if (!isRecord(json) || json.format !== SYNC_FORMAT) {
    if (isRecord(json) && typeof json.format === 'string') {
      return refuse('wrong-format', { format: json.format.slice(0, 80) }, 'sync.error.wrong-format-named');
    }
    return refuse('wrong-format');
  }
  const version = json.version;
  if (typeof version === 'number' && Number.isInteger(version) && version > SYNC_VERSION) {
    return refuse('newer-version', { version, supported: SYNC_VERSION });
  }
  if (version !== SYNC_VERSION) {
    return refuse('unsupported-version', { version: String(JSON.stringify(version) ?? 'none').slice(0, 40) });
  }
  if (Array.isArray(json.entries) && json.entries.length > MAX_SYNC_ENTRIES) {
    return refuse('too-many-entries', {
      n: json.entries.length.toLocaleString('en'),
      max: MAX_SYNC_ENTRIES.toLocaleString('en'),
    });
  }
  const parsed = SyncFileSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const problem = issue === undefined ? { key: 'sync.problem.value' as const } : problemOf(issue);
    return refuse(
      'invalid',
      { where: (issue && pathText(issue.path)) || 'the top level' },
      'sync.error.invalid',
      problem,
    );
  }
  const file = parsed.data as SyncFile;
  const seen = new Set<string>();
  for (const entry of file.entries) {
    if (seen.has(entry.key)) return refuse('duplicate-entry', { key: entry.key });
    seen.add(entry.key);
  }
  if (file.entries.length === 0) return refuse('no-entries');
  const ahead = findClockTooFarAhead(file.entries, now);
  if (ahead) return refuse('clock-ahead', ahead.said.params);
  file.entries.sort((a, b) => (a.key < b.key ? -1 : 1));
  return { ok: true, file };
}

/**
 * Reads a sync file from its bytes: the size cap first (nothing is decoded above it), then
 * strict UTF-8 (a sync file is UTF-8 JSON: bytes that are not are refused, never replaced),
 * then `parseSyncFile`.
 */
export function parseSyncFileBytes(bytes: Uint8Array, options: ParseOptions = {}): ParseSyncFileResult {
  if (bytes.length > MAX_SYNC_FILE_BYTES) {
    return refuse('too-large', { size: megabytes(bytes.length), max: megabytes(MAX_SYNC_FILE_BYTES) });
  }
  const decoded = decodeText(bytes);
  if (!decoded.ok) return refuse('not-utf8');
  return parseSyncFile(decoded.text, options);
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
  return `microscope-sync-${name}-${isoTime(exportedAt).slice(0, 10) || 'undated'}.json`;
}
