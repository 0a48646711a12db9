import type { Page } from 'playwright-core';
import type { Replica } from '../../lib/exchange/replica-schema';
import { NEWEST_KEY, type PageRecord, pagesFromReplicas, SUMMARY_KEY } from '../../lib/shortlist/pages';

/**
 * Writes a whole shortlist straight into the extension's IndexedDB with the raw IndexedDB
 * API from an extension page (the stored form the repository writes: replica pages, row
 * pages, the counts and the newest rows; lib/shortlist/pages.ts), in batches small enough
 * for the DevTools protocol. Nothing in the product knows about seeding.
 */
export async function seedShortlist(page: Page, replicas: readonly Replica[]): Promise<void> {
  const built = pagesFromReplicas(replicas);
  const write = (store: 'replicaPages' | 'rowPages' | 'meta', values: unknown[]) =>
    page.evaluate(
      async ({ store, values }) => {
        const db = await new Promise<IDBDatabase>((resolve, reject) => {
          const open = indexedDB.open('microscope');
          open.onsuccess = () => resolve(open.result);
          open.onerror = () => reject(open.error);
        });
        await new Promise<void>((resolve, reject) => {
          const tx = db.transaction([store], 'readwrite');
          for (const value of values) tx.objectStore(store).put(value);
          tx.oncomplete = () => resolve();
          tx.onerror = () => reject(tx.error);
        });
        db.close();
      },
      { store, values },
    );
  const batches = (records: PageRecord[]) => {
    const out: PageRecord[][] = [];
    let batch: PageRecord[] = [];
    let size = 0;
    for (const record of records) {
      batch.push(record);
      size += record.text.length;
      if (size > 4_000_000) {
        out.push(batch);
        batch = [];
        size = 0;
      }
    }
    if (batch.length) out.push(batch);
    return out;
  };
  for (const batch of batches(built.replicaPages)) await write('replicaPages', batch);
  for (const batch of batches(built.rowPages)) await write('rowPages', batch);
  await write('meta', [
    { key: SUMMARY_KEY, value: built.summary },
    { key: NEWEST_KEY, value: built.newest },
  ]);
}
