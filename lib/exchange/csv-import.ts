import {
  CurrencySchema,
  EDITABLE_FIELD_NAMES,
  EDITABLE_FIELDS,
  type EditableField,
  type FieldEdits,
  isCalendarDate,
  PlatformSchema,
  type ShortlistEntry,
  StatusSchema,
  shortlistId,
  TEXT_LIMITS,
} from '../model';
import type { AppError } from '../result';
import { CSV_COLUMNS, csvDecimal, notesCell, parseCsv, tagsCell, unguardCell } from './csv';
import type { CsvIssue, CsvRefusalCode } from './refusals';
import { normalizeTag } from './replica-order';
import { parseTypedNumber } from './typed-number';

export interface CsvEdit {
  id: string;
  handle: string;
  /** The row's line in the file (the header is line 1). */
  line: number;
  /** Field → new value (`null` clears it). */
  fields: FieldEdits;
  addTags: string[];
  removeTags: string[];
  /** The importing user's note, when the notes cell changed. */
  note?: string;
  /** Human-readable list of what changes, for the preview. */
  changes: { column: string; from: string; to: string }[];
}

export interface CsvProblem {
  line: number;
  /** The creator of the row, when the row matched one. */
  handle?: string;
  /** What is wrong, as codes any interface words (lib/i18n `describeCsvProblem`). */
  issues: CsvIssue[];
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
  problems: CsvProblem[];
}

export type CsvImportResult = { ok: true; plan: CsvImportPlan } | { ok: false; error: AppError };

function problem(line: number, issues: CsvIssue[], handle?: string): CsvProblem {
  const out: CsvProblem = { line, issues };
  if (handle !== undefined) out.handle = handle;
  return out;
}

function refuse(code: CsvRefusalCode): CsvImportResult {
  return { ok: false, error: { code } };
}

const unguard = unguardCell;

function parseNumber(text: string): number | undefined | 'invalid' {
  const value = parseTypedNumber(text);
  return value === null ? undefined : value === undefined ? 'invalid' : value;
}

const YES = new Set(['yes', 'oui', 'true', '1', 'y', 'x']);
const NO = new Set(['no', 'non', 'false', '0', 'n']);
/** Words a spreadsheet user may type for a status (a Map: no cell can reach an object's own keys). */
const STATUS_ALIASES = new Map<string, ShortlistEntry['status']>([
  ...StatusSchema.options.map((status) => [status, status] as const),
  ['brief sent', 'brief-sent'],
  ['content in review', 'in-review'],
  ['in review', 'in-review'],
  ['contacte', 'contacted'],
  ['candidat', 'candidate'],
  ['publie', 'published'],
  ['refuse', 'declined'],
  ['decline', 'declined'],
]);

function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').trim().toLowerCase();
}

/**
 * The tags a cell lists. Tags are separated by commas only (a tag may hold `;`, `|` or `&`);
 * a tag of the creator written with another case is that tag (`beauty` for `Beauty`), and
 * an existing tag that itself holds commas is recognised whole.
 */
function tagsFromCell(cell: string, existing: readonly string[]): string[] {
  if (cell === tagsCell(existing)) return [...existing];
  const byFold = new Map(existing.map((tag) => [tag.toLowerCase(), tag]));
  const withCommas = existing.some((tag) => tag.includes(','));
  const pieces = cell.split(',');
  const out: string[] = [];
  let i = 0;
  while (i < pieces.length) {
    let tag: string | undefined;
    if (withCommas) {
      for (let j = pieces.length; j > i + 1 && tag === undefined; j--) {
        const found = byFold.get(normalizeTag(pieces.slice(i, j).join(',')).toLowerCase());
        if (found?.includes(',')) {
          tag = found;
          i = j;
        }
      }
    }
    if (tag === undefined) {
      const typed = normalizeTag(pieces[i] ?? '');
      i += 1;
      if (typed === '') continue;
      tag = byFold.get(typed.toLowerCase()) ?? typed;
    }
    if (!out.includes(tag)) out.push(tag);
  }
  return out;
}

/** Text compared as a spreadsheet keeps it: line endings and surrounding spaces do not count. */
function sameText(a: string, b: string): boolean {
  const clean = (text: string) => text.replace(/\r\n?/g, '\n').trim();
  return clean(a) === clean(b);
}

/** Reads a header-keyed cell without ever reaching an object's inherited keys. */
function own(row: Record<string, string>, column: string): string {
  return Object.hasOwn(row, column) && typeof row[column] === 'string' ? (row[column] as string) : '';
}

/**
 * Compares a CSV (exported by Microscope, then edited in a spreadsheet) with the shortlist
 * and plans the edits: rows matched by platform + handle, in any order, `,` or `;`, with or
 * without BOM. Re-importing an unedited export plans nothing. Every planned value passes the
 * schema the edit will be stored with, so applying the plan cannot fail on a value; a row
 * with a value that does not fit is left out and reported, the others go ahead. Nothing is
 * written here.
 */
export function planCsvImport(
  text: string,
  current: readonly ShortlistEntry[],
  onProgress?: (done: number, total: number) => void,
): CsvImportResult {
  if (text.trim() === '') return refuse('csv-empty');
  const parsed = parseCsv(text);
  const fields = parsed.fields.map((f) => f.trim());
  if (!fields.includes('platform') || !fields.includes('handle')) return refuse('csv-no-keys');
  const known = new Set<string>(CSV_COLUMNS);
  const byId = new Map(current.map((e) => [e.id, e]));
  const plan: CsvImportPlan = {
    edits: [],
    unchanged: 0,
    unknownColumns: fields.filter((f) => !known.has(f)),
    unknownRows: [],
    problems: parsed.errors.map((detail) => problem(0, [{ code: 'unreadable', params: { detail } }])),
  };

  /** The first line of each creator: a second row for the same creator is ambiguous and left out. */
  const seenOn = new Map<string, number>();
  parsed.rows.forEach((row, index) => {
    if (onProgress && index % 2_000 === 0) onProgress(index, parsed.rows.length);
    const line = index + 2; // header is line 1
    const raw = (column: string) => unguard(own(row, column));
    const cell = (column: string) => raw(column).trim();
    const platform = PlatformSchema.safeParse(cell('platform').toLowerCase());
    const handle = cell('handle').replace(/^@/, '');
    if (!platform.success || handle === '' || handle.length > TEXT_LIMITS.handle) {
      plan.problems.push(
        problem(line, [
          {
            code: 'noKey',
            params: { platform: cell('platform').slice(0, 40), handle: handle.slice(0, 40) },
          },
        ]),
      );
      return;
    }
    const entry = byId.get(shortlistId(platform.data, handle));
    if (!entry) {
      plan.unknownRows.push({ line, platform: platform.data, handle });
      return;
    }
    const earlier = seenOn.get(entry.id);
    if (earlier !== undefined) {
      plan.problems.push(problem(line, [{ code: 'duplicate', params: { line: earlier } }], entry.handle));
      return;
    }
    seenOn.set(entry.id, line);
    const edit: CsvEdit = {
      id: entry.id,
      handle: entry.handle,
      line,
      fields: {},
      addTags: [],
      removeTags: [],
      changes: [],
    };
    const issues: CsvIssue[] = [];
    const has = (column: string) => fields.includes(column);
    const change = (column: string, from: string, to: string) => edit.changes.push({ column, from, to });
    const tooLong = (column: string, value: string, max: number) => {
      if (value.length <= max) return false;
      issues.push({ code: 'tooLong', params: { column, max } });
      return true;
    };

    // Every editable field from its column, by the rule of its kind (lib/model/editable-fields.ts).
    const set = (field: EditableField, value: unknown, column: string, from: string, to: string) => {
      (edit.fields as Record<EditableField, unknown>)[field] = value;
      change(column, from, to);
    };
    for (const field of EDITABLE_FIELD_NAMES) {
      const spec = EDITABLE_FIELDS[field];
      const column = spec.column;
      if (!has(column)) continue;
      switch (spec.kind) {
        case 'status': {
          const typed = cell(column);
          const status = STATUS_ALIASES.get(fold(typed));
          if (typed === '') issues.push({ code: 'emptyStatus' });
          else if (status === undefined)
            issues.push({ code: 'unknownStatus', params: { value: typed.slice(0, 80) } });
          else if (status !== entry.status) set(field, status, column, entry.status, status);
          break;
        }
        case 'text': {
          const now = (entry[field] as string | undefined) ?? '';
          const value = cell(column).replace(/\r\n?/g, '\n');
          if (tooLong(column, value, spec.max) || sameText(value, now)) break;
          set(field, value === '' ? null : value, column, now, value);
          break;
        }
        case 'date': {
          const now = (entry[field] as string | undefined) ?? '';
          const value = cell(column);
          if (value !== '' && !isCalendarDate(value))
            issues.push({ code: 'badDate', params: { column, value: value.slice(0, 40) } });
          else if (value !== now) set(field, value === '' ? null : value, column, now, value);
          break;
        }
        case 'number': {
          const now = entry[field] as number | undefined;
          const value = parseNumber(cell(column));
          if (value === 'invalid' || (value !== undefined && !spec.schema.safeParse(value).success)) {
            issues.push({ code: 'badNumber', params: { column, value: cell(column).slice(0, 40) } });
            break;
          }
          // The export writes a fixed number of decimals: the number it wrote is no change.
          const exported = now === undefined ? undefined : Number(csvDecimal(now, spec.decimals, false));
          const same = value === undefined ? now === undefined : value === now || value === exported;
          if (!same)
            set(
              field,
              value ?? null,
              column,
              now === undefined ? '' : String(now),
              value === undefined ? '' : String(value),
            );
          break;
        }
        case 'currency': {
          const now = (entry[field] as string | undefined) ?? '';
          const typed = cell(column).toUpperCase();
          const currency = CurrencySchema.safeParse(typed);
          if (typed !== '' && !currency.success)
            issues.push({ code: 'unknownCurrency', params: { value: typed.slice(0, 40) } });
          else if (typed !== now) set(field, currency.success ? currency.data : null, column, now, typed);
          break;
        }
        case 'yes-no': {
          const now = entry[field] as boolean | undefined;
          const typed = fold(cell(column));
          const value = typed === '' ? null : YES.has(typed) ? true : NO.has(typed) ? false : 'invalid';
          if (value === 'invalid')
            issues.push({ code: 'badYesNo', params: { column, value: cell(column).slice(0, 40) } });
          else if (value !== (now ?? null))
            set(field, value, column, now === undefined ? '' : String(now), String(value ?? ''));
          break;
        }
      }
    }
    if (has('tags')) {
      const next = tagsFromCell(cell('tags'), entry.tags);
      if (next.some((tag) => tag.length > TEXT_LIMITS.tag)) {
        issues.push({ code: 'tooLong', params: { column: 'tags', max: TEXT_LIMITS.tag } });
      } else {
        edit.addTags = next.filter((t) => !entry.tags.includes(t));
        edit.removeTags = entry.tags.filter((t) => !next.includes(t));
        if (edit.addTags.length || edit.removeTags.length)
          change('tags', tagsCell(entry.tags), tagsCell(next));
      }
    }
    if (has('notes')) {
      const cellText = raw('notes').replace(/\r\n?/g, '\n');
      if (!tooLong('notes', cellText, TEXT_LIMITS.note) && !sameText(cellText, notesCell(entry))) {
        edit.note = cellText;
        change('notes', notesCell(entry), edit.note);
      }
    }

    if (issues.length > 0) {
      plan.problems.push(problem(line, issues, entry.handle));
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
