/**
 * The one way to report a failure: a `Result<T>` whose error is an `AppError` — a code the
 * interface words in the user's language (`describeError` in lib/i18n, texts under `error.*`),
 * typed parameters, and, when there is one, a technical detail shown as is (which field of a
 * message did not fit, what an exception said). Every message handler answers a `Result`.
 *
 * Plain types and functions only: the content script imports this file, and it must stay free
 * of the validation library.
 */

import type { CsvRefusalCode, EditRefusalCode, SyncFileErrorCode } from './exchange/refusals';

/** Every failure this version reports; each has its text (lib/i18n `describeError`). */
export type ErrorCode =
  /** A sync file refused whole (lib/exchange/refusals.ts). */
  | SyncFileErrorCode
  /** A CSV file refused whole. */
  | CsvRefusalCode
  /** An edit of a shortlist entry refused, or its clock damaged. */
  | EditRefusalCode
  /** A message or a value did not fit its schema; `detail` says where and why. */
  | 'invalid-data'
  /** Campaign settings refused before saving: `params` says which field and which rule. */
  | 'invalid-setting'
  /** Stored campaign settings that no longer parse: the defaults are used instead. */
  | 'settings-unreadable'
  /** Add named a report the background no longer keeps: the profile must be scored again. */
  | 'score-expired'
  /** A queue decision for an item the queue no longer has (removed or replaced meanwhile). */
  | 'queue-item-gone'
  /** A queue decision carrying the score of another creator than the queue's item: `scored`, `expected`. */
  | 'queue-other-creator'
  /** Anything else that threw; `detail` is what it said. */
  | 'unexpected';

export interface AppError {
  code: ErrorCode;
  params?: Record<string, string | number>;
  /** Technical detail for diagnostics, in English, shown after the sentence. */
  detail?: string;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: AppError };

export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

export function fail(
  code: ErrorCode,
  params?: AppError['params'],
  detail?: string,
): { ok: false; error: AppError } {
  const error: AppError = { code };
  if (params !== undefined) error.params = params;
  if (detail !== undefined) error.detail = detail;
  return { ok: false, error };
}

/** A thrown `AppError`: code paths that throw keep the code and parameters to the handler. */
export class AppFailure extends Error {
  constructor(
    readonly error: AppError,
    /** `message`: what logs and tests read (English); the interface words `error` itself. */
    options?: { cause?: unknown; message?: string },
  ) {
    super(options?.message ?? error.detail ?? error.code, options);
    this.name = 'AppFailure';
  }
}

/** The `AppError` a thrown value carries (an `AppFailure`, or a job failure rebuilt from one), if any. */
export function appErrorOf(thrown: unknown): AppError | undefined {
  if (thrown instanceof AppFailure) return thrown.error;
  const carried = (thrown as { error?: unknown } | null)?.error;
  return typeof carried === 'object' && carried !== null && typeof (carried as AppError).code === 'string'
    ? (carried as AppError)
    : undefined;
}

/** A validation error's issues, read by shape so this file needs no validation library. */
interface IssueLike {
  path: ReadonlyArray<PropertyKey>;
  message: string;
}
function issuesOf(error: unknown): readonly IssueLike[] | undefined {
  if (!(error instanceof Error) || error.name !== 'ZodError') return undefined;
  const issues = (error as Error & { issues?: unknown }).issues;
  return Array.isArray(issues) ? (issues as IssueLike[]) : undefined;
}

/**
 * Any thrown value as an `AppError`. Data that did not fit its schema is `invalid-data` with
 * the path and the rule it broke; an `AppFailure` keeps its own; anything else is
 * `unexpected`, with what it said as the detail.
 */
export function toAppError(thrown: unknown, code: ErrorCode = 'unexpected'): AppError {
  if (thrown instanceof AppFailure) return thrown.error;
  const issues = issuesOf(thrown);
  if (issues) {
    const issue = issues[0];
    return {
      code: 'invalid-data',
      detail: `${issue?.path.map(String).join('.') || 'root'}: ${issue?.message ?? 'rejected'}`,
    };
  }
  return { code, detail: thrown instanceof Error ? thrown.message : String(thrown) };
}
