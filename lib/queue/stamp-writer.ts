/**
 * Keeps the queue's stamp (lib/queue/stamp.ts) in `storage.local` equal to the current queue's
 * current item, in every extension context that writes queues (the background, the popup, the
 * dashboard):
 * - after each write through lib/queue/store.ts in this context, awaited by the write itself, so
 *   the stamp names the next profile before the caller opens it (Next, a decision on the card);
 * - in the background, also after writes of the extension's pages, which Dexie announces there
 *   through its `storagemutated` event while it runs (a backstop: a page writes its own stamp
 *   first, but may be closed between its write and the stamp's). Only the background hears the
 *   others: two pages hearing each other could land an older stamp after a newer one;
 * - once as the background starts, when the database exists (a queue kept from an earlier
 *   version has no stamp yet).
 * It is written each time, even when unchanged: another context may have written another one since.
 */
import { Dexie, type ObservabilitySet } from 'dexie';
import type { MicroscopeDb } from '../shortlist/db';
import { QUEUE_STAMP_KEY, type QueueStamp } from './stamp';
import { afterQueueWrites, currentQueue } from './store';

/** Writes `storage.local` (the extension's, in the pages and the background). */
export type StampStore = (items: Record<string, unknown>) => Promise<void>;

/** The database names this context can see, where the browser lists them (`indexedDB.databases`). */
export type ListDatabases = () => Promise<ReadonlyArray<{ name?: string }>>;

/** The current queue's current item, or null (no queue, or Next not pressed yet). */
export async function currentQueueStamp(db: MicroscopeDb): Promise<QueueStamp | null> {
  const queue = await currentQueue(db);
  const item = queue && queue.cursor >= 0 ? queue.items[queue.cursor] : undefined;
  return item ? { platform: item.platform, handle: item.handle } : null;
}

/** Whether a database change touched the queues or the current queue's id (`meta`). */
export function touchesQueues(parts: ObservabilitySet, dbName: string): boolean {
  const prefixes = [`idb://${dbName}/queues/`, `idb://${dbName}/meta/`];
  return Object.keys(parts).some((key) => key === 'all' || prefixes.some((p) => key.startsWith(p)));
}

export interface QueueStampWriter {
  /** Reads the current item and writes the stamp. */
  write(): Promise<void>;
  /**
   * After the writes of this context (awaited), and with `others` the writes Dexie hears from
   * the other extension pages (the background's backstop). Returns the remover.
   */
  watch(options?: { others?: boolean; delayMs?: number }): () => void;
  /** `write()` only when the database already exists (the background's start). */
  writeIfStored(listDatabases: ListDatabases | undefined): Promise<boolean>;
}

export function queueStampWriter(db: MicroscopeDb, store: StampStore): QueueStampWriter {
  // One write at a time, in order: a later write never lands before an earlier one.
  let chain: Promise<void> = Promise.resolve();
  const write = () => {
    const run = chain.then(async () => {
      await store({ [QUEUE_STAMP_KEY]: await currentQueueStamp(db) });
    });
    chain = run.catch(() => undefined);
    return run;
  };
  return {
    write,
    watch({ others = false, delayMs = 50 } = {}) {
      const removeAfter = afterQueueWrites(db, write);
      if (!others) return removeAfter;
      let timer: ReturnType<typeof setTimeout> | undefined;
      const onMutated = (parts: ObservabilitySet) => {
        if (!touchesQueues(parts, db.name) || timer !== undefined) return;
        timer = setTimeout(() => {
          timer = undefined;
          write().catch((error: unknown) =>
            console.warn('Microscope: could not update the queue stamp', error),
          );
        }, delayMs);
      };
      Dexie.on.storagemutated.subscribe(onMutated);
      return () => {
        removeAfter();
        if (timer !== undefined) clearTimeout(timer);
        Dexie.on.storagemutated.unsubscribe(onMutated);
      };
    },
    async writeIfStored(listDatabases) {
      if (listDatabases) {
        const names = await listDatabases();
        if (!names.some((d) => d.name === db.name)) return false;
      }
      await write();
      return true;
    },
  };
}
