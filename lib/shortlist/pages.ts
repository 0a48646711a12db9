import type { EntityTable, Table } from 'dexie';
import { packReplicaText, unpackReplicaText } from '../exchange/packed-replica';
import type { Replica } from '../exchange/replica-schema';
import { type ShortlistEntry, type Status, StatusSchema } from '../model';
import type { MetaRecord } from './db';
import { EARLY_KEY } from './early-read';
import { rowFromReplica } from './rows';

/**
 * The shortlist on disk: creators in pages of text, not one IndexedDB record each.
 *
 * IndexedDB in Chromium pays per record (measured at 50,000 creators on a 2-core machine:
 * writing one record per creator took 4–6 s, reading them back 1–2 s), while the same data
 * as a few hundred records of text reads in about 0.2 s and writes in about 0.15 s. So each
 * creator belongs to one of `PAGE_COUNT` pages, chosen by a hash of its key; a page is one
 * record holding one line per creator, sorted by key:
 *
 * - `replicaPages`: `key \t packed-replica-json` — the replicated document (the source of
 *   truth), packed as version 2 sync files carry it (exchange/packed-replica.ts);
 * - `rowPages`: `key \t rev \t status \t addedAt \t row-json` — the row the dashboard shows,
 *   derived from the replica. `rev` is the number of the write that last changed the row
 *   (it only grows, and is never reused, even for a row deleted and brought back), so a
 *   reader that holds the rows can tell which lines of a changed page it must read again,
 *   without comparing them; `status` and `addedAt` keep the counts and the newest rows up to
 *   date without reading the rows.
 *
 * An edit rewrites one replica page and one row page (a few hundred lines); an import of
 * 50,000 creators rewrites every page once. Keys never hold white space (`platform:handle`,
 * the handle without spaces: `isReplicaKey`), and JSON never holds a raw tab or line break,
 * so a line splits without parsing.
 *
 * Everything stored here was validated where it entered (a file, a message, a migration);
 * reading it back checks only the page format (`v`), never every row again.
 */

/** How many pages the creators are spread over (fixed: a page's number is part of its key). */
export const PAGE_COUNT = 256;
/** The line format of pages; a page with another value is not read as rows (see `readRowPage`). */
const PAGE_FORMAT = 1;
/** The newest rows kept ready for the dashboard's first screen. */
export const NEWEST_KEEP = 120;
/** Below this many kept newest rows (after deletions), they are found again among every row. */
const NEWEST_MIN = 60;

export interface PageRecord {
  page: number;
  /** `PAGE_FORMAT` of the lines. */
  v: number;
  /** Lines sorted by key, `\n` between them. */
  text: string;
}

/** What the popup and the dashboard header show without reading rows. */
export interface RowSummary {
  total: number;
  byStatus: Record<Status, number>;
  /** The number of the last write that changed rows (the `rev` it gave them). */
  seq?: number;
  /**
   * Replicas stored, deleted creators included (the entries of an export), when known: a
   * summary written before it was kept lacks it, and an export then counts them.
   */
  replicas?: number;
}

/** The newest rows (by date added, then key), as row lines; `complete` when they are all the rows. */
export interface NewestRows {
  lines: string[];
  complete: boolean;
}

/** The tables pages live in: the database's, or those of an upgrade transaction. */
export interface PageTables {
  replicaPages: Table<PageRecord, number>;
  rowPages: Table<PageRecord, number>;
  meta: EntityTable<MetaRecord, 'key'>;
}

export const SUMMARY_KEY = 'rowSummary';
/** The newest rows' record (also read by the dashboard's early read, early-read.ts). */
export const NEWEST_KEY = EARLY_KEY;

/** The page of a key: FNV-1a over its UTF-16 code units. */
export function pageOf(key: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) {
    h ^= key.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0) % PAGE_COUNT;
}

// ——— lines ———

/** The lines of a page by key (the rest of each line after the key's tab). */
export function splitPage(text: string): Map<string, string> {
  const lines = new Map<string, string>();
  if (text === '') return lines;
  let start = 0;
  while (start < text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const tab = text.indexOf('\t', start);
    if (tab > start && tab < end) lines.set(text.slice(start, tab), text.slice(tab + 1, end));
    start = end + 1;
  }
  return lines;
}

/** A page's text from its lines, sorted by key (so equal pages are equal text on every device). */
export function joinPage(lines: ReadonlyMap<string, string>): string {
  const keys = [...lines.keys()].sort();
  let out = '';
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as string;
    out += i === 0 ? `${key}\t${lines.get(key)}` : `\n${key}\t${lines.get(key)}`;
  }
  return out;
}

/** A row line after its key: `rev \t status \t addedAt \t json`. */
export interface RowLine {
  rev: number;
  status: Status;
  addedAt: number;
  json: string;
}

export function rowLine(row: RowLine): string {
  return `${row.rev}\t${row.status}\t${row.addedAt}\t${row.json}`;
}

export function readRowLine(rest: string): RowLine {
  const a = rest.indexOf('\t');
  const b = rest.indexOf('\t', a + 1);
  const c = rest.indexOf('\t', b + 1);
  return {
    rev: Number(rest.slice(0, a)),
    status: rest.slice(a + 1, b) as Status,
    addedAt: Number(rest.slice(b + 1, c)),
    json: rest.slice(c + 1),
  };
}

/** The revision of a row line without reading the rest. */
export function rowRev(rest: string): number {
  return Number(rest.slice(0, rest.indexOf('\t')));
}

/** The row JSON of a row line. */
export function rowJson(rest: string): string {
  let at = -1;
  for (let i = 0; i < 3; i++) at = rest.indexOf('\t', at + 1);
  return rest.slice(at + 1);
}

/** Newest first (date added, then key): the dashboard's default order. */
export function compareNewest(
  a: { key: string; addedAt: number },
  b: { key: string; addedAt: number },
): number {
  if (a.addedAt !== b.addedAt) return b.addedAt - a.addedAt;
  return a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
}

function emptySummary(): RowSummary {
  return {
    total: 0,
    byStatus: Object.fromEntries(StatusSchema.options.map((s) => [s, 0])) as Record<Status, number>,
    seq: 0,
    replicas: 0,
  };
}

// ——— reading (any transaction, or none) ———

/** The format check every page read makes: a page written by another version is an error, never read as rows. */
function checkFormat(record: PageRecord | undefined): PageRecord | undefined {
  if (record !== undefined && record.v !== PAGE_FORMAT) {
    throw new Error(
      `The shortlist page ${record.page} was written by another version of Microscope (format ${record.v}).`,
    );
  }
  return record;
}

/** Every stored replica page, in page order, a batch at a time (export, migrations, tests). */
async function forEachReplicaPage(
  db: PageTables,
  each: (lines: Map<string, string>, page: number) => void | Promise<void>,
  batch = 32,
): Promise<void> {
  for (let from = 0; from < PAGE_COUNT; from += batch) {
    const records = await db.replicaPages
      .where('page')
      .between(from, from + batch, true, false)
      .toArray();
    for (const record of records) await each(splitPage(checkFormat(record)?.text ?? ''), record.page);
  }
}

/** Every stored row page, in page order, a batch at a time. */
export async function forEachRowPage(
  db: PageTables,
  each: (lines: Map<string, string>, page: number) => void | Promise<void>,
  batch = 32,
): Promise<void> {
  for (let from = 0; from < PAGE_COUNT; from += batch) {
    const records = await db.rowPages
      .where('page')
      .between(from, from + batch, true, false)
      .toArray();
    for (const record of records) await each(splitPage(checkFormat(record)?.text ?? ''), record.page);
  }
}

/** Every replica this device holds, tombstones included, sorted by key. */
export async function readAllReplicas(db: PageTables): Promise<Replica[]> {
  const out: Replica[] = [];
  await forEachReplicaPage(db, (lines) => {
    for (const json of lines.values()) out.push(unpackReplicaText(json));
  });
  return out.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

/** The replicas of these keys (undefined where there is none), reading each page once (one bulkGet). */
export async function readReplicas(
  db: PageTables,
  keys: readonly string[],
): Promise<(Replica | undefined)[]> {
  return (await readReplicasWithPages(db, keys)).replicas;
}

/** `readReplicas`, with the texts of the pages read (to tell later whether they changed). */
export async function readReplicasWithPages(
  db: PageTables,
  keys: readonly string[],
): Promise<{ replicas: (Replica | undefined)[]; pageTexts: Map<number, string>; seq: number | undefined }> {
  const pages = [...new Set(keys.map(pageOf))];
  // Call inside a read transaction over `replicaPages` and `meta`: the pages and the number of
  // the last write are then read as of one moment.
  const [records, summary] = await Promise.all([db.replicaPages.bulkGet(pages), db.meta.get(SUMMARY_KEY)]);
  const byPage = new Map<number, Map<string, string>>();
  const pageTexts = new Map<number, string>();
  pages.forEach((page, i) => {
    const text = checkFormat(records[i])?.text ?? '';
    pageTexts.set(page, text);
    byPage.set(page, splitPage(text));
  });
  const replicas = keys.map((key) => {
    const json = byPage.get(pageOf(key))?.get(key);
    return json === undefined ? undefined : unpackReplicaText(json);
  });
  return { replicas, pageTexts, seq: (summary?.value as RowSummary | undefined)?.seq };
}

export async function readReplica(db: PageTables, key: string): Promise<Replica | undefined> {
  return (await readReplicas(db, [key]))[0];
}

/** One row by key (a keyed read of one page). */
export async function readRow(db: PageTables, key: string): Promise<ShortlistEntry | undefined> {
  const record = checkFormat(await db.rowPages.get(pageOf(key)));
  const rest = record ? splitPage(record.text).get(key) : undefined;
  return rest === undefined ? undefined : (JSON.parse(rowJson(rest)) as ShortlistEntry);
}

/** How many creators are listed, and at each step of the pipeline (one small record). */
export async function readSummary(db: PageTables): Promise<RowSummary> {
  const stored = (await db.meta.get(SUMMARY_KEY))?.value as RowSummary | undefined;
  return stored ?? emptySummary();
}

/** The newest rows, newest first. */
export async function readNewestRows(db: PageTables, limit: number): Promise<ShortlistEntry[]> {
  return rowsOfNewestLines(await readNewestLines(db), limit);
}

/** The newest rows' lines as stored (none when the record is not there). */
export async function readNewestLines(db: PageTables): Promise<string[]> {
  const stored = (await db.meta.get(NEWEST_KEY))?.value as NewestRows | undefined;
  return stored?.lines ?? [];
}

/** The first `limit` rows of the newest rows' lines (`key \t rev \t status \t addedAt \t row-json`). */
export function rowsOfNewestLines(lines: readonly string[], limit: number): ShortlistEntry[] {
  return lines.slice(0, limit).map((line) => {
    const tab = line.indexOf('\t');
    return JSON.parse(rowJson(line.slice(tab + 1))) as ShortlistEntry;
  });
}

// ——— writing (inside a read-write transaction over replicaPages, rowPages and meta) ———

export interface WriteProgress {
  /** Pages written so far, and to write. */
  done: number;
  total: number;
}

export interface WriteOptions {
  /** Pages per `bulkPut` (each a few hundred creators); progress is reported after each. */
  chunk?: number;
  onProgress?(progress: WriteProgress): void;
  /** Checked between chunks: throwing aborts the transaction, so nothing is written. */
  checkCancelled?(): void;
}

/**
 * The replicas and rows of a set of pages, changed in memory and written back together:
 * replica lines, row lines (with their revision), the counts by status and the newest rows,
 * in the transaction of the caller. `load` reads the pages it needs with one `bulkGet` per
 * table; `flush` writes the changed pages with `bulkPut` in chunks.
 */
/** Replica pages as an earlier read saw them, with the summary's `seq` at that moment. */
export interface KnownPages {
  seq: number | undefined;
  texts: ReadonlyMap<number, string>;
}

export class PageWriter {
  private readonly replicaLines = new Map<number, Map<string, string>>();
  /** The replica pages' texts as read (before any change). */
  private readonly replicaTexts = new Map<number, string>();
  private readonly rowLines = new Map<number, Map<string, string>>();
  private readonly dirty = new Set<number>();
  private readonly changes = new Map<string, { before?: RowLine; after?: RowLine }>();
  /** The summary as stored when the writer started (undefined: none yet). */
  private stored: RowSummary | undefined;
  /** The `rev` this write gives the rows it changes. */
  private seq = 0;
  /** Replicas added minus replicas removed by this write. */
  private replicaDelta = 0;

  constructor(private readonly db: PageTables) {}

  /** The newest rows as stored, asked for when the writer starts (read with the pages, not after them). */
  private newestRead: Promise<MetaRecord | undefined> | undefined;

  private async start(): Promise<void> {
    if (this.seq > 0) return;
    this.newestRead ??= this.db.meta.get(NEWEST_KEY);
    this.newestRead.catch(() => undefined);
    this.stored = (await this.db.meta.get(SUMMARY_KEY))?.value as RowSummary | undefined;
    this.seq = (this.stored?.seq ?? 0) + 1;
  }

  /**
   * Reads the pages of these keys that are not loaded yet (with the summary, in one round
   * trip). `known`: replica pages an earlier read saw, and the number of the last write then
   * (the summary's `seq`); every write of pages gives a new number, so while it is unchanged
   * those texts are the stored ones and are not read again (only the rows' pages are).
   */
  async load(keys: Iterable<string>, known?: KnownPages): Promise<void> {
    const missing = [...new Set([...keys].map(pageOf))].filter((page) => !this.replicaLines.has(page));
    if (missing.length === 0) return this.start();
    const rowsRead = this.db.rowPages.bulkGet(missing);
    rowsRead.catch(() => undefined);
    let replicaTexts: string[];
    if (known?.seq !== undefined) {
      await this.start();
      const same = this.stored?.seq === known.seq && missing.every((page) => known.texts.has(page));
      replicaTexts = same
        ? missing.map((page) => known.texts.get(page) as string)
        : (await this.db.replicaPages.bulkGet(missing)).map((record) => checkFormat(record)?.text ?? '');
    } else {
      const [, records] = await Promise.all([this.start(), this.db.replicaPages.bulkGet(missing)]);
      replicaTexts = records.map((record) => checkFormat(record)?.text ?? '');
    }
    const rowRecords = await rowsRead;
    missing.forEach((page, i) => {
      const text = replicaTexts[i] ?? '';
      this.replicaTexts.set(page, text);
      this.replicaLines.set(page, splitPage(text));
      this.rowLines.set(page, splitPage(checkFormat(rowRecords[i])?.text ?? ''));
    });
  }

  /** Loads every page (a whole-shortlist rewrite: migrations). */
  async loadAll(): Promise<void> {
    await this.start();
    const [replicaRecords, rowRecords] = await Promise.all([
      this.db.replicaPages.toArray(),
      this.db.rowPages.toArray(),
    ]);
    for (let page = 0; page < PAGE_COUNT; page++) {
      this.replicaLines.set(page, new Map());
      this.rowLines.set(page, new Map());
    }
    for (const record of replicaRecords)
      this.replicaLines.set(record.page, splitPage(checkFormat(record)?.text ?? ''));
    for (const record of rowRecords)
      this.rowLines.set(record.page, splitPage(checkFormat(record)?.text ?? ''));
  }

  private linesOf(key: string): { replicas: Map<string, string>; rows: Map<string, string>; page: number } {
    const page = pageOf(key);
    const replicas = this.replicaLines.get(page);
    const rows = this.rowLines.get(page);
    if (!replicas || !rows) throw new Error(`Page ${page} of ${key} was not loaded before use.`);
    return { replicas, rows, page };
  }

  private readonly sameAs = new Map<number, boolean>();

  /**
   * True when the page of this key read as `textOf(page)` (what an earlier read saw):
   * nothing changed it since. Each page is compared once.
   */
  pageReadAs(key: string, textOf: (page: number) => string | undefined): boolean {
    const page = pageOf(key);
    let same = this.sameAs.get(page);
    if (same === undefined) {
      const text = textOf(page);
      same = text !== undefined && this.replicaTexts.get(page) === text;
      this.sameAs.set(page, same);
    }
    return same;
  }

  /** A loaded replica (call `load` first). */
  get(key: string): Replica | undefined {
    const json = this.linesOf(key).replicas.get(key);
    return json === undefined ? undefined : unpackReplicaText(json);
  }

  /** The replica's stored text, for comparisons without parsing. */
  text(key: string): string | undefined {
    return this.linesOf(key).replicas.get(key);
  }

  /** Stores a replica and its row (call `load` first). `json` may be given when already serialized. */
  put(replica: Replica, json = packReplicaText(replica)): void {
    const { replicas, rows, page } = this.linesOf(replica.key);
    const stored = replicas.get(replica.key);
    if (stored === json) return;
    if (stored === undefined) this.replicaDelta += 1;
    replicas.set(replica.key, json);
    this.dirty.add(page);
    const row = rowFromReplica(replica);
    const beforeRest = rows.get(replica.key);
    const before = beforeRest === undefined ? undefined : readRowLine(beforeRest);
    if (row === undefined) {
      if (before === undefined) return;
      rows.delete(replica.key);
      this.noteChange(replica.key, before, undefined);
      return;
    }
    const rowText = JSON.stringify(row);
    if (before !== undefined && before.json === rowText) return;
    const after: RowLine = {
      rev: this.seq,
      status: row.status,
      addedAt: row.addedAt,
      json: rowText,
    };
    rows.set(replica.key, rowLine(after));
    this.noteChange(replica.key, before, after);
  }

  /** Removes a replica and its row entirely (an undo dropping what an import brought). */
  remove(key: string): void {
    const { replicas, rows, page } = this.linesOf(key);
    if (!replicas.has(key)) return;
    replicas.delete(key);
    this.replicaDelta -= 1;
    this.dirty.add(page);
    const beforeRest = rows.get(key);
    if (beforeRest !== undefined) {
      rows.delete(key);
      this.noteChange(key, readRowLine(beforeRest), undefined);
    }
  }

  private noteChange(key: string, before: RowLine | undefined, after: RowLine | undefined): void {
    const seen = this.changes.get(key);
    this.changes.set(key, { before: seen ? seen.before : before, after });
  }

  /** How many pages `flush` will write. */
  get pagesToWrite(): number {
    return this.dirty.size;
  }

  /** Writes the changed pages, the counts by status and the newest rows. */
  async flush(options: WriteOptions = {}): Promise<void> {
    const pages = [...this.dirty].sort((a, b) => a - b);
    if (pages.length === 0) return;
    const chunk = options.chunk ?? 32;
    const summary = await this.nextSummary();
    // Revisions given before a summary was kept (a migration) stay below this write's.
    summary.seq = Math.max(this.seq, summary.seq ?? 0);
    const newest = await this.nextNewest(summary.total);
    // Each chunk is handed to IndexedDB as soon as its texts are built, without waiting for
    // the previous one to be stored: the database writes while the next texts are built.
    const writes: Promise<unknown>[] = [];
    let written = 0;
    for (let i = 0; i < pages.length; i += chunk) {
      options.checkCancelled?.();
      const part = pages.slice(i, i + chunk);
      const replicaRecords: PageRecord[] = [];
      const rowRecords: PageRecord[] = [];
      const emptyReplicas: number[] = [];
      const emptyRows: number[] = [];
      for (const page of part) {
        const replicas = this.replicaLines.get(page) as Map<string, string>;
        const rows = this.rowLines.get(page) as Map<string, string>;
        if (replicas.size === 0) emptyReplicas.push(page);
        else replicaRecords.push({ page, v: PAGE_FORMAT, text: joinPage(replicas) });
        if (rows.size === 0) emptyRows.push(page);
        else rowRecords.push({ page, v: PAGE_FORMAT, text: joinPage(rows) });
      }
      const stored = Promise.all([
        replicaRecords.length ? this.db.replicaPages.bulkPut(replicaRecords) : undefined,
        rowRecords.length ? this.db.rowPages.bulkPut(rowRecords) : undefined,
        emptyReplicas.length ? this.db.replicaPages.bulkDelete(emptyReplicas) : undefined,
        emptyRows.length ? this.db.rowPages.bulkDelete(emptyRows) : undefined,
      ]).then(() => {
        written += part.length;
        options.onProgress?.({ done: written, total: pages.length });
      });
      // A failure is reported once, by the `Promise.all` below.
      stored.catch(() => undefined);
      writes.push(stored);
    }
    await Promise.all(writes);
    // A Cancel that arrived while the pages were being stored still aborts the transaction.
    options.checkCancelled?.();
    // The newest rows are written only when they changed (most edits touch none of them).
    const meta: MetaRecord[] = [{ key: SUMMARY_KEY, value: summary }];
    if (newest !== this.storedNewest) meta.push({ key: NEWEST_KEY, value: newest });
    await this.db.meta.bulkPut(meta);
    this.dirty.clear();
  }

  private async nextSummary(): Promise<RowSummary> {
    const stored = this.stored;
    if (stored === undefined) return recountSummary(this.db, this.rowLines, this.replicaLines);
    const summary: RowSummary = { total: stored.total, byStatus: { ...stored.byStatus }, seq: stored.seq };
    if (stored.replicas !== undefined) summary.replicas = stored.replicas + this.replicaDelta;
    for (const { before, after } of this.changes.values()) {
      if (before) {
        summary.total -= 1;
        summary.byStatus[before.status] = (summary.byStatus[before.status] ?? 0) - 1;
      }
      if (after) {
        summary.total += 1;
        summary.byStatus[after.status] = (summary.byStatus[after.status] ?? 0) + 1;
      }
    }
    return summary;
  }

  private storedNewest: NewestRows | undefined;

  /** The newest rows after this write: the stored object itself when they did not change. */
  private async nextNewest(total: number): Promise<NewestRows> {
    const stored = (await (this.newestRead ?? this.db.meta.get(NEWEST_KEY)))?.value as NewestRows | undefined;
    this.storedNewest = stored;
    if (stored === undefined) return findNewest(this.db, this.rowLines, total);
    const touched = stored.lines.some((line) => this.changes.has(line.slice(0, line.indexOf('\t'))));
    const floorItem =
      stored.lines.length > 0 ? newestItem(stored.lines[stored.lines.length - 1] as string) : undefined;
    const joins = [...this.changes].some(
      ([key, { after }]) =>
        after !== undefined &&
        (stored.complete ||
          floorItem === undefined ||
          compareNewest({ key, addedAt: after.addedAt }, floorItem) <= 0),
    );
    if (!touched && !joins) return stored;
    const kept = stored.lines.filter((line) => !this.changes.has(line.slice(0, line.indexOf('\t'))));
    const keyed = kept.map((line) => newestItem(line));
    const floor = keyed.length > 0 ? (keyed[keyed.length - 1] as NewestItem) : undefined;
    for (const [key, { after }] of this.changes) {
      if (!after) continue;
      const item: NewestItem = { key, addedAt: after.addedAt, line: `${key}\t${rowLine(after)}` };
      // Rows older than the last kept one may only join a list that holds every row.
      if (stored.complete || floor === undefined || compareNewest(item, floor) <= 0) keyed.push(item);
    }
    keyed.sort(compareNewest);
    const complete = stored.complete && keyed.length <= NEWEST_KEEP;
    const lines = keyed.slice(0, NEWEST_KEEP).map((item) => item.line);
    if (!complete && lines.length < Math.min(NEWEST_MIN, total))
      return findNewest(this.db, this.rowLines, total);
    return { lines, complete: complete || lines.length >= total };
  }
}

interface NewestItem {
  key: string;
  addedAt: number;
  line: string;
}

function newestItem(line: string): NewestItem {
  const tab = line.indexOf('\t');
  const key = line.slice(0, tab);
  return { key, addedAt: readRowLine(line.slice(tab + 1)).addedAt, line };
}

/** Row lines of every page: loaded ones from memory (as changed), the others from the database. */
async function everyRowPage(
  db: PageTables,
  loaded: ReadonlyMap<number, Map<string, string>>,
  each: (lines: Map<string, string>) => void,
): Promise<void> {
  for (const lines of loaded.values()) each(lines);
  await forEachRowPage(db, (lines, page) => {
    if (!loaded.has(page)) each(lines);
  });
}

async function recountSummary(
  db: PageTables,
  loaded: ReadonlyMap<number, Map<string, string>>,
  loadedReplicas: ReadonlyMap<number, Map<string, string>>,
): Promise<RowSummary> {
  const summary = emptySummary();
  let replicas = 0;
  for (const lines of loadedReplicas.values()) replicas += lines.size;
  await forEachReplicaPage(db, (lines, page) => {
    if (!loadedReplicas.has(page)) replicas += lines.size;
  });
  summary.replicas = replicas;
  await everyRowPage(db, loaded, (lines) => {
    for (const rest of lines.values()) {
      const { status, rev } = readRowLine(rest);
      summary.total += 1;
      summary.byStatus[status] = (summary.byStatus[status] ?? 0) + 1;
      summary.seq = Math.max(summary.seq ?? 0, rev);
    }
  });
  return summary;
}

/** The newest rows found among every row (after deletions emptied the kept list). */
async function findNewest(
  db: PageTables,
  loaded: ReadonlyMap<number, Map<string, string>>,
  total: number,
): Promise<NewestRows> {
  let items: NewestItem[] = [];
  await everyRowPage(db, loaded, (lines) => {
    for (const [key, rest] of lines)
      items.push({ key, addedAt: readRowLine(rest).addedAt, line: `${key}\t${rest}` });
    if (items.length > 4 * NEWEST_KEEP) items = items.sort(compareNewest).slice(0, NEWEST_KEEP);
  });
  items.sort(compareNewest);
  const lines = items.slice(0, NEWEST_KEEP).map((item) => item.line);
  return { lines, complete: lines.length >= total };
}

/** Starts a writer over the pages of these keys (one `bulkGet` per table). */
export async function pageWriter(
  db: PageTables,
  keys: Iterable<string>,
  known?: KnownPages,
): Promise<PageWriter> {
  const writer = new PageWriter(db);
  await writer.load(keys, known);
  return writer;
}

/**
 * The stored form of a whole shortlist, built at once from its replicas (what `PageWriter`
 * writes for the same replicas into an empty database): for tests and benchmarks that seed
 * a database directly.
 */
export function pagesFromReplicas(replicas: readonly Replica[]): {
  replicaPages: PageRecord[];
  rowPages: PageRecord[];
  summary: RowSummary;
  newest: NewestRows;
} {
  const replicaLines = new Map<number, Map<string, string>>();
  const rowLines = new Map<number, Map<string, string>>();
  const summary = emptySummary();
  summary.seq = 1;
  summary.replicas = replicas.length;
  let items: NewestItem[] = [];
  for (const replica of replicas) {
    const page = pageOf(replica.key);
    if (!replicaLines.has(page)) {
      replicaLines.set(page, new Map());
      rowLines.set(page, new Map());
    }
    replicaLines.get(page)?.set(replica.key, packReplicaText(replica));
    const row = rowFromReplica(replica);
    if (!row) continue;
    const rest = rowLine({ rev: 1, status: row.status, addedAt: row.addedAt, json: JSON.stringify(row) });
    rowLines.get(page)?.set(replica.key, rest);
    summary.total += 1;
    summary.byStatus[row.status] += 1;
    items.push({ key: replica.key, addedAt: row.addedAt, line: `${replica.key}\t${rest}` });
    if (items.length > 4 * NEWEST_KEEP) items = items.sort(compareNewest).slice(0, NEWEST_KEEP);
  }
  items.sort(compareNewest);
  const lines = items.slice(0, NEWEST_KEEP).map((item) => item.line);
  const records = (byPage: Map<number, Map<string, string>>) =>
    [...byPage]
      .sort(([a], [b]) => a - b)
      .filter(([, lines]) => lines.size > 0)
      .map(([page, lines]) => ({ page, v: PAGE_FORMAT, text: joinPage(lines) }));
  return {
    replicaPages: records(replicaLines),
    rowPages: records(rowLines),
    summary,
    newest: { lines, complete: lines.length >= summary.total },
  };
}
