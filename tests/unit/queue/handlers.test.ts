import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createReportStore } from '@/lib/background/report-store';
import { queueArrival, queueDecide } from '@/lib/queue/handlers';
import { newQueue } from '@/lib/queue/queue';
import { advanceQueue, getQueue, saveQueue } from '@/lib/queue/store';
import { MicroscopeDb } from '@/lib/shortlist/db';
import { getShortlistEntry } from '@/lib/shortlist/repo';
import { makeReport } from '../../helpers/reports';

const NOW = Date.UTC(2026, 10, 25, 12);
let n = 0;

async function setUp(autoScore = false) {
  fakeBrowser.reset();
  const db = new MicroscopeDb(`queue-handlers-${n++}`);
  const reports = createReportStore(fakeBrowser.storage.session, { now: () => NOW });
  const deps = { db, now: () => NOW, reports, autoScore: async () => autoScore };
  const queue = newQueue(
    'q1',
    'Afternoon',
    [
      { platform: 'instagram', handle: 'lea.cuisine' },
      { platform: 'tiktok', handle: 'nina.moves' },
      { platform: 'instagram', handle: 'tom.trails' },
    ],
    NOW,
  );
  await saveQueue(db, queue);
  return { db, reports, deps };
}

describe('the queue on the card, in the background', () => {
  beforeEach(() => fakeBrowser.reset());

  it('a profile that is the queue’s current item is scored on arrival, with its place', async () => {
    const { db, deps } = await setUp();
    expect(await queueArrival(deps, { platform: 'instagram', handle: 'lea.cuisine' })).toEqual({
      ok: true,
      value: { score: false },
    });
    await advanceQueue(db, 'q1', NOW);
    expect(await queueArrival(deps, { platform: 'instagram', handle: 'Lea.Cuisine' })).toEqual({
      ok: true,
      value: {
        score: true,
        queue: { queueId: 'q1', name: 'Afternoon', index: 0, position: 1, total: 3, done: 0 },
      },
    });
    // Another creator, or the same handle on the other site, is not the queue's.
    expect(await queueArrival(deps, { platform: 'tiktok', handle: 'lea.cuisine' })).toEqual({
      ok: true,
      value: { score: false },
    });
    expect(await queueArrival(deps, { platform: 'instagram', handle: 'tom.trails' })).toEqual({
      ok: true,
      value: { score: false },
    });
  });

  it('scores every profile on arrival when the user turned the option on', async () => {
    const { deps } = await setUp(true);
    expect(await queueArrival(deps, { platform: 'instagram', handle: 'someone' })).toEqual({
      ok: true,
      value: { score: true },
    });
    expect(await queueArrival(deps, { platform: 'youtube', handle: 'x' })).toMatchObject({
      ok: false,
      error: { code: 'invalid-data' },
    });
  });

  it('shortlist adds the report the background scored, records the decision, and gives the next profile', async () => {
    const { db, reports, deps } = await setUp();
    await advanceQueue(db, 'q1', NOW);
    const reportId = await reports.remember(makeReport({ handle: 'lea.cuisine', verdict: 'shortlist' }));
    const result = await queueDecide(deps, { queueId: 'q1', index: 0, decision: 'shortlist', reportId });
    expect(result).toEqual({
      ok: true,
      value: { nextUrl: 'https://www.tiktok.com/@nina.moves', done: 1, total: 3 },
    });
    const entry = await getShortlistEntry(db, 'instagram', 'lea.cuisine');
    expect(entry?.status).toBe('candidate');
    expect(entry?.erMean).toBeCloseTo(4.567);
    const queue = await getQueue(db, 'q1');
    expect(queue?.items[0]?.decision).toBe('shortlist');
    expect(queue?.cursor).toBe(1);
  });

  it('later tags the creator, reject declines them, skip writes nothing to the shortlist', async () => {
    const { db, reports, deps } = await setUp();
    await advanceQueue(db, 'q1', NOW);
    const lea = await reports.remember(makeReport({ handle: 'lea.cuisine' }));
    expect((await queueDecide(deps, { queueId: 'q1', index: 0, decision: 'later', reportId: lea })).ok).toBe(
      true,
    );
    expect((await getShortlistEntry(db, 'instagram', 'lea.cuisine'))?.tags).toEqual(['review later']);
    const nina = await reports.remember(
      makeReport({ platform: 'tiktok', handle: 'nina.moves', url: 'https://www.tiktok.com/@nina.moves' }),
    );
    expect(
      (await queueDecide(deps, { queueId: 'q1', index: 1, decision: 'reject', reportId: nina })).ok,
    ).toBe(true);
    expect((await getShortlistEntry(db, 'tiktok', 'nina.moves'))?.status).toBe('declined');
    const last = await queueDecide(deps, { queueId: 'q1', index: 2, decision: 'skip' });
    expect(last).toEqual({ ok: true, value: { done: 3, total: 3 } });
    expect(await getShortlistEntry(db, 'instagram', 'tom.trails')).toBeUndefined();
  });

  it('refuses a decision without a score of this creator, or with one it did not compute', async () => {
    const { db, reports, deps } = await setUp();
    await advanceQueue(db, 'q1', NOW);
    const other = await reports.remember(makeReport({ handle: 'someone.else' }));
    const wrong = await queueDecide(deps, {
      queueId: 'q1',
      index: 0,
      decision: 'shortlist',
      reportId: other,
    });
    expect(wrong).toEqual({
      ok: false,
      error: { code: 'queue-other-creator', params: { scored: 'someone.else', expected: 'lea.cuisine' } },
    });
    const none = await queueDecide(deps, {
      queueId: 'q1',
      index: 0,
      decision: 'shortlist',
      reportId: 'guess',
    });
    expect(none).toEqual({ ok: false, error: { code: 'score-expired' } });
    const missing = await queueDecide(deps, { queueId: 'q1', index: 0, decision: 'reject' });
    expect(missing.ok).toBe(false);
    // A report smuggled in the message is refused by its schema; nothing was written.
    const smuggled = await queueDecide(deps, {
      queueId: 'q1',
      index: 0,
      decision: 'shortlist',
      report: makeReport(),
    });
    expect(smuggled.ok).toBe(false);
    expect(await getShortlistEntry(db, 'instagram', 'lea.cuisine')).toBeUndefined();
    expect((await getQueue(db, 'q1'))?.items[0]?.decision).toBeUndefined();
    expect((await queueDecide(deps, { queueId: 'q1', index: 7, decision: 'skip' })).ok).toBe(false);
  });
});
