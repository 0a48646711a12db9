import type { AppError } from '../result';

/**
 * Why a shortlist file is refused, as codes and typed values: the screens word them in the
 * user's language (`describeError` in lib/i18n). Plain types only: nothing here is a sentence.
 */

/** Why a sync file is refused whole (SYNC-FORMAT.md lists them). */
export type SyncFileErrorCode =
  | 'empty-input'
  | 'too-large'
  | 'incomplete'
  | 'not-utf8'
  | 'not-json'
  | 'wrong-format'
  | 'newer-version'
  | 'unsupported-version'
  | 'too-many-entries'
  | 'invalid'
  | 'duplicate-entry'
  | 'no-entries'
  | 'clock-ahead';

/** What a value of a refused file got wrong (the `problem` parameter of an `invalid` refusal). */
export type SyncProblemCode =
  | 'tooLong'
  | 'tooBig'
  | 'tooSmall'
  | 'empty'
  | 'tooMany'
  | 'type'
  | 'value'
  | 'time'
  | 'url'
  | 'clock'
  | 'date'
  | 'key'
  | 'handle'
  | 'otherCreator'
  | 'device'
  | 'tag'
  | 'other'
  | 'json';

/**
 * A sync file refused whole. Parameters by code: `too-large` { bytes, max } (bytes);
 * `incomplete` { n, count } (none for a compressed file cut short); `wrong-format` { format }
 * when the file names one; `newer-version` { version, supported }; `unsupported-version`
 * { version }; `too-many-entries` { n, max }; `invalid` { where, problem: SyncProblemCode, and
 * the problem's own values }; `duplicate-entry` { key }; `clock-ahead` { key, where, date }.
 */
export interface SyncFileError extends AppError {
  code: SyncFileErrorCode;
}

/** Why a whole CSV file is refused. */
export type CsvRefusalCode = 'csv-empty' | 'csv-no-keys';

/** Why one CSV row is not imported (each with the values its text names). */
export type CsvIssueCode =
  | 'noKey'
  | 'unreadable'
  | 'emptyStatus'
  | 'unknownStatus'
  | 'badDate'
  | 'badNumber'
  | 'unknownCurrency'
  | 'badYesNo'
  | 'tooLong'
  | 'duplicate'
  | 'failed';

export interface CsvIssue {
  code: CsvIssueCode;
  params?: Record<string, string | number>;
}

/** Edits refused by a shortlist entry (a note, a tag, a field value), and damaged clocks. */
export type EditRefusalCode =
  | 'note-too-long'
  | 'tag-empty'
  | 'tag-too-long'
  | 'invalid-value'
  | 'clock-damaged'
  | 'clock-exhausted'
  /** A device name left empty. */
  | 'name-required'
  /** An edit of a creator deleted meanwhile (by this user elsewhere, or a teammate's import). */
  | 'entry-gone'
  /** The device identity stored in this browser cannot be read. */
  | 'device-unreadable'
  /** Import pressed when no previewed file or CSV waits (the preview was discarded). */
  | 'nothing-previewed'
  /** An export of more creators than a sync file can hold; `params` { n, max }. */
  | 'too-many-to-export';
