import { z } from 'zod';
import { ScoreRequestSchema } from '../message-schemas';
import { onMessage, type ScoreRequest } from '../messaging';
import type { Campaign, ScoreReport } from '../model';
import { ok, toAppError } from '../result';
import { scoreProfile } from '../scoring/score-profile';
import type { MicroscopeDb } from '../shortlist/db';
import type { RequestCounter } from './requests';

export interface WarmUpDeps {
  db: MicroscopeDb;
  now: () => number;
  activeCampaign: () => Promise<Campaign>;
  /** Counts the user's requests (status, score, add); the primer is skipped once one arrived. */
  requests?: RequestCounter;
  /** How long after a profile's warm-up the primer waits for the user's own requests (ms). */
  primeDelayMs?: number;
  /** Runs the scoring code once ahead of the user's score; scorePrimer unless a test replaces it. */
  prime?: (campaign: Campaign, now: number) => unknown;
}

const HOUR = 3_600_000;

/**
 * The primer waits this long after answering a profile's warm-up: a press that quick (a script,
 * or a test) would otherwise send its score while the primer runs (~230 ms in a Firefox event
 * page that has just started, measured with timestamps through the message path), and the
 * request the pointer reaching Score sends arrives first and cancels it. Nobody reads a profile
 * and presses in less.
 */
export const PRIME_DELAY_MS = 300;

/**
 * A made-up profile (12 posts, 24 comments) shaped like what a content script sends: validated
 * and scored once per warm-up, so a background that has just started has run the validation and
 * scoring code once before the user's score needs it. Nothing of it is stored or sent.
 */
export function primerRequest(now: number): ScoreRequest {
  const posts = Array.from({ length: 12 }, (_, i) => ({
    id: `primer-${i}`,
    type: i % 3 === 0 ? ('reel' as const) : ('photo' as const),
    takenAt: now - (60 + i * 70) * HOUR,
    likes: 400 + ((i * 137) % 300),
    comments: 12 + ((i * 7) % 20),
    views: i % 3 === 0 ? 9_000 + i * 250 : undefined,
    caption: `Recette du jour #food #recette${i % 4 === 0 ? ' #ad @brand' : ''}`,
    hashtags: i % 4 === 0 ? ['food', 'recette', 'ad'] : ['food', 'recette'],
    mentions: i % 4 === 0 ? ['brand'] : [],
    pinned: i === 0,
    source: 'json' as const,
  }));
  const texts = [
    'Magnifique 😍',
    '🔥🔥',
    'I tried it last night, so good with lemon',
    'DM us to collab',
    'Trop beau',
  ];
  return {
    extraction: {
      snapshot: {
        platform: 'instagram',
        handle: 'microscope.primer',
        url: 'https://www.instagram.com/microscope.primer/',
        capturedAt: now,
        followers: 12_000,
        following: 400,
        bio: 'Cuisine maison',
        posts,
      },
      provenance: { followers: 'json', posts: 'json' },
      problems: [],
    },
    evidence: {
      comments: Array.from({ length: 24 }, (_, i) => ({
        id: `primer-c${i}`,
        postId: `primer-${i % 6}`,
        author: `user${i % 9}`,
        text: texts[i % texts.length] ?? '',
        createdAt: now - (i + 1) * HOUR,
        source: 'json' as const,
      })),
    },
  };
}

/** Validates and scores the primer with `campaign`, as the score handler does a real request. */
export function scorePrimer(campaign: Campaign, now: number): ScoreReport {
  const { extraction, evidence } = ScoreRequestSchema.parse(primerRequest(now));
  return scoreProfile({ extraction, evidence, campaign, now, history: [] });
}

const WarmUpSchema = z.object({ trigger: z.enum(['shown', 'pointer', 'focus', 'press']) });

/**
 * Answers the content script's warm-up (sent when a profile opens on a visible page, when the
 * pointer or focus reaches Microscope's UI, and at the press; see lib/content/warm-up.ts).
 * Receiving it starts the background; then it opens the database and reads the active campaign,
 * the two reads every score starts with. When a profile has just opened (the user is looking at
 * it, the press is seconds away), it also scores the primer once per background start,
 * in a task of its own a moment after answering (PRIME_DELAY_MS), so the scoring code has run
 * before the user's score. Not
 * for the pointer, focus or press: a score is about to arrive and would wait behind the primer.
 * For the same reason it is skipped when a request of the user's (the shortlist status the
 * pointer reaching Score asks for, a score) arrived after the warm-up: a stopped background, as
 * Firefox's event page, can take longer to start than the user takes to press, and then gets the
 * warm-up and the press's requests together.
 * Returns the remover.
 */
export function registerWarmUp(deps: WarmUpDeps): () => void {
  let primed = false;
  return onMessage('bg:warmUp', async ({ data }) => {
    try {
      const { trigger } = WarmUpSchema.parse(data);
      const requestsBefore = deps.requests?.count();
      const [, campaign] = await Promise.all([deps.db.open(), deps.activeCampaign()]);
      if (trigger === 'shown' && !primed) {
        primed = true;
        setTimeout(() => {
          if (deps.requests?.count() !== requestsBefore) {
            // The user is already acting: their own score warms the code; a later profile may prime.
            primed = false;
            return;
          }
          try {
            (deps.prime ?? scorePrimer)(campaign, deps.now());
          } catch {
            // Priming is only ahead-of-time work: the user's score runs the same code anyway.
          }
        }, deps.primeDelayMs ?? PRIME_DELAY_MS);
      }
      return ok({ ready: true as const });
    } catch (error) {
      // The score that follows reports the same failure in its own answer.
      return { ok: false, error: toAppError(error) };
    }
  });
}
