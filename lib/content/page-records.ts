/**
 * The extension's small records a content script needs, read once per page and shared: the
 * shortlist's stamp and the page settings (the badges, lib/content/badge-loader.ts) and the
 * review queue's stamp (scoring on arrival, lib/content/controller.ts). Nothing is read until
 * the first of them asks — a profile on screen, or the page's load for the badges — and then
 * one `storage.local.get` of the three keys serves the page; `storage.onChanged` keeps them
 * fresh and tells whoever subscribed. No validation library: each reader checks its own record.
 */
import { SHORTLIST_STAMP_KEY } from '../badges/stamp';
import { isStampedItem, QUEUE_STAMP_KEY, readQueueStamp } from '../queue/stamp';
import { PAGE_SETTINGS_KEY, readPageSettings } from '../settings/page-settings-read';

export const PAGE_RECORD_KEYS = [SHORTLIST_STAMP_KEY, PAGE_SETTINGS_KEY, QUEUE_STAMP_KEY] as const;
export type PageRecordKey = (typeof PAGE_RECORD_KEYS)[number];
/** The records as stored (each reader validates its own). */
export type PageRecordValues = Partial<Record<PageRecordKey, unknown>>;

type Changes = Record<string, { newValue?: unknown }>;
type ChangeListener = (changes: Changes, area: string) => void;

/** The part of the extension's storage API used here (`browser.storage`, or a test double). */
export interface RecordStorage {
  get(keys: string[]): Promise<Record<string, unknown>>;
  onChanged: {
    addListener(listener: ChangeListener): void;
    removeListener(listener: ChangeListener): void;
  };
}

export interface PageRecords {
  /** The records, read on the first call (one storage read per page); later calls share it. */
  read(): Promise<PageRecordValues>;
  /**
   * Calls `listener` with the keys that changed, after the records took the new values. Hears
   * nothing before the first read. Returns the remover.
   */
  subscribe(listener: (changed: ReadonlySet<PageRecordKey>) => void): () => void;
}

// The parameter is not called `storage`: WXT's auto-imports would take that name for its storage
// helper and bring it (about 10 KB) into every page's script.
export function pageRecords(area: RecordStorage, signal: AbortSignal): PageRecords {
  const values: PageRecordValues = {};
  const listeners = new Set<(changed: ReadonlySet<PageRecordKey>) => void>();
  let reading: Promise<PageRecordValues> | undefined;
  let listening = false;
  const onChanged: ChangeListener = (changes, area) => {
    if (area !== 'local') return;
    const changed = new Set<PageRecordKey>();
    for (const key of PAGE_RECORD_KEYS) {
      if (!(key in changes)) continue;
      values[key] = changes[key]?.newValue;
      changed.add(key);
    }
    if (changed.size === 0) return;
    for (const listener of listeners) listener(changed);
  };
  signal.addEventListener(
    'abort',
    () => {
      if (listening) area.onChanged.removeListener(onChanged);
      listening = false;
      listeners.clear();
    },
    { once: true },
  );
  return {
    read() {
      if (!reading) {
        // Listening first: a change that lands while the read is on its way is not lost (the
        // read's answer, sent before that change's event, never undoes it).
        if (!signal.aborted && !listening) {
          area.onChanged.addListener(onChanged);
          listening = true;
        }
        const read = area.get([...PAGE_RECORD_KEYS]).then((stored) => {
          for (const key of PAGE_RECORD_KEYS) if (!(key in values)) values[key] = stored[key];
          return values;
        });
        // A failed read (the extension was just updated) is tried again by the next caller.
        read.catch(() => {
          if (reading === read) reading = undefined;
        });
        reading = read;
      }
      return reading;
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/**
 * Whether a profile that opened may have to be scored now, by the records: automatic scoring is
 * on, or the profile is the review queue's current item. The background has the last word; this
 * only spares the question on every other profile.
 */
export function mayScoreOnArrival(values: PageRecordValues, platform: string, handle: string): boolean {
  return (
    readPageSettings(values[PAGE_SETTINGS_KEY]).autoScore ||
    isStampedItem(readQueueStamp(values[QUEUE_STAMP_KEY]), platform, handle)
  );
}
