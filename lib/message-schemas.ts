import { z } from 'zod';
import { EvidenceSchema, ExtractionSchema, type Platform, PlatformSchema } from './model';

/** What the background re-checks in every message (lib/messaging.ts declares the protocol). */

/** The sites' own addresses: a profile or post URL that reaches the background is one of these. */
const SITE_ORIGINS: Record<Platform, string> = {
  instagram: 'https://www.instagram.com',
  tiktok: 'https://www.tiktok.com',
};

/** True when `url` is an https address on `platform`'s own site. */
function isSiteUrl(platform: Platform, url: string): boolean {
  try {
    const parsed = new URL(url);
    return parsed.origin === SITE_ORIGINS[platform] && parsed.username === '' && parsed.password === '';
  } catch {
    return false;
  }
}

/** A snapshot to score: its profile and post URLs must be on the platform's own site. */
export const ScoreRequestSchema = z
  .object({ extraction: ExtractionSchema, evidence: EvidenceSchema })
  .superRefine(({ extraction: { snapshot } }, ctx) => {
    const site = SITE_ORIGINS[snapshot.platform];
    if (!isSiteUrl(snapshot.platform, snapshot.url)) {
      ctx.addIssue({
        code: 'custom',
        path: ['extraction', 'snapshot', 'url'],
        message: `not an address on ${site}`,
      });
    }
    snapshot.posts.forEach((post, i) => {
      if (post.url !== undefined && !isSiteUrl(snapshot.platform, post.url)) {
        ctx.addIssue({
          code: 'custom',
          path: ['extraction', 'snapshot', 'posts', i, 'url'],
          message: `not an address on ${site}`,
        });
      }
    });
  });
/** What a content script sends to score (before the background's defaults fill it in). */
export type ScoreRequest = z.input<typeof ScoreRequestSchema>;

/** Add names a report the background scored, by its id; nothing else is accepted. */
export const AddRequestSchema = z.strictObject({ reportId: z.string().min(1).max(100) });
export type AddRequest = z.infer<typeof AddRequestSchema>;

export const ProfileKeySchema = z.object({ platform: PlatformSchema, handle: z.string().min(1) });
export type ProfileKey = z.infer<typeof ProfileKeySchema>;
