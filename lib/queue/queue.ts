/**
 * A named review queue: the creators to vet in one sitting, in order, each with the decision
 * taken on it. Pure operations; storage is lib/queue/store.ts.
 */
import { z } from 'zod';
import { bounded, EpochMsSchema, TEXT_LIMITS } from '../model/bounds';
import { PlatformSchema } from '../model/profile';
import type { QueueTarget } from './parse';

/** shortlist, review later, reject, skip (seen, no decision). */
export const DecisionSchema = z.enum(['shortlist', 'later', 'reject', 'skip']);
export type Decision = z.infer<typeof DecisionSchema>;

export const QueueItemSchema = z.object({
  platform: PlatformSchema,
  handle: bounded(TEXT_LIMITS.handle).min(1),
  decision: DecisionSchema.optional(),
  decidedAt: EpochMsSchema.optional(),
});
export type QueueItem = z.infer<typeof QueueItemSchema>;

export const QUEUE_MAX_ITEMS = 2_000;

export const QueueSchema = z.object({
  id: bounded(TEXT_LIMITS.id).min(1),
  name: bounded(TEXT_LIMITS.name).min(1),
  createdAt: EpochMsSchema,
  updatedAt: EpochMsSchema,
  items: z.array(QueueItemSchema).max(QUEUE_MAX_ITEMS),
  /** The item opened last (by Next), or -1 before the first. */
  cursor: z.number().int().min(-1),
});
export type Queue = z.infer<typeof QueueSchema>;

export function newQueue(id: string, name: string, targets: readonly QueueTarget[], now: number): Queue {
  return QueueSchema.parse({
    id,
    name: name.trim() || 'Queue',
    createdAt: now,
    updatedAt: now,
    items: targets.map((t) => ({ platform: t.platform, handle: t.handle })),
    cursor: -1,
  });
}

/** "12 / 40": items with a decision (skip included) of all items. */
export function progressOf(queue: Pick<Queue, 'items'>): { done: number; total: number } {
  return { done: queue.items.filter((i) => i.decision !== undefined).length, total: queue.items.length };
}

/**
 * The next item to open: the first without a decision after the cursor, else the first without
 * a decision from the start (one skipped over earlier); undefined when every item has one.
 */
export function nextIndex(queue: Pick<Queue, 'items' | 'cursor'>): number | undefined {
  const open = (i: number) => queue.items[i]?.decision === undefined;
  for (let i = queue.cursor + 1; i < queue.items.length; i++) if (open(i)) return i;
  for (let i = 0; i <= Math.min(queue.cursor, queue.items.length - 1); i++) if (open(i)) return i;
  return undefined;
}

/** The queue with the cursor on the item Next opens (unchanged when none is left). */
export function advance(queue: Queue, now: number): { queue: Queue; index?: number } {
  const index = nextIndex(queue);
  if (index === undefined) return { queue };
  return { queue: { ...queue, cursor: index, updatedAt: now }, index };
}

/** The queue with a decision on one item (deciding again replaces it). */
export function decide(queue: Queue, index: number, decision: Decision, now: number): Queue {
  if (!queue.items[index]) throw new RangeError(`No item ${index} in queue ${queue.id}.`);
  const items = queue.items.map((item, i) => (i === index ? { ...item, decision, decidedAt: now } : item));
  return { ...queue, items, updatedAt: now };
}

/** The item of a creator in the queue, by platform and handle (the page the user is on). */
export function indexOf(queue: Pick<Queue, 'items'>, target: QueueTarget): number | undefined {
  const handle = target.handle.toLowerCase().replace(/^@/, '');
  const i = queue.items.findIndex((item) => item.platform === target.platform && item.handle === handle);
  return i === -1 ? undefined : i;
}

/** The queue with more targets at its end (already listed ones are left to the caller to report). */
export function appendTargets(queue: Queue, targets: readonly QueueTarget[], now: number): Queue {
  const room = QUEUE_MAX_ITEMS - queue.items.length;
  const added = targets.slice(0, Math.max(0, room)).map((t) => ({ platform: t.platform, handle: t.handle }));
  return { ...queue, items: [...queue.items, ...added], updatedAt: now };
}
