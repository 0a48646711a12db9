import { type ScoreReport, type ShortlistEntryV1, TEXT_LIMITS } from '../model';
import { AppFailure } from '../result';
import { encodeHlc, type Hlc, type HlcString, NODE_ID_PATTERN } from './clock';
import {
  handleOfKey,
  historyKey,
  isReplicaKey,
  laterNote,
  laterRegister,
  laterReport,
  laterTag,
  mergeSortedUnique,
  normalizeTag,
  noteKey,
  tagKey,
} from './replica-order';
import {
  FIELD_NAMES,
  type FieldName,
  type FieldValue,
  REPLICATED_FIELD_SCHEMAS,
  type Register,
  type Replica,
} from './replica-schema';

/** What one can do with a replicated creator (its schema and types: replica-schema.ts). */

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
function latestEditHlc(replica: Replica): HlcString | null {
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
