/**
 * The compared rows as a CSV, written like the shortlist export (lib/exchange/csv.ts): UTF-8 with
 * a BOM, RFC 4180 quoting, CRLF rows, and the same guard that makes a cell a spreadsheet could run
 * as a formula inert (a handle or a label is text from elsewhere). One line per row, one column
 * per creator, then the creators with the better value, then (when the caller words them) why
 * figures are missing: an empty cell stays empty, so the number columns stay numbers, and the
 * reason a screen gives under the row's name or in the cell is in the last column instead.
 */
import Papa from 'papaparse';
import { csvDecimal, FORMULA_START } from '../exchange/csv';
import {
  type CompareCell,
  type CompareRow,
  type Comparison,
  type MissingWhy,
  missingReasons,
} from './compare';

export interface CompareCsvOptions {
  separator?: ',' | ';';
  /** Decimals with a comma (French Excel); only with the `;` separator. */
  decimalComma?: boolean;
  /** The row's name in the user's language (the row key when not given). */
  label?: (row: CompareRow) => string;
  /** The header of the last column. */
  bestHeader?: string;
  /** The header of the first column. */
  rowHeader?: string;
  /** A missing figure's reason in the user's language: given, the CSV ends with a column of them. */
  why?: (why: MissingWhy) => string;
  /** The header of that column. */
  whyHeader?: string;
}

const BOM = '\uFEFF';

/** A cell as plain, re-readable text: numbers with their decimals, codes as they are. */
export function compareCellText(row: CompareRow, cell: CompareCell, comma: boolean): string {
  const n = (v: number | undefined, digits = 2) => csvDecimal(v, digits, comma);
  switch (row.key) {
    case 'verdict':
    case 'tier':
      return cell.code ?? '';
    case 'followers':
    case 'reach':
      return n(cell.value, 0);
    case 'priceBand':
      return cell.min === undefined || cell.max === undefined
        ? ''
        : `${n(cell.min, 0)}-${n(cell.max, 0)} ${cell.currency ?? ''}`.trim();
    case 'quote':
      return cell.amount === undefined ? '' : `${n(cell.amount, 2)} ${cell.currency ?? ''}`.trim();
    case 'emv':
      return cell.value === undefined ? '' : `${n(cell.value, 2)} ${cell.currency ?? ''}`.trim();
    case 'comments':
      return cell.total === undefined ? '' : `${cell.count ?? 0}/${cell.total}`;
    case 'signals':
    case 'disclosure':
      return cell.total === undefined ? '' : `${cell.count ?? 0}/${cell.total}`;
    case 'languages':
      return (cell.list ?? []).join(' ');
    case 'languageTarget':
      return cell.code === undefined ? '' : `${n(cell.value, 1)} ${cell.code}`.trim();
    default:
      if (row.key.startsWith('sub:')) {
        const weight = cell.weight === undefined ? '' : ` (${n(cell.weight * 100, 0)}%)`;
        return cell.value === undefined ? '' : `${n(cell.value, 1)}${weight}`;
      }
      return n(cell.value, 2);
  }
}

export function comparisonToCsv(comparison: Comparison, options: CompareCsvOptions = {}): string {
  const separator = options.separator ?? ',';
  const comma = options.decimalComma ?? false;
  if (comma && separator === ',') throw new Error('A decimal comma needs the ";" separator.');
  const handles = comparison.creators.map((c) => `${c.platform}:@${c.handle}`);
  const why = options.why;
  const fields = [options.rowHeader ?? 'row', ...handles, options.bestHeader ?? 'better'];
  if (why) fields.push(options.whyHeader ?? 'why missing');
  const data = comparison.rows.map((row) => {
    const line = [
      options.label ? options.label(row) : row.key,
      ...row.cells.map((cell) => compareCellText(row, cell, comma)),
      handles.filter((_, i) => row.best[i]).join(' '),
    ];
    if (why) line.push(reasonsCell(row, handles, why));
    return line;
  });
  const body = Papa.unparse(
    { fields, data },
    { delimiter: separator, newline: '\r\n', quotes: false, escapeFormulae: FORMULA_START },
  );
  return `${BOM}${body}\r\n`;
}

/**
 * The reasons of a row's missing figures in one cell: said once when every creator has the same,
 * else each after its creator (`instagram:@handle: …`), in the columns' order.
 */
function reasonsCell(row: CompareRow, handles: string[], why: (why: MissingWhy) => string): string {
  const reasons = missingReasons(row, why);
  if (reasons.shared !== undefined) return reasons.shared;
  return reasons.cells
    .flatMap((reason, i) => (reason === undefined ? [] : [`${handles[i]}: ${reason}`]))
    .join(' | ');
}
