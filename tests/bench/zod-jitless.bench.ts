import { bench, describe } from 'vitest';
import type { Hlc } from '@/lib/exchange/clock';
import { addTag, applyLocalEdit, applyReport, emptyReplica, setNote } from '@/lib/exchange/replica';
import { ReplicaSchema } from '@/lib/exchange/replica-schema';
import { createSyncFile, serializeSyncFile } from '@/lib/exchange/sync-file';
import { ScoreRequestSchema } from '@/lib/message-schemas';
import type { ScoreReport } from '@/lib/model';

/**
 * zod's two ways of validating, side by side in one run: its generated parser (one
 * `new Function` per object schema, zod's default where eval is allowed, as in Node and these
 * benches) and its interpreted path (`jitless`). In the extension only the interpreted path can
 * run: every Manifest V3 context (background, content scripts, extension pages) forbids
 * `new Function` by CSP in Chrome and Firefox alike, so zod's probe always failed there. The
 * build now sets jitless and drops the probe (scripts/zod-jitless.mjs), which changes which
 * code runs nowhere; this bench shows how much slower in-extension validation is than a Node
 * bench of the same schema suggests.
 */

const T0 = Date.UTC(2025, 2, 1);
const NOW = Date.UTC(2026, 2, 1, 12);
const DAY = 86_400_000;
const at = (node: string, ms: number, counter = 0): Hlc => ({ wallMs: T0 + ms, counter, node });

function report(handle: string, scoredAt: number): ScoreReport {
  return {
    platform: 'instagram',
    handle,
    displayName: `Creator ${handle}`,
    url: `https://www.instagram.com/${handle}/`,
    scoredAt,
    campaignId: 'spring',
    pageState: 'ok',
    followers: 20_000,
    tier: 'micro',
    engagement: {
      erMean: 4.1,
      erMedian: 3.8,
      minimum: 3,
      used: Array.from({ length: 10 }, (_, i) => ({
        postId: `p${i}`,
        likes: 700 + i,
        comments: 30,
        erFollowers: 3.65,
      })),
      excluded: [{ postId: 'pinned', reason: 'pinned' as const }],
      confidence: 'high',
    },
    verdict: 'shortlist',
    reasons: [{ code: 'er-ok', severity: 'info', message: 'Engagement above the minimum' }],
    problems: [],
    provenance: { followers: 'json', posts: 'json' },
  };
}

/** A teammate's 10,000-creator sync file, as JSON: the import validates its entries one by one. */
const syncJson = JSON.parse(
  serializeSyncFile(
    createSyncFile({
      deviceId: 'dev-b',
      displayName: 'Ben',
      exportedAt: T0,
      replicas: Array.from({ length: 10_000 }, (_, i) => {
        const key = `instagram:creator_${String(i).padStart(5, '0')}`;
        let r = applyReport(emptyReplica(key), report(key.slice(10), T0 + i), at('dev-b', i));
        r = applyLocalEdit(r, 'status', i % 2 === 0 ? 'contacted' : 'candidate', at('dev-b', i, 1));
        r = setNote(r, 'dev-b', `Note on ${key}`, at('dev-b', i, 2), 'BEN');
        return addTag(r, i % 3 === 0 ? 'beauty' : 'food', at('dev-b', i, 3));
      }),
    }),
  ),
) as { entries: unknown[] };

/** Every entry against the schema, as the import checks them (stops at the first refusal). */
function checkEntries(jitless: boolean): { success: boolean; error?: { issues: { message: string }[] } } {
  for (const entry of syncJson.entries) {
    const result = ReplicaSchema.safeParse(entry, { jitless });
    if (!result.success) return result;
  }
  return { success: true };
}

/** What a content script sends per click: a profile with 50 posts and 500 comments. */
const scoreRequest = {
  extraction: {
    snapshot: {
      platform: 'instagram',
      handle: 'bench.creator',
      url: 'https://www.instagram.com/bench.creator/',
      capturedAt: NOW,
      followers: 42_000,
      posts: Array.from({ length: 50 }, (_, i) => ({
        id: `p${i}`,
        type: i % 3 === 0 ? 'reel' : 'photo',
        takenAt: NOW - (2 + i * 3) * DAY,
        likes: 800 + ((i * 131) % 900),
        comments: 20 + ((i * 17) % 60),
        caption: `Recette maison du jour avec @brand${i % 4} #food #recette`,
        hashtags: ['food', 'recette'],
        source: 'json',
      })),
    },
    provenance: {},
    problems: [],
  },
  evidence: {
    comments: Array.from({ length: 500 }, (_, i) => ({
      id: `c${i}`,
      postId: `p${i % 50}`,
      author: `user${i % 120}`,
      text: 'Trop beau, j’ai testé la recette hier soir',
      createdAt: NOW - (i % 50) * DAY + i,
      source: 'json',
    })),
  },
};
for (const [name, result] of [
  ['sync file', checkEntries(false)],
  ['score request', ScoreRequestSchema.safeParse(scoreRequest)],
] as const) {
  if (!result.success) throw new Error(`${name}: ${result.error?.issues[0]?.message}`);
}

describe('zod validation: generated parser (zod default) vs jitless (what the extension runs)', () => {
  bench('10,000-entry sync file — generated parser', () => {
    checkEntries(false);
  });
  bench('10,000-entry sync file — jitless', () => {
    checkEntries(true);
  });
  bench('score request, 50 posts + 500 comments — generated parser', () => {
    ScoreRequestSchema.safeParse(scoreRequest);
  });
  bench('score request, 50 posts + 500 comments — jitless', () => {
    ScoreRequestSchema.safeParse(scoreRequest, { jitless: true });
  });
});
