import { z } from 'zod';
import { bounded, TEXT_LIMITS } from './bounds';
import { CurrencySchema } from './campaign';
import { IsoDateSchema, StatusSchema } from './shortlist';

/**
 * The fields a user edits on a shortlisted creator, defined once. From this table come the
 * values each accepts (the replicated document's schemas, lib/exchange/replica-schema.ts),
 * the repository's edit type (`FieldEdits`, lib/shortlist/repo.ts), the CSV column each is
 * exported to and the rule that reads it back (lib/exchange/csv-import.ts), and the fields
 * whose conflicts the sync panel shows (lib/shortlist/jobs.ts).
 *
 * `kind` names how a spreadsheet cell is read back: `status` (a status or one of its
 * aliases), `text` (at most `max` characters; empty clears), `date` (YYYY-MM-DD; empty
 * clears), `number` (English or French typing; the export writes `decimals`), `currency`
 * (a code; empty clears), `yes-no` (yes/no/oui/non/true/false; empty clears).
 */
export const EDITABLE_FIELDS = {
  status: { column: 'status', kind: 'status', schema: StatusSchema },
  assignee: {
    column: 'assignee',
    kind: 'text',
    max: TEXT_LIMITS.name,
    schema: bounded(TEXT_LIMITS.name).nullable(),
  },
  quotedPrice: {
    column: 'quoted_price',
    kind: 'number',
    decimals: 2,
    schema: z.number().nonnegative().max(1e12).nullable(),
  },
  currency: { column: 'currency', kind: 'currency', schema: CurrencySchema.nullable() },
  deliverables: {
    column: 'deliverables',
    kind: 'text',
    max: TEXT_LIMITS.text,
    schema: bounded(TEXT_LIMITS.text).nullable(),
  },
  dueDate: { column: 'due_date', kind: 'date', schema: IsoDateSchema.nullable() },
  publishDate: { column: 'publish_date', kind: 'date', schema: IsoDateSchema.nullable() },
  contentRights: { column: 'content_rights', kind: 'yes-no', schema: z.boolean().nullable() },
  /** Fake-follower share from an audit tool, entered by hand, percent. */
  auditFakeShare: {
    column: 'audit_fake_share_pct',
    kind: 'number',
    decimals: 1,
    schema: z.number().min(0).max(100).nullable(),
  },
} as const;

export type EditableField = keyof typeof EDITABLE_FIELDS;
/** The editable fields in table order (the order of their CSV columns). */
export const EDITABLE_FIELD_NAMES = Object.keys(EDITABLE_FIELDS) as EditableField[];

/** The value a field accepts; `null` clears it (the status cannot be cleared). */
export type EditableValue<F extends EditableField> = z.output<(typeof EDITABLE_FIELDS)[F]['schema']>;

/** New values for some editable fields (`null` clears one). */
export type FieldEdits = { [F in EditableField]?: EditableValue<F> };

/** The schema of each editable field's value. */
export const EDITABLE_FIELD_SCHEMAS = {
  status: EDITABLE_FIELDS.status.schema,
  assignee: EDITABLE_FIELDS.assignee.schema,
  quotedPrice: EDITABLE_FIELDS.quotedPrice.schema,
  currency: EDITABLE_FIELDS.currency.schema,
  deliverables: EDITABLE_FIELDS.deliverables.schema,
  dueDate: EDITABLE_FIELDS.dueDate.schema,
  publishDate: EDITABLE_FIELDS.publishDate.schema,
  contentRights: EDITABLE_FIELDS.contentRights.schema,
  auditFakeShare: EDITABLE_FIELDS.auditFakeShare.schema,
} as const satisfies Record<EditableField, z.ZodType>;

/** What a user edits besides the fields: each teammate's own note, and the tags (both CSV columns too). */
export const EDITABLE_LISTS = ['notes', 'tags'] as const;
export type EditableList = (typeof EDITABLE_LISTS)[number];

/** Everything a teammate edits: the sync panel shows conflicts on these only. */
export const USER_EDITED: ReadonlySet<string> = new Set<string>([...EDITABLE_FIELD_NAMES, ...EDITABLE_LISTS]);
