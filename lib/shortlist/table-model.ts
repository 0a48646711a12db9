import { mainLanguageOf } from '../audience/filter';
import type { ShortlistEntry } from '../model';
import {
  byTieString,
  compareTie,
  prepareSearchTexts,
  sortByTie,
  sortByTieInSteps,
  type Tied,
  tiedInOrder,
  tieOf,
} from './filters';
import { pageOf, readRowLine, rowRev } from './pages';
import { RowReader } from './row-reader';

/** Pages given by their lines (key → rest of the line) or as their stored text. */
export type PageInput = ReadonlyMap<string, string> | string;

/**
 * One row line of a page as `scanRows` walks it: its revision, and its key and JSON read
 * only when asked (one object for a whole page, not one per line: the load of 50,000 rows is
 * mostly this loop, and what it allocates per row is what the garbage collector pays for).
 */
class LineCursor {
  rev = 0;
  private text = '';
  private start = 0;
  private keyEnd = 0;
  private revEnd = 0;
  private end = 0;
  private rest: string | undefined;
  private mapKey = '';

  at(text: string, start: number, keyEnd: number, rev: number, revEnd: number, end: number): void {
    this.text = text;
    this.start = start;
    this.keyEnd = keyEnd;
    this.rev = rev;
    this.revEnd = revEnd;
    this.end = end;
    this.rest = undefined;
  }

  atEntry(key: string, rest: string): void {
    this.mapKey = key;
    this.rest = rest;
    this.rev = rowRev(rest);
  }

  /** The line's key (a new string: keep the row's own id instead when it is the same text). */
  key(): string {
    return this.rest !== undefined ? this.mapKey : this.text.slice(this.start, this.keyEnd);
  }

  /** True when the line's key is `id`, compared in place. */
  keyIs(id: string): boolean {
    if (this.rest !== undefined) return this.mapKey === id;
    return id.length === this.keyEnd - this.start && this.text.startsWith(id, this.start);
  }

  json(): string {
    if (this.rest !== undefined) return readRowLine(this.rest).json;
    const statusEnd = this.text.indexOf('\t', this.revEnd + 1);
    const addedEnd = this.text.indexOf('\t', statusEnd + 1);
    return this.text.slice(addedEnd + 1, this.end);
  }
}

/** Calls `each` for every row line of a page, without building a map of the lines. */
function scanRows(input: PageInput, each: (line: LineCursor) => void): void {
  const line = new LineCursor();
  if (typeof input !== 'string') {
    for (const [key, rest] of input) {
      line.atEntry(key, rest);
      each(line);
    }
    return;
  }
  const text = input;
  let start = 0;
  while (start < text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const keyEnd = text.indexOf('\t', start);
    if (keyEnd > start && keyEnd < end) {
      let rev = 0;
      let at = keyEnd + 1;
      for (let c = text.charCodeAt(at); c !== 9 && at < end; c = text.charCodeAt(++at))
        rev = rev * 10 + c - 48;
      line.at(text, start, keyEnd, rev, at, end);
      each(line);
    }
    start = end + 1;
  }
}

/** The key to keep for a row line: the row's own id when it is the same text (no page text kept through it). */
function keyOf(line: LineCursor, row: ShortlistEntry | undefined): string {
  return row !== undefined && typeof row.id === 'string' && line.keyIs(row.id) ? row.id : line.key();
}

/** Merges two runs sorted by `compare` into one. */
function mergeSorted<T>(a: readonly T[], b: readonly T[], compare: (x: T, y: T) => number): T[] {
  const out = new Array<T>(a.length + b.length);
  let i = 0;
  let j = 0;
  let k = 0;
  while (i < a.length && j < b.length)
    out[k++] = compare(a[i] as T, b[j] as T) <= 0 ? (a[i++] as T) : (b[j++] as T);
  while (i < a.length) out[k++] = a[i++] as T;
  while (j < b.length) out[k++] = b[j++] as T;
  return out;
}

/** Rows handled between two pauses of a step-by-step commit. */
const STEP_ROWS = 10_000;

/**
 * An order with a change applied, a slice of rows per step: rows replaced by a row that keeps
 * their place (`inPlace`) swapped for it, other rows in `gone` taken out.
 */
function* keepInSteps(
  rows: readonly ShortlistEntry[],
  gone: ReadonlySet<ShortlistEntry>,
  inPlace: ReadonlyMap<ShortlistEntry, ShortlistEntry>,
): Generator<void, ShortlistEntry[]> {
  const out: ShortlistEntry[] = [];
  for (let from = 0; from < rows.length; from += STEP_ROWS) {
    const to = Math.min(rows.length, from + STEP_ROWS);
    for (let i = from; i < to; i++) {
      const row = rows[i] as ShortlistEntry;
      if (!gone.has(row)) out.push(row);
      else {
        const next = inPlace.get(row);
        if (next !== undefined) out.push(next);
      }
    }
    yield;
  }
  return out;
}

/**
 * A changed row keeps its previous row's place in the newest-first order (same key and date
 * added) and in the tie order (same handle and platform).
 */
function samePlace(old: ShortlistEntry, row: ShortlistEntry): boolean {
  return (
    old.id === row.id &&
    old.addedAt === row.addedAt &&
    old.handle === row.handle &&
    old.platform === row.platform
  );
}

/**
 * Rows in tie order merged with rows decorated with their ties (sorted by them) into one
 * array in tie order, a slice per step: no decoration of the rows that stayed.
 */
function* mergeTiedInSteps(
  rows: readonly ShortlistEntry[],
  tied: readonly Tied[],
): Generator<void, ShortlistEntry[]> {
  const out = new Array<ShortlistEntry>(rows.length + tied.length);
  let i = 0;
  let j = 0;
  let k = 0;
  // The tie-break of rows[i], built once per row.
  let tie = rows.length > 0 ? tieOf(rows[0] as ShortlistEntry) : '';
  while (i < rows.length || j < tied.length) {
    const stop = Math.min(out.length, k + STEP_ROWS);
    while (k < stop) {
      if (j >= tied.length || (i < rows.length && tie <= (tied[j] as Tied).tie)) {
        out[k++] = rows[i++] as ShortlistEntry;
        if (i < rows.length) tie = tieOf(rows[i] as ShortlistEntry);
      } else out[k++] = (tied[j++] as Tied).entry;
    }
    yield;
  }
  return out;
}

/** Sorted runs merged two by two into one sorted array, one merge per step. */
function* mergeInSteps<T>(
  runs: readonly (readonly T[])[],
  compare: (x: T, y: T) => number,
): Generator<void, T[]> {
  let level = runs.filter((run) => run.length > 0);
  if (level.length === 0) return [];
  while (level.length > 1) {
    const next: (readonly T[])[] = [];
    for (let i = 0; i < level.length; i += 2) {
      next.push(
        i + 1 < level.length ? mergeSorted(level[i] as T[], level[i + 1] as T[], compare) : (level[i] as T[]),
      );
      yield;
    }
    level = next;
  }
  return [...(level[0] as T[])];
}

/** Dates below this (the year 10,889) are sorted by their digits; the schema stops at 9999. */
const RADIX_LIMIT = 2 ** 48;
const DIGIT_BITS = 12;
const DIGITS = 1 << DIGIT_BITS;
const DIGIT_MASK = DIGITS - 1;

/**
 * The indices of `at` in ascending order, equal values in index order (stable), by their
 * digits: four counting passes of 12 bits over 48, no comparison, no call per pair; about
 * ten times faster at 50,000 rows than `sort` with a comparator. Undefined when a value is
 * not a whole number in [0, 2^48) (then rows are compared instead).
 */
function radixOrder(at: Float64Array): Uint32Array | undefined {
  const n = at.length;
  const lo = new Uint32Array(n);
  const hi = new Uint32Array(n);
  for (let i = 0; i < n; i++) {
    const x = at[i] as number;
    if (!(x >= 0 && x < RADIX_LIMIT && Math.floor(x) === x)) return undefined;
    const h = Math.floor(x / 2 ** 24);
    hi[i] = h;
    lo[i] = x - h * 2 ** 24;
  }
  let order = new Uint32Array(n);
  let next = new Uint32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  const counts = new Uint32Array(DIGITS);
  for (let pass = 0; pass < 4; pass++) {
    const source = pass < 2 ? lo : hi;
    const shift = (pass % 2) * DIGIT_BITS;
    counts.fill(0);
    for (let i = 0; i < n; i++) {
      const d = ((source[i] as number) >>> shift) & DIGIT_MASK;
      counts[d] = (counts[d] as number) + 1;
    }
    let sum = 0;
    for (let d = 0; d < DIGITS; d++) {
      const c = counts[d] as number;
      counts[d] = sum;
      sum += c;
    }
    for (let k = 0; k < n; k++) {
      const i = order[k] as number;
      const d = ((source[i] as number) >>> shift) & DIGIT_MASK;
      const to = counts[d] as number;
      counts[d] = to + 1;
      next[to] = i;
    }
    const swap = order;
    order = next;
    next = swap;
  }
  return order;
}

/**
 * Rows newest first (`compareRows`), sorted through an index over their dates: by the dates'
 * digits (`radixOrder`), rows added at the same millisecond then by key; by comparing when a
 * date is out of that range.
 */
export function sortNewest(rows: readonly ShortlistEntry[]): ShortlistEntry[] {
  const n = rows.length;
  const at = new Float64Array(n);
  for (let i = 0; i < n; i++) at[i] = (rows[i] as ShortlistEntry).addedAt;
  const out = new Array<ShortlistEntry>(n);
  const ascending = radixOrder(at);
  if (ascending === undefined) {
    const order = new Uint32Array(n);
    for (let i = 0; i < n; i++) order[i] = i;
    order.sort((i, j) => {
      const d = (at[j] as number) - (at[i] as number);
      if (d !== 0) return d;
      const a = (rows[i] as ShortlistEntry).id;
      const b = (rows[j] as ShortlistEntry).id;
      return a < b ? -1 : a > b ? 1 : 0;
    });
    for (let k = 0; k < n; k++) out[k] = rows[order[k] as number] as ShortlistEntry;
    return out;
  }
  // Newest first: the ascending order read from its end; each run of equal dates by key.
  for (let k = 0; k < n; k++) out[k] = rows[ascending[n - 1 - k] as number] as ShortlistEntry;
  for (let k = 0; k < n; ) {
    let end = k + 1;
    const date = (out[k] as ShortlistEntry).addedAt;
    while (end < n && (out[end] as ShortlistEntry).addedAt === date) end++;
    if (end - k > 1) {
      const run = out.slice(k, end).sort(compareRows);
      for (let j = 0; j < run.length; j++) out[k + j] = run[j] as ShortlistEntry;
    }
    k = end;
  }
  return out;
}

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
const PATCH_LIMIT = 2_000;

/** What the filter menus offer. */
export interface Facets {
  tags: string[];
  campaignIds: string[];
  languages: string[];
}

/** Index of the first element of `sorted` that `compare` does not put before `item`. */
function insertionIndex<T>(sorted: readonly T[], item: T, compare: (a: T, b: T) => number): number {
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

function bump(counts: Map<string, number>, key: string, delta: number): void {
  const n = (counts.get(key) ?? 0) + delta;
  if (n > 0) counts.set(key, n);
  else counts.delete(key);
}

/** Tags, campaigns and main languages counted per row, as kept for the filter menus. */
interface Counts {
  tags: Map<string, number>;
  campaigns: Map<string, number>;
  languages: Map<string, number>;
}

function countRow(counts: Counts, row: ShortlistEntry, delta: 1 | -1): void {
  for (const tag of row.tags) counts.tags.set(tag, (counts.tags.get(tag) ?? 0) + delta);
  const campaign = row.report.campaignId;
  counts.campaigns.set(campaign, (counts.campaigns.get(campaign) ?? 0) + delta);
  const language = mainLanguageOf(row.report);
  if (language !== undefined) counts.languages.set(language, (counts.languages.get(language) ?? 0) + delta);
}

/** Changes kept for views that catch up several at once (React may render once for two). */
const LOG_LIMIT = 64;

export class TableModel {
  /** Above this many changed rows a change is `large` (tests lower it to reach that path with few rows). */
  private readonly patchLimit: number;

  constructor(options: { patchLimit?: number } = {}) {
    this.patchLimit = options.patchLimit ?? PATCH_LIMIT;
  }

  private readonly log: { version: number; previous: Map<string, ShortlistEntry | undefined> | 'all' }[] = [];
  private readonly rows = new Map<string, ShortlistEntry>();
  /** Reads row JSON into rows that share their common values (row-reader.ts). */
  private readonly reader = new RowReader();
  private readonly revs = new Map<string, number>();
  /** Keys of each page, to find the rows a page no longer holds. */
  private readonly pages = new Map<number, Set<string>>();
  private sorted: ShortlistEntry[] = [];
  private versionCount = 0;
  /**
   * Rows read since the last commit (undefined: no longer listed), their revisions, and the
   * keys of the pages read: plain maps, no object per row (an import stages 50,000 rows).
   */
  private pendingRows = new Map<string, ShortlistEntry | undefined>();
  private pendingRevs = new Map<string, number>();
  private pendingPages = new Map<number, Set<string>>();
  /** A row was read twice since the last commit. */
  private restaged = false;
  /** A commit is under way (`commitInSteps` between its steps). */
  private committing = false;
  private readonly tagCounts = new Map<string, number>();
  private readonly campaignCounts = new Map<string, number>();
  /** Creators per main audience language (lib/audience/filter.ts). */
  private readonly languageCounts = new Map<string, number>();
  private facetCache: { version: number; value: Facets } | undefined;
  /** Every row in tie order (handle, then platform), built when first asked and patched after. */
  private tieOrder: ShortlistEntry[] | undefined;
  /**
   * Staged rows that take a new place in the order (new creators, or a changed date added),
   * each batch sorted newest first and (when the tie order is kept) in tie order. A changed
   * row that keeps its place (same key, same date added: most changes, such as a status set
   * by a teammate) takes its previous row's place in both orders instead, sorted by no one.
   */
  private stagedRuns: ShortlistEntry[][] = [];
  private stagedTieRuns: Tied[][] = [];

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

  /** Rows loaded so far (in the order read), sorted once when loading ends. */
  private loading: ShortlistEntry[] = [];
  /** A key was loaded again while loading (its earlier row is no longer the model's). */
  private loadedTwice = false;

  /** Adds the rows of one page while loading (call `finishLoading` after the last page). */
  loadPage(page: number, input: PageInput): void {
    const keys = new Set<string>();
    scanRows(input, (line) => {
      const row = this.reader.read(line.json());
      const key = keyOf(line, row);
      if (this.rows.has(key)) this.loadedTwice = true;
      this.rows.set(key, row);
      this.revs.set(key, line.rev);
      this.count(row, 1);
      this.loading.push(row);
      keys.add(key);
    });
    this.pages.set(page, keys);
  }

  finishLoading(): void {
    this.tieOrder = undefined;
    // A row loaded twice (a page loaded again) is kept once: the object the model holds.
    const rows = this.loadedTwice
      ? this.loading.filter((row) => this.rows.get(row.id) === row)
      : this.loading;
    this.loadedTwice = false;
    this.loading = [];
    this.sorted = sortNewest(rows);
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
    return { put, removed, previous, large: before.size > this.patchLimit };
  }

  /**
   * Reads what these pages now hold: only lines whose revision differs are parsed. Nothing
   * changes until `commit` (several batches of pages make one change): until then the
   * model, its order and its counts are those of the last commit.
   */
  stagePages(pages: ReadonlyMap<number, PageInput>): void {
    const moved: ShortlistEntry[] = [];
    for (const [page, input] of pages) {
      const before = this.pendingPages.get(page) ?? this.pages.get(page) ?? new Set<string>();
      const now = new Set<string>();
      scanRows(input, (line) => {
        const lineKey = line.key();
        const rev = line.rev;
        const staged = this.pendingRevs.get(lineKey);
        const known = staged !== undefined ? this.pendingRows.get(lineKey) : this.rows.get(lineKey);
        if (known !== undefined && (staged !== undefined ? staged : this.revs.get(lineKey)) === rev) {
          now.add(known.id === lineKey ? known.id : lineKey);
          return;
        }
        // A row read again before the commit: the batch that holds its earlier read is stale.
        if (staged !== undefined && known !== undefined) this.restaged = true;
        const row = this.reader.read(line.json());
        const key = row.id === lineKey ? row.id : lineKey;
        now.add(key);
        this.pendingRows.set(key, row);
        this.pendingRevs.set(key, rev);
        const old = this.rows.get(key);
        if (old === undefined || !samePlace(old, row)) moved.push(row);
      });
      for (const key of before)
        if (!now.has(key)) {
          // Gone since an earlier read staged it: the batch that holds that read is stale too
          // (else a new creator read, then removed, would stay in the order it was merged into).
          if (this.pendingRows.get(key) !== undefined) this.restaged = true;
          this.pendingRows.set(key, undefined);
          this.pendingRevs.set(key, 0);
        }
      this.pendingPages.set(page, now);
    }
    this.stageMoved(moved);
  }

  /** Rows that move, sorted now (a short step), in both orders a large change merges. */
  private stageMoved(moved: ShortlistEntry[]): void {
    if (moved.length === 0) return;
    this.stagedRuns.push(sortNewest(moved));
    if (this.tieOrder) this.stagedTieRuns.push(tiedInOrder(moved));
  }

  /**
   * Shows rows changed on this page before their write is stored (a status the user just
   * picked), so the table answers the click without waiting for the database. Each row
   * replaces the row of its id and keeps that row's revision: a read of its page that still
   * holds the revision (the write not yet stored) keeps the row shown, and the stored row
   * replaces it as soon as its page is read with the write's new revision. Rows the model
   * does not hold are left out. Refused (false, nothing changed) while pages are staged or a
   * commit is under way: the change then shows when its page is read, as any other.
   */
  showRows(rows: readonly ShortlistEntry[]): boolean {
    if (this.committing || this.pendingRows.size > 0 || this.pendingPages.size > 0) return false;
    const moved: ShortlistEntry[] = [];
    for (const row of rows) {
      const old = this.rows.get(row.id);
      const rev = this.revs.get(row.id);
      if (old === undefined || rev === undefined) continue;
      this.pendingRows.set(row.id, row);
      this.pendingRevs.set(row.id, rev);
      if (!samePlace(old, row)) moved.push(row);
    }
    this.stageMoved(moved);
    this.commit();
    return true;
  }

  /** Makes the staged rows visible: one change, the rows newest first again. */
  commit(): ModelChange | undefined {
    const steps = this.commitSteps();
    for (;;) {
      const next = steps.next();
      if (next.done) return next.value;
    }
  }

  /**
   * `commit` in short steps (`pause` between them) for a large change, such as an import of
   * 50,000 creators: the new order is worked out while the model still shows the previous
   * one, then everything changes at once. Call no other method of the model meanwhile.
   */
  async commitInSteps(pause: () => Promise<void>): Promise<ModelChange | undefined> {
    const steps = this.commitSteps();
    for (;;) {
      const next = steps.next();
      if (next.done) return next.value;
      await pause();
    }
  }

  private *commitSteps(): Generator<void, ModelChange | undefined> {
    this.committing = true;
    try {
      return yield* this.commitStaged();
    } finally {
      this.committing = false;
    }
  }

  private *commitStaged(): Generator<void, ModelChange | undefined> {
    const pending = this.pendingRows;
    const pendingRevs = this.pendingRevs;
    const pendingPages = this.pendingPages;
    const restaged = this.restaged;
    let runs = this.stagedRuns;
    let tieRuns = this.stagedTieRuns;
    this.pendingRows = new Map();
    this.pendingRevs = new Map();
    this.pendingPages = new Map();
    this.restaged = false;
    this.stagedRuns = [];
    this.stagedTieRuns = [];

    // What changes: each row as it was (`before`), the objects it replaces (`gone`), and of
    // those the ones whose new row takes their place in both orders (`inPlace`).
    const before = new Map<string, ShortlistEntry | undefined>();
    const gone = new Set<ShortlistEntry>();
    const inPlace = new Map<ShortlistEntry, ShortlistEntry>();
    const put: ShortlistEntry[] = [];
    const removed: string[] = [];
    // What the filter menus' counts gain and lose, worked out here (in steps), added at the end.
    const deltas: Counts = { tags: new Map(), campaigns: new Map(), languages: new Map() };
    let n = 0;
    for (const [key, row] of pending) {
      const old = this.rows.get(key);
      if (old === row) continue;
      before.set(key, old);
      if (old) {
        gone.add(old);
        countRow(deltas, old, -1);
      }
      if (row) {
        put.push(row);
        countRow(deltas, row, 1);
      } else if (old) removed.push(key);
      if (old && row && samePlace(old, row)) inPlace.set(old, row);
      if (++n % STEP_ROWS === 0) yield;
    }
    const large = before.size > this.patchLimit;
    const change: ModelChange = { put, removed, previous: [...gone], large };

    let sorted: ShortlistEntry[];
    let tieOrder: ShortlistEntry[] | undefined;
    if (put.length === 0 && removed.length === 0) {
      sorted = this.sorted;
      tieOrder = this.tieOrder;
    } else if (!large) {
      sorted = patchSorted(this.sorted, change, compareRows);
      tieOrder = this.tieOrder && patchSorted(this.tieOrder, change, compareTie);
    } else {
      // Rows that kept their place take it (a pass over the order); the rows that stayed are
      // still in order, and every batch of rows that moved was sorted as it was read: merged,
      // never sorted again as a whole.
      if (restaged) {
        const last = (row: ShortlistEntry) => pending.get(row.id) === row;
        runs = runs.map((run) => run.filter(last));
        tieRuns = tieRuns.map((run) => run.filter((t) => last(t.entry)));
      }
      const stayed = yield* keepInSteps(this.sorted, gone, inPlace);
      sorted = yield* mergeInSteps([stayed, ...runs], compareRows);
      // The tie order follows the same way when every batch was sorted for it too.
      tieOrder = undefined;
      if (this.tieOrder && tieRuns.length === runs.length) {
        const stayedInTie = yield* keepInSteps(this.tieOrder, gone, inPlace);
        const moved = yield* mergeInSteps(tieRuns, byTieString);
        tieOrder = yield* mergeTiedInSteps(stayedInTie, moved);
      }
    }

    // Everything at once: rows, revisions, pages, counts, order.
    for (const [page, keys] of pendingPages) this.pages.set(page, keys);
    if (before.size === 0) return undefined;
    for (const [tag, delta] of deltas.tags) bump(this.tagCounts, tag, delta);
    for (const [campaign, delta] of deltas.campaigns) bump(this.campaignCounts, campaign, delta);
    for (const [language, delta] of deltas.languages) bump(this.languageCounts, language, delta);
    for (const [key] of before) {
      const row = pending.get(key);
      if (row) {
        this.rows.set(key, row);
        this.revs.set(key, pendingRevs.get(key) as number);
      } else {
        this.rows.delete(key);
        this.revs.delete(key);
      }
    }
    if (put.length === 0 && removed.length === 0) return undefined;
    this.sorted = sorted;
    this.tieOrder = tieOrder;
    this.versionCount += 1;
    // Views start again after a large change: its rows need not be kept for them.
    this.remember(large ? 'all' : before);
    return change;
  }

  /** `stagePages` then `commit`. */
  applyPages(pages: ReadonlyMap<number, PageInput>): ModelChange | undefined {
    this.stagePages(pages);
    return this.commit();
  }

  private count(row: ShortlistEntry, delta: 1 | -1): void {
    for (const tag of row.tags) bump(this.tagCounts, tag, delta);
    bump(this.campaignCounts, row.report.campaignId, delta);
    const language = mainLanguageOf(row.report);
    if (language !== undefined) bump(this.languageCounts, language, delta);
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

  /**
   * Gets every row ready for the first keystroke and the first sort, in short steps: each
   * row's folded search text (kept per row object, filters.ts), then the tie order. Rows
   * already done are skipped, so running it again after a change costs only the new rows.
   */
  async prepare(pause: () => Promise<void>, slice = 4_000): Promise<void> {
    // The rows newest first are what the first keystroke filters (with no column sorted):
    // their search texts are kept side by side with them (filters.ts `searchTextsOf`).
    await prepareSearchTexts(this.sorted, pause, slice);
    await this.prepareTieOrder(pause);
  }

  /**
   * The tags, campaigns and main audience languages present (for the filter menus), kept
   * with every change; languages most creators first, as `mainLanguagesOf` orders them.
   */
  facets(): Facets {
    if (this.facetCache?.version === this.versionCount) return this.facetCache.value;
    const collator = new Intl.Collator(undefined, { sensitivity: 'base' });
    const value: Facets = {
      tags: [...this.tagCounts.keys()].sort(collator.compare),
      campaignIds: [...this.campaignCounts.keys()].sort(collator.compare),
      languages: [...this.languageCounts]
        .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
        .map(([code]) => code),
    };
    const key = (f: Facets) => [...f.tags, '', ...f.campaignIds, '', ...f.languages].join('\n');
    const same = this.facetCache && key(this.facetCache.value) === key(value);
    this.facetCache = { version: this.versionCount, value: same ? (this.facetCache?.value ?? value) : value };
    return this.facetCache.value;
  }

  /** The page of a row (to read it again). */
  static pageOf(id: string): number {
    return pageOf(id);
  }
}
