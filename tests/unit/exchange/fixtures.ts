import fc from 'fast-check';
import { encodeHlc, type Hlc } from '@/lib/exchange/clock';
import {
  addReport,
  addTag,
  applyLocalEdit,
  emptyReplica,
  removeTag,
  setNote,
  tombstone,
} from '@/lib/exchange/replica';
import { platformOfKey } from '@/lib/exchange/replica-order';
import type { FieldName, FieldValue, Replica } from '@/lib/exchange/replica-schema';
import type { ScoreReport } from '@/lib/model';

export const T0 = Date.UTC(2025, 2, 1, 9, 0, 0);

export function hlc(node: string, offsetMs = 0, counter = 0): Hlc {
  return { wallMs: T0 + offsetMs, counter, node };
}

/** A minimal valid score report for `key` (platform:handle). */
export function makeReport(
  key: string,
  scoredAt: number,
  campaignId = 'c1',
  followers = 12_000,
): ScoreReport {
  const handle = key.slice(key.indexOf(':') + 1);
  return {
    platform: platformOfKey(key),
    handle,
    url:
      platformOfKey(key) === 'instagram'
        ? `https://www.instagram.com/${handle}/`
        : `https://www.tiktok.com/@${handle}`,
    scoredAt,
    campaignId,
    pageState: 'ok',
    followers,
    tier: 'micro',
    engagement: { erMean: 4.2, erMedian: 3.9, minimum: 3, used: [], excluded: [], confidence: 'high' },
    verdict: 'shortlist',
    reasons: [],
    problems: [],
    provenance: { followers: 'json' },
  };
}

export const KEYS = ['instagram:alice', 'instagram:bob.b', 'tiktok:carol_c'] as const;
export const NODES = ['dev-a', 'dev-b', 'dev-c'] as const;

/** Small value pools, so that generated edits often disagree and often coincide. */
export const FIELD_VALUES: { [F in Exclude<FieldName, 'handle'>]: readonly FieldValue<F>[] } = {
  displayName: ['Alice', 'Alice B.', null],
  url: ['https://www.instagram.com/a/', 'https://www.tiktok.com/@b', null],
  followers: [0, 4_999, 12_000, null],
  tier: ['nano', 'micro', null],
  erMean: [1.5, 4.25, null],
  erMedian: [1.25, 3.5, null],
  verdict: ['shortlist', 'review', 'reject'],
  addedAt: [T0, T0 + 1],
  status: ['candidate', 'contacted', 'brief-sent', 'in-review', 'published', 'declined'],
  assignee: ['ana', 'ben', null],
  quotedPrice: [0, 250, 1_200.5, null],
  currency: ['EUR', 'USD', null],
  deliverables: ['1 reel', '2 posts + 3 stories', null],
  dueDate: ['2025-04-01', '2025-05-15', null],
  publishDate: ['2025-04-10', null],
  contentRights: [true, false, null],
  auditFakeShare: [0, 12.5, 35, null],
};
export const EDITABLE_FIELDS = Object.keys(FIELD_VALUES) as Exclude<FieldName, 'handle'>[];

export const NOTE_TEXTS = ['', 'Great fit', 'Ask for rates', 'Déjà contactée'] as const;
export const TAGS = ['beauty', 'food', 'Paris'] as const;

/** One edit a device can make to one creator; `at` is the edit's clock value. */
export type Op =
  | { kind: 'field'; field: Exclude<FieldName, 'handle'>; value: unknown }
  | { kind: 'handle'; value: string }
  | { kind: 'note'; author: string; text: string }
  | { kind: 'tag'; tag: string; present: boolean }
  | { kind: 'tombstone' }
  | { kind: 'report'; scoredAt: number; campaignId: string; followers: number };

export const opArb: fc.Arbitrary<Op> = fc.oneof(
  { weight: 5, arbitrary: fieldOpArb() },
  {
    weight: 1,
    arbitrary: fc.constantFrom('UPPER', 'lower').map((value) => ({ kind: 'handle' as const, value })),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('note' as const),
      author: fc.constantFrom(...NODES),
      text: fc.constantFrom(...NOTE_TEXTS),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('tag' as const),
      tag: fc.constantFrom(...TAGS),
      present: fc.boolean(),
    }),
  },
  { weight: 1, arbitrary: fc.constant({ kind: 'tombstone' as const }) },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('report' as const),
      scoredAt: fc.constantFrom(T0, T0 + 1000, T0 + 2000),
      campaignId: fc.constantFrom('c1', 'c2'),
      followers: fc.constantFrom(10_000, 20_000),
    }),
  },
);

function fieldOpArb(): fc.Arbitrary<Op> {
  return fc
    .constantFrom(...EDITABLE_FIELDS)
    .chain((field) =>
      fc
        .constantFrom(...(FIELD_VALUES[field] as readonly unknown[]))
        .map((value) => ({ kind: 'field' as const, field, value })),
    );
}

/** Applies one edit as the public helpers do on a device. */
export function applyOp(replica: Replica, op: Op, at: Hlc): Replica {
  switch (op.kind) {
    case 'field':
      return applyLocalEdit(replica, op.field, op.value as never, at);
    case 'handle': {
      const handle = replica.key.slice(replica.key.indexOf(':') + 1);
      return applyLocalEdit(replica, 'handle', op.value === 'UPPER' ? handle.toUpperCase() : handle, at);
    }
    case 'note':
      return setNote(replica, op.author, op.text, at, op.author.toUpperCase());
    case 'tag':
      return op.present ? addTag(replica, op.tag, at) : removeTag(replica, op.tag, at);
    case 'tombstone':
      return tombstone(replica, at);
    case 'report':
      return addReport(replica, makeReport(replica.key, op.scoredAt, op.campaignId, op.followers));
  }
}

/** Clock values from a tiny space, so that generated replicas share and collide on timestamps. */
export const hlcArb: fc.Arbitrary<Hlc> = fc.record({
  wallMs: fc.integer({ min: T0, max: T0 + 4 }),
  counter: fc.integer({ min: 0, max: 2 }),
  node: fc.constantFrom(...NODES),
});

/** A replica built from arbitrary edits at arbitrary (not necessarily increasing) times. */
export function replicaArb(key: string): fc.Arbitrary<Replica> {
  return fc
    .array(fc.tuple(opArb, hlcArb), { maxLength: 14 })
    .map((ops) => ops.reduce((replica, [op, at]) => applyOp(replica, op, at), emptyReplica(key)));
}

/** A shortlist: some of the three keys, each with its replica. */
export const shortlistArb: fc.Arbitrary<Replica[]> = fc
  .tuple(...KEYS.map((key) => fc.option(replicaArb(key), { nil: undefined })))
  .map((replicas) => replicas.filter((replica): replica is Replica => replica !== undefined));

/** `count` replicas of the same creator, as different devices would hold them. */
export function replicasOfOneKeyArb(count: number): fc.Arbitrary<Replica[]> {
  return fc
    .constantFrom(...KEYS)
    .chain((key) => fc.tuple(...Array.from({ length: count }, () => replicaArb(key))));
}

export { encodeHlc };
