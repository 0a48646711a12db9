import { z } from 'zod';
import { isoTime } from '../i18n';
import { bounded, EpochMsSchema, TEXT_LIMITS } from '../model';
import { AppFailure } from '../result';
import {
  clockLimit,
  decodeHlc,
  encodeHlc,
  type Hlc,
  type HlcString,
  MAX_CLOCK_AHEAD_MS,
  NodeIdSchema,
} from './clock';
import type { ReplicaSet } from './merge';
import { packReplicaText, unpackEntry } from './packed-replica';
import type { SyncFileError, SyncFileErrorCode, SyncProblemCode } from './refusals';
import { latestHlc } from './replica';
import { FIELD_NAMES, type Replica, ReplicaSchema } from './replica-schema';

/** The sync file format; described for users and developers in SYNC-FORMAT.md. */
export const SYNC_FORMAT = 'microscope-shortlist-sync';
/** The version this Microscope writes: JSON Lines, in a gzip container. */
export const SYNC_VERSION = 2;
/** Versions it reads: 1 (one JSON document) and 2. */
const READABLE_SYNC_VERSIONS: readonly number[] = [1, SYNC_VERSION];
/**
 * Refused above these, before anything is written: the number of entries once unpacked
 * (the limit users meet), and the unpacked size (so that a small file that unpacks into
 * gigabytes cannot exhaust the browser's memory).
 */
export const MAX_SYNC_ENTRIES = 100_000;
export const MAX_SYNC_UNPACKED_BYTES = 400 * 1024 * 1024;

const ExportedBySchema = z.object({ deviceId: NodeIdSchema, displayName: bounded(TEXT_LIMITS.name) });

/** The first line of a version 2 file: who exported it, when, and how many entries follow. */
const SyncHeaderSchema = z.object({
  format: z.literal(SYNC_FORMAT),
  version: z.literal(SYNC_VERSION),
  exportedAt: EpochMsSchema,
  exportedBy: ExportedBySchema,
  count: z.number().int().nonnegative(),
});

/** A whole file as one JSON document (version 1, or a version 2 file written by hand). */
const DocumentHeaderSchema = z.object({
  exportedAt: EpochMsSchema,
  exportedBy: ExportedBySchema,
});

/**
 * A whole sync file as read: the header's facts, and every creator the exporting device knows,
 * deleted ones included (as tombstones), sorted by key. `version` is the version read (1 or 2),
 * or `SYNC_VERSION` for a file made here; `exportedAt` the wall time of the export, epoch ms.
 * (Reading checks a file part by part, cheapest first, with these same schemas: parseSyncFileSteps.)
 */
export const SyncFileSchema = DocumentHeaderSchema.extend({
  format: z.literal(SYNC_FORMAT),
  version: z.number().int().positive(),
  entries: z.array(ReplicaSchema),
});
export type SyncFile = z.output<typeof SyncFileSchema>;

export type { SyncFileError, SyncFileErrorCode };

export type ParseSyncFileResult = { ok: true; file: SyncFile } | { ok: false; error: SyncFileError };

type Params = Record<string, string | number>;

function refuse(code: SyncFileErrorCode, params?: Params): { ok: false; error: SyncFileError } {
  return { ok: false, error: params ? { code, params } : { code } };
}

/** What a value got wrong, as the parameters of an `invalid` refusal. */
export interface SyncProblem {
  problem: SyncProblemCode;
  [value: string]: string | number;
}

function invalid(where: string, problem: SyncProblem): { ok: false; error: SyncFileError } {
  return refuse('invalid', { ...problem, where });
}

/** UTF-8 size of the text; the exact count is only needed near the limit. */
function byteLength(text: string, max: number): number {
  if (text.length * 3 <= max) return text.length;
  return new TextEncoder().encode(text).length;
}

function tooLarge(bytes: number, max = MAX_SYNC_UNPACKED_BYTES): { ok: false; error: SyncFileError } {
  return refuse('too-large', { bytes, max });
}

function tooMany(n: number, max = MAX_SYNC_ENTRIES): { ok: false; error: SyncFileError } {
  return refuse('too-many-entries', { n, max });
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

const PROBLEM_CODES = new Set<SyncProblemCode>([
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

function isProblemCode(value: unknown): value is SyncProblemCode {
  return typeof value === 'string' && PROBLEM_CODES.has(value as SyncProblemCode);
}

/** A schema issue as a problem code and its values, for any interface to word. */
function problemOf(issue: z.core.$ZodIssue): SyncProblem {
  const known = (issue as { params?: { problem?: unknown } }).params?.problem;
  if (isProblemCode(known)) return { problem: known };
  switch (issue.code) {
    case 'too_big':
      if (issue.origin === 'string') return { problem: 'tooLong', max: Number(issue.maximum) };
      if (issue.origin === 'array') return { problem: 'tooMany', max: Number(issue.maximum) };
      return { problem: 'tooBig', max: Number(issue.maximum) };
    case 'too_small':
      if (issue.origin === 'string' && Number(issue.minimum) <= 1) return { problem: 'empty' };
      return { problem: 'tooSmall', min: Number(issue.minimum) };
    case 'invalid_type':
      return { problem: 'type', expected: String(issue.expected) };
    case 'invalid_value':
    case 'invalid_union':
      return { problem: 'value' };
    default:
      return { problem: 'other', message: issue.message };
  }
}

interface FoundClock {
  key: string;
  where: string;
  hlc: HlcString;
}

/**
 * The first clock value (or report date) in these entries that is more than a day ahead of
 * `now`, as the `clock-ahead` refusal it causes; undefined when there is none.
 */
export function findClockTooFarAhead(entries: readonly Replica[], now: number): SyncFileError | undefined {
  const found = clockTooFarAhead(entries, now);
  if (!found) return undefined;
  return {
    code: 'clock-ahead',
    params: { key: found.key, where: found.where, date: clockDate(found.hlc) },
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
  /** Lower limits than the defaults (tests), never higher. */
  limits?: { maxBytes?: number; maxEntries?: number };
}

/** The limits in force: the defaults, or lower ones given in the options. */
export function limitsOf(options: ParseOptions): { maxBytes: number; maxEntries: number } {
  return {
    maxBytes: Math.min(MAX_SYNC_UNPACKED_BYTES, options.limits?.maxBytes ?? MAX_SYNC_UNPACKED_BYTES),
    maxEntries: Math.min(MAX_SYNC_ENTRIES, options.limits?.maxEntries ?? MAX_SYNC_ENTRIES),
  };
}

/** How far reading a file has got: `checking` counts entries validated. */
export interface ParseProgress {
  phase: 'reading' | 'checking';
  done: number;
  total: number;
}

/** Entries validated between two progress reports (and two chances to stop). */
const STEP = 500;

function invalidAt(
  issue: z.core.$ZodIssue | undefined,
  prefix: readonly PropertyKey[],
): { ok: false; error: SyncFileError } {
  const problem: SyncProblem = issue === undefined ? { problem: 'value' } : problemOf(issue);
  const where = pathText([...prefix, ...(issue?.path ?? [])]) || 'the top level';
  return invalid(where, problem);
}

/** One entry, packed (version 2) or plain (version 1, hand-written), checked against the schema. */
function checkEntry(
  raw: unknown,
  index: number,
): { ok: true; replica: Replica } | { ok: false; error: SyncFileError } {
  const unpacked = unpackEntry(raw);
  if (!unpacked.ok) {
    return invalid(pathText(['entries', index, ...unpacked.path]), {
      problem: 'type',
      expected: unpacked.expected,
    });
  }
  const entry = ReplicaSchema.safeParse(unpacked.value);
  if (!entry.success) return invalidAt(entry.error.issues[0], ['entries', index]);
  return { ok: true, replica: entry.data };
}

/** The first line of a file, when it is a version 2 header (the file is then JSON Lines). */
function headerOf(firstLine: string): unknown {
  try {
    const first = JSON.parse(firstLine);
    if (
      isRecord(first) &&
      first.format === SYNC_FORMAT &&
      first.version === SYNC_VERSION &&
      !('entries' in first)
    )
      return first;
  } catch {
    // Not a header line: the file is one JSON document (version 1, or written by hand).
  }
  return undefined;
}

type Header = { exportedAt: number; exportedBy: { deviceId: string; displayName: string }; version: number };

/**
 * The entries of a version 2 file, line by line, as they are read: each line is parsed and
 * checked against the schema when it is given, so a file can be checked while the rest of
 * it is still being unpacked. `startLines` makes one from the header line.
 */
export class SyncLineReader {
  readonly entries: Replica[] = [];
  /** The count of the last progress report (none twice for the same count). */
  private reported = 0;
  constructor(
    private readonly header: Header,
    /** The number of entries the header announces. */
    readonly count: number,
    private readonly maxEntries: number,
  ) {}

  /** One line after the header (`last`: the text after the file's last line break); a refusal stops the file. */
  add(text: string, last: boolean): { ok: false; error: SyncFileError } | undefined {
    const line = text.trim();
    if (line === '') return undefined;
    const index = this.entries.length;
    if (index >= this.maxEntries) return tooMany(index + 1, this.maxEntries);
    let raw: unknown;
    try {
      raw = JSON.parse(line);
    } catch {
      // A last line cut short is a file still being written or synced.
      if (last) return refuse('incomplete', { n: index, count: this.count });
      return invalid(`entries[${index}]`, { problem: 'json' });
    }
    const entry = checkEntry(raw, index);
    if (!entry.ok) return entry;
    this.entries.push(entry.replica);
    return undefined;
  }

  /** Progress after `add`: every few hundred entries, a report to show (and a chance to stop). */
  progress(): ParseProgress | undefined {
    const done = this.entries.length;
    if (done === 0 || done % STEP !== 0 || done === this.reported) return undefined;
    this.reported = done;
    return { phase: 'checking', done, total: Math.max(this.count, done) };
  }

  /** Once every line was given: the file, or why it is refused. */
  finish(now: number): ParseSyncFileResult {
    if (this.entries.length !== this.count) {
      return refuse('incomplete', { n: this.entries.length, count: this.count });
    }
    return finishFile(this.header, this.entries, now);
  }
}

/**
 * The reader of a version 2 file from its first line (without its line break); undefined
 * when that line is not a version 2 header (the file is then one JSON document).
 */
export function startLines(
  firstLine: string,
  options: ParseOptions = {},
): { ok: true; reader: SyncLineReader } | { ok: false; error: SyncFileError } | undefined {
  const header2 = headerOf(firstLine);
  if (header2 === undefined) return undefined;
  const { maxEntries } = limitsOf(options);
  const parsed = SyncHeaderSchema.safeParse(header2);
  if (!parsed.success) return invalidAt(parsed.error.issues[0], []);
  const { count } = parsed.data;
  if (count > maxEntries) return tooMany(count, maxEntries);
  return { ok: true, reader: new SyncLineReader(parsed.data, count, maxEntries) };
}

/** The checks made once every entry is read: duplicates, emptiness, clock values; entries sorted by key. */
function finishFile(header: Header, entries: Replica[], now: number): ParseSyncFileResult {
  const seen = new Set<string>();
  for (const entry of entries) {
    if (seen.has(entry.key)) return refuse('duplicate-entry', { key: entry.key });
    seen.add(entry.key);
  }
  if (entries.length === 0) return refuse('no-entries');
  const ahead = findClockTooFarAhead(entries, now);
  if (ahead) return { ok: false, error: ahead };
  entries.sort((a, b) => (a.key < b.key ? -1 : 1));
  return {
    ok: true,
    file: {
      format: SYNC_FORMAT,
      version: header.version,
      exportedAt: header.exportedAt,
      exportedBy: { deviceId: header.exportedBy.deviceId, displayName: header.exportedBy.displayName },
      entries,
    },
  };
}

/**
 * Reads a sync file, step by step: yields progress every few hundred entries, returns the
 * file or the reason it is refused. Any problem refuses the whole file, so an import either
 * applies every entry or none. Checks run cheapest first: size, JSON, format, version,
 * entry count, then the schema of every entry, duplicates, emptiness, and last the clock
 * values (none may be more than a day ahead of this device's time: SYNC-FORMAT.md).
 */
export function* parseSyncFileSteps(
  text: string,
  options: ParseOptions = {},
): Generator<ParseProgress, ParseSyncFileResult> {
  const now = options.now ?? Date.now();
  const { maxBytes, maxEntries } = limitsOf(options);
  const bytes = byteLength(text, maxBytes);
  if (bytes > maxBytes) return tooLarge(bytes, maxBytes);
  if (text.trim() === '') return refuse('empty-input');
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;

  const firstEnd = body.indexOf('\n');
  const lines = firstEnd < 0 ? undefined : startLines(body.slice(0, firstEnd), options);
  if (lines !== undefined) {
    // Version 2: a header line, then one entry per line.
    if (!lines.ok) return lines;
    const reader = lines.reader;
    let start = firstEnd + 1;
    while (start < body.length) {
      let end = body.indexOf('\n', start);
      const last = end < 0;
      if (last) end = body.length;
      const refused = reader.add(body.slice(start, end), last);
      if (refused) return refused;
      start = end + 1;
      const progress = reader.progress();
      if (progress) yield progress;
    }
    return reader.finish(now);
  }
  // One JSON document: version 1, or a file written by hand.
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    return refuse('not-json');
  }
  if (!isRecord(json) || json.format !== SYNC_FORMAT) {
    if (isRecord(json) && typeof json.format === 'string') {
      return refuse('wrong-format', { format: json.format.slice(0, 80) });
    }
    return refuse('wrong-format');
  }
  const version = json.version;
  if (typeof version === 'number' && Number.isInteger(version) && version > SYNC_VERSION) {
    return refuse('newer-version', { version, supported: SYNC_VERSION });
  }
  if (typeof version !== 'number' || !READABLE_SYNC_VERSIONS.includes(version)) {
    return refuse('unsupported-version', {
      version: String(JSON.stringify(version) ?? 'none').slice(0, 40),
    });
  }
  if (Array.isArray(json.entries) && json.entries.length > maxEntries)
    return tooMany(json.entries.length, maxEntries);
  const parsed = DocumentHeaderSchema.safeParse(json);
  if (!parsed.success) return invalidAt(parsed.error.issues[0], []);
  if (!Array.isArray(json.entries)) {
    return invalid('entries', { problem: 'type', expected: 'array' });
  }
  const header: Header = { ...parsed.data, version };
  const entries: Replica[] = [];
  const total = json.entries.length;
  for (let index = 0; index < total; index++) {
    const entry = checkEntry(json.entries[index], index);
    if (!entry.ok) return entry;
    entries.push(entry.replica);
    if ((index + 1) % STEP === 0) yield { phase: 'checking', done: index + 1, total };
  }
  return finishFile(header, entries, now);
}

/** Reads a sync file's text at once (`parseSyncFileSteps` without stopping). */
export function parseSyncFile(text: string, options: ParseOptions = {}): ParseSyncFileResult {
  const steps = parseSyncFileSteps(text, options);
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}

/** A refusal for callers that find the problem before the text (the container's reader). */
export function refusal(
  code: 'too-large' | 'not-utf8' | 'empty-input' | 'incomplete',
  bytes = 0,
  max = MAX_SYNC_UNPACKED_BYTES,
): { ok: false; error: SyncFileError } {
  if (code === 'too-large') return tooLarge(bytes, max);
  // Without counts: a compressed file cut short (the text says so).
  if (code === 'incomplete') return refuse('incomplete');
  return refuse(code);
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
    throw new AppFailure(
      { code: 'too-many-to-export', params: { n: entries.length, max: MAX_SYNC_ENTRIES } },
      { message: `A sync file can hold at most ${MAX_SYNC_ENTRIES} creators (got ${entries.length}).` },
    );
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

/** The file as one compact JSON document (the version 1 shape; the `version` is the file's). */
export function serializeSyncFile(file: SyncFile): string {
  return JSON.stringify(file);
}

/** The first line of a version 2 file. */
export function syncHeaderLine(input: {
  exportedAt: number;
  deviceId: string;
  displayName: string;
  count: number;
}): string {
  return JSON.stringify({
    format: SYNC_FORMAT,
    version: SYNC_VERSION,
    exportedAt: input.exportedAt,
    exportedBy: { deviceId: NodeIdSchema.parse(input.deviceId), displayName: input.displayName },
    count: input.count,
  });
}

/** The file as version 2 text: the header line, then one entry per line (before compression). */
export function serializeSyncLines(file: SyncFile): string {
  const header = syncHeaderLine({
    exportedAt: file.exportedAt,
    deviceId: file.exportedBy.deviceId,
    displayName: file.exportedBy.displayName,
    count: file.entries.length,
  });
  return `${header}\n${file.entries.map(packReplicaText).join('\n')}\n`;
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

/** A name reduced to safe file-name characters. */
function fileNamePart(displayName: string, fallback = 'device'): string {
  return (
    displayName
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 40) || fallback
  );
}

/** The extension of a version 2 file: JSON Lines, gzip-compressed. */
export const SYNC_FILE_EXTENSION = '.jsonl.gz';

/** `microscope-sync-<name>-<YYYY-MM-DD>.jsonl.gz`. */
export function syncFileName(exportedAt: number, displayName: string): string {
  return `microscope-sync-${fileNamePart(displayName)}-${isoTime(exportedAt).slice(0, 10) || 'undated'}${SYNC_FILE_EXTENSION}`;
}
