import Papa from 'papaparse';
import { isoTime } from '../i18n';
import { EDITABLE_FIELD_NAMES, EDITABLE_FIELDS, type EditableField, type ShortlistEntry } from '../model';

/**
 * Shortlist CSV export. The column order is stable and documented in the README;
 * new columns are only ever appended.
 */
export const CSV_COLUMNS = [
  'platform',
  'handle',
  'display_name',
  'url',
  'followers',
  'tier',
  'er_mean_pct',
  'er_median_pct',
  'posts_used',
  'verdict',
  'status',
  'tags',
  'notes',
  'added_at',
  'scored_at',
  'assignee',
  'quoted_price',
  'currency',
  'deliverables',
  'due_date',
  'publish_date',
  'content_rights',
  'audit_fake_share_pct',
] as const;
export type CsvColumn = (typeof CSV_COLUMNS)[number];

/** Every editable field has its column among these (lib/model/editable-fields.ts names it). */
type EditableColumn = (typeof EDITABLE_FIELDS)[EditableField]['column'];
const _editableColumnsExported: EditableColumn extends CsvColumn ? true : never = true;
void _editableColumnsExported;

/** The editable field a column holds, if any. */
const EDITABLE_BY_COLUMN: ReadonlyMap<string, EditableField> = new Map(
  EDITABLE_FIELD_NAMES.map((field) => [EDITABLE_FIELDS[field].column, field]),
);

export interface CsvOptions {
  /** `,` (default) or `;` for French Excel. */
  separator?: ',' | ';';
  /** Write decimals with a comma (French Excel). Only allowed with the `;` separator. */
  decimalComma?: boolean;
  columns?: readonly CsvColumn[];
}

const BOM = '\uFEFF';
/**
 * Cells a spreadsheet could run as a formula get a leading `'`: those that start with
 * `= + - @` (or their full-width forms `＝ ＋ － ＠`, which some spreadsheets also read as
 * formulas), even behind spaces, NBSP, zero-width characters, line breaks or a BOM; those
 * that start with a tab or a line break; and, so that the guard undoes exactly on re-import,
 * any of these behind apostrophes the user typed.
 */
export const FORMULA_START = /^'*(?:[\s\u200b-\u200d\u2060]*[=+\-@\uff1d\uff0b\uff0d\uff20]|[\t\r\n])/;

/** The cell as the user wrote it: the `'` the export's formula guard added is taken off again. */
export function unguardCell(cell: string): string {
  return cell.startsWith("'") && FORMULA_START.test(cell.slice(1)) ? cell.slice(1) : cell;
}

/** A number as the export writes it; empty when there is none. */
export function csvDecimal(value: number | undefined, digits: number, comma: boolean): string {
  if (value === undefined || !Number.isFinite(value)) return '';
  const text = value.toFixed(digits);
  return comma ? text.replace('.', ',') : text;
}
const decimal = csvDecimal;

const DAY_MS = 86_400_000;
const two = (n: number) => (n < 10 ? `0${n}` : `${n}`);

/**
 * `new Date(ms).toISOString()` for the times the schemas accept (1970 to the end of 9999),
 * by arithmetic: a CSV of 50,000 creators writes 100,000 of them, and `Date` is the slowest
 * part. Anything else goes through `isoTime`.
 */
export function csvIsoTime(ms: number | undefined): string {
  if (ms === undefined || !Number.isInteger(ms) || ms < 0 || ms > 253_402_300_799_999) return isoTime(ms);
  const days = Math.floor(ms / DAY_MS);
  let rest = ms - days * DAY_MS;
  let date = dayCache.get(days);
  if (date === undefined) {
    date = civilDate(days);
    if (dayCache.size > 4_096) dayCache.clear();
    dayCache.set(days, date);
  }
  const hours = Math.floor(rest / 3_600_000);
  rest -= hours * 3_600_000;
  const minutes = Math.floor(rest / 60_000);
  rest -= minutes * 60_000;
  const seconds = Math.floor(rest / 1_000);
  const millis = rest - seconds * 1_000;
  const msText = millis < 10 ? `00${millis}` : millis < 100 ? `0${millis}` : `${millis}`;
  return `${date}T${two(hours)}:${two(minutes)}:${two(seconds)}.${msText}Z`;
}

/** `YYYY-MM-DD` of the days since 1970-01-01 (years 1970 to 9999), cached: most rows share a few days. */
const dayCache = new Map<number, string>();

function civilDate(days: number): string {
  // Civil date from days since 1970-01-01 (H. Hinnant's algorithm).
  const z = days + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1_460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  return `${year}-${two(month)}-${two(day)}`;
}
const isoDate = csvIsoTime;

/** Tags as one cell: `, ` between them (a tag never holds a comma followed by a space on export: see tagsCell). */
const TAG_SEPARATOR = ', ';

export function tagsCell(tags: readonly string[]): string {
  return tags.join(TAG_SEPARATOR);
}

/** Every author's note, one per line as `Name: text` (one author alone: just the text). */
export function notesCell(entry: Pick<ShortlistEntry, 'notes'>): string {
  if (entry.notes.length === 1) return entry.notes[0]?.text ?? '';
  return entry.notes.map((note) => `${note.authorName}: ${note.text}`).join('\n');
}

/** An editable field's cell, written by the rule of its kind (the re-import reads it back by the same). */
function editableCell(entry: ShortlistEntry, field: EditableField, comma: boolean): string {
  const spec = EDITABLE_FIELDS[field];
  const value = entry[field];
  switch (spec.kind) {
    case 'number':
      return decimal(value as number | undefined, spec.decimals, comma);
    case 'yes-no':
      return value === undefined ? '' : value ? 'yes' : 'no';
    default:
      return (value as string | undefined) ?? '';
  }
}

/** A cell of one of Microscope's own columns (its readings, tags, notes, dates). */
function cell(entry: ShortlistEntry, column: CsvColumn, comma: boolean): string {
  switch (column) {
    case 'platform':
      return entry.platform;
    case 'handle':
      return entry.handle;
    case 'display_name':
      return entry.displayName ?? '';
    case 'url':
      return entry.url;
    case 'followers':
      return entry.followers === undefined ? '' : String(entry.followers);
    case 'tier':
      return entry.tier ?? '';
    case 'er_mean_pct':
      return decimal(entry.erMean, 2, comma);
    case 'er_median_pct':
      return decimal(entry.erMedian, 2, comma);
    case 'posts_used':
      return String(entry.report.postsUsed);
    case 'verdict':
      return entry.verdict;
    case 'tags':
      return tagsCell(entry.tags);
    case 'notes':
      return notesCell(entry);
    case 'added_at':
      return isoDate(entry.addedAt);
    case 'scored_at':
      return isoDate(entry.report.scoredAt);
    default:
      return '';
  }
}

/**
 * One cell as RFC 4180 text, with the quoting Papa Parse's `unparse` applies (so that the
 * export is byte for byte what it was): a cell a spreadsheet could run as a formula gets a
 * leading `'` and quotes; quotes are doubled; a cell holding the separator, a quote, a line
 * break or a BOM, or starting or ending with a space, is quoted.
 */
export function csvCell(value: string, separator: string): string {
  if (value === '') return value;
  let text = value;
  let quote = false;
  // Only a cell starting with a quote, a sign, an at-sign, white space or their look-alikes
  // can be a formula; letters and digits (most cells) skip the check.
  const first = text.charCodeAt(0);
  const plain = (first >= 48 && first <= 57) || (first >= 65 && first <= 90) || (first >= 97 && first <= 122);
  if (!plain && FORMULA_START.test(text)) {
    text = `'${text}`;
    quote = true;
  }
  const sep = separator.charCodeAt(0);
  for (let i = 0; i < text.length && !quote; i++) {
    const c = text.charCodeAt(i);
    if (c === 34 || c === sep || c === 10 || c === 13 || c === 0xfeff) quote = true;
  }
  if (!quote && text.charCodeAt(0) !== 32 && text.charCodeAt(text.length - 1) !== 32) return text;
  if (text.includes('"')) text = text.replace(/"/g, '""');
  return `"${text}"`;
}

interface CsvWriter {
  columns: readonly CsvColumn[];
  separator: ',' | ';';
  comma: boolean;
  /** One function per column, giving the cell as written (quoted where it must be). */
  cells: ((entry: ShortlistEntry) => string)[];
}

/**
 * Columns whose values never need quotes or the formula guard: enumerations, whole numbers
 * of Microscope's own, times and dates it writes (letters, digits, `-`, `:`, `.`, `T`, `Z`
 * only). Their cells are written as they are.
 */
const PLAIN_COLUMNS = new Set<CsvColumn>([
  'platform',
  'followers',
  'tier',
  'posts_used',
  'verdict',
  'status',
  'added_at',
  'scored_at',
  'currency',
  'content_rights',
]);

function writerOf(options: CsvOptions): CsvWriter {
  const separator = options.separator ?? ',';
  const comma = options.decimalComma ?? false;
  if (comma && separator === ',') throw new Error('A decimal comma needs the ";" separator.');
  const columns = options.columns ?? CSV_COLUMNS;
  const cells = columns.map((column) => {
    const plain = PLAIN_COLUMNS.has(column);
    const field = EDITABLE_BY_COLUMN.get(column);
    // A cell that cannot be written (a row damaged in storage) is left empty: one row never
    // stops the export of the others.
    return (entry: ShortlistEntry) => {
      let value: string;
      try {
        value = field === undefined ? cell(entry, column, comma) : editableCell(entry, field, comma);
      } catch {
        return '';
      }
      return plain ? value : csvCell(value, separator);
    };
  });
  return { columns, separator, comma, cells };
}

function headerLine(w: CsvWriter): string {
  return w.columns.map((column) => csvCell(column, w.separator)).join(w.separator);
}

/** Rows `from`–`to` as CSV lines, each followed by CRLF. */
function rowLines(entries: readonly ShortlistEntry[], from: number, to: number, w: CsvWriter): string {
  if (to <= from) return '';
  const lines = new Array<string>(to - from);
  const cells = new Array<string>(w.cells.length);
  for (let i = from; i < to; i++) {
    const entry = entries[i] as ShortlistEntry;
    for (let c = 0; c < w.cells.length; c++) cells[c] = (w.cells[c] as (e: ShortlistEntry) => string)(entry);
    lines[i - from] = cells.join(w.separator);
  }
  return `${lines.join('\r\n')}\r\n`;
}

/** The shortlist as an Excel-safe CSV: UTF-8 with BOM, RFC 4180 quoting, CRLF rows, formulas made inert. */
export function shortlistToCsv(entries: readonly ShortlistEntry[], options: CsvOptions = {}): string {
  const w = writerOf(options);
  return `${BOM}${headerLine(w)}\r\n${rowLines(entries, 0, entries.length, w)}`;
}

/**
 * The same CSV in parts of `chunk` rows, one part per step (a caller gives the page a turn
 * between steps and shows `done / total` rows); join the parts, or hand them to a Blob.
 */
export function* shortlistToCsvParts(
  entries: readonly ShortlistEntry[],
  options: CsvOptions = {},
  chunk = 2_000,
): Generator<{ part: string; done: number; total: number }> {
  const w = writerOf(options);
  yield { part: `${BOM}${headerLine(w)}\r\n`, done: 0, total: entries.length };
  for (let from = 0; from < entries.length; from += chunk) {
    const to = Math.min(entries.length, from + chunk);
    yield { part: rowLines(entries, from, to, w), done: to, total: entries.length };
  }
}

/** Parses a CSV produced above (or edited in a spreadsheet) back into header-keyed rows. */
export function parseCsv(text: string): {
  fields: string[];
  rows: Record<string, string>[];
  errors: string[];
} {
  const clean = text.startsWith(BOM) ? text.slice(1) : text;
  const result = Papa.parse<Record<string, string>>(clean, {
    header: true,
    skipEmptyLines: true,
    delimiter: '',
  });
  return {
    fields: result.meta.fields ?? [],
    rows: result.data,
    errors: result.errors.map((e) => `row ${e.row ?? '?'}: ${e.message}`),
  };
}

/** The file name of an export made at `now`. */
export function csvFileName(now: number): string {
  return `microscope-shortlist-${isoTime(now).slice(0, 10) || 'undated'}.csv`;
}
