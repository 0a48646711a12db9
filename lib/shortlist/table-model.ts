import type { ShortlistEntry } from '../model';
import { compareTie, sortByTie } from './filters';
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
  const gone = new Set<string>(change.removed);
  for (const row of change.put) gone.add(row.id);
  const out = gone.size === 0 ? [...sorted] : sorted.filter((row) => !gone.has(row.id));
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
  private readonly log: { version: number; ids: string[] | 'all' }[] = [];
  private readonly rows = new Map<string, ShortlistEntry>();
  private readonly revs = new Map<string, number>();
  /** Keys of each page, to find the rows a page no longer holds. */
  private readonly pages = new Map<number, Set<string>>();
  private sorted: ShortlistEntry[] = [];
  private versionCount = 0;
  private readonly staged = new Set<string>();
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

  private remember(ids: string[] | 'all'): void {
    this.log.push({ version: this.versionCount, ids });
    if (this.log.length > LOG_LIMIT) this.log.shift();
  }

  /**
   * Everything that changed after `version`, as one change (each row once, as it is now);
   * undefined when a view must start again (a full load since, or too far behind).
   */
  changesSince(version: number): ModelChange | undefined {
    if (version === this.versionCount) return { put: [], removed: [], large: false };
    const first = this.log[0];
    if (first === undefined || first.version > version + 1) return undefined;
    const ids = new Set<string>();
    for (const entry of this.log) {
      if (entry.version <= version) continue;
      if (entry.ids === 'all') return undefined;
      for (const id of entry.ids) ids.add(id);
    }
    const put: ShortlistEntry[] = [];
    const removed: string[] = [];
    for (const id of ids) {
      const row = this.rows.get(id);
      if (row) put.push(row);
      else removed.push(id);
    }
    return { put, removed, large: ids.size > PATCH_LIMIT };
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
        this.rows.set(key, row);
        this.revs.set(key, line.rev);
        this.staged.add(key);
      }
      for (const key of before) {
        if (now.has(key)) continue;
        const old = this.rows.get(key);
        if (old) this.count(old, -1);
        this.rows.delete(key);
        this.revs.delete(key);
        this.staged.add(key);
      }
      this.pages.set(page, now);
    }
  }

  /** Makes the staged rows visible: one change, the rows newest first again. */
  commit(): ModelChange | undefined {
    if (this.staged.size === 0) return undefined;
    const ids = [...this.staged];
    this.staged.clear();
    const put: ShortlistEntry[] = [];
    const removed: string[] = [];
    for (const id of ids) {
      const row = this.rows.get(id);
      if (row) put.push(row);
      else removed.push(id);
    }
    const change: ModelChange = { put, removed, large: ids.length > PATCH_LIMIT };
    this.sorted = change.large
      ? [...this.rows.values()].sort(compareRows)
      : patchSorted(this.sorted, change, compareRows);
    if (this.tieOrder)
      this.tieOrder = change.large ? undefined : patchSorted(this.tieOrder, change, compareTie);
    this.versionCount += 1;
    this.remember(ids);
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
