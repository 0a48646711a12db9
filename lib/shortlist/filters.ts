import { type AudienceLanguageFilter, matchesAudienceLanguage } from '../audience/filter';
import type { Platform, ShortlistEntry, Status, Tier, Verdict } from '../model';
import { effectiveVerdictOf } from './effective-verdict';

/**
 * Filtering and sorting of the dashboard table, pure so that their cost at 10,000 and
 * 50,000 rows is measured in Node too (tests/bench).
 */

/** What the filter bar holds. Empty sets and empty text mean "any". */
export interface ShortlistFilter {
  platforms?: readonly Platform[];
  tiers?: readonly Tier[];
  statuses?: readonly Status[];
  verdicts?: readonly Verdict[];
  /** One tag, compared exactly as stored (tags are normalised on write). */
  tag?: string;
  /** The campaign a creator was last scored for (report.campaignId). */
  campaignId?: string;
  /** Free text over handle, display name, notes and tags; accent- and case-insensitive. */
  text?: string;
  /** The audience's languages (lib/audience/filter.ts). */
  audienceLanguage?: AudienceLanguageFilter;
}

export const SORT_KEYS = [
  'handle',
  'platform',
  'followers',
  'tier',
  'er',
  'fit',
  'verdict',
  'status',
  'assignee',
  'quotedPrice',
  'dueDate',
  'addedAt',
  'updatedAt',
] as const;
export type SortKey = (typeof SORT_KEYS)[number];
export interface SortSpec {
  key: SortKey;
  desc: boolean;
}

const NOT_ASCII = /[\u0080-\uffff]/;

/** Lower case without accents: "Léa CUISINE" → "lea cuisine". */
export function foldText(text: string): string {
  // Most handles, names and tags are ASCII: nothing to take off but the case.
  if (!NOT_ASCII.test(text)) return text.toLowerCase();
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

// Rows are immutable snapshots (never edited in place: an edit brings a new row object), so
// each row's folded search text is kept on the row itself, in a property no copy, spread or
// JSON carries (a symbol, not enumerable): at 50,000 rows, reading it there is about twice as
// fast as a WeakMap lookup, which the first keystroke over every row feels.
const SEARCH_TEXT = Symbol('microscope.searchText');
const searchCache = new WeakMap<ShortlistEntry, string>();

/** The folded text free-text search looks in: handle, name, every note, every tag. */
export function searchTextOf(entry: ShortlistEntry): string {
  const kept = (entry as { [SEARCH_TEXT]?: string })[SEARCH_TEXT] ?? searchCache.get(entry);
  if (kept !== undefined) return kept;
  let all = `${entry.handle}\n${entry.displayName ?? ''}`;
  for (const tag of entry.tags) all += `\n${tag}`;
  for (const note of entry.notes) all += `\n${note.text}`;
  const text = foldText(all);
  if (Object.isExtensible(entry)) Object.defineProperty(entry, SEARCH_TEXT, { value: text });
  else searchCache.set(entry, text);
  return text;
}

// The search texts of a whole array of rows, side by side with it (same index), kept for
// arrays the dashboard filters again and again: the rows newest first, a sorted view, the
// result of the previous keystroke. At 50,000 rows a pass over a plain array of strings is
// several times faster than looking each text up on its row (rows parsed from JSON come in
// many shapes, so that lookup cannot be specialised), and a keystroke is mostly that pass.
const textsCache = new WeakMap<readonly ShortlistEntry[], readonly string[]>();

/** `searchTextOf` of every row, in the same order (built once per array, then kept). */
export function searchTextsOf(entries: readonly ShortlistEntry[]): readonly string[] {
  let texts = textsCache.get(entries);
  // Arrays kept here are never changed in place; a length that moved means one was: built again.
  if (texts === undefined || texts.length !== entries.length) {
    const built = new Array<string>(entries.length);
    for (let i = 0; i < entries.length; i++) built[i] = searchTextOf(entries[i] as ShortlistEntry);
    texts = built;
    textsCache.set(entries, texts);
  }
  return texts;
}

/**
 * Builds the search texts of an array in slices of `slice` rows (`pause` between them), for
 * the first keystroke not to pay for it; the texts are kept only if the array was not
 * changed meanwhile (arrays the model hands out never are).
 */
export async function prepareSearchTexts(
  entries: readonly ShortlistEntry[],
  pause: () => Promise<void>,
  slice = 4_000,
): Promise<void> {
  if (textsCache.has(entries)) return;
  const built = new Array<string>(entries.length);
  for (let from = 0; from < entries.length; from += slice) {
    const to = Math.min(entries.length, from + slice);
    for (let i = from; i < to; i++) built[i] = searchTextOf(entries[i] as ShortlistEntry);
    await pause();
  }
  if (built.length === entries.length && !textsCache.has(entries)) textsCache.set(entries, built);
}

export interface FilterContext {
  /** The active campaign's fake-share maximum: the verdict filter uses the verdict the user sees. */
  maxFakeShare?: number;
}

function has<T>(set: readonly T[] | undefined, value: T | undefined): boolean {
  if (!set || set.length === 0) return true;
  return value !== undefined && set.includes(value);
}

/**
 * The rows matching every part of the filter, in their input order: a new array, with its
 * search texts kept beside it (`searchTextsOf`) so that a longer query filters it again
 * cheaply. Neither the input nor the result may be changed in place afterwards.
 */
export function filterEntries(
  entries: readonly ShortlistEntry[],
  filter: ShortlistFilter,
  context: FilterContext = {},
): ShortlistEntry[] {
  const words = foldText(filter.text ?? '')
    .split(/\s+/)
    .filter((w) => w.length > 0);
  const verdicts = filter.verdicts && filter.verdicts.length > 0 ? filter.verdicts : undefined;
  // The parts of the filter in use, found once (at 50,000 rows the loop is the cost).
  const platforms = filter.platforms?.length ? filter.platforms : undefined;
  const tiers = filter.tiers?.length ? filter.tiers : undefined;
  const statuses = filter.statuses?.length ? filter.statuses : undefined;
  if (words.length === 1 && !platforms && !tiers && !statuses && !verdicts && isOnlyText(filter)) {
    // Free text alone (typing in the search box): one pass over the texts, and the texts of
    // the result kept with it, for the next keystroke to narrow it the same way.
    const word = words[0] as string;
    const texts = searchTextsOf(entries);
    const out: ShortlistEntry[] = [];
    const outTexts: string[] = [];
    for (let i = 0; i < texts.length; i++) {
      const text = texts[i] as string;
      if (text.includes(word)) {
        out.push(entries[i] as ShortlistEntry);
        outTexts.push(text);
      }
    }
    textsCache.set(out, outTexts);
    return out;
  }
  return entries.filter((entry) => {
    if (platforms && !has(platforms, entry.platform)) return false;
    if (tiers && !has(tiers, entry.tier)) return false;
    if (statuses && !has(statuses, entry.status)) return false;
    if (filter.tag && !entry.tags.includes(filter.tag)) return false;
    if (filter.campaignId && entry.report.campaignId !== filter.campaignId) return false;
    if (filter.audienceLanguage && !matchesAudienceLanguage(entry.report, filter.audienceLanguage))
      return false;
    if (verdicts && !verdicts.includes(effectiveVerdictOf(entry, context.maxFakeShare).verdict)) return false;
    if (words.length > 0) {
      const text = searchTextOf(entry);
      for (const word of words) if (!text.includes(word)) return false;
    }
    return true;
  });
}

/** Nothing but free text is set (no tag, campaign or language either). */
function isOnlyText(filter: ShortlistFilter): boolean {
  return !filter.tag && !filter.campaignId && !filter.audienceLanguage;
}

export function isFilterEmpty(filter: ShortlistFilter): boolean {
  return (
    !filter.platforms?.length &&
    !filter.tiers?.length &&
    !filter.statuses?.length &&
    !filter.verdicts?.length &&
    !filter.tag &&
    !filter.campaignId &&
    !filter.audienceLanguage &&
    !(filter.text ?? '').trim()
  );
}

const TIER_ORDER: Record<Tier, number> = { nano: 0, micro: 1, macro: 2, mega: 3 };
const VERDICT_ORDER: Record<Verdict, number> = { shortlist: 0, review: 1, reject: 2, 'insufficient-data': 3 };
export const STATUS_ORDER: Record<Status, number> = {
  candidate: 0,
  contacted: 1,
  'brief-sent': 2,
  'in-review': 3,
  published: 4,
  declined: 5,
};

type SortValue = number | string | undefined;

function sortValue(entry: ShortlistEntry, key: SortKey, maxFakeShare: number | undefined): SortValue {
  switch (key) {
    case 'handle':
      return entry.handle.toLowerCase();
    case 'platform':
      return entry.platform;
    case 'followers':
      return entry.followers;
    case 'tier':
      return entry.tier === undefined ? undefined : TIER_ORDER[entry.tier];
    case 'er':
      return entry.erMean;
    case 'fit':
      return entry.report.fit;
    case 'verdict':
      return VERDICT_ORDER[effectiveVerdictOf(entry, maxFakeShare).verdict];
    case 'status':
      return STATUS_ORDER[entry.status];
    case 'assignee':
      return entry.assignee?.toLowerCase();
    case 'quotedPrice':
      return entry.quotedPrice;
    case 'dueDate':
      return entry.dueDate;
    case 'addedAt':
      return entry.addedAt;
    case 'updatedAt':
      return entry.updatedAt;
  }
}

/**
 * The tie-break of a row (handle, then platform). Not kept per row: whole orders are built
 * from arrays of rows with their tie-breaks (`tiedInOrder`, `sortByTie`), and a change of a
 * few rows compares a few; a cache per row object (a WeakMap of 50,000 entries, half of them
 * dropped by every large import) cost the garbage collector more than it saved.
 */
export function tieOf(entry: ShortlistEntry): string {
  return `${entry.handle.toLowerCase()}\u0000${entry.platform}`;
}

function compareDecorated(
  a: { value: SortValue; tie: string },
  b: { value: SortValue; tie: string },
  sign: number,
): number {
  if (a.value === undefined || b.value === undefined) {
    if (a.value === undefined && b.value !== undefined) return 1;
    if (b.value === undefined && a.value !== undefined) return -1;
  } else if (a.value !== b.value) {
    return (a.value < b.value ? -1 : 1) * sign;
  }
  return a.tie < b.tie ? -1 : a.tie > b.tie ? 1 : 0;
}

/**
 * The order `sortEntries` puts two rows in, for inserting a changed row into a sorted view
 * without sorting it again.
 */
export function sortComparator(
  sort: SortSpec,
  context: FilterContext = {},
): (a: ShortlistEntry, b: ShortlistEntry) => number {
  const sign = sort.desc ? -1 : 1;
  return (a, b) =>
    compareDecorated(
      { value: sortValue(a, sort.key, context.maxFakeShare), tie: tieOf(a) },
      { value: sortValue(b, sort.key, context.maxFakeShare), tie: tieOf(b) },
      sign,
    );
}

/** A row with its tie-break, for sorting and merging by it without looking it up again. */
export interface Tied {
  entry: ShortlistEntry;
  tie: string;
}

export const byTieString = (a: Tied, b: Tied) => (a.tie < b.tie ? -1 : a.tie > b.tie ? 1 : 0);

function tied(entries: readonly ShortlistEntry[]): Tied[] {
  return entries.map((entry) => ({ entry, tie: `${entry.handle.toLowerCase()}\u0000${entry.platform}` }));
}

/** Rows with their tie-breaks, sorted by them. */
export function tiedInOrder(entries: readonly ShortlistEntry[]): Tied[] {
  return tied(entries).sort(byTieString);
}

/** Rows in their tie order (handle, then platform), each tie-break built once: a copy. */
export function sortByTie(entries: readonly ShortlistEntry[]): ShortlistEntry[] {
  return tied(entries)
    .sort(byTieString)
    .map((d) => d.entry);
}

function mergeRuns(a: Tied[], b: Tied[]): Tied[] {
  const out = new Array<Tied>(a.length + b.length);
  let i = 0;
  let j = 0;
  let k = 0;
  while (i < a.length && j < b.length)
    out[k++] = byTieString(a[i] as Tied, b[j] as Tied) <= 0 ? (a[i++] as Tied) : (b[j++] as Tied);
  while (i < a.length) out[k++] = a[i++] as Tied;
  while (j < b.length) out[k++] = b[j++] as Tied;
  return out;
}

/**
 * `sortByTie` in short steps (each a few milliseconds at 50,000 rows: runs of `run` rows
 * sorted, then merged two by two), giving the page a turn between steps with `pause`.
 */
export async function sortByTieInSteps(
  entries: readonly ShortlistEntry[],
  pause: () => Promise<void>,
  run = 4_096,
): Promise<ShortlistEntry[]> {
  let runs: Tied[][] = [];
  for (let from = 0; from < entries.length; from += run) {
    runs.push(tied(entries.slice(from, from + run)).sort(byTieString));
    await pause();
  }
  while (runs.length > 1) {
    const next: Tied[][] = [];
    for (let i = 0; i < runs.length; i += 2) {
      next.push(
        i + 1 < runs.length ? mergeRuns(runs[i] as Tied[], runs[i + 1] as Tied[]) : (runs[i] as Tied[]),
      );
      await pause();
    }
    runs = next;
  }
  return (runs[0] ?? []).map((d) => d.entry);
}

/** Rows in their tie order (handle, then platform): what every sort falls back to for equal values. */
export function compareTie(a: ShortlistEntry, b: ShortlistEntry): number {
  const x = tieOf(a);
  const y = tieOf(b);
  return x < y ? -1 : x > y ? 1 : 0;
}

export interface SortOptions {
  /**
   * The rows are already in tie order (`compareTie`): a stable sort on the value alone then
   * keeps ties in that order, comparing no strings for equal values.
   */
  tieOrdered?: boolean;
}

/**
 * A sorted copy. Missing values always go last (whatever the direction), ties keep a
 * stable order by handle then platform, so the table never jumps between renders.
 */
export function sortEntries(
  entries: readonly ShortlistEntry[],
  sort: SortSpec | undefined,
  context: FilterContext = {},
  options: SortOptions = {},
): ShortlistEntry[] {
  if (!sort) return [...entries];
  const n = entries.length;
  const sign = sort.desc ? -1 : 1;
  if (options.tieOrdered) {
    // Values only, in a stable sort over rows already in tie order.
    const values = new Array<SortValue>(n);
    for (let i = 0; i < n; i++)
      values[i] = sortValue(entries[i] as ShortlistEntry, sort.key, context.maxFakeShare);
    const order = new Array<number>(n);
    for (let i = 0; i < n; i++) order[i] = i;
    order.sort((i, j) => {
      const a = values[i];
      const b = values[j];
      if (a === b) return 0;
      if (a === undefined) return 1;
      if (b === undefined) return -1;
      return (a < b ? -1 : 1) * sign;
    });
    const out = new Array<ShortlistEntry>(n);
    for (let i = 0; i < n; i++) out[i] = entries[order[i] as number] as ShortlistEntry;
    return out;
  }
  // Decorate once: comparing precomputed keys keeps 50,000 rows well under the budget.
  const decorated = new Array<{ entry: ShortlistEntry; value: SortValue; tie: string }>(n);
  for (let i = 0; i < n; i++) {
    const entry = entries[i] as ShortlistEntry;
    decorated[i] = { entry, value: sortValue(entry, sort.key, context.maxFakeShare), tie: tieOf(entry) };
  }
  decorated.sort((a, b) => compareDecorated(a, b, sign));
  const out = new Array<ShortlistEntry>(n);
  for (let i = 0; i < n; i++) out[i] = (decorated[i] as { entry: ShortlistEntry }).entry;
  return out;
}

/** The tags and campaigns present in the shortlist, for the filter menus (sorted, unique). */
export function facetsOf(entries: readonly ShortlistEntry[]): { tags: string[]; campaignIds: string[] } {
  const tags = new Set<string>();
  const campaigns = new Set<string>();
  for (const entry of entries) {
    for (const tag of entry.tags) tags.add(tag);
    campaigns.add(entry.report.campaignId);
  }
  const collator = new Intl.Collator(undefined, { sensitivity: 'base' });
  return { tags: [...tags].sort(collator.compare), campaignIds: [...campaigns].sort(collator.compare) };
}
