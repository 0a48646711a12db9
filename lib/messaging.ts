import { defineExtensionMessaging } from '@webext-core/messaging';
import type { BadgeIndexPayload } from './badges/index-data';
import type { WarmUpTrigger } from './content/warm-up';
import type { AddRequest, ProfileKey, ScoreRequest } from './message-schemas';
import type { ScoreReport, ShortlistEntry, Status } from './model';
import type { QueueArrival, QueueDecided, QueueDecideRequest } from './queue/messages';
import type { AppError, Result } from './result';

/**
 * The message protocol. Names say their direction: `bg:` messages are handled by the
 * background service worker, `tab:` messages by the content script of a tab.
 * The map is compile-time only, so every handler re-parses its input with the schemas of
 * lib/message-schemas.ts (kept apart: the always-on content script imports this file and must
 * stay free of the validation library).
 * Every handler answers a `Result` (lib/result.ts): a value, or an `AppError` the receiving
 * screen words in its own language.
 */
export type { ScoreRequest };

/** A report the background computed, and the id under which it keeps it for Add. */
export interface ScoredReport {
  report: ScoreReport;
  reportId: string;
}

export interface ShortlistStatus {
  shortlisted: boolean;
  status?: Status;
  count: number;
}

/** What the content script of a tab knows about the page it runs on. */
export interface TabProfile {
  onProfile: boolean;
  platform?: 'instagram' | 'tiktok';
  handle?: string;
  report?: ScoreReport;
  /** The background's id for `report` (what Add sends). */
  reportId?: string;
  /** Why the page could not be scored, when it could not. */
  error?: AppError;
}

interface ProtocolMap {
  'bg:scoreProfile'(data: ScoreRequest): Result<ScoredReport>;
  /** Add takes the id of a report the background computed itself, never a report. */
  'bg:addToShortlist'(data: AddRequest): Result<{ entry: ShortlistEntry; count: number }>;
  'bg:getShortlistStatus'(data: ProfileKey): Result<ShortlistStatus>;
  /** Starts the background ahead of a likely score (lib/content/warm-up.ts). */
  'bg:warmUp'(data: { trigger: WarmUpTrigger }): Result<{ ready: true }>;
  'tab:getProfile'(data: { score: boolean }): Result<TabProfile>;
  /** A profile opened in a tab: its place in the current review queue, and whether to score it now. */
  'bg:queueArrival'(data: ProfileKey): Result<QueueArrival>;
  /** A decision key on the card: recorded in the queue (and the shortlist, by report id); the next profile. */
  'bg:queueDecide'(data: QueueDecideRequest): Result<QueueDecided>;
  /** The shortlisted creators, for the badges on links (lib/badges). */
  'bg:badgeIndex'(data: Record<string, never>): Result<BadgeIndexPayload>;
}

export const { sendMessage, onMessage } = defineExtensionMessaging<ProtocolMap>();
