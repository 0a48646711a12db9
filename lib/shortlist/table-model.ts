import type { ShortlistEntry } from '../model';
import { compareTie, sortByTie, sortByTieInSteps } from './filters';
import { pageOf, readRowLine, rowRev } from './pages';

/**
 * The dashboard's shortlist in memory, kept up to date row by row.
 *
 * It is loaded once, page by page (pages.ts), and then follows the database: when pages
 * change (an edit here, a sync applied by the worker, a creator added from the popup), only
 * those pages are read again, and within them only the lines whose revision changed are
 * parsed. An edit to one creator therefore costs one page read and one row, never a reload
 * of 50,000. Each change produces a new `entries` array (for React), sorted newest first,
 * and says which rows it put and removed, so that sorted and filtered views can be patched
 * rather than recomputed.
 */

/** Newest first: date added (descending), then key. */
export function compareRows(a: ShortlistEntry, b: ShortlistEntry): number {
  if (a.addedAt !== b.addedAt) return b.addedAt - a.addedAt;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

export interface ModelChange {
  /** Rows added or changed (new objects). */
  put: ShortlistEntry[];
  /** Ids of rows no longer listed. */
  removed: string[];
  /** The rows these replace or remove, as they were (the objects views hold). */
  previous: ShortlistEntry[];
  /** More than a patch is worth (a whole import): views recompute instead. */
  large: boolean;
}

/** Above this many changed rows, views sort again rather than insert one by one. */
export const PATCH_LIMIT = 2_000;

/** Index of the first element of `sorted` that `compare` does not put before `item`. */
export function insertionIndex<T>(sorted: readonly T[], item: T, compare: (a: T, b: T) => number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (compare(sorted[mid] as T, item) <= 0) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * A sorted array with a change applied: changed and removed rows taken out (one pass),
 * then each new row inserted where `compare` puts it (`keep` decides which rows belong,
 * e.g. a filter). Large changes re-sort instead.
 */
export function patchSorted(
  sorted: readonly ShortlistEntry[],
  change: ModelChange,
  compare: (a: ShortlistEntry, b: ShortlistEntry) => number,
  keep: (row: ShortlistEntry) => boolean = () => true,
): ShortlistEntry[] {
  let out: ShortlistEntry[];
  if (change.previous.length > 64) {
    const gone = new Set(change.previous);
    out = sorted.filter((row) => !gone.has(row));
  } else {
    // A few rows: each found by identity (a native scan), not a pass of JS over every row.
    out = sorted.slice();
    for (const old of change.previous) {
      const i = out.indexOf(old);
      if (i >= 0) out.splice(i, 1);
    }
  }
  const added = change.put.filter(keep);
  if (added.length > 64) return [...out, ...added].sort(compare);
  for (const row of added) out.splice(insertionIndex(out, row, compare), 0, row);
  return out;
}

function bump(counts: Map<string, number>, key: string, delta: 1 | -1): void {
  const n = (counts.get(key) ?? 0) + delta;
  if (n > 0) counts.set(key, n);
  else counts.delete(key);
}

/** Changes kept for views that catch up several at once (React may render once for two). */
const LOG_LIMIT = 64;

export class TableModel {
  private readonly log: { version: number; previous: Map<string, ShortlistEntry | undefined> | 'all' }[] = [];
  private readonly rows = new Map<string, ShortlistEntry>();
  private readonly revs = new Map<string, number>();
  /** Keys of each page, to find the rows a page no longer holds. */
  private readonly pages = new Map<number, Set<string>>();
  private sorted: ShortlistEntry[] = [];
  private versionCount = 0;
  /** Rows staged since the last commit, with the row each replaces (undefined: new). */
  private readonly staged = new Map<string, ShortlistEntry | undefined>();
  private readonly tagCounts = new Map<string, number>();
  private readonly campaignCounts = new Map<string, number>();
  private facetCache: { version: number; value: { tags: string[]; campaignIds: string[] } } | undefined;
  /** Every row in tie order (handle, then platform), built when first asked and patched after. */
  private tieOrder: ShortlistEntry[] | undefined;

  /** Every row, newest first. A new array after each change. */
  get entries(): readonly ShortlistEntry[] {
    return this.sorted;
  }

  /** Grows by one with each change. */
  get version(): number {
    return this.versionCount;
  }

  get size(): number {
    return this.rows.size;
  }

  get(id: string): ShortlistEntry | undefined {
    return this.rows.get(id);
  }

  /** Adds the rows of one page while loading (call `finishLoading` after the last page). */
  loadPage(page: number, lines: ReadonlyMap<string, string>): void {
    const keys = new Set<string>();
    for (const [key, rest] of lines) {
      const line = readRowLine(rest);
      const row = JSON.parse(line.json) as ShortlistEntry;
      this.rows.set(key, row);
      this.revs.set(key, line.rev);
      this.count(row, 1);
      keys.add(key);
    }
    this.pages.set(page, keys);
  }

  finishLoading(): void {
    this.tieOrder = undefined;
    this.sorted = [...this.rows.values()].sort(compareRows);
    this.versionCount += 1;
    this.remember('all');
  }

  private remember(previous: Map<string, ShortlistEntry | undefined> | 'all'): void {
    this.log.push({ version: this.versionCount, previous });
    if (this.log.length > LOG_LIMIT) this.log.shift();
  }

  /**
   * Everything that changed after `version`, as one change (each row once, as it is now);
   * undefined when a view must start again (a full load since, or too far behind).
   */
  changesSince(version: number): ModelChange | undefined {
    if (version === this.versionCount) return { put: [], removed: [], previous: [], large: false };
    const first = this.log[0];
    if (first === undefined || first.version > version + 1) return undefined;
    // Each row as it was at `version`: the one the first change after it replaced.
    const before = new Map<string, ShortlistEntry | undefined>();
    for (const entry of this.log) {
      if (entry.version <= version) continue;
      if (entry.previous === 'all') return undefined;
      for (const [id, old] of entry.previous) if (!before.has(id)) before.set(id, old);
    }
    return this.changeOf(before);
  }

  private changeOf(before: ReadonlyMap<string, ShortlistEntry | undefined>): ModelChange {
    const put: ShortlistEntry[] = [];
    const removed: string[] = [];
    const previous: ShortlistEntry[] = [];
    for (const [id, old] of before) {
      const row = this.rows.get(id);
      if (row === old) continue;
      if (row) put.push(row);
      else removed.push(id);
      if (old) previous.push(old);
    }
    return { put, removed, previous, large: before.size > PATCH_LIMIT };
  }

  /**
   * Reads what these pages now hold: only lines whose revision differs are parsed. Nothing
   * is shown until `commit` (several batches of pages make one change).
   */
  stagePages(pages: ReadonlyMap<number, ReadonlyMap<string, string>>): void {
    for (const [page, lines] of pages) {
      const before = this.pages.get(page) ?? new Set<string>();
      const now = new Set<string>();
      for (const [key, rest] of lines) {
        now.add(key);
        const rev = rowRev(rest);
        if (this.revs.get(key) === rev && this.rows.has(key)) continue;
        const line = readRowLine(rest);
        const row = JSON.parse(line.json) as ShortlistEntry;
        const old = this.rows.get(key);
        if (old) this.count(old, -1);
        this.count(row, 1);
        if (!this.staged.has(key)) this.staged.set(key, old);
        this.rows.set(key, row);
        this.revs.set(key, line.rev);
      }
      for (const key of before) {
        if (now.has(key)) continue;
        const old = this.rows.get(key);
        if (old) this.count(old, -1);
        if (!this.staged.has(key)) this.staged.set(key, old);
        this.rows.delete(key);
        this.revs.delete(key);
      }
      this.pages.set(page, now);
    }
  }

  /** Makes the staged rows visible: one change, the rows newest first again. */
  commit(): ModelChange | undefined {
    if (this.staged.size === 0) return undefined;
    const before = new Map(this.staged);
    this.staged.clear();
    const change = this.changeOf(before);
    if (change.put.length === 0 && change.removed.length === 0) return undefined;
    this.sorted = change.large
      ? [...this.rows.values()].sort(compareRows)
      : patchSorted(this.sorted, change, compareRows);
    if (this.tieOrder)
      this.tieOrder = change.large ? undefined : patchSorted(this.tieOrder, change, compareTie);
    this.versionCount += 1;
    this.remember(before);
    return change;
  }

  /** `stagePages` then `commit`. */
  applyPages(pages: ReadonlyMap<number, ReadonlyMap<string, string>>): ModelChange | undefined {
    this.stagePages(pages);
    return this.commit();
  }

  private count(row: ShortlistEntry, delta: 1 | -1): void {
    for (const tag of row.tags) bump(this.tagCounts, tag, delta);
    bump(this.campaignCounts, row.report.campaignId, delta);
  }

  /**
   * Every row in tie order: a sort by any column starts from it and compares values only
   * (filters.ts `sortEntries` with `tieOrdered`). Built once (call it while the browser is
   * idle), then kept by patching.
   */
  byTie(): readonly ShortlistEntry[] {
    this.tieOrder ??= sortByTie([...this.rows.values()]);
    return this.tieOrder;
  }

  /**
   * Builds the tie order ahead, in short steps (`pause` between them): ready for the first
   * sort without a long task. Started again if the rows change meanwhile.
   */
  async prepareTieOrder(pause: () => Promise<void>): Promise<void> {
    while (this.tieOrder === undefined) {
      const version = this.versionCount;
      const order = await sortByTieInSteps([...this.rows.values()], pause);
      if (this.tieOrder !== undefined) return;
      if (version === this.versionCount) this.tieOrder = order;
    }
  }

  /** The tags and campaigns present (for the filter menus), kept with every change. */
  facets(): { tags: string[]; campaignIds: string[] } {
    if (this.facetCache?.version === this.versionCount) return this.facetCache.value;
    const collator = new Intl.Collator(undefined, { sensitivity: 'base' });
    const value = {
      tags: [...this.tagCounts.keys()].sort(collator.compare),
      campaignIds: [...this.campaignCounts.keys()].sort(collator.compare),
    };
    const same =
      this.facetCache &&
      this.facetCache.value.tags.join('\n') === value.tags.join('\n') &&
      this.facetCache.value.campaignIds.join('\n') === value.campaignIds.join('\n');
    this.facetCache = { version: this.versionCount, value: same ? (this.facetCache?.value ?? value) : value };
    return this.facetCache.value;
  }

  /** The page of a row (to read it again). */
  static pageOf(id: string): number {
    return pageOf(id);
  }
}
