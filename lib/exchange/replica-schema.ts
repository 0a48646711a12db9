import { z } from 'zod';
import {
  bounded,
  EDITABLE_FIELD_SCHEMAS,
  EpochMsSchema,
  type ScoreReport,
  ScoreReportSchema,
  SiteUrlSchema,
  TEXT_LIMITS,
  TierSchema,
  VerdictSchema,
} from '../model';
import { type HlcString, HlcStringSchema, NodeIdSchema } from './clock';
import {
  canonicalArray,
  handleOfKey,
  historyKey,
  isReplicaKey,
  laterNote,
  laterReport,
  laterTag,
  normalizeTag,
  noteKey,
  tagKey,
} from './replica-order';

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

/** One author's note: one per author, `''` once the author cleared it. */
const NoteRegisterSchema = z.object({
  author: NodeIdSchema,
  authorName: bounded(TEXT_LIMITS.name),
  text: bounded(TEXT_LIMITS.note),
  hlc: HlcStringSchema,
});

/** One tag, present or removed. */
const TagRegisterSchema = z.object({
  tag: bounded(TEXT_LIMITS.tag)
    .transform(normalizeTag)
    .refine((tag) => tag !== '', { message: 'a tag cannot be empty', params: { problem: 'tag' } }),
  present: z.boolean(),
  hlc: HlcStringSchema,
});

/** Most notes (one per author), tags and score reports one creator may carry in a file. */
const REPLICA_LIST_LIMIT = 1_000;

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
  .transform((replica) => ({
    key: replica.key,
    fields: definedFields(replica.fields),
    notes: canonicalArray<NoteRegister>(replica.notes, noteKey, laterNote),
    tags: canonicalArray<TagRegister>(replica.tags, tagKey, laterTag),
    history: canonicalArray<ScoreReport>(replica.history, historyKey, laterReport),
    tombstone: replica.tombstone,
  }));

/** The registers a parsed entry holds, without the absent ones (so equal states are deep-equal). */
function definedFields(fields: z.output<typeof FieldsSchema>): Fields {
  // Set one by one on a plain object, in the fields' order: no object made per field (this
  // runs for every entry of a file being checked).
  const out: Record<string, unknown> = {};
  for (let i = 0; i < FIELD_NAMES.length; i++) {
    const field = FIELD_NAMES[i] as FieldName;
    const register = fields[field];
    if (register !== undefined) out[field] = register;
  }
  return out as Fields;
}

/** One author's note as stored (its schema above). */
export type NoteRegister = Readonly<z.output<typeof NoteRegisterSchema>>;
/** One tag as stored (its schema above). */
export type TagRegister = Readonly<z.output<typeof TagRegisterSchema>>;
/**
 * A replicated creator, as its schema reads it: `key` is `platform:handle`, handle lower-cased
 * (`shortlistId`); notes sorted by author, one per author; tags sorted, one per tag; history
 * sorted by `historyKey`, one per key; `tombstone` the clock of its deletion, if any.
 */
export type Replica = Readonly<z.output<typeof ReplicaSchema>>;
