// Relative imports on purpose: the E2E suite and scripts/scale import this file without the `@/` alias.
import { encodeHlc } from '../../lib/exchange/clock';
import { addTag, applyLocalEdit, applyReport, emptyReplica, setNote } from '../../lib/exchange/replica';
import type { Replica } from '../../lib/exchange/replica-schema';
import {
  type ScoreReport,
  type ShortlistEntry,
  type Status,
  StatusSchema,
  shortlistId,
} from '../../lib/model';
import { rowFromReplica } from '../../lib/shortlist/rows';

/**
 * Deterministic synthetic shortlists for the 10,000-creator budgets (bench and E2E):
 * varied platforms, followers across tiers, statuses, tags, notes with accents.
 */

const FIRST = [
  'lea',
  'tom',
  'nina',
  'theo',
  'camille',
  'hugo',
  'ines',
  'jules',
  'zoe',
  'noah',
  'élodie',
  'maël',
];
const NICHE = ['cuisine', 'trails', 'moves', 'builds', 'mode', 'verte', 'beauty', 'travel', 'tech', 'kids'];
const TAGS = ['spring', 'paris', 'food', 'outdoor', 'vip', 'lyon', 'gifted', 'to-call'];
const NOTES = [
  'Très réactive',
  'Tarif négocié',
  'Prefers email',
  'Already worked with a competitor',
  'Café lover',
];

function rand(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1_664_525 + 1_013_904_223) >>> 0;
    return s / 2 ** 32;
  };
}

export function syntheticReport(i: number, r: () => number, campaignId = 'default'): ScoreReport {
  const platform = r() < 0.6 ? 'instagram' : 'tiktok';
  const handle = `${FIRST[i % FIRST.length]}.${NICHE[Math.floor(i / FIRST.length) % NICHE.length]}${i}`;
  const followers = Math.round(10 ** (2.5 + r() * 4));
  const tier =
    followers < 5_000 ? 'nano' : followers < 100_000 ? 'micro' : followers < 1_000_000 ? 'macro' : 'mega';
  const er = Math.round(r() * 900) / 100;
  const verdicts = ['shortlist', 'review', 'reject', 'insufficient-data'] as const;
  return {
    platform,
    handle,
    displayName: `${FIRST[i % FIRST.length]} ${NICHE[i % NICHE.length]}`,
    url:
      platform === 'instagram' ? `https://www.instagram.com/${handle}/` : `https://www.tiktok.com/@${handle}`,
    scoredAt: 1_760_000_000_000 + i * 1_000,
    campaignId,
    pageState: 'ok',
    followers,
    tier,
    engagement: {
      erMean: er,
      erMedian: er * 0.95,
      minimum: platform === 'instagram' ? 3 : 5,
      used: [{ postId: `p${i}`, likes: 100, comments: 5, erFollowers: er }],
      excluded: [],
      confidence: 'high',
    },
    verdict: verdicts[Math.floor(r() * verdicts.length)] ?? 'review',
    reasons: [],
    problems: [],
    provenance: { followers: 'dom' },
    fit: Math.round(r() * 100),
  };
}

/** Replicas in the v2 database shape (what the repository writes), deterministic for a seed. */
export function syntheticReplicas(count: number, seed = 42): Replica[] {
  const r = rand(seed);
  const out: Replica[] = [];
  for (let i = 0; i < count; i++) {
    const report = syntheticReport(i, r, i % 3 === 0 ? 'spring' : 'default');
    const hlc = { wallMs: report.scoredAt, counter: 0, node: 'seed-device' };
    let replica = applyReport(emptyReplica(shortlistId(report.platform, report.handle)), report, hlc);
    replica = applyLocalEdit(replica, 'addedAt', report.scoredAt, hlc);
    const status: Status = StatusSchema.options[Math.floor(r() * 6)] ?? 'candidate';
    replica = applyLocalEdit(replica, 'status', status, hlc);
    if (r() < 0.4) replica = addTag(replica, TAGS[Math.floor(r() * TAGS.length)] ?? 'vip', hlc);
    if (r() < 0.3)
      replica = setNote(replica, 'teammate', NOTES[Math.floor(r() * NOTES.length)] ?? '', hlc, 'Anna');
    if (r() < 0.2) replica = applyLocalEdit(replica, 'quotedPrice', Math.round(r() * 1500), hlc);
    out.push(replica);
  }
  return out;
}

export function syntheticEntries(count: number, seed = 42): ShortlistEntry[] {
  return syntheticReplicas(count, seed).flatMap((replica) => {
    const row = rowFromReplica(replica);
    return row ? [row] : [];
  });
}

export { encodeHlc };
