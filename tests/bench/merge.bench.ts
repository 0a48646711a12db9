import 'fake-indexeddb/auto';
import { Dexie, type Table } from 'dexie';
import { afterAll, bench, describe } from 'vitest';
import type { Hlc } from '@/lib/exchange/clock';
import { mergeShortlists, previewMerge } from '@/lib/exchange/merge';
import { addTag, applyLocalEdit, applyReport, emptyReplica, setNote } from '@/lib/exchange/replica';
import type { Replica } from '@/lib/exchange/replica-schema';
import { materialize } from '@/lib/exchange/replica-view';
import { createSyncFile, parseSyncFile, serializeSyncFile } from '@/lib/exchange/sync-file';
import type { ScoreReport } from '@/lib/model';

/**
 * Product budget: importing a sync file, the merge logic alone takes at most 3× the time of
 * a plain Dexie bulkPut of the same rows. Scenario: a 10,000-entry file into a
 * 10,000-entry shortlist, 5,000 creators in common (edited on both sides).
 */

const T0 = Date.UTC(2025, 2, 1);
const SIZE = 10_000;
const at = (node: string, ms: number, counter = 0): Hlc => ({ wallMs: T0 + ms, counter, node });

function report(key: string, scoredAt: number): ScoreReport {
  const handle = key.slice(key.indexOf(':') + 1);
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

function device(node: string, first: number, offsetMs: number): Replica[] {
  return Array.from({ length: SIZE }, (_, i) => {
    const key = `instagram:creator_${String(first + i).padStart(5, '0')}`;
    let r = applyReport(emptyReplica(key), report(key, T0 + i), at(node, offsetMs + i));
    r = applyLocalEdit(r, 'addedAt', T0, at(node, offsetMs + i));
    r = applyLocalEdit(r, 'status', i % 2 === 0 ? 'contacted' : 'candidate', at(node, offsetMs + i, 1));
    r = applyLocalEdit(r, 'quotedPrice', 100 + (i % 900), at(node, offsetMs + i, 2));
    r = setNote(r, node, `Note by ${node} on ${key}`, at(node, offsetMs + i, 3), node.toUpperCase());
    r = addTag(r, i % 3 === 0 ? 'beauty' : 'food', at(node, offsetMs + i, 4));
    return r;
  });
}

const local = device('dev-a', 0, 0);
// The teammate's file: creators 5,000–14,999; the first half overlaps, edited later there.
const fileText = serializeSyncFile(
  createSyncFile({
    deviceId: 'dev-b',
    displayName: 'Ben',
    exportedAt: T0,
    replicas: device('dev-b', SIZE / 2, 50),
  }),
);
const parsed = parseSyncFile(fileText);
if (!parsed.ok) throw new Error(JSON.stringify(parsed.error));
const incoming = parsed.file.entries;
const localMap = new Map(local.map((r) => [r.key, r]));

class BenchDb extends Dexie {
  rows!: Table<Replica, string>;
  constructor() {
    super(`merge-bench-${Date.now()}-${Math.random()}`);
    this.version(1).stores({ rows: '&key' });
  }
}
const db = new BenchDb();
afterAll(async () => {
  db.close();
  await Dexie.delete(db.name);
});

describe(`importing a ${SIZE.toLocaleString('en')}-entry file into a ${SIZE.toLocaleString('en')}-entry shortlist (half overlapping), file of ${(fileText.length / 1e6).toFixed(1)} MB`, () => {
  bench('merge logic: mergeShortlists', () => {
    mergeShortlists(localMap, incoming);
  });

  bench('merge logic + materialize the merged rows', () => {
    mergeShortlists(localMap, incoming).map(materialize);
  });

  bench('previewMerge (import preview)', () => {
    previewMerge(localMap, incoming);
  });

  bench('parseSyncFile (JSON + zod validation)', () => {
    parseSyncFile(fileText);
  });

  bench('baseline: Dexie bulkPut of the same 10,000 rows (fake-indexeddb)', async () => {
    await db.rows.bulkPut(incoming);
  });
});

// A teammate's file of the same creators, read from a file (every score report a copy of the
// one here), their status changed later there: each creator's reports are compared pair by pair.
const copies = (JSON.parse(JSON.stringify(local)) as Replica[]).map((r, i) =>
  applyLocalEdit(r, 'status', 'published', at('dev-b', 100_000 + i)),
);

describe(`the same ${SIZE.toLocaleString('en')} creators from a teammate's file (copies of the same score reports)`, () => {
  bench('merge logic: mergeShortlists', () => {
    mergeShortlists(localMap, copies);
  });
});
