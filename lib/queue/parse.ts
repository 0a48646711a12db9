/**
 * Pasted handles and profile links into queue items: one per line (or per CSV cell), any mix of
 * Instagram and TikTok, with or without `@`. Nothing is dropped silently: a line that is a
 * duplicate, a link that is not a profile, or text that is not a handle is reported with its line
 * number and why. Pure.
 */
import type { Platform } from '../model';
import { profileUrlOf } from '../model/bounds';
import { detectPostPage, detectProfilePage } from '../sites/detect';

export interface QueueTarget {
  platform: Platform;
  /** Lower case, without `@`. */
  handle: string;
}

export type RejectReason =
  /** A link to an Instagram or TikTok page that is not a profile (a post, a video, search…). */
  | 'not-profile'
  /** A link to another site. */
  | 'other-site'
  /** Text that is neither a link nor a handle. */
  | 'not-handle';

export interface ParsedLine {
  /** 1-based line (or row) number in what was pasted. */
  line: number;
  text: string;
}

export interface PasteResult {
  targets: Array<QueueTarget & ParsedLine>;
  /** Lines naming a creator already listed above (or already in the queue). */
  duplicates: Array<ParsedLine & QueueTarget & { firstLine?: number }>;
  rejected: Array<ParsedLine & { reason: RejectReason }>;
  /** Empty lines are skipped without a report. */
  empty: number;
}

const IG_HANDLE = /^[a-z0-9._]{1,30}$/i;
const TT_HANDLE = /^[a-z0-9._]{1,24}$/i;

/** The profile address of a target, on the creator's site. */
export function profileUrl(target: QueueTarget): string {
  return profileUrlOf(target.platform, target.handle);
}

export function targetKey(target: QueueTarget): string {
  return `${target.platform}:${target.handle.toLowerCase()}`;
}

/** One pasted line: a profile link, or a handle on `platform` (the choice for bare handles). */
export function parseTarget(
  raw: string,
  platform: Platform,
): { target: QueueTarget } | { reason: RejectReason } | undefined {
  const text = raw.trim().replace(/^["'<(]+|[">)]+$/g, '');
  if (text === '') return undefined;
  const looksLikeLink = /^(https?:\/\/|www\.|(?:www\.)?(instagram|tiktok)\.com\b)/i.test(text);
  if (looksLikeLink) {
    const href = /^https?:\/\//i.test(text) ? text : `https://${text}`;
    let url: URL;
    try {
      url = new URL(href);
    } catch {
      return { reason: 'not-handle' };
    }
    // Query strings and fragments (utm_source, igsh…) do not change which profile it is.
    url.search = '';
    url.hash = '';
    const profile = detectProfilePage(url);
    if (profile) return { target: { platform: profile.platform, handle: profile.handle } };
    const host = url.hostname.toLowerCase();
    const known = /(^|\.)instagram\.com$|(^|\.)tiktok\.com$/.test(host);
    if (known || detectPostPage(url)) return { reason: 'not-profile' };
    return { reason: 'other-site' };
  }
  const handle = text.replace(/^@/, '');
  const ok =
    platform === 'instagram' ? IG_HANDLE.test(handle) && !/^\.|\.$/.test(handle) : TT_HANDLE.test(handle);
  return ok ? { target: { platform, handle: handle.toLowerCase() } } : { reason: 'not-handle' };
}

/**
 * Every line of `text`, in order. `known` are the targets already in the queue (their keys):
 * naming one again is a duplicate too.
 */
export function parsePaste(
  text: string,
  platform: Platform,
  known: ReadonlySet<string> = new Set(),
): PasteResult {
  return parseCells(text.split(/\r?\n/), platform, known);
}

/** The same for a list of cells (a CSV column), `line` being the row number from 1. */
export function parseCells(
  cells: readonly string[],
  platform: Platform,
  known: ReadonlySet<string> = new Set(),
): PasteResult {
  const result: PasteResult = { targets: [], duplicates: [], rejected: [], empty: 0 };
  const seen = new Map<string, number>();
  cells.forEach((cell, i) => {
    const line = i + 1;
    const text = cell.trim();
    const parsed = parseTarget(text, platform);
    if (!parsed) {
      result.empty++;
      return;
    }
    if ('reason' in parsed) {
      result.rejected.push({ line, text, reason: parsed.reason });
      return;
    }
    const key = targetKey(parsed.target);
    const first = seen.get(key);
    if (first !== undefined || known.has(key)) {
      result.duplicates.push({
        line,
        text,
        ...parsed.target,
        ...(first === undefined ? {} : { firstLine: first }),
      });
      return;
    }
    seen.set(key, line);
    result.targets.push({ line, text, ...parsed.target });
  });
  return result;
}
