/**
 * The extension's small records a content script needs, read once per page and shared: the
 * shortlist's stamp and the page settings (the badges, lib/content/badge-loader.ts) and the
 * review queue's stamp (scoring on arrival, lib/content/controller.ts).
 *
 * In the default state (no queue, automatic scoring off, an empty shortlist) none of them can
 * change what the page does, and the page reads nothing: the records are read only once the
 * page's signal came (lib/content/page-signal.ts), which the extension sends to its pages only
 * while one of them matters (`recordsMatter`). Until the signal, a reader gets the defaults — once
 * the page's start is over, when the signal would have come with it. With the signal, one
 * `storage.local.get` of the three keys serves the page, and `storage.onChanged` keeps them fresh
 * and tells whoever subscribed; a signal that comes later (to a page already open) reads them and
 * tells the subscribers too. No validation library: each reader checks its own record.
 */
import { readStamp, SHORTLIST_STAMP_KEY } from '../badges/stamp';
import { isStampedItem, QUEUE_STAMP_KEY, readQueueStamp } from '../queue/stamp';
import { PAGE_SETTINGS_KEY, readPageSettings } from '../settings/page-settings-read';
import type { RecordsGate } from './page-signal';

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
  /**
   * The records: after the page's signal, read on the first call (one storage read per page),
   * later calls sharing it; without it, the defaults (nothing stored) once the page's start is over.
   */
  read(): Promise<PageRecordValues>;
  /**
   * Calls `listener` with the keys that changed, after the records took the new values (a signal
   * that comes late names every key). Hears nothing before the first read. Returns the remover.
   */
  subscribe(listener: (changed: ReadonlySet<PageRecordKey>) => void): () => void;
}

// The parameter is not called `storage`: WXT's auto-imports would take that name for its storage
// helper and bring it (about 10 KB) into every page's script.
export function pageRecords(area: RecordStorage, signal: AbortSignal, gate?: RecordsGate): PageRecords {
  const values: PageRecordValues = {};
  const listeners = new Set<(changed: ReadonlySet<PageRecordKey>) => void>();
  let reading: Promise<PageRecordValues> | undefined;
  let defaults: Promise<PageRecordValues> | undefined;
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
  const readStored = (): Promise<PageRecordValues> => {
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
  };
  // A signal after the defaults were handed out (a page already open): read, and tell everyone.
  gate?.onOpen(() => {
    if (!defaults || signal.aborted) return;
    readStored().then(
      () => {
        if (signal.aborted) return;
        const all = new Set<PageRecordKey>(PAGE_RECORD_KEYS);
        for (const listener of listeners) listener(all);
      },
      () => undefined,
    );
  });
  return {
    read() {
      if (!gate || gate.isOpen() || reading) return readStored();
      defaults ??= gate.settled().then(() => (gate.isOpen() ? readStored() : values));
      return defaults;
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

/**
 * Whether the records can change what a page does, against their defaults: automatic scoring is
 * on, the review queue names a current item, or badges are on and the shortlist has creators.
 * Only then does the extension signal its pages to read them (lib/page-signal/registration.ts).
 */
export function recordsMatter(values: PageRecordValues): boolean {
  const settings = readPageSettings(values[PAGE_SETTINGS_KEY]);
  return (
    settings.autoScore ||
    readQueueStamp(values[QUEUE_STAMP_KEY]) !== undefined ||
    (settings.badges && (readStamp(values[SHORTLIST_STAMP_KEY])?.total ?? 0) > 0)
  );
}
