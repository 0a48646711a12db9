import { Dexie, type ObservabilitySet } from 'dexie';
import { useEffect, useRef, useState } from 'react';
import { yieldToEventLoop } from '@/lib/exchange/sync-container';
import type { ShortlistEntry } from '@/lib/model';
import type { MicroscopeDb } from '@/lib/shortlist/db';
import {
  filterEntries,
  foldText,
  isFilterEmpty,
  type ShortlistFilter,
  type SortSpec,
  sortComparator,
  sortEntries,
} from '@/lib/shortlist/filters';
import { PAGE_COUNT, type PageRecord } from '@/lib/shortlist/pages';
import { compareRows, patchSorted, TableModel } from '@/lib/shortlist/table-model';

/** Pages read per request while loading: a few thousand rows, parsed in well under 100 ms. */
const LOAD_BATCH = 16;
/** Pages read per request when following changes (a whole import changes every page). */
const REFRESH_BATCH = 16;

export interface ShortlistState {
  /** The model (rows by id, newest first); `entries` is undefined until it has loaded. */
  model: TableModel;
  entries?: readonly ShortlistEntry[];
  version: number;
  /**
   * Shows an edit made on this page at once, before its write is stored (`TableModel.showRows`);
   * returns what takes it back if the write fails, or undefined when it was not shown (the
   * edit then shows once stored, as any other).
   */
  echo: EchoEdit;
}

/** See `ShortlistState.echo`. */
export type EchoEdit = (id: string, patch: Pick<ShortlistEntry, 'status'>) => (() => void) | undefined;

const NO_ECHO: EchoEdit = () => undefined;

interface RangeNode {
  from?: unknown;
  to?: unknown;
  d?: number;
  l?: RangeNode | null;
  r?: RangeNode | null;
}

/** Page numbers in a mutated range tree (Dexie's RangeSet, possibly a plain copy from another context); 'all' for open ranges. */
function collectPages(node: RangeNode | null | undefined, out: Set<number>): boolean {
  if (!node || node.d === 0 || node.from === undefined) return true;
  const { from, to } = node;
  if (typeof from !== 'number' || typeof to !== 'number' || !Number.isFinite(from) || !Number.isFinite(to))
    return false;
  for (let page = Math.max(0, Math.ceil(from)); page <= Math.min(PAGE_COUNT - 1, to); page++) out.add(page);
  return collectPages(node.l, out) && collectPages(node.r, out);
}

/** The row pages a storage mutation touched: a set, 'all', or undefined when none. */
function mutatedPages(parts: ObservabilitySet, dbName: string): Set<number> | 'all' | undefined {
  const prefix = `idb://${dbName}/rowPages/`;
  const pages = new Set<number>();
  let touched = false;
  for (const key of Object.keys(parts)) {
    if (key === 'all') return 'all';
    if (!key.startsWith(prefix)) continue;
    const index = key.slice(prefix.length);
    if (index !== '' && index !== ':dels' && index !== 'page') continue;
    touched = true;
    if (!collectPages(parts[key] as unknown as RangeNode, pages)) return 'all';
  }
  return touched ? pages : undefined;
}

function readRowBatch(db: MicroscopeDb, from: number): Promise<PageRecord[]> {
  return db.rowPages
    .where('page')
    .between(from, from + LOAD_BATCH, true, false)
    .toArray();
}

/** The first batch asked for as the page starts (`prefetchShortlist`), until the dashboard takes it. */
interface Prefetched {
  db: MicroscopeDb;
  first: Promise<PageRecord[]>;
  /** Row pages written since the read was asked for (it may hold their previous text). */
  changed: Set<number> | 'all';
  stop: () => void;
}

let prefetched: Prefetched | undefined;

/**
 * Asks the database for the first rows of the whole list as soon as the page starts, before
 * React has drawn anything: the read overlaps the page's start instead of following it.
 * Pages written meanwhile are noted, for the dashboard to read them again once it follows
 * the database (a write between this read and then would otherwise be missed).
 */
export function prefetchShortlist(db: MicroscopeDb): void {
  prefetched?.stop();
  const first = readRowBatch(db, 0);
  first.catch(() => undefined);
  const early: Prefetched = { db, first, changed: new Set(), stop: () => undefined };
  const onMutated = (parts: ObservabilitySet) => {
    const pages = mutatedPages(parts, db.name);
    if (pages === 'all') early.changed = 'all';
    else if (pages !== undefined && early.changed !== 'all')
      for (const page of pages) early.changed.add(page);
  };
  Dexie.on.storagemutated.subscribe(onMutated);
  early.stop = () => Dexie.on.storagemutated.unsubscribe(onMutated);
  prefetched = early;
}

/**
 * The whole list's parsing waits for the newest rows to be on screen: before, its batches
 * took the main thread in turns with React's first drawing of the table, and the first rows
 * showed after two or three of them. The first batch is still asked for as the page starts
 * (the database reads while the page draws); only its parsing waits. Never longer than
 * `FIRST_ROWS_WAIT_MS`, so a page whose first rows never show still loads its list.
 */
const FIRST_ROWS_WAIT_MS = 400;
let markShown: () => void = () => undefined;
const firstRowsDrawn = new Promise<void>((resolve) => {
  markShown = resolve;
});

/**
 * Called by the dashboard once it has drawn its first rows (or knows there are none): the
 * whole list's parsing starts after the next frame is painted, at once in a hidden tab
 * (which paints no frame).
 */
export function firstRowsShown(): void {
  if (typeof document === 'undefined' || document.visibilityState === 'hidden') markShown();
  else requestAnimationFrame(() => setTimeout(markShown, 0));
}

/** Until the first rows are shown, or `waitMs` at most. */
function afterFirstRows(waitMs: number): Promise<void> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<void>((resolve) => {
    timer = setTimeout(resolve, waitMs);
  });
  return Promise.race([firstRowsDrawn, late]).finally(() => clearTimeout(timer));
}

/** The first batch asked for as the page started, and the pages written since (once). */
function takePrefetched(db: MicroscopeDb): Pick<Prefetched, 'first' | 'changed'> | undefined {
  const taken = prefetched;
  prefetched = undefined;
  taken?.stop();
  return taken?.db === db ? taken : undefined;
}

/**
 * The shortlist held in memory by the dashboard: loaded once, page by page (each batch its
 * own short task), then kept current row by row from the database's change notifications —
 * an edit here, an import applied by the sync worker, a creator added from the popup all
 * reach it as the pages they changed, and only the changed lines are read.
 */
export function useShortlistModel(
  db: MicroscopeDb,
  options: { firstRowsWaitMs?: number } = {},
): ShortlistState {
  const firstRowsWaitMs = options.firstRowsWaitMs ?? FIRST_ROWS_WAIT_MS;
  const [state, setState] = useState<ShortlistState>(() => ({
    model: new TableModel(),
    version: 0,
    echo: NO_ECHO,
  }));
  useEffect(() => {
    const model = new TableModel();
    let stopped = false;
    let loaded = false;
    const dirty = new Set<number>();
    let refreshing: Promise<void> | undefined;
    const publish = () => {
      if (!stopped) setState({ model, entries: model.entries, version: model.version, echo });
    };
    const echo: EchoEdit = (id, patch) => {
      const previous = loaded && !stopped ? model.get(id) : undefined;
      if (previous === undefined) return undefined;
      const shown: ShortlistEntry = { ...previous, ...patch };
      if (!model.showRows([shown])) return undefined;
      publish();
      // The write failed: the row as it was, unless the stored row has replaced it meanwhile
      // (once any read of changed pages under way is done: the model takes no row during one).
      return () => {
        void (async () => {
          while (!stopped && model.get(id) === shown) {
            if (model.showRows([previous])) return publish();
            await (refreshing?.catch(() => undefined) ?? yieldToEventLoop());
          }
        })();
      };
    };
    // Changed pages are read a batch at a time (each its own short task); the change is
    // shown once, when every batch is in.
    const refresh = async () => {
      const start = performance.now();
      let read = 0;
      // Each batch is asked for before the previous one is parsed: the database reads while
      // the page parses. A page changed again after it was read is marked again, and read again.
      const take = () => {
        const pages = [...dirty].slice(0, REFRESH_BATCH);
        for (const page of pages) dirty.delete(page);
        return { pages, records: pages.length > 0 ? db.rowPages.bulkGet(pages) : undefined };
      };
      let next = take();
      while (next.records !== undefined && !stopped) {
        const { pages, records: reading } = next;
        const t = performance.now();
        const records = await reading;
        read += performance.now() - t;
        next = take();
        model.stagePages(new Map(pages.map((page, i) => [page, records[i]?.text ?? ''])));
      }
      // A batch asked for after the page was closed is not waited for.
      next.records?.catch(() => undefined);
      // A large change (an import) is merged into the order in short steps; the table shows
      // the previous rows until it is done.
      const change = stopped ? undefined : await model.commitInSteps(yieldToEventLoop);
      if (change) {
        publish();
        if (change.large) prepareSorting();
        // For the scale benchmark: how long following a change took, and how much of it was reading.
        performance.measure('microscope:model-refresh', {
          start,
          end: performance.now(),
          detail: { rows: change.put.length + change.removed.length, readMs: Math.round(read) },
        });
      }
    };
    // Every row's search text and the rows in tie order, ready for the first keystroke and
    // the first sort, worked out in short steps once the list is shown (about 150 ms of work
    // at 50,000 rows, none of it a long task).
    // Started after the list is drawn (a task of its own after React's), never before it.
    const prepareSorting = () => setTimeout(() => void model.prepare(yieldToEventLoop), 0);
    const schedule = () => {
      if (!loaded || refreshing) return;
      refreshing = refresh().finally(() => {
        refreshing = undefined;
        if (dirty.size > 0) schedule();
      });
    };
    const onMutated = (parts: ObservabilitySet) => {
      const pages = mutatedPages(parts, db.name);
      if (pages === undefined) return;
      if (pages === 'all') for (let page = 0; page < PAGE_COUNT; page++) dirty.add(page);
      else for (const page of pages) dirty.add(page);
      schedule();
    };
    Dexie.on.storagemutated.subscribe(onMutated);
    void (async () => {
      // Each batch is asked for before the previous one is parsed: the database reads while
      // the page parses.
      const read = (from: number) => readRowBatch(db, from);
      // The first batch may already be on its way (asked for as the page started); pages
      // written since are read again once the list is in (this effect follows the database now).
      const early = takePrefetched(db);
      if (early?.changed === 'all') for (let page = 0; page < PAGE_COUNT; page++) dirty.add(page);
      else for (const page of early?.changed ?? []) dirty.add(page);
      let next = early?.first ?? read(0);
      const start = performance.now();
      await afterFirstRows(firstRowsWaitMs);
      if (stopped) return;
      // For the scale benchmark: how long the page waited for the database, and parsed.
      let waited = 0;
      let parsed = 0;
      for (let from = 0; from < PAGE_COUNT && !stopped; from += LOAD_BATCH) {
        const t = performance.now();
        const records = await next;
        const got = performance.now();
        waited += got - t;
        if (from + LOAD_BATCH < PAGE_COUNT) next = read(from + LOAD_BATCH);
        const byPage = new Map(records.map((r) => [r.page, r.text]));
        for (let page = from; page < from + LOAD_BATCH; page++) model.loadPage(page, byPage.get(page) ?? '');
        parsed += performance.now() - got;
      }
      if (stopped) return;
      model.finishLoading();
      loaded = true;
      publish();
      performance.mark('microscope:list-ready');
      performance.measure('microscope:model-load', {
        start,
        end: performance.now(),
        detail: { waitMs: Math.round(waited), parseMs: Math.round(parsed) },
      });
      prepareSorting();
      schedule();
    })();
    return () => {
      stopped = true;
      Dexie.on.storagemutated.unsubscribe(onMutated);
    };
  }, [db, firstRowsWaitMs]);
  return state;
}

interface ViewMemo {
  model?: TableModel;
  version: number;
  sortKey: string;
  filter?: ShortlistFilter;
  sorted: readonly ShortlistEntry[];
  rows: readonly ShortlistEntry[];
}

function sameExceptText(a: ShortlistFilter, b: ShortlistFilter): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]) as Set<keyof ShortlistFilter>;
  keys.delete('text');
  for (const k of keys) if (JSON.stringify(a[k]) !== JSON.stringify(b[k])) return false;
  return true;
}

/** A longer query only narrows a shorter one: every word of it holds a word of the other (compared folded). */
function narrows(previous: ShortlistFilter, next: ShortlistFilter): boolean {
  const before = foldText(previous.text ?? '').trim();
  const after = foldText(next.text ?? '').trim();
  return before !== '' && after.startsWith(before) && sameExceptText(previous, next);
}

/**
 * The rows the table shows: the model's rows sorted as asked, then filtered. Kept in step
 * with the model rather than recomputed: a change of a few rows is taken out and put back
 * where the sort puts them (in the sorted rows, and in the filtered rows when it matches);
 * typing more of a word filters only the previous result. A new sort sorts once; no
 * filter shows the sorted rows themselves.
 */
export function useShortlistView(
  state: ShortlistState,
  sort: SortSpec | undefined,
  filter: ShortlistFilter,
  maxFakeShare: number | undefined,
): readonly ShortlistEntry[] | undefined {
  const memo = useRef<ViewMemo>({ version: -1, sortKey: '', sorted: [], rows: [] });
  const { model, entries, version } = state;
  if (!entries) return undefined;
  const context = { maxFakeShare };
  const sortKey = sort ? `${sort.key}:${sort.desc}:${maxFakeShare}` : '';
  const m = memo.current;
  if (m.model === model && m.version === version && m.sortKey === sortKey && m.filter === filter)
    return m.rows;

  const sameSort = m.model === model && m.sortKey === sortKey;
  const change = sameSort && m.version !== version ? model.changesSince(m.version) : undefined;
  // The sorted rows.
  let sorted: readonly ShortlistEntry[];
  if (!sort) sorted = entries;
  else if (sameSort && m.version === version) sorted = m.sorted;
  else if (change && !change.large) sorted = patchSorted(m.sorted, change, sortComparator(sort, context));
  else sorted = sortEntries(model.byTie(), sort, context, { tieOrdered: true });
  // The filtered rows.
  const matches = (row: ShortlistEntry) => filterEntries([row], filter, context).length === 1;
  let rows: readonly ShortlistEntry[];
  if (isFilterEmpty(filter)) rows = sorted;
  else if (m.filter === filter && change && !change.large && m.rows !== m.sorted)
    rows = patchSorted(m.rows, change, sort ? sortComparator(sort, context) : compareRows, matches);
  else if (sameSort && m.version === version && m.filter && narrows(m.filter, filter))
    rows = filterEntries(m.rows, filter, context);
  else rows = filterEntries(sorted, filter, context);
  memo.current = { model, version, sortKey, filter, sorted, rows };
  return rows;
}
