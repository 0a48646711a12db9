import { CurrencySchema, PlatformSchema, type ShortlistEntry, StatusSchema, shortlistId } from '../model';
import { CSV_COLUMNS, notesCell, parseCsv } from './csv';
import { parseTypedNumber } from './typed-number';

/** The columns a teammate may edit in a spreadsheet; the others are Microscope's readings. */
export const EDITABLE_CSV_COLUMNS = [
  'status',
  'tags',
  'notes',
  'assignee',
  'quoted_price',
  'currency',
  'deliverables',
  'due_date',
  'publish_date',
  'content_rights',
  'audit_fake_share_pct',
] as const;

export interface CsvEdit {
  id: string;
  handle: string;
  /** Field → new value (`null` clears it). */
  fields: {
    status?: ShortlistEntry['status'];
    assignee?: string | null;
    quotedPrice?: number | null;
    currency?: ShortlistEntry['currency'] | null;
    deliverables?: string | null;
    dueDate?: string | null;
    publishDate?: string | null;
    contentRights?: boolean | null;
    auditFakeShare?: number | null;
  };
  addTags: string[];
  removeTags: string[];
  /** The importing user's note, when the notes cell changed. */
  note?: string;
  /** Human-readable list of what changes, for the preview. */
  changes: { column: string; from: string; to: string }[];
}

export interface CsvImportPlan {
  edits: CsvEdit[];
  /** Rows unchanged against the shortlist. */
  unchanged: number;
  /** Columns Microscope does not know (kept in the file, not imported). */
  unknownColumns: string[];
  /** Rows whose creator is not in the shortlist (a CSV cannot add creators: they need a score). */
  unknownRows: { line: number; platform: string; handle: string }[];
  /** Rows or cells that could not be read, with the reason; those rows are not imported. */
  problems: { line: number; message: string }[];
}

export type CsvImportResult = { ok: true; plan: CsvImportPlan } | { ok: false; error: string };

/** Undoes the export's formula guard: a `'` before `= + - @` or a tab was added by Microscope. */
function unguard(cell: string): string {
  return /^'[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell;
}

function parseNumber(text: string): number | undefined | 'invalid' {
  const value = parseTypedNumber(text);
  return value === null ? undefined : value === undefined ? 'invalid' : value;
}

const YES = new Set(['yes', 'oui', 'true', '1', 'y', 'x']);
const NO = new Set(['no', 'non', 'false', '0', 'n']);
const STATUS_ALIASES: Record<string, ShortlistEntry['status']> = {
  'brief sent': 'brief-sent',
  'content in review': 'in-review',
  'in review': 'in-review',
  contacte: 'contacted',
  candidat: 'candidate',
  publie: 'published',
  refuse: 'declined',
  decline: 'declined',
};

function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').trim().toLowerCase();
}

function splitTags(cell: string): string[] {
  return [
    ...new Set(
      cell
        .split(/[,;|]/)
        .map((t) => t.trim().toLowerCase())
        .filter(Boolean),
    ),
  ];
}

/**
 * Compares a CSV (exported by Microscope, then edited in a spreadsheet) with the shortlist
 * and plans the edits: rows matched by platform + handle, in any order, `,` or `;`, with or
 * without BOM. Nothing is written here.
 */
export function planCsvImport(text: string, current: readonly ShortlistEntry[]): CsvImportResult {
  if (text.trim() === '') return { ok: false, error: 'The file is empty. Nothing was imported.' };
  const parsed = parseCsv(text);
  const fields = parsed.fields.map((f) => f.trim());
  if (!fields.includes('platform') || !fields.includes('handle')) {
    return {
      ok: false,
      error:
        'This CSV has no "platform" and "handle" columns, so its rows cannot be matched to creators. Nothing was imported.',
    };
  }
  const known = new Set<string>(CSV_COLUMNS);
  const byId = new Map(current.map((e) => [e.id, e]));
  const plan: CsvImportPlan = {
    edits: [],
    unchanged: 0,
    unknownColumns: fields.filter((f) => !known.has(f)),
    unknownRows: [],
    problems: parsed.errors.map((message) => ({ line: 0, message })),
  };

  parsed.rows.forEach((row, index) => {
    const line = index + 2; // header is line 1
    const cell = (column: string) => unguard(row[column] ?? '').trim();
    const platform = PlatformSchema.safeParse(cell('platform').toLowerCase());
    const handle = cell('handle').replace(/^@/, '');
    if (!platform.success || handle === '') {
      plan.problems.push({
        line,
        message: `No valid platform and handle (“${cell('platform')}”, “${handle}”).`,
      });
      return;
    }
    const entry = byId.get(shortlistId(platform.data, handle));
    if (!entry) {
      plan.unknownRows.push({ line, platform: platform.data, handle });
      return;
    }
    const edit: CsvEdit = {
      id: entry.id,
      handle: entry.handle,
      fields: {},
      addTags: [],
      removeTags: [],
      changes: [],
    };
    const problems: string[] = [];
    const has = (column: string) => fields.includes(column);
    const change = (column: string, from: string, to: string) => edit.changes.push({ column, from, to });

    if (has('status')) {
      const raw = fold(cell('status'));
      const status = StatusSchema.safeParse(raw).success
        ? (raw as ShortlistEntry['status'])
        : STATUS_ALIASES[raw];
      if (raw === '') problems.push('status is empty');
      else if (!status) problems.push(`unknown status “${cell('status')}”`);
      else if (status !== entry.status) {
        edit.fields.status = status;
        change('status', entry.status, status);
      }
    }
    const text = (column: string, field: 'assignee' | 'deliverables', now: string | undefined) => {
      if (!has(column)) return;
      const value = cell(column);
      if (value !== (now ?? '')) {
        edit.fields[field] = value === '' ? null : value;
        change(column, now ?? '', value);
      }
    };
    text('assignee', 'assignee', entry.assignee);
    text('deliverables', 'deliverables', entry.deliverables);
    const date = (column: string, field: 'dueDate' | 'publishDate', now: string | undefined) => {
      if (!has(column)) return;
      const value = cell(column);
      if (value !== '' && !/^\d{4}-\d{2}-\d{2}$/.test(value))
        return problems.push(`${column} “${value}” is not a date like 2026-03-31`);
      if (value !== (now ?? '')) {
        edit.fields[field] = value === '' ? null : value;
        change(column, now ?? '', value);
      }
    };
    date('due_date', 'dueDate', entry.dueDate);
    date('publish_date', 'publishDate', entry.publishDate);
    const number = (
      column: string,
      field: 'quotedPrice' | 'auditFakeShare',
      now: number | undefined,
      max?: number,
    ) => {
      if (!has(column)) return;
      const value = parseNumber(cell(column));
      if (value === 'invalid' || (value !== undefined && (value < 0 || (max !== undefined && value > max)))) {
        return problems.push(`${column} “${cell(column)}” is not a valid number`);
      }
      const same =
        value === undefined ? now === undefined : now !== undefined && Math.abs(now - value) < 0.005;
      if (!same) {
        edit.fields[field] = value ?? null;
        change(column, now === undefined ? '' : String(now), value === undefined ? '' : String(value));
      }
    };
    number('quoted_price', 'quotedPrice', entry.quotedPrice);
    number('audit_fake_share_pct', 'auditFakeShare', entry.auditFakeShare, 100);
    if (has('currency')) {
      const raw = cell('currency').toUpperCase();
      const currency = CurrencySchema.safeParse(raw);
      if (raw !== '' && !currency.success) problems.push(`unknown currency “${raw}”`);
      else if (raw !== (entry.currency ?? '')) {
        edit.fields.currency = currency.success ? currency.data : null;
        change('currency', entry.currency ?? '', raw);
      }
    }
    if (has('content_rights')) {
      const raw = fold(cell('content_rights'));
      const value = raw === '' ? null : YES.has(raw) ? true : NO.has(raw) ? false : 'invalid';
      if (value === 'invalid') problems.push(`content_rights “${cell('content_rights')}” is not yes or no`);
      else if (value !== (entry.contentRights ?? null)) {
        edit.fields.contentRights = value;
        change(
          'content_rights',
          entry.contentRights === undefined ? '' : String(entry.contentRights),
          String(value ?? ''),
        );
      }
    }
    if (has('tags')) {
      const next = splitTags(cell('tags'));
      edit.addTags = next.filter((t) => !entry.tags.includes(t));
      edit.removeTags = entry.tags.filter((t) => !next.includes(t));
      if (edit.addTags.length || edit.removeTags.length)
        change('tags', entry.tags.join(', '), next.join(', '));
    }
    if (has('notes')) {
      const cellText = unguard(row.notes ?? '');
      if (cellText.replace(/\r\n/g, '\n') !== notesCell(entry)) {
        edit.note = cellText.replace(/\r\n/g, '\n');
        change('notes', notesCell(entry), edit.note);
      }
    }

    if (problems.length > 0) {
      plan.problems.push({
        line,
        message: `@${entry.handle}: ${problems.join('; ')}. This row was not imported.`,
      });
      return;
    }
    if (edit.changes.length === 0) plan.unchanged += 1;
    else plan.edits.push(edit);
  });
  return { ok: true, plan };
}

/**
 * The importing user's own note from an edited notes cell: lines that are other authors'
 * notes exactly as exported (`Name: text`) are theirs, not the importer's.
 */
export function importerNote(cellText: string, entry: ShortlistEntry, importerId: string): string {
  if (entry.notes.length <= 1) return cellText.trim();
  const others = new Set(
    entry.notes.filter((n) => n.author !== importerId).map((n) => `${n.authorName}: ${n.text}`),
  );
  const mine = entry.notes.find((n) => n.author === importerId);
  return cellText
    .split('\n')
    .filter((line) => !others.has(line))
    .map((line) =>
      mine && line.startsWith(`${mine.authorName}: `) ? line.slice(mine.authorName.length + 2) : line,
    )
    .join('\n')
    .trim();
}
