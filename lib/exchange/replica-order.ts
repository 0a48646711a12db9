import { type Platform, PlatformSchema, type ScoreReport } from '../model';
import type { NoteRegister, Register, TagRegister } from './replica-schema';

/**
 * A replicated creator's keys, and the deterministic order of its parts: which of two versions
 * of one item wins, and the sorted, unique form of its arrays, so that every device computes
 * the same state from the same edits.
 */

// ——— keys, tags ———

const KEY_PATTERN = /^(instagram|tiktok):(\S+)$/;

export function isReplicaKey(key: string): boolean {
  return KEY_PATTERN.test(key) && key === key.toLowerCase();
}

export function platformOfKey(key: string): Platform {
  const platform = KEY_PATTERN.exec(key)?.[1];
  return PlatformSchema.parse(platform);
}

export function handleOfKey(key: string): string {
  return KEY_PATTERN.exec(key)?.[2] ?? key;
}

/** Tags compare after Unicode NFC, trimming and collapsing inner white space; case is kept. */
export function normalizeTag(tag: string): string {
  return tag.normalize('NFC').trim().replace(/\s+/g, ' ');
}

/** The identity of a report in the history: two reports with the same key are the same scoring. */
export function historyKey(report: Pick<ScoreReport, 'scoredAt' | 'campaignId'>): string {
  return `${String(report.scoredAt).padStart(16, '0')}|${report.campaignId}`;
}

// ——— deterministic choice between two versions of one item ———

function compareStrings(a: string, b: string): number {
  if (a === b) return 0;
  return a < b ? -1 : 1;
}

/** JSON with sorted object keys, so two equal values always give the same text. */
export function stableStringify(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'undefined';
  if (Array.isArray(value)) return `[${value.map(stableStringify).join(',')}]`;
  const record = value as Record<string, unknown>;
  const keys = Object.keys(record)
    .filter((k) => record[k] !== undefined)
    .sort();
  return `{${keys.map((k) => `${JSON.stringify(k)}:${stableStringify(record[k])}`).join(',')}}`;
}

/** The later register; on an identical clock (only a forged or corrupted file), the larger value. */
export function laterRegister<T>(a: Register<T>, b: Register<T>): Register<T> {
  if (a.hlc !== b.hlc) return a.hlc > b.hlc ? a : b;
  if (a.value === b.value) return a;
  return compareStrings(stableStringify(a.value), stableStringify(b.value)) >= 0 ? a : b;
}

export function laterNote(a: NoteRegister, b: NoteRegister): NoteRegister {
  if (a.hlc !== b.hlc) return a.hlc > b.hlc ? a : b;
  if (a.text === b.text && a.authorName === b.authorName) return a;
  return compareStrings(stableStringify([a.text, a.authorName]), stableStringify([b.text, b.authorName])) >= 0
    ? a
    : b;
}

/** On an exact tie, add wins (a tie only happens with a forged or corrupted file). */
export function laterTag(a: TagRegister, b: TagRegister): TagRegister {
  if (a.hlc !== b.hlc) return a.hlc > b.hlc ? a : b;
  if (a.present === b.present) return a;
  return a.present ? a : b;
}

/**
 * Whether two JSON values read the same (`stableStringify` prints them alike when this is true):
 * same primitives, arrays of equal items, objects with equal values under the same keys in any
 * order, a property holding `undefined` counted as absent. Walks both values once and stops at
 * the first difference, without printing either.
 */
export function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!sameJson(a[i], b[i])) return false;
    return true;
  }
  if (Array.isArray(b)) return false;
  const x = a as Record<string, unknown>;
  const y = b as Record<string, unknown>;
  let defined = 0;
  for (const key in x) {
    if (!Object.hasOwn(x, key) || x[key] === undefined) continue;
    defined += 1;
    if (!Object.hasOwn(y, key) || !sameJson(x[key], y[key])) return false;
  }
  for (const key in y) if (Object.hasOwn(y, key) && y[key] !== undefined) defined -= 1;
  return defined === 0;
}

/** Two reports of the same scoring: normally identical; otherwise the larger canonical JSON. */
export function laterReport(a: ScoreReport, b: ScoreReport): ScoreReport {
  if (a === b) return a;
  // Fast path: copies of one report, as after a round trip through a file, are equal values
  // (and would print alike: `a` is the answer either way).
  if (sameJson(a, b)) return a;
  const ja = stableStringify(a);
  const jb = stableStringify(b);
  return compareStrings(ja, jb) >= 0 ? a : b;
}

/**
 * Merges two arrays sorted and unique by `keyOf`, choosing with `pick` where both hold
 * the same key. Returns `a` itself when nothing from `b` changes it.
 */
export function mergeSortedUnique<T>(
  a: readonly T[],
  b: readonly T[],
  keyOf: (item: T) => string,
  pick: (x: T, y: T) => T,
): readonly T[] {
  if (b.length === 0 || a === b) return a;
  if (a.length === 0) return b;
  const out: T[] = [];
  let changed = false;
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const x = a[i] as T;
    const y = b[j] as T;
    const kx = keyOf(x);
    const ky = keyOf(y);
    if (kx === ky) {
      const chosen = pick(x, y);
      if (chosen !== x) changed = true;
      out.push(chosen);
      i++;
      j++;
    } else if (kx < ky) {
      out.push(x);
      i++;
    } else {
      out.push(y);
      changed = true;
      j++;
    }
  }
  while (i < a.length) out.push(a[i++] as T);
  while (j < b.length) {
    out.push(b[j++] as T);
    changed = true;
  }
  return changed ? out : a;
}

/** Sorts by key and keeps one item per key (the `pick` winner): the canonical form of a parsed array. */
export function canonicalArray<T>(
  items: readonly T[],
  keyOf: (item: T) => string,
  pick: (x: T, y: T) => T,
): readonly T[] {
  // Already sorted and unique (what Microscope writes): kept as it is, without a map.
  let sorted = true;
  for (let i = 1; i < items.length && sorted; i++)
    sorted = compareStrings(keyOf(items[i - 1] as T), keyOf(items[i] as T)) < 0;
  if (sorted) return [...items];
  const byKey = new Map<string, T>();
  for (const item of items) {
    const key = keyOf(item);
    const seen = byKey.get(key);
    byKey.set(key, seen === undefined ? item : pick(seen, item));
  }
  return [...byKey.keys()].sort(compareStrings).map((key) => byKey.get(key) as T);
}

export const noteKey = (note: NoteRegister): string => note.author;
export const tagKey = (tag: TagRegister): string => tag.tag;
