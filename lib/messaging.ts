import { defineExtensionMessaging } from '@webext-core/messaging';
import { z } from 'zod';
import type { WarmUpTrigger } from './content/warm-up';
import {
  EvidenceSchema,
  ExtractionSchema,
  PlatformSchema,
  type ScoreReport,
  type ShortlistEntry,
  type Status,
} from './model';

/**
 * The message protocol. Names say their direction: `bg:` messages are handled by the
 * background service worker, `tab:` messages by the content script of a tab.
 * The map is compile-time only, so every handler re-parses its input with the schemas below.
 */
export const ScoreRequestSchema = z.object({ extraction: ExtractionSchema, evidence: EvidenceSchema });
export type ScoreRequest = z.input<typeof ScoreRequestSchema>;

export const ProfileKeySchema = z.object({ platform: PlatformSchema, handle: z.string().min(1) });
export type ProfileKey = z.infer<typeof ProfileKeySchema>;

export type Result<T> = { ok: true; value: T } | { ok: false; error: string };

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
  /** Why the page cannot be scored, when it cannot. */
  message?: string;
}

interface ProtocolMap {
  'bg:scoreProfile'(data: ScoreRequest): Result<ScoreReport>;
  'bg:addToShortlist'(data: { report: ScoreReport }): Result<{ entry: ShortlistEntry; count: number }>;
  'bg:getShortlistStatus'(data: ProfileKey): ShortlistStatus;
  /** Starts the background ahead of a likely score (lib/content/warm-up.ts). */
  'bg:warmUp'(data: { trigger: WarmUpTrigger }): { ready: boolean };
  'tab:getProfile'(data: { score: boolean }): TabProfile;
}

export const { sendMessage, onMessage } = defineExtensionMessaging<ProtocolMap>();
