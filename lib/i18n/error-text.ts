import type { CsvIssue, CsvIssueCode, SyncProblemCode } from '../exchange/refusals';
import type { AppError, ErrorCode } from '../result';
import type { MessageKey } from './en';
import type { createFormatters, Translate } from './index';

type Formatters = ReturnType<typeof createFormatters>;

/**
 * The wording of every failure code (lib/result.ts), of every sync-file problem and of every
 * CSV row issue. The maps are typed over the codes, so a code without its text fails the
 * build; en.ts and fr.ts are typed over the keys, so each text exists in both languages.
 */

/** The text of each failure (a map, so one text can serve several codes). */
const ERROR_TEXT: Record<Exclude<ErrorCode, 'invalid-setting'>, MessageKey> = {
  'invalid-data': 'error.invalid-data',
  'settings-unreadable': 'error.settings-unreadable',
  'score-expired': 'error.score-expired',
  'queue-item-gone': 'error.queue-item-gone',
  'queue-other-creator': 'error.queue-other-creator',
  unexpected: 'error.unexpected',
  'empty-input': 'sync.error.empty-input',
  'too-large': 'sync.error.too-large',
  incomplete: 'sync.error.incomplete',
  'not-utf8': 'sync.error.not-utf8',
  'not-json': 'sync.error.not-json',
  'wrong-format': 'sync.error.wrong-format',
  'newer-version': 'sync.error.newer-version',
  'unsupported-version': 'sync.error.unsupported-version',
  'too-many-entries': 'sync.error.too-many-entries',
  invalid: 'sync.error.invalid',
  'duplicate-entry': 'sync.error.duplicate-entry',
  'no-entries': 'sync.error.no-entries',
  'clock-ahead': 'sync.error.clock-ahead',
  'csv-empty': 'csv.error.empty',
  'csv-no-keys': 'csv.error.noKeys',
  'note-too-long': 'error.note-too-long',
  'tag-empty': 'error.tag-empty',
  'tag-too-long': 'error.tag-too-long',
  'invalid-value': 'error.invalid-value',
  'clock-damaged': 'ws.clockDamaged',
  'clock-exhausted': 'ws.clockExhausted',
  'name-required': 'error.name-required',
  'entry-gone': 'error.entry-gone',
  'device-unreadable': 'error.device-unreadable',
  'nothing-previewed': 'error.nothing-previewed',
  'too-many-to-export': 'error.too-many-to-export',
};

/** Refusals of a whole file: their sentence ends with “Nothing was imported.” */
const NOTHING_IMPORTED = new Set<ErrorCode>([
  'empty-input',
  'too-large',
  'incomplete',
  'not-utf8',
  'not-json',
  'wrong-format',
  'newer-version',
  'unsupported-version',
  'too-many-entries',
  'invalid',
  'duplicate-entry',
  'no-entries',
  'clock-ahead',
  'csv-empty',
  'csv-no-keys',
]);

export const SYNC_PROBLEM_TEXT: Record<SyncProblemCode, MessageKey> = {
  tooLong: 'sync.problem.tooLong',
  tooBig: 'sync.problem.tooBig',
  tooSmall: 'sync.problem.tooSmall',
  empty: 'sync.problem.empty',
  tooMany: 'sync.problem.tooMany',
  type: 'sync.problem.type',
  value: 'sync.problem.value',
  time: 'sync.problem.time',
  url: 'sync.problem.url',
  clock: 'sync.problem.clock',
  date: 'sync.problem.date',
  key: 'sync.problem.key',
  handle: 'sync.problem.handle',
  otherCreator: 'sync.problem.otherCreator',
  device: 'sync.problem.device',
  tag: 'sync.problem.tag',
  other: 'sync.problem.other',
  json: 'sync.problem.json',
};

export const CSV_ISSUE_TEXT: Record<CsvIssueCode, MessageKey> = {
  noKey: 'csv.row.noKey',
  unreadable: 'csv.row.unreadable',
  emptyStatus: 'csv.row.emptyStatus',
  unknownStatus: 'csv.row.unknownStatus',
  badDate: 'csv.row.badDate',
  badNumber: 'csv.row.badNumber',
  unknownCurrency: 'csv.row.unknownCurrency',
  badYesNo: 'csv.row.badYesNo',
  tooLong: 'csv.row.tooLong',
  duplicate: 'csv.row.duplicate',
  failed: 'csv.row.failed',
};

/** Every code this version can report, for the test that each has its texts. */
export const ERROR_CODES = Object.keys(ERROR_TEXT) as Exclude<ErrorCode, 'invalid-setting'>[];

type Params = Record<string, string | number>;

/** One decimal always: "1.0 MB", "1,0 MB". */
function megabytes(bytes: number, fmt: Formatters): string {
  const tag = fmt.locale === 'fr' ? 'fr-FR' : 'en-US';
  const one = new Intl.NumberFormat(tag, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  return `${one.format(bytes / (1024 * 1024))} MB`;
}

/** Numbers in the user's format (versions stay plain: "version 3", never "3.0"). */
function formatted(params: Params | undefined, fmt: Formatters): Params | undefined {
  if (!params) return params;
  const out: Params = {};
  for (const [name, value] of Object.entries(params))
    out[name] =
      typeof value === 'number' && name !== 'version' && name !== 'supported' ? fmt.number(value) : value;
  return out;
}

/** The text key and values of a code, where the values choose between two wordings. */
function textOf(error: AppError, fmt: Formatters, t: Translate): [MessageKey, Params | undefined] {
  const code = error.code as Exclude<ErrorCode, 'invalid-setting'>;
  const params = error.params;
  switch (code) {
    case 'too-large':
      return [
        'sync.error.too-large',
        { size: megabytes(Number(params?.bytes ?? 0), fmt), max: megabytes(Number(params?.max ?? 0), fmt) },
      ];
    case 'incomplete':
      // A compressed file cut short cannot say how many creators it announced.
      return params?.count === undefined
        ? ['sync.error.incomplete-packed', undefined]
        : ['sync.error.incomplete', formatted(params, fmt)];
    case 'wrong-format':
      return params?.format === undefined
        ? ['sync.error.wrong-format', undefined]
        : ['sync.error.wrong-format-named', params];
    case 'invalid': {
      const { where = '', problem, ...values } = params ?? {};
      const problemKey = SYNC_PROBLEM_TEXT[problem as SyncProblemCode] ?? 'sync.problem.value';
      return ['sync.error.invalid', { where, problem: t(problemKey, formatted(values, fmt)) }];
    }
    default:
      return [ERROR_TEXT[code] ?? 'error.unexpected', formatted(params, fmt)];
  }
}

export function describeCode(error: AppError, t: Translate, fmt: Formatters): string {
  const [key, params] = textOf(error, fmt, t);
  const text = t(key, params);
  if (NOTHING_IMPORTED.has(error.code)) return `${text} ${t('sync.error.nothing')}`;
  return error.detail ? t('error.with-detail', { text, detail: error.detail }) : text;
}

/** A file of the shared folder left out of a sync, and why. */
export function describeSkipped(
  file: { name: string; error: AppError },
  t: Translate,
  fmt: Formatters,
): string {
  return t('sync.folder.skippedFile', { name: file.name, error: describeCode(file.error, t, fmt) });
}

/** One CSV row's issue in the user's language. */
export function csvIssueText(issue: CsvIssue, t: Translate): string {
  return t(CSV_ISSUE_TEXT[issue.code] ?? 'sync.problem.value', issue.params);
}

/** Why a CSV row was not imported: `@handle: issue, issue. This row was not imported.` */
export function describeCsvProblem(
  problem: { issues: readonly CsvIssue[]; handle?: string | undefined },
  t: Translate,
): string {
  const issues = problem.issues.map((issue) => csvIssueText(issue, t));
  if (problem.handle === undefined) return issues.join(' ');
  return t('csv.row.skipped', { handle: problem.handle, problems: issues.join('; ') });
}
