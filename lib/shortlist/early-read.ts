/**
 * The dashboard's newest rows, read before its code has loaded.
 *
 * Opening the dashboard at 50,000 creators, the page's code took about 0.2 s to load and run,
 * and only then opened the database: another 40–100 ms before the newest rows could be asked
 * for. A tiny classic script in the page's head (entrypoints/dashboard-early.ts) opens the
 * database with the browser's own API as the page starts and reads that one record (a few
 * dozen row lines, `NEWEST_KEY` in pages.ts), so it is usually there when React first draws.
 *
 * It never creates or changes anything: a database that does not exist is not made (its
 * creation is aborted), one at any version is read as it is (the record is left out when it
 * is not there), and the connection is closed once read, or at once when the dashboard's own
 * connection asks for a newer version. What it read is only shown until the dashboard's own
 * query of the same record answers (`useNewestRows`, components/dashboard/use-newest-rows.ts).
 *
 * No import beyond what the check needs: this module is the whole of that script.
 */

/** Where the early read leaves its result for the dashboard's code (one page, one read). */
const SLOT = '__microscopeNewestRows';

/** The database and record read (the names `MicroscopeDb` and pages.ts use). */
export const EARLY_DB = 'microscope';
export const EARLY_STORE = 'meta';
export const EARLY_KEY = 'newestRows';

export interface EarlyRead {
  /** Set once the read has ended: the record's lines, or undefined when there were none. */
  done: boolean;
  lines: string[] | undefined;
  /** Ends with the lines (never rejects). */
  result: Promise<string[] | undefined>;
  /** When the read ended, in the page's clock. */
  at?: number;
}

/** The stored record's row lines, when it has the shape pages.ts writes; else undefined. */
export function earlyLines(record: unknown): string[] | undefined {
  if (typeof record !== 'object' || record === null) return undefined;
  const value = (record as { value?: unknown }).value;
  if (typeof value !== 'object' || value === null) return undefined;
  const lines = (value as { lines?: unknown }).lines;
  if (!Array.isArray(lines) || !lines.every((line) => typeof line === 'string')) return undefined;
  return lines as string[];
}

/** Reads the newest rows' record with the browser's IndexedDB, creating and keeping nothing. */
export function readEarly(idb: IDBFactory, name = EARLY_DB): EarlyRead {
  const early: EarlyRead = { done: false, lines: undefined, result: Promise.resolve(undefined) };
  early.result = new Promise<string[] | undefined>((resolve) => {
    const end = (lines: string[] | undefined) => {
      if (early.done) return;
      early.done = true;
      early.lines = lines;
      early.at = typeof performance === 'undefined' ? undefined : performance.now();
      resolve(lines);
    };
    let request: IDBOpenDBRequest;
    try {
      // No version: the database as it is. One that does not exist yet asks for an upgrade,
      // which is aborted so that nothing is created.
      request = idb.open(name);
    } catch {
      end(undefined);
      return;
    }
    request.onupgradeneeded = () => request.transaction?.abort();
    request.onerror = (event) => {
      event.preventDefault();
      end(undefined);
    };
    request.onblocked = () => end(undefined);
    request.onsuccess = () => {
      const db = request.result;
      // The dashboard's own connection may need a newer version (an update of the extension).
      db.onversionchange = () => db.close();
      try {
        const get = db.transaction(EARLY_STORE, 'readonly').objectStore(EARLY_STORE).get(EARLY_KEY);
        get.onsuccess = () => {
          db.close();
          end(earlyLines(get.result));
        };
        get.onerror = (event) => {
          event.preventDefault();
          db.close();
          end(undefined);
        };
      } catch {
        // No such store at this version (a database from before the shortlist had one).
        db.close();
        end(undefined);
      }
    };
  });
  return early;
}

/** Starts the read and leaves it for the page's code (the classic script in the head). */
export function startEarlyRead(scope: Record<string, unknown>, idb: IDBFactory | undefined): void {
  if (!idb || scope[SLOT] !== undefined) return;
  scope[SLOT] = readEarly(idb);
}

/** The early read the page's head started, taken once (later calls, and other pages: undefined). */
export function takeEarlyRead(scope: Record<string, unknown>): EarlyRead | undefined {
  const early = scope[SLOT] as EarlyRead | null | undefined;
  if (!early || typeof early !== 'object' || !(early.result instanceof Promise)) return undefined;
  scope[SLOT] = null;
  return early;
}
