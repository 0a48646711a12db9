import { decodeHlc, type HlcString } from './clock';
import { isDeleted } from './replica';
import {
  historyKey,
  laterNote,
  laterRegister,
  laterReport,
  laterTag,
  mergeSortedUnique,
  noteKey,
  tagKey,
} from './replica-order';
import {
  FIELD_NAMES,
  type FieldName,
  type Fields,
  type NoteRegister,
  type Register,
  type Replica,
  type TagRegister,
} from './replica-schema';

/**
 * Merging is pure and order-free: for any replicas, `mergeReplicas(a, b)` equals
 * `mergeReplicas(b, a)`, grouping does not matter, and merging a replica with itself returns
 * it unchanged (see tests/unit/exchange/merge.property.test.ts).
 */

/** Both sides of one creator, merged. Throws when the keys differ (a programming error). */
export function mergeReplicas(a: Replica, b: Replica): Replica {
  if (a === b) return a;
  if (a.key !== b.key) throw new Error(`Cannot merge two different creators: ${a.key} and ${b.key}`);
  const fields = mergeFields(a.fields, b.fields);
  const notes = mergeSortedUnique(a.notes, b.notes, noteKey, laterNote);
  const tags = mergeSortedUnique(a.tags, b.tags, tagKey, laterTag);
  const history = mergeSortedUnique(a.history, b.history, historyKey, laterReport);
  const tombstone = laterTombstone(a.tombstone, b.tombstone);
  if (
    fields === a.fields &&
    notes === a.notes &&
    tags === a.tags &&
    history === a.history &&
    tombstone === a.tombstone
  ) {
    return a;
  }
  return { key: a.key, fields, notes, tags, history, tombstone };
}

function laterTombstone(a: HlcString | null, b: HlcString | null): HlcString | null {
  if (a === null) return b;
  if (b === null) return a;
  return b > a ? b : a;
}

function mergeFields(a: Fields, b: Fields): Fields {
  let out: Record<string, Register<unknown>> | undefined;
  for (const field of FIELD_NAMES) {
    const y = b[field] as Register<unknown> | undefined;
    if (y === undefined) continue;
    const x = a[field] as Register<unknown> | undefined;
    const chosen = x === undefined ? y : laterRegister(x, y);
    if (chosen === x) continue;
    out ??= { ...(a as Record<string, Register<unknown>>) };
    out[field] = chosen;
  }
  return (out as Fields | undefined) ?? a;
}

/** A whole shortlist: an array of replicas (one per key) or a map by key. */
export type ReplicaSet = readonly Replica[] | ReadonlyMap<string, Replica>;

function toMap(set: ReplicaSet): Map<string, Replica> {
  const map = new Map<string, Replica>();
  const items = set instanceof Map ? set.values() : (set as readonly Replica[]);
  for (const replica of items) {
    const seen = map.get(replica.key);
    map.set(replica.key, seen === undefined ? replica : mergeReplicas(seen, replica));
  }
  return map;
}

/** Two shortlists merged creator by creator; sorted by key. Deleted entries stay, as tombstones. */
export function mergeShortlists(a: ReplicaSet, b: ReplicaSet): Replica[] {
  const merged = toMap(a);
  const items = b instanceof Map ? b.values() : (b as readonly Replica[]);
  for (const replica of items) {
    const seen = merged.get(replica.key);
    merged.set(replica.key, seen === undefined ? replica : mergeReplicas(seen, replica));
  }
  return [...merged.keys()].sort().map((key) => merged.get(key) as Replica);
}

// ——— import preview ———

export type Side = 'local' | 'incoming';

export interface MergeConflict {
  /** A scalar field, or `notes` (with the author in `item`) or `tags` (with the tag in `item`). */
  field: FieldName | 'notes' | 'tags';
  item?: string;
  local: unknown;
  incoming: unknown;
  winner: Side;
  /** Why the winner won (absent when the preview was asked not to explain). */
  why?: ConflictReason;
}

/**
 * Why one side of a conflict won, as data a screen can word: its edit is `later`; both are of
 * the same millisecond and its logical `counter` is later; both carry the same time and its
 * `device` id sorts later; or both clocks are identical (only in a forged or corrupted file)
 * and its `value` is the larger (SYNC-FORMAT.md, Merging).
 */
export interface ConflictReason {
  rule: 'later' | 'counter' | 'device' | 'value';
  winnerHlc: HlcString;
  loserHlc: HlcString;
}

export interface MergeUpdate {
  key: string;
  /** What the user will see change: scalar field names, `notes`, `tags`, `history`. */
  fields: string[];
  /** Values both sides hold and disagree on, with the side that wins. */
  conflicts: MergeConflict[];
}

export interface MergePreview {
  /** Creators that will appear: new ones, or deleted here and brought back by a later edit there. */
  added: string[];
  updated: MergeUpdate[];
  /** Creators that will disappear: the file deletes them later than the last edit here. */
  removed: string[];
  /** Creators whose visible state stays the same (including entries deleted on both sides). */
  unchanged: number;
}

function why(winnerHlc: HlcString, loserHlc: HlcString): ConflictReason {
  const rule = (): ConflictReason['rule'] => {
    if (winnerHlc === loserHlc) return 'value';
    const w = decodeHlc(winnerHlc);
    const l = decodeHlc(loserHlc);
    if (w === undefined || l === undefined || w.wallMs !== l.wallMs) return 'later';
    return w.counter !== l.counter ? 'counter' : 'device';
  };
  return { rule: rule(), winnerHlc, loserHlc };
}

function conflict(
  field: MergeConflict['field'],
  item: string | undefined,
  local: { value: unknown; hlc: HlcString },
  incoming: { value: unknown; hlc: HlcString },
  chosen: unknown,
  localItem: unknown,
  explain: boolean,
): MergeConflict {
  const winner: Side = chosen === localItem ? 'local' : 'incoming';
  const [winnerHlc, loserHlc] = winner === 'local' ? [local.hlc, incoming.hlc] : [incoming.hlc, local.hlc];
  const out: MergeConflict = {
    field,
    local: local.value,
    incoming: incoming.value,
    winner,
  };
  if (explain) out.why = why(winnerHlc, loserHlc);
  if (item !== undefined) out.item = item;
  return out;
}

function conflictsOf(local: Replica, incoming: Replica, explain: boolean): MergeConflict[] {
  const out: MergeConflict[] = [];
  for (const field of FIELD_NAMES) {
    const x = local.fields[field] as Register<unknown> | undefined;
    const y = incoming.fields[field] as Register<unknown> | undefined;
    if (x === undefined || y === undefined || x.value === y.value) continue;
    out.push(conflict(field, undefined, x, y, laterRegister(x, y), x, explain));
  }
  // Maps made only when both sides have notes (or tags): this runs for every creator of a file,
  // and most have none.
  if (local.notes.length > 0 && incoming.notes.length > 0) {
    const theirNotes = new Map(incoming.notes.map((note) => [note.author, note]));
    for (const x of local.notes) {
      const y = theirNotes.get(x.author);
      if (y === undefined || (y.text === x.text && y.authorName === x.authorName)) continue;
      const value = (note: NoteRegister) => ({ value: note.text, hlc: note.hlc });
      out.push(conflict('notes', x.author, value(x), value(y), laterNote(x, y), x, explain));
    }
  }
  if (local.tags.length > 0 && incoming.tags.length > 0) {
    const theirTags = new Map(incoming.tags.map((tag) => [tag.tag, tag]));
    for (const x of local.tags) {
      const y = theirTags.get(x.tag);
      if (y === undefined || y.present === x.present) continue;
      const value = (tag: TagRegister) => ({ value: tag.present, hlc: tag.hlc });
      out.push(conflict('tags', x.tag, value(x), value(y), laterTag(x, y), x, explain));
    }
  }
  return out;
}

/** A field as the view shows it: cleared and never-set are both absent; status and handle have defaults. */
function visible(replica: Replica, field: FieldName): unknown {
  const value = replica.fields[field]?.value ?? null;
  if (value !== null) return value;
  if (field === 'status') return 'candidate';
  if (field === 'handle') return replica.key.slice(replica.key.indexOf(':') + 1);
  return null;
}

function sameItems<T>(a: readonly T[], b: readonly T[], same: (x: T, y: T) => boolean): boolean {
  return a.length === b.length && a.every((x, i) => same(x, b[i] as T));
}

/**
 * What the user will see change between two states of one creator. Relies on the merge
 * returning the very same arrays and registers for the parts it did not change.
 */
function changedParts(before: Replica, after: Replica): string[] {
  const parts: string[] = FIELD_NAMES.filter(
    (field) =>
      before.fields[field] !== after.fields[field] && visible(before, field) !== visible(after, field),
  );
  if (before.notes !== after.notes) {
    const shown = (r: Replica) => r.notes.filter((note) => note.text !== '');
    const same = (x: NoteRegister, y: NoteRegister) =>
      x.author === y.author && x.text === y.text && x.authorName === y.authorName;
    if (!sameItems(shown(before), shown(after), same)) parts.push('notes');
  }
  if (before.tags !== after.tags) {
    const shown = (r: Replica) => r.tags.filter((tag) => tag.present).map((tag) => tag.tag);
    if (!sameItems(shown(before), shown(after), (x, y) => x === y)) parts.push('tags');
  }
  if (!sameItems(before.history, after.history, (x, y) => x === y)) parts.push('history');
  return parts;
}

/**
 * What importing `incoming` into `local` would do, for the preview the user confirms before
 * anything is written. Pure: neither side is modified.
 */
export function previewMerge(
  local: ReplicaSet,
  incoming: ReplicaSet,
  /** Merges already worked out (key → `mergeReplicas(local, incoming)`), reused as they are. */
  merged?: ReadonlyMap<string, Replica>,
  /** With `explain: false`, conflicts say who wins but not why (no `why`): faster for thousands. */
  options: { explain?: boolean } = {},
): MergePreview {
  const explain = options.explain ?? true;
  const mine = toMap(local);
  const theirs = toMap(incoming);
  const preview: MergePreview = { added: [], updated: [], removed: [], unchanged: 0 };
  const keys = new Set([...mine.keys(), ...theirs.keys()]);
  for (const key of [...keys].sort()) {
    const x = mine.get(key);
    const y = theirs.get(key);
    if (y === undefined) {
      preview.unchanged++;
      continue;
    }
    if (x === undefined) {
      if (isDeleted(y)) preview.unchanged++;
      else preview.added.push(key);
      continue;
    }
    const next = merged?.get(key) ?? mergeReplicas(x, y);
    const wasVisible = !isDeleted(x);
    const isVisible = !isDeleted(next);
    if (!wasVisible && isVisible) preview.added.push(key);
    else if (wasVisible && !isVisible) preview.removed.push(key);
    else if (!wasVisible || next === x) preview.unchanged++;
    else {
      const fields = changedParts(x, next);
      if (fields.length === 0) preview.unchanged++;
      else preview.updated.push({ key, fields, conflicts: conflictsOf(x, y, explain) });
    }
  }
  return preview;
}
