import { MicroscopeDb } from '@/lib/shortlist/db';
import { NEWEST_KEY, pagesFromReplicas, SUMMARY_KEY } from '@/lib/shortlist/pages';
import { syntheticReplicas } from './seed';

/** A database named `name` holding `count` generated creators, stored as the extension stores them. */
export async function seededDb(name: string, count: number): Promise<MicroscopeDb> {
  const db = new MicroscopeDb(name);
  await db.open();
  const built = pagesFromReplicas(syntheticReplicas(count));
  await db.transaction('rw', db.replicaPages, db.rowPages, db.meta, async () => {
    await db.replicaPages.bulkPut(built.replicaPages);
    await db.rowPages.bulkPut(built.rowPages);
    await db.meta.bulkPut([
      { key: SUMMARY_KEY, value: built.summary },
      { key: NEWEST_KEY, value: built.newest },
    ]);
  });
  return db;
}
