/** The queue's messages between the card and the background (types only; handlers.ts checks them). */
import type { QueueSpot } from './decisions';
import type { Decision } from './queue';

/** What the background answers when a profile opens in a tab. */
export interface QueueArrival {
  /** Score now: the user turned automatic scoring on, or the profile is the queue's current item. */
  score: boolean;
  /** Where the profile stands in the current queue, when it is the item Next opened. */
  queue?: QueueSpot;
}

/** A decision on the queue's item at `index`; `reportId` names the score the background computed. */
export interface QueueDecideRequest {
  queueId: string;
  index: number;
  decision: Decision;
  reportId?: string;
}

export interface QueueDecided {
  /** The profile Next opens now, when one is left. */
  nextUrl?: string;
  done: number;
  total: number;
}
