/**
 * The review queue's signal for the tabs: a small record in `storage.local` naming the current
 * queue's current item (the profile Next opened last), or `null` when there is no queue or Next
 * was not pressed yet. The extension writes it whenever the current queue or its cursor changes
 * (lib/queue/stamp-writer.ts), before any navigation to the next profile starts. A content
 * script reads it with the page's other records (lib/content/page-records.ts) and asks the
 * background about a profile that opens only when it is the stamped item or automatic scoring
 * is on; the background still decides. Reading it needs no validation library.
 */
export const QUEUE_STAMP_KEY = 'queueStamp';

export interface QueueStamp {
  platform: string;
  /** As the queue keeps it: lower case, no `@`. */
  handle: string;
}

/** The stored stamp, or undefined when there is none (or it does not read). */
export function readQueueStamp(stored: unknown): QueueStamp | undefined {
  if (typeof stored !== 'object' || stored === null) return undefined;
  const { platform, handle } = stored as Record<string, unknown>;
  if (typeof platform !== 'string' || typeof handle !== 'string' || handle === '') return undefined;
  return { platform, handle };
}

/** Whether the profile of `handle` on `platform` is the stamped item (compared as the queue does). */
export function isStampedItem(stamp: QueueStamp | undefined, platform: string, handle: string): boolean {
  return (
    stamp !== undefined &&
    stamp.platform === platform &&
    stamp.handle === handle.toLowerCase().replace(/^@/, '')
  );
}
