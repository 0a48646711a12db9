import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareHlc, type Hlc, receive, tick } from '@/lib/exchange/clock';
import { mergeReplicas, mergeShortlists, previewMerge } from '@/lib/exchange/merge';
import { addReport, applyLocalEdit, emptyReplica, tombstone } from '@/lib/exchange/replica';
import { historyKey } from '@/lib/exchange/replica-order';
import type { Replica } from '@/lib/exchange/replica-schema';
import { materialize } from '@/lib/exchange/replica-view';
import { createSyncFile, latestHlcInFile, parseSyncFile, serializeSyncFile } from '@/lib/exchange/sync-file';
import {
  applyOp,
  EDITABLE_FIELDS,
  KEYS,
  makeReport,
  type Op,
  opArb,
  replicaArb,
  replicasOfOneKeyArb,
  shortlistArb,
  T0,
} from './fixtures';

const RUNS = { numRuns: 1000 };

describe('mergeReplicas on one creator', () => {
  it('is commutative: a ⊔ b equals b ⊔ a, raw and materialized', () => {
    fc.assert(
      fc.property(replicasOfOneKeyArb(2), ([a, b]) => {
        const ab = mergeReplicas(a!, b!);
        const ba = mergeReplicas(b!, a!);
        expect(ab).toEqual(ba);
        expect(materialize(ab)).toEqual(materialize(ba));
      }),
      RUNS,
    );
  });

  it('is associative: (a ⊔ b) ⊔ c equals a ⊔ (b ⊔ c), raw and materialized', () => {
    fc.assert(
      fc.property(replicasOfOneKeyArb(3), ([a, b, c]) => {
        const left = mergeReplicas(mergeReplicas(a!, b!), c!);
        const right = mergeReplicas(a!, mergeReplicas(b!, c!));
        expect(left).toEqual(right);
        expect(materialize(left)).toEqual(materialize(right));
      }),
      RUNS,
    );
  });

  it('is idempotent: a ⊔ a equals a, and merging b twice equals merging it once', () => {
    fc.assert(
      fc.property(replicasOfOneKeyArb(2), ([a, b]) => {
        const copy = structuredClone(a!);
        expect(mergeReplicas(a!, copy)).toEqual(a);
        expect(materialize(mergeReplicas(a!, copy))).toEqual(materialize(a!));
        const once = mergeReplicas(a!, b!);
        expect(mergeReplicas(once, b!)).toEqual(once);
        expect(materialize(mergeReplicas(once, b!))).toEqual(materialize(once));
      }),
      RUNS,
    );
  });
});

describe('mergeShortlists on whole lists', () => {
  it('is commutative, associative and idempotent, raw and materialized', () => {
    fc.assert(
      fc.property(shortlistArb, shortlistArb, shortlistArb, (a, b, c) => {
        const views = (list: Replica[]) => list.map(materialize);
        const ab = mergeShortlists(a, b);
        expect(ab).toEqual(mergeShortlists(b, a));
        expect(views(ab)).toEqual(views(mergeShortlists(b, a)));
        const left = mergeShortlists(ab, c);
        const right = mergeShortlists(a, mergeShortlists(b, c));
        expect(left).toEqual(right);
        expect(views(left)).toEqual(views(right));
        expect(mergeShortlists(a, structuredClone(a))).toEqual(a);
        expect(mergeShortlists(ab, b)).toEqual(ab);
      }),
      RUNS,
    );
  });

  it('accepts maps as well as arrays, with the same result', () => {
    fc.assert(
      fc.property(shortlistArb, shortlistArb, (a, b) => {
        const asMap = (list: Replica[]) => new Map(list.map((r) => [r.key, r]));
        expect(mergeShortlists(asMap(a), asMap(b))).toEqual(mergeShortlists(a, b));
      }),
      RUNS,
    );
  });
});

describe('previewMerge', () => {
  const PARTS = [...EDITABLE_FIELDS, 'handle', 'notes', 'tags', 'history'];

  it('agrees with the materialized views before and after the merge', () => {
    fc.assert(
      fc.property(shortlistArb, shortlistArb, (local, incoming) => {
        const expected = {
          added: [] as string[],
          removed: [] as string[],
          updated: [] as object[],
          unchanged: 0,
        };
        for (const after of mergeShortlists(local, incoming).map(materialize)) {
          const mine = local.find((r) => r.key === after.id);
          const before = mine === undefined ? undefined : materialize(mine);
          const wasVisible = before !== undefined && !before.deleted;
          if (!wasVisible && !after.deleted) expected.added.push(after.id);
          else if (wasVisible && after.deleted) expected.removed.push(after.id);
          else if (before === undefined || before.deleted) expected.unchanged++;
          else {
            const part = (view: object, name: string) =>
              JSON.stringify((view as Record<string, unknown>)[name]);
            const fields = PARTS.filter((name) => part(before, name) !== part(after, name)).sort();
            if (fields.length === 0) expected.unchanged++;
            else expected.updated.push({ key: after.id, fields });
          }
        }
        const preview = previewMerge(local, incoming);
        expect({
          ...preview,
          updated: preview.updated.map(({ key, fields }) => ({ key, fields: [...fields].sort() })),
        }).toEqual(expected);
      }),
      RUNS,
    );
  });
});

// ——— every field ends at the latest edit made anywhere ———

type Action = { kind: 'edit'; key: string; op: Op } | { kind: 'sync'; from: number };
interface Step {
  device: number;
  advanceMs: number;
  action: Action;
}
interface Logged {
  key: string;
  /** `field:<name>`, `note:<author>`, `tag:<tag>`, `tombstone` or `report`. */
  target: string;
  value: unknown;
  at: Hlc;
}

const stepArb: fc.Arbitrary<Step> = fc.record({
  device: fc.nat(4),
  // 0 ms is common, so several edits share a wall-clock millisecond.
  advanceMs: fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 1500 })),
  action: fc.oneof(
    {
      weight: 5,
      arbitrary: fc.record({ kind: fc.constant('edit' as const), key: fc.constantFrom(...KEYS), op: opArb }),
    },
    { weight: 1, arbitrary: fc.record({ kind: fc.constant('sync' as const), from: fc.nat(4) }) },
  ),
});

const scenarioArb = fc
  .record({
    devices: fc.integer({ min: 2, max: 5 }),
    // Device wall clocks disagree by up to ±3 s.
    skews: fc.array(fc.integer({ min: -3000, max: 3000 }), { minLength: 5, maxLength: 5 }),
    steps: fc.array(stepArb, { minLength: 1, maxLength: 40 }),
  })
  .chain((scenario) => {
    const ids = Array.from({ length: scenario.devices }, (_, i) => i);
    const order = fc.shuffledSubarray(ids, { minLength: ids.length, maxLength: ids.length });
    return fc.record({ scenario: fc.constant(scenario), orderA: order, orderB: order });
  });

function targetOf(op: Op): { target: string; value: unknown } {
  switch (op.kind) {
    case 'field':
      return { target: `field:${op.field}`, value: op.value };
    case 'handle':
      return { target: 'field:handle', value: op.value };
    case 'note':
      return { target: `note:${op.author}`, value: op.text };
    case 'tag':
      return { target: `tag:${op.tag}`, value: op.present };
    case 'tombstone':
      return { target: 'tombstone', value: true };
    case 'report':
      return { target: 'report', value: historyKey({ scoredAt: op.scoredAt, campaignId: op.campaignId }) };
  }
}

function simulate(scenario: { devices: number; skews: number[]; steps: Step[] }) {
  const devices = Array.from({ length: scenario.devices }, (_, i) => ({
    clock: { wallMs: 0, counter: 0, node: `device-${i}` } as Hlc,
    skew: scenario.skews[i] ?? 0,
    list: new Map<string, Replica>(),
  }));
  const log: Logged[] = [];
  let now = T0;
  for (const step of scenario.steps) {
    now += step.advanceMs;
    const device = devices[step.device % devices.length]!;
    const deviceNow = now + device.skew;
    if (step.action.kind === 'sync') {
      const source = devices[step.action.from % devices.length]!;
      const entries = [...source.list.values()];
      device.list = new Map(mergeShortlists(device.list, entries).map((r) => [r.key, r]));
      const latest = latestHlcInFile({ entries });
      if (latest !== undefined) device.clock = receive(device.clock, latest, deviceNow);
      continue;
    }
    const { key, op } = step.action;
    const at = tick(device.clock, deviceNow);
    device.clock = at;
    device.list.set(key, applyOp(device.list.get(key) ?? emptyReplica(key), op, at));
    log.push({ key, ...targetOf(op), at });
  }
  return { devices, log };
}

function latest(entries: readonly Logged[]): Logged | undefined {
  return entries.reduce<Logged | undefined>(
    (best, e) => (best && compareHlc(best.at, e.at) > 0 ? best : e),
    undefined,
  );
}

describe('convergence across devices', () => {
  it('every field, note and tag ends at the latest edit made anywhere, whatever the merge order', () => {
    fc.assert(
      fc.property(scenarioArb, ({ scenario, orderA, orderB }) => {
        const { devices, log } = simulate(scenario);
        const mergeIn = (order: number[]) =>
          order.reduce<Replica[]>((acc, i) => mergeShortlists(acc, devices[i]!.list), []);
        const final = mergeIn(orderA);
        expect(mergeIn(orderB)).toEqual(final);

        for (const key of new Set(log.map((e) => e.key))) {
          const replica = final.find((r) => r.key === key);
          expect(replica).toBeDefined();
          const view = materialize(replica!) as unknown as Record<string, unknown>;
          const edits = log.filter((e) => e.key === key);
          const latestOf = (target: string) => latest(edits.filter((e) => e.target === target));

          for (const field of EDITABLE_FIELDS) {
            const last = latestOf(`field:${field}`);
            const fallback = field === 'status' ? 'candidate' : undefined;
            expect(view[field], field).toEqual(
              last === undefined || last.value === null ? fallback : last.value,
            );
          }
          const handle = latestOf('field:handle');
          const lower = key.slice(key.indexOf(':') + 1);
          expect(view.handle).toBe(handle?.value === 'UPPER' ? lower.toUpperCase() : lower);

          const authors = [
            ...new Set(edits.filter((e) => e.target.startsWith('note:')).map((e) => e.target.slice(5))),
          ];
          const notes = authors
            .sort()
            .map((author) => ({ author, text: latestOf(`note:${author}`)!.value }))
            .filter((note) => note.text !== '');
          expect(
            (view.notes as { author: string; text: string }[]).map(({ author, text }) => ({ author, text })),
          ).toEqual(notes);

          const tagNames = [
            ...new Set(edits.filter((e) => e.target.startsWith('tag:')).map((e) => e.target.slice(4))),
          ];
          expect(view.tags).toEqual(tagNames.filter((tag) => latestOf(`tag:${tag}`)!.value === true).sort());

          const lastEdit = latest(edits.filter((e) => e.target !== 'tombstone' && e.target !== 'report'));
          const lastDeletion = latestOf('tombstone');
          const deleted =
            lastDeletion !== undefined &&
            (lastEdit === undefined || compareHlc(lastDeletion.at, lastEdit.at) > 0);
          expect(view.deleted).toBe(deleted);

          const reportKeys = [
            ...new Set(edits.filter((e) => e.target === 'report').map((e) => e.value as string)),
          ];
          expect((view.history as { scoredAt: number; campaignId: string }[]).map(historyKey)).toEqual(
            reportKeys.sort(),
          );
        }
      }),
      RUNS,
    );
  });
});

describe('importing a sync file', () => {
  it('importing your own file changes nothing', () => {
    fc.assert(
      fc.property(
        shortlistArb.filter((list) => list.length > 0),
        (list) => {
          const text = serializeSyncFile(
            createSyncFile({ deviceId: 'dev-a', displayName: 'Ana', exportedAt: T0, replicas: list }),
          );
          const parsed = parseSyncFile(text);
          if (!parsed.ok) throw new Error(JSON.stringify(parsed.error));
          expect(parsed.file.entries).toEqual(list);
          expect(mergeShortlists(list, parsed.file.entries)).toEqual(list);
          expect(previewMerge(list, parsed.file.entries)).toEqual({
            added: [],
            updated: [],
            removed: [],
            unchanged: list.length,
          });
        },
      ),
      RUNS,
    );
  });
});

describe('deletion', () => {
  const laterHlcArb = fc.record({
    wallMs: fc.integer({ min: T0 + 10, max: T0 + 12 }),
    counter: fc.integer({ min: 0, max: 1 }),
    node: fc.constantFrom('dev-a', 'dev-b'),
  });

  it('a tombstone loses to a later edit and wins over earlier ones, on either side of the merge', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...KEYS).chain((key) => replicaArb(key)),
        laterHlcArb,
        laterHlcArb,
        fc.constantFrom(...EDITABLE_FIELDS),
        (base, deletedAt, editedAt, field) => {
          fc.pre(compareHlc(deletedAt, editedAt) !== 0);
          // The base holds edits up to T0 + 4 and possibly an older tombstone.
          const deleter = tombstone(base, deletedAt);
          const editor = applyLocalEdit(base, 'status', 'contacted', editedAt);
          const merged = mergeReplicas(deleter, editor);
          const deleted = compareHlc(deletedAt, editedAt) > 0;
          expect(materialize(merged).deleted).toBe(deleted);
          expect(materialize(mergeReplicas(editor, deleter)).deleted).toBe(deleted);
          // A brought-back entry keeps everything it had before the deletion.
          if (!deleted) {
            expect(materialize(merged)[field as 'status']).toEqual(materialize(editor)[field as 'status']);
          }
        },
      ),
      RUNS,
    );
  });

  it('a deleted entry stays deleted when merged with copies that only have older edits', () => {
    fc.assert(
      fc.property(replicasOfOneKeyArb(2), laterHlcArb, ([a, b], deletedAt) => {
        const deleted = tombstone(a!, deletedAt);
        expect(materialize(mergeReplicas(deleted, b!)).deleted).toBe(true);
        expect(materialize(mergeReplicas(b!, deleted)).deleted).toBe(true);
      }),
      RUNS,
    );
  });
});

describe('score history', () => {
  it('is the union of both sides by scoredAt and campaign, without duplicates', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: 0, max: 20 }), { maxLength: 8 }),
        fc.uniqueArray(fc.integer({ min: 0, max: 20 }), { maxLength: 8 }),
        (left, right) => {
          const key = 'instagram:alice';
          const withReports = (times: number[]) =>
            times.reduce((r, t) => addReport(r, makeReport(key, T0 + t)), emptyReplica(key));
          const merged = mergeReplicas(withReports(left), withReports(right));
          const expected = [...new Set([...left, ...right])].sort((x, y) => x - y).map((t) => T0 + t);
          expect(merged.history.map((report) => report.scoredAt)).toEqual(expected);
          expect(materialize(merged).report?.scoredAt).toBe(expected.at(-1));
        },
      ),
      RUNS,
    );
  });
});
