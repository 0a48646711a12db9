import Papa from 'papaparse';
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
/** Cells a spreadsheet would run as a formula are prefixed with `'` (papaparse's default misses multi-line cells). */
const FORMULA_START = /^[=+\-@\t\r]/;

function decimal(value: number | undefined, digits: number, comma: boolean): string {
  if (value === undefined || !Number.isFinite(value)) return '';
  const text = value.toFixed(digits);
  return comma ? text.replace('.', ',') : text;
}

function isoDate(ms: number | undefined): string {
  return ms === undefined ? '' : new Date(ms).toISOString();
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
      return entry.tags.join(', ');
    case 'notes':
      return notesCell(entry);
    case 'added_at':
      return isoDate(entry.addedAt);
    case 'scored_at':
      return isoDate(entry.report.scoredAt);
    case 'assignee':
      return entry.assignee ?? '';
    case 'quoted_price':
      return decimal(entry.quotedPrice, 2, comma);
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
      return decimal(entry.auditFakeShare, 1, comma);
  }
}

/** The shortlist as an Excel-safe CSV: UTF-8 with BOM, RFC 4180 quoting, CRLF rows, formulas made inert. */
export function shortlistToCsv(entries: readonly ShortlistEntry[], options: CsvOptions = {}): string {
  const separator = options.separator ?? ',';
  const comma = options.decimalComma ?? false;
  if (comma && separator === ',') throw new Error('A decimal comma needs the ";" separator.');
  const columns = options.columns ?? CSV_COLUMNS;
  const rows = entries.map((entry) => columns.map((column) => cell(entry, column, comma)));
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
  return `microscope-shortlist-${new Date(now).toISOString().slice(0, 10)}.csv`;
}
