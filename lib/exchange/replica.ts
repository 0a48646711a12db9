import { z } from 'zod';
import {
  bounded,
  EDITABLE_FIELD_SCHEMAS,
  EpochMsSchema,
  type Platform,
  PlatformSchema,
  type ScoreReport,
  ScoreReportSchema,
  type ShortlistEntryV1,
  SiteUrlSchema,
  TEXT_LIMITS,
  TierSchema,
  VerdictSchema,
} from '../model';
import { AppFailure } from '../result';
import { encodeHlc, type Hlc, type HlcString, HlcStringSchema, NODE_ID_PATTERN, NodeIdSchema } from './clock';

/**
 * A shortlisted creator as a replicated document that any number of devices can edit
 * offline and merge in any order, any number of times, with the same result (a state-based
 * CRDT). Every part carries the hybrid-logical-clock time of the edit that set it:
 *
 * - scalar fields: last-writer-wins registers `{ value, hlc }`; `null` means "cleared";
 * - notes: one last-writer-wins register per author, so nobody overwrites another's note;
 * - tags: one register per tag saying present or removed (a last-writer-wins element set:
 *   the later of add and remove wins, an exact tie keeps the tag);
 * - deletion: a tombstone `hlc` that hides the entry only while it is later than every
 *   field, note and tag edit; an edit made after it brings the entry back with all its data;
 * - score history: a union of reports, one per `scoredAt` + `campaignId`.
 *
 * Arrays (notes, tags, history) are kept sorted and unique so that equal states are
 * deep-equal, and so that no author id or tag can collide with an object's own keys.
 */

/**
 * Every scalar field that syncs, with the values it accepts: text of bounded length, times
 * a `Date` can hold, profile addresses on the two sites only (lib/model/bounds.ts).
 */
export const REPLICATED_FIELD_SCHEMAS = {
  handle: bounded(TEXT_LIMITS.handle).min(1),
  displayName: bounded(TEXT_LIMITS.name).nullable(),
  url: SiteUrlSchema.nullable(),
  followers: z.number().int().nonnegative().max(1e12).nullable(),
  tier: TierSchema.nullable(),
  erMean: z.number().nullable(),
  erMedian: z.number().nullable(),
  verdict: VerdictSchema,
  addedAt: EpochMsSchema,
  // The fields a user edits, from their table (lib/model/editable-fields.ts), last: the order
  // of the fields is the order of a packed entry's registers.
  ...EDITABLE_FIELD_SCHEMAS,
} as const;

type FieldSchemas = typeof REPLICATED_FIELD_SCHEMAS;
export type FieldName = keyof FieldSchemas;
export type FieldValue<F extends FieldName> = z.infer<FieldSchemas[F]>;
export const FIELD_NAMES = Object.keys(REPLICATED_FIELD_SCHEMAS) as FieldName[];

export interface Register<T> {
  readonly value: T;
  readonly hlc: HlcString;
}
export type Fields = { readonly [F in FieldName]?: Register<FieldValue<F>> };

export interface NoteRegister {
  /** Who wrote the note (their device id); one note per author. */
  readonly author: string;
  readonly authorName: string;
  /** `''` once the author cleared their note. */
  readonly text: string;
  readonly hlc: HlcString;
}

export interface TagRegister {
  readonly tag: string;
  readonly present: boolean;
  readonly hlc: HlcString;
}

export interface Replica {
  /** `platform:handle`, handle lower-cased, as `shortlistId` builds it. */
  readonly key: string;
  readonly fields: Fields;
  /** Sorted by author, one per author. */
  readonly notes: readonly NoteRegister[];
  /** Sorted by tag, one per tag. */
  readonly tags: readonly TagRegister[];
  /** Sorted by `historyKey`, one per key. */
  readonly history: readonly ScoreReport[];
  readonly tombstone: HlcString | null;
}

/** The plain entry a replica stands for, as the UI and CSV see it. */
export interface ShortlistView {
  id: string;
  platform: Platform;
  handle: string;
  displayName?: string;
  url?: string;
  followers?: number;
  tier?: NonNullable<FieldValue<'tier'>>;
  erMean?: number;
  erMedian?: number;
  verdict?: FieldValue<'verdict'>;
  addedAt?: number;
  status: FieldValue<'status'>;
  assignee?: string;
  quotedPrice?: number;
  currency?: NonNullable<FieldValue<'currency'>>;
  deliverables?: string;
  dueDate?: string;
  publishDate?: string;
  contentRights?: boolean;
  auditFakeShare?: number;
  /** Non-empty notes, by author id. */
  notes: { author: string; authorName: string; text: string }[];
  /** Present tags, sorted. */
  tags: string[];
  /** Every score report, oldest first. */
  history: ScoreReport[];
  /** The latest report. */
  report?: ScoreReport;
  /** Wall time of the latest edit of any kind, deletion included; 0 when there is none. */
  updatedAt: number;
  deleted: boolean;
}

// ——— keys, tags ———

const KEY_PATTERN = /^(instagram|tiktok):(\S+)$/;

export function isReplicaKey(key: string): boolean {
  return KEY_PATTERN.test(key) && key === key.toLowerCase();
}

export function platformOfKey(key: string): Platform {
  const platform = KEY_PATTERN.exec(key)?.[1];
  return PlatformSchema.parse(platform);
}

function handleOfKey(key: string): string {
  return KEY_PATTERN.exec(key)?.[2] ?? key;
}

/** Tags compare after Unicode NFC, trimming and collapsing inner white space; case is kept. */
export function normalizeTag(tag: string): string {
  return tag.normalize('NFC').trim().replace(/\s+/g, ' ');
}

/** The identity of a report in the history: two reports with the same key are the same scoring. */
export function historyKey(report: Pick<ScoreReport, 'scoredAt' | 'campaignId'>): string {
  return `${String(report.scoredAt).padStart(16, '0')}|${report.campaignId}`;
}

// ——— deterministic choice between two versions of one item ———

function compareStrings(a: string, b: string): number {
  if (a === b) return 0;
  return a < b ? -1 : 1;
}

/** JSON with sorted object keys, so two equal values always give the same text. */
export function stableStringify(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'undefined';
  if (Array.isArray(value)) return `[${value.map(stableStringify).join(',')}]`;
  const record = value as Record<string, unknown>;
  const keys = Object.keys(record)
    .filter((k) => record[k] !== undefined)
    .sort();
  return `{${keys.map((k) => `${JSON.stringify(k)}:${stableStringify(record[k])}`).join(',')}}`;
}

/** The later register; on an identical clock (only a forged or corrupted file), the larger value. */
export function laterRegister<T>(a: Register<T>, b: Register<T>): Register<T> {
  if (a.hlc !== b.hlc) return a.hlc > b.hlc ? a : b;
  if (a.value === b.value) return a;
  return compareStrings(stableStringify(a.value), stableStringify(b.value)) >= 0 ? a : b;
}

export function laterNote(a: NoteRegister, b: NoteRegister): NoteRegister {
  if (a.hlc !== b.hlc) return a.hlc > b.hlc ? a : b;
  if (a.text === b.text && a.authorName === b.authorName) return a;
  return compareStrings(stableStringify([a.text, a.authorName]), stableStringify([b.text, b.authorName])) >= 0
    ? a
    : b;
}

/** On an exact tie, add wins (a tie only happens with a forged or corrupted file). */
export function laterTag(a: TagRegister, b: TagRegister): TagRegister {
  if (a.hlc !== b.hlc) return a.hlc > b.hlc ? a : b;
  if (a.present === b.present) return a;
  return a.present ? a : b;
}

/** Two reports of the same scoring: normally identical; otherwise the larger canonical JSON. */
export function laterReport(a: ScoreReport, b: ScoreReport): ScoreReport {
  if (a === b) return a;
  // Fast path: copies of one report, as after a round trip through a file, print the same.
  if (JSON.stringify(a) === JSON.stringify(b)) return a;
  const ja = stableStringify(a);
  const jb = stableStringify(b);
  return compareStrings(ja, jb) >= 0 ? a : b;
}

/**
 * Merges two arrays sorted and unique by `keyOf`, choosing with `pick` where both hold
 * the same key. Returns `a` itself when nothing from `b` changes it.
 */
export function mergeSortedUnique<T>(
  a: readonly T[],
  b: readonly T[],
  keyOf: (item: T) => string,
  pick: (x: T, y: T) => T,
): readonly T[] {
  if (b.length === 0 || a === b) return a;
  if (a.length === 0) return b;
  const out: T[] = [];
  let changed = false;
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const x = a[i] as T;
    const y = b[j] as T;
    const kx = keyOf(x);
    const ky = keyOf(y);
    if (kx === ky) {
      const chosen = pick(x, y);
      if (chosen !== x) changed = true;
      out.push(chosen);
      i++;
      j++;
    } else if (kx < ky) {
      out.push(x);
      i++;
    } else {
      out.push(y);
      changed = true;
      j++;
    }
  }
  while (i < a.length) out.push(a[i++] as T);
  while (j < b.length) {
    out.push(b[j++] as T);
    changed = true;
  }
  return changed ? out : a;
}

/** Sorts by key and keeps one item per key (the `pick` winner): the canonical form of a parsed array. */
function canonicalArray<T>(items: readonly T[], keyOf: (item: T) => string, pick: (x: T, y: T) => T): T[] {
  // Already sorted and unique (what Microscope writes): kept as it is, without a map.
  let sorted = true;
  for (let i = 1; i < items.length && sorted; i++)
    sorted = compareStrings(keyOf(items[i - 1] as T), keyOf(items[i] as T)) < 0;
  if (sorted) return [...items];
  const byKey = new Map<string, T>();
  for (const item of items) {
    const key = keyOf(item);
    const seen = byKey.get(key);
    byKey.set(key, seen === undefined ? item : pick(seen, item));
  }
  return [...byKey.keys()].sort(compareStrings).map((key) => byKey.get(key) as T);
}

export const noteKey = (note: NoteRegister): string => note.author;
export const tagKey = (tag: TagRegister): string => tag.tag;

// ——— creating and editing ———

export function emptyReplica(key: string): Replica {
  if (!isReplicaKey(key))
    throw new Error(`Not a shortlist key (platform:handle, lower case): ${JSON.stringify(key)}`);
  return { key, fields: {}, notes: [], tags: [], history: [], tombstone: null };
}

/** Sets a field as of `hlc`; an edit older than the field's current one changes nothing (last writer wins). */
export function applyLocalEdit<F extends FieldName>(
  replica: Replica,
  field: F,
  value: FieldValue<F>,
  hlc: Hlc,
): Replica {
  const parsed = REPLICATED_FIELD_SCHEMAS[field].safeParse(value);
  if (!parsed.success) {
    const detail = parsed.error.issues[0]?.message ?? 'rejected';
    throw new AppFailure(
      { code: 'invalid-value', params: { field }, detail },
      { message: `Invalid value for ${field}: ${detail}` },
    );
  }
  if (field === 'handle' && String(value).toLowerCase() !== handleOfKey(replica.key)) {
    throw new Error(`The handle ${JSON.stringify(value)} does not belong to ${replica.key}`);
  }
  const incoming: Register<FieldValue<F>> = { value, hlc: encodeHlc(hlc) };
  const current = replica.fields[field] as Register<FieldValue<F>> | undefined;
  const next = current === undefined ? incoming : laterRegister(current, incoming);
  if (next === current) return replica;
  return { ...replica, fields: { ...replica.fields, [field]: next } };
}

/** Sets (or, with `''`, clears) this author's note; other authors' notes are untouched. */
export function setNote(
  replica: Replica,
  author: string,
  text: string,
  hlc: Hlc,
  authorName = author,
): Replica {
  if (!NODE_ID_PATTERN.test(author))
    throw new Error(`Not a device id: ${JSON.stringify(author.slice(0, 80))}`);
  if (text.length > TEXT_LIMITS.note)
    throw new AppFailure(
      { code: 'note-too-long', params: { max: TEXT_LIMITS.note } },
      { message: `A note can hold at most ${TEXT_LIMITS.note} characters.` },
    );
  if (authorName.length > TEXT_LIMITS.name) authorName = authorName.slice(0, TEXT_LIMITS.name);
  const notes = mergeSortedUnique(
    replica.notes,
    [{ author, authorName, text, hlc: encodeHlc(hlc) }],
    noteKey,
    laterNote,
  );
  return notes === replica.notes ? replica : { ...replica, notes };
}

function setTag(replica: Replica, tag: string, present: boolean, hlc: Hlc): Replica {
  const name = normalizeTag(tag);
  if (name === '') throw new AppFailure({ code: 'tag-empty' }, { message: 'A tag cannot be empty' });
  if (name.length > TEXT_LIMITS.tag)
    throw new AppFailure(
      { code: 'tag-too-long', params: { max: TEXT_LIMITS.tag } },
      { message: `A tag can hold at most ${TEXT_LIMITS.tag} characters.` },
    );
  const tags = mergeSortedUnique(
    replica.tags,
    [{ tag: name, present, hlc: encodeHlc(hlc) }],
    tagKey,
    laterTag,
  );
  return tags === replica.tags ? replica : { ...replica, tags };
}

export function addTag(replica: Replica, tag: string, hlc: Hlc): Replica {
  return setTag(replica, tag, true, hlc);
}

export function removeTag(replica: Replica, tag: string, hlc: Hlc): Replica {
  return setTag(replica, tag, false, hlc);
}

/** Deletes the entry as of `hlc`: it stays deleted until someone edits it later than that. */
export function tombstone(replica: Replica, hlc: Hlc): Replica {
  const at = encodeHlc(hlc);
  if (replica.tombstone !== null && replica.tombstone >= at) return replica;
  return { ...replica, tombstone: at };
}

/** Adds a report to the history (no-op when that scoring is already there). */
export function addReport(replica: Replica, report: ScoreReport): Replica {
  const history = mergeSortedUnique(replica.history, [report], historyKey, laterReport);
  return history === replica.history ? replica : { ...replica, history };
}

/**
 * Records a (re-)scoring: the report joins the history and the score fields take its values,
 * as one edit at `hlc`.
 */
export function applyReport(replica: Replica, report: ScoreReport, hlc: Hlc): Replica {
  let next = addReport(replica, report);
  next = applyLocalEdit(next, 'handle', report.handle, hlc);
  next = applyLocalEdit(next, 'displayName', report.displayName ?? null, hlc);
  next = applyLocalEdit(next, 'url', report.url, hlc);
  next = applyLocalEdit(next, 'followers', report.followers ?? null, hlc);
  next = applyLocalEdit(next, 'tier', report.tier ?? null, hlc);
  next = applyLocalEdit(next, 'erMean', report.engagement.erMean ?? null, hlc);
  next = applyLocalEdit(next, 'erMedian', report.engagement.erMedian ?? null, hlc);
  return applyLocalEdit(next, 'verdict', report.verdict, hlc);
}

/**
 * The replica of a shortlist row written before sync existed: every field as one edit at
 * `hlc`, the row's note attributed to `author`.
 */
export function replicaFromEntry(
  entry: ShortlistEntryV1,
  hlc: Hlc,
  author: string,
  authorName = author,
): Replica {
  // The row's own values, not its report's: one clock value per field, so no ties to break.
  let replica = addReport(emptyReplica(entry.id), entry.report);
  replica = applyLocalEdit(replica, 'handle', entry.handle, hlc);
  replica = applyLocalEdit(replica, 'displayName', entry.displayName ?? null, hlc);
  replica = applyLocalEdit(replica, 'url', entry.url, hlc);
  replica = applyLocalEdit(replica, 'followers', entry.followers ?? null, hlc);
  replica = applyLocalEdit(replica, 'tier', entry.tier ?? null, hlc);
  replica = applyLocalEdit(replica, 'erMean', entry.erMean ?? null, hlc);
  replica = applyLocalEdit(replica, 'erMedian', entry.erMedian ?? null, hlc);
  replica = applyLocalEdit(replica, 'verdict', entry.verdict, hlc);
  replica = applyLocalEdit(replica, 'addedAt', entry.addedAt, hlc);
  replica = applyLocalEdit(replica, 'status', entry.status, hlc);
  if (entry.notes !== '') replica = setNote(replica, author, entry.notes, hlc, authorName);
  for (const tag of entry.tags) if (normalizeTag(tag) !== '') replica = addTag(replica, tag, hlc);
  return replica;
}

// ——— reading ———

/** The latest field, note or tag edit (the tombstone and the history are not edits). */
export function latestEditHlc(replica: Replica): HlcString | null {
  let latest: HlcString | null = null;
  for (const field of FIELD_NAMES) {
    const hlc = replica.fields[field]?.hlc;
    if (hlc !== undefined && (latest === null || hlc > latest)) latest = hlc;
  }
  for (const note of replica.notes) if (latest === null || note.hlc > latest) latest = note.hlc;
  for (const tag of replica.tags) if (latest === null || tag.hlc > latest) latest = tag.hlc;
  return latest;
}

/** The latest clock value anywhere in the replica, tombstone included (feed it to `receive`). */
export function latestHlc(replica: Replica): HlcString | null {
  const edit = latestEditHlc(replica);
  if (replica.tombstone === null) return edit;
  if (edit === null) return replica.tombstone;
  // Strings compare in HLC order (Math.max would not apply).
  if (edit > replica.tombstone) return edit;
  return replica.tombstone;
}

/** Deleted while the tombstone is later than every edit. */
export function isDeleted(replica: Replica): boolean {
  if (replica.tombstone === null) return false;
  const edit = latestEditHlc(replica);
  return edit === null || replica.tombstone > edit;
}

function wallMsOf(hlc: HlcString | null): number {
  return hlc === null ? 0 : Number(hlc.slice(0, 15));
}

export function materialize(replica: Replica): ShortlistView {
  const f = replica.fields;
  const view: ShortlistView = {
    id: replica.key,
    platform: platformOfKey(replica.key),
    handle: f.handle?.value ?? handleOfKey(replica.key),
    status: f.status?.value ?? 'candidate',
    notes: replica.notes
      .filter((note) => note.text !== '')
      .map((note) => ({ author: note.author, authorName: note.authorName, text: note.text })),
    tags: replica.tags.filter((tag) => tag.present).map((tag) => tag.tag),
    history: [...replica.history],
    updatedAt: wallMsOf(latestHlc(replica)),
    deleted: isDeleted(replica),
  };
  const report = replica.history[replica.history.length - 1];
  if (report !== undefined) view.report = report;
  // Only set fields go on the view: a cleared (`null`) or never-set field is absent.
  const optional = view as unknown as Record<string, unknown>;
  for (const field of FIELD_NAMES) {
    if (field === 'handle' || field === 'status') continue;
    const value = f[field]?.value;
    if (value !== undefined && value !== null) optional[field] = value;
  }
  return view;
}

// ——— validation (used when reading a sync file) ———

const register = <T extends z.ZodType>(value: T) => z.object({ value, hlc: HlcStringSchema }).optional();
const S = REPLICATED_FIELD_SCHEMAS;

const FieldsSchema = z.object({
  handle: register(S.handle),
  displayName: register(S.displayName),
  url: register(S.url),
  followers: register(S.followers),
  tier: register(S.tier),
  erMean: register(S.erMean),
  erMedian: register(S.erMedian),
  verdict: register(S.verdict),
  addedAt: register(S.addedAt),
  status: register(S.status),
  assignee: register(S.assignee),
  quotedPrice: register(S.quotedPrice),
  currency: register(S.currency),
  deliverables: register(S.deliverables),
  dueDate: register(S.dueDate),
  publishDate: register(S.publishDate),
  contentRights: register(S.contentRights),
  auditFakeShare: register(S.auditFakeShare),
} satisfies Record<FieldName, z.ZodType>);

const NoteRegisterSchema = z.object({
  author: NodeIdSchema,
  authorName: bounded(TEXT_LIMITS.name),
  text: bounded(TEXT_LIMITS.note),
  hlc: HlcStringSchema,
});

const TagRegisterSchema = z.object({
  tag: bounded(TEXT_LIMITS.tag)
    .transform(normalizeTag)
    .refine((tag) => tag !== '', { message: 'a tag cannot be empty', params: { problem: 'tag' } }),
  present: z.boolean(),
  hlc: HlcStringSchema,
});

/** Most notes (one per author), tags and score reports one creator may carry in a file. */
export const REPLICA_LIST_LIMIT = 1_000;

/** A replica as stored in a sync file; parsing puts its arrays in canonical (sorted, unique) form. */
export const ReplicaSchema = z
  .object({
    key: bounded(TEXT_LIMITS.handle + 10).refine(isReplicaKey, {
      message: 'a key looks like instagram:handle or tiktok:handle, in lower case',
      params: { problem: 'key' },
    }),
    fields: FieldsSchema,
    notes: z.array(NoteRegisterSchema).max(REPLICA_LIST_LIMIT),
    tags: z.array(TagRegisterSchema).max(REPLICA_LIST_LIMIT),
    history: z.array(ScoreReportSchema).max(REPLICA_LIST_LIMIT),
    tombstone: HlcStringSchema.nullable(),
  })
  .refine(
    (replica) =>
      replica.fields.handle === undefined ||
      replica.fields.handle.value.toLowerCase() === handleOfKey(replica.key),
    {
      message: 'the handle does not match the key',
      path: ['fields', 'handle'],
      params: { problem: 'handle' },
    },
  )
  .refine(
    (replica) =>
      replica.history.every((report) => `${report.platform}:${report.handle.toLowerCase()}` === replica.key),
    {
      message: 'a score report is about another creator',
      path: ['history'],
      params: { problem: 'otherCreator' },
    },
  )
  .transform(
    (replica): Replica => ({
      key: replica.key,
      fields: stripUndefined(replica.fields) as Fields,
      notes: canonicalArray(replica.notes, noteKey, laterNote),
      tags: canonicalArray(replica.tags, tagKey, laterTag),
      history: canonicalArray(replica.history, historyKey, laterReport),
      tombstone: replica.tombstone,
    }),
  );

function stripUndefined(record: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(record)) if (value !== undefined) out[key] = value;
  return out;
}
