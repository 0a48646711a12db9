import Papa from 'papaparse';
import { isoTime } from '../i18n';
import type { ShortlistEntry } from '../model';

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

/** How many decimals the export writes for each number column a user edits (the re-import compares at this precision). */
export const CSV_DECIMALS = { quoted_price: 2, audit_fake_share_pct: 1 } as const;

/** A number as the export writes it; empty when there is none. */
export function csvDecimal(value: number | undefined, digits: number, comma: boolean): string {
  if (value === undefined || !Number.isFinite(value)) return '';
  const text = value.toFixed(digits);
  return comma ? text.replace('.', ',') : text;
}
const decimal = csvDecimal;

const isoDate = (ms: number | undefined): string => isoTime(ms);

/** Tags as one cell: `, ` between them (a tag never holds a comma followed by a space on export: see tagsCell). */
export const TAG_SEPARATOR = ', ';

export function tagsCell(tags: readonly string[]): string {
  return tags.join(TAG_SEPARATOR);
}

/** Every author's note, one per line as `Name: text` (one author alone: just the text). */
export function notesCell(entry: Pick<ShortlistEntry, 'notes'>): string {
  if (entry.notes.length === 1) return entry.notes[0]?.text ?? '';
  return entry.notes.map((note) => `${note.authorName}: ${note.text}`).join('\n');
}

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
      return String(entry.report.engagement.used.length);
    case 'verdict':
      return entry.verdict;
    case 'status':
      return entry.status;
    case 'tags':
      return tagsCell(entry.tags);
    case 'notes':
      return notesCell(entry);
    case 'added_at':
      return isoDate(entry.addedAt);
    case 'scored_at':
      return isoDate(entry.report.scoredAt);
    case 'assignee':
      return entry.assignee ?? '';
    case 'quoted_price':
      return decimal(entry.quotedPrice, CSV_DECIMALS.quoted_price, comma);
    case 'currency':
      return entry.currency ?? '';
    case 'deliverables':
      return entry.deliverables ?? '';
    case 'due_date':
      return entry.dueDate ?? '';
    case 'publish_date':
      return entry.publishDate ?? '';
    case 'content_rights':
      return entry.contentRights === undefined ? '' : entry.contentRights ? 'yes' : 'no';
    case 'audit_fake_share_pct':
      return decimal(entry.auditFakeShare, CSV_DECIMALS.audit_fake_share_pct, comma);
  }
}

/** The shortlist as an Excel-safe CSV: UTF-8 with BOM, RFC 4180 quoting, CRLF rows, formulas made inert. */
export function shortlistToCsv(entries: readonly ShortlistEntry[], options: CsvOptions = {}): string {
  const separator = options.separator ?? ',';
  const comma = options.decimalComma ?? false;
  if (comma && separator === ',') throw new Error('A decimal comma needs the ";" separator.');
  const columns = options.columns ?? CSV_COLUMNS;
  // A cell that cannot be written (a row damaged in storage) is left empty: one row never
  // stops the export of the others.
  const safeCell = (entry: ShortlistEntry, column: CsvColumn) => {
    try {
      return cell(entry, column, comma);
    } catch {
      return '';
    }
  };
  const rows = entries.map((entry) => columns.map((column) => safeCell(entry, column)));
  const body = Papa.unparse(
    { fields: [...columns], data: rows },
    { delimiter: separator, newline: '\r\n', quotes: false, escapeFormulae: FORMULA_START },
  );
  return `${BOM}${body}\r\n`;
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
