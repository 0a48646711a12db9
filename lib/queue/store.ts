/**
 * Review queues in the extension's IndexedDB database (lib/shortlist/db.ts, table `queues` since
 * schema v5), the current queue's id in its `meta` table. They are this browser's own: team sync
 * never carries them. A stored queue that no longer reads is left out with a warning, never a
 * reason to fail.
 */
import type { MicroscopeDb } from '../shortlist/db';
import { type Decision, decide, advance as nextOf, type Queue, QueueSchema } from './queue';

/** The queue the popup shows (the one worked on last). */
const CURRENT_KEY = 'queue:current';
type QueueDb = MicroscopeDb;

/** Work that must be done after each write of the queues in this context, before the write resolves. */
type AfterWrite = () => Promise<void>;
const afterWrites = new WeakMap<QueueDb, Set<AfterWrite>>();

/**
 * Runs `listener` after each write of `db`'s queues made through this module in this context,
 * and makes the write's promise wait for it: the queue's stamp for the tabs
 * (lib/queue/stamp-writer.ts) is written before the caller opens the next profile. A failing
 * listener is reported, never the write's failure. Returns the remover.
 */
export function afterQueueWrites(db: QueueDb, listener: AfterWrite): () => void {
  let listeners = afterWrites.get(db);
  if (!listeners) {
    listeners = new Set();
    afterWrites.set(db, listeners);
  }
  listeners.add(listener);
  return () => listeners.delete(listener);
}

async function written<T>(db: QueueDb, result: T): Promise<T> {
  for (const listener of afterWrites.get(db) ?? []) {
    await listener().catch((error: unknown) => console.warn('Microscope: after a queue write', error));
  }
  return result;
}

function readable(raw: unknown): Queue | undefined {
  const parsed = QueueSchema.safeParse(raw);
  if (parsed.success) return parsed.data;
  console.warn('Microscope: a stored review queue could not be read and is left out', parsed.error.issues[0]);
  return undefined;
}

/** Every queue, the one changed last first. */
export async function listQueues(db: QueueDb): Promise<Queue[]> {
  const rows = await db.queues.orderBy('updatedAt').reverse().toArray();
  return rows.flatMap((r) => readable(r) ?? []);
}

export async function getQueue(db: QueueDb, id: string): Promise<Queue | undefined> {
  const raw = await db.queues.get(id);
  return raw === undefined ? undefined : readable(raw);
}

/** Saves a queue (validated) and makes it the current one. */
export async function saveQueue(db: QueueDb, queue: Queue): Promise<Queue> {
  const checked = QueueSchema.parse(queue);
  await db.transaction('rw', db.queues, db.meta, async () => {
    await db.queues.put(checked);
    await db.meta.put({ key: CURRENT_KEY, value: checked.id });
  });
  return written(db, checked);
}

export async function deleteQueue(db: QueueDb, id: string): Promise<void> {
  await db.transaction('rw', db.queues, db.meta, async () => {
    await db.queues.delete(id);
    const current = await db.meta.get(CURRENT_KEY);
    if (current?.value === id) await db.meta.delete(CURRENT_KEY);
  });
  await written(db, undefined);
}

/** The current queue: the one set last, else the one changed last (one keyed read each). */
export async function currentQueue(db: QueueDb): Promise<Queue | undefined> {
  const current = await db.meta.get(CURRENT_KEY);
  if (typeof current?.value === 'string') {
    const queue = await getQueue(db, current.value);
    if (queue) return queue;
  }
  const last = await db.queues.orderBy('updatedAt').last();
  return last === undefined ? undefined : readable(last);
}

export async function setCurrentQueue(db: QueueDb, id: string): Promise<void> {
  await db.meta.put({ key: CURRENT_KEY, value: id });
  await written(db, undefined);
}

/** Moves the queue's cursor to the next item to open and answers it (undefined: all done). */
export async function advanceQueue(
  db: QueueDb,
  id: string,
  now: number,
): Promise<{ queue: Queue; index?: number } | undefined> {
  const moved = await db.transaction('rw', db.queues, db.meta, async () => {
    const queue = await getQueue(db, id);
    if (!queue) return undefined;
    const moved = nextOf(queue, now);
    await db.queues.put(moved.queue);
    await db.meta.put({ key: CURRENT_KEY, value: id });
    return moved;
  });
  return written(db, moved);
}

/** Records a decision on one item. */
export async function decideItem(
  db: QueueDb,
  id: string,
  index: number,
  decision: Decision,
  now: number,
): Promise<Queue | undefined> {
  const next = await db.transaction('rw', db.queues, async () => {
    const queue = await getQueue(db, id);
    if (!queue) return undefined;
    const next = decide(queue, index, decision, now);
    await db.queues.put(next);
    return next;
  });
  // The current queue may be the one changed last (when none was set): its item may change.
  return written(db, next);
}
