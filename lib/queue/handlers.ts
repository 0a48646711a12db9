/**
 * The background's side of the queue on the card: where a profile that just opened stands in the
 * current queue, and the decisions taken with the card's keys. A decision that lands in the
 * shortlist names a report the background scored itself (by id, as Add does): a message never
 * brings a report, a verdict or a creator of its own.
 */
import { z } from 'zod';
import type { ReportStore } from '../background/report-store';
import type { onMessage as onMessageFn } from '../messaging';
import { PlatformSchema, shortlistId } from '../model';
import { fail, ok, type Result, toAppError } from '../result';
import type { MicroscopeDb } from '../shortlist/db';
import { addToShortlist, editEntries } from '../shortlist/repo';
import { type QueueSpot, shortlistWriteOf } from './decisions';
import type { QueueArrival, QueueDecided } from './messages';
import { profileUrl } from './parse';
import { DecisionSchema, progressOf, type Queue } from './queue';
import { advanceQueue, currentQueue, decideItem, getQueue } from './store';

export const ArrivalRequestSchema = z.object({ platform: PlatformSchema, handle: z.string().min(1).max(64) });

export const DecideRequestSchema = z.strictObject({
  queueId: z.string().min(1).max(200),
  index: z.number().int().min(0),
  decision: DecisionSchema,
  reportId: z.string().min(1).max(100).optional(),
});

export interface QueueHandlerDeps {
  db: MicroscopeDb;
  now: () => number;
  reports: ReportStore;
  /** Whether the user asked for every profile to be scored as it opens. */
  autoScore: () => Promise<boolean>;
}

/** The spot of the queue's current item, when it is this creator. */
export function spotOf(queue: Queue, platform: string, handle: string): QueueSpot | undefined {
  const item = queue.items[queue.cursor];
  if (!item || item.platform !== platform || item.handle !== handle.toLowerCase().replace(/^@/, ''))
    return undefined;
  const { done, total } = progressOf(queue);
  return {
    queueId: queue.id,
    name: queue.name,
    index: queue.cursor,
    position: queue.cursor + 1,
    total,
    done,
    ...(item.decision ? { decision: item.decision } : {}),
  };
}

export async function queueArrival(deps: QueueHandlerDeps, data: unknown): Promise<Result<QueueArrival>> {
  try {
    const key = ArrivalRequestSchema.parse(data);
    const [queue, autoScore] = await Promise.all([currentQueue(deps.db), deps.autoScore()]);
    const spot = queue ? spotOf(queue, key.platform, key.handle) : undefined;
    return ok(spot ? { score: true, queue: spot } : { score: autoScore });
  } catch (error) {
    return { ok: false, error: toAppError(error) };
  }
}

export async function queueDecide(deps: QueueHandlerDeps, data: unknown): Promise<Result<QueueDecided>> {
  const parsed = DecideRequestSchema.safeParse(data);
  if (!parsed.success) return { ok: false, error: toAppError(parsed.error) };
  const { queueId, index, decision, reportId } = parsed.data;
  try {
    const queue = await getQueue(deps.db, queueId);
    const item = queue?.items[index];
    if (!queue || !item) return fail('queue-item-gone');
    const write = shortlistWriteOf(decision);
    if (write.add) {
      const report = reportId ? await deps.reports.find(reportId) : undefined;
      if (!report) return fail('score-expired');
      if (report.platform !== item.platform || report.handle.toLowerCase() !== item.handle)
        return fail('queue-other-creator', { scored: report.handle, expected: item.handle });
      const now = deps.now();
      await addToShortlist(deps.db, report, now);
      if (write.status || write.tag) {
        await editEntries(
          deps.db,
          [shortlistId(report.platform, report.handle)],
          {
            ...(write.status ? { status: write.status } : {}),
            ...(write.tag ? { addTags: [write.tag] } : {}),
          },
          now,
        );
      }
    }
    await decideItem(deps.db, queueId, index, decision, deps.now());
    const moved = await advanceQueue(deps.db, queueId, deps.now());
    const after = moved?.queue ?? queue;
    const next = moved?.index === undefined ? undefined : after.items[moved.index];
    const { done, total } = progressOf(after);
    return ok({ ...(next ? { nextUrl: profileUrl(next) } : {}), done, total });
  } catch (error) {
    return { ok: false, error: toAppError(error) };
  }
}

/** Registers the queue's handlers; returns their remover. */
export function registerQueueHandlers(onMessage: typeof onMessageFn, deps: QueueHandlerDeps): () => void {
  const removers = [
    onMessage('bg:queueArrival', ({ data }) => queueArrival(deps, data)),
    onMessage('bg:queueDecide', ({ data }) => queueDecide(deps, data)),
  ];
  return () => {
    for (const remove of removers) remove();
  };
}
