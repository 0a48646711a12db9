import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createReportStore } from '@/lib/background/report-store';
import { makeReport } from '@/tests/helpers/reports';

const NOW = Date.UTC(2026, 10, 25, 12);

describe('the reports the background scored, kept for Add', () => {
  beforeEach(() => fakeBrowser.reset());

  it('finds a report by the id it was given, and nothing by any other id', async () => {
    const store = createReportStore(fakeBrowser.storage.session, { now: () => NOW });
    const id = await store.remember(makeReport());
    expect((await store.find(id))?.handle).toBe('lea.cuisine');
    expect(await store.find('guess')).toBeUndefined();
  });

  it('keeps both reports of two tabs scoring at the same moment', async () => {
    const store = createReportStore(fakeBrowser.storage.session, { now: () => NOW });
    const [a, b] = await Promise.all([
      store.remember(makeReport({ handle: 'a.one' })),
      store.remember(makeReport({ handle: 'b.two' })),
    ]);
    expect((await store.find(a))?.handle).toBe('a.one');
    expect((await store.find(b))?.handle).toBe('b.two');
  });

  it('keeps only the most recent `max`, and drops the others from storage', async () => {
    let n = 0;
    const store = createReportStore(fakeBrowser.storage.session, {
      now: () => NOW,
      max: 2,
      newId: () => `id${n++}`,
    });
    for (let i = 0; i < 4; i++) await store.remember(makeReport());
    expect(await store.find('id0')).toBeUndefined();
    expect(await store.find('id3')).toBeDefined();
    await store.stored();
    expect(Object.keys(await fakeBrowser.storage.session.get(null)).sort()).toEqual([
      'computed-report:id2',
      'computed-report:id3',
      'computed-reports',
    ]);
  });

  it('does not trust what storage holds: a stored value that is not a report is not found', async () => {
    let n = 0;
    const store = createReportStore(fakeBrowser.storage.session, { now: () => NOW, newId: () => `id${n++}` });
    await store.remember(makeReport());
    await store.stored();
    await fakeBrowser.storage.session.set({ 'computed-report:id0': { handle: 'x' } });
    // The background started again (it sleeps after 30 s idle): only storage is left to read.
    const restarted = createReportStore(fakeBrowser.storage.session, { now: () => NOW });
    expect(await restarted.find('id0')).toBeUndefined();
  });

  it('answers with the id before the storage write ends, finds the report meanwhile, and after a restart', async () => {
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    const session = fakeBrowser.storage.session;
    // A storage area whose writes wait (a just-started Firefox event page's can take ~100 ms).
    const slow = {
      get: (keys: string | string[]) => session.get(keys),
      set: async (items: Record<string, unknown>) => {
        await gate;
        await session.set(items);
      },
      remove: (keys: string | string[]) => session.remove(keys),
    };
    const store = createReportStore(slow, { now: () => NOW });
    const id = await store.remember(makeReport({ handle: 'quick.one' }));
    expect((await store.find(id))?.handle).toBe('quick.one');
    expect(await session.get(null)).toEqual({});
    release();
    await store.stored();
    const restarted = createReportStore(session, { now: () => NOW });
    expect((await restarted.find(id))?.handle).toBe('quick.one');
  });

  it('gives a report the same shape, key order included, from memory as from storage', async () => {
    const report = makeReport({ handle: 'order.check' });
    // A report as the scoring builds it can list its keys in another order than the schema.
    const reordered = Object.fromEntries(Object.entries(report).reverse()) as typeof report;
    const store = createReportStore(fakeBrowser.storage.session, { now: () => NOW });
    const id = await store.remember(reordered);
    await store.stored();
    const fromMemory = await store.find(id);
    const fromStorage = await createReportStore(fakeBrowser.storage.session, { now: () => NOW }).find(id);
    expect(JSON.stringify(fromMemory)).toBe(JSON.stringify(fromStorage));
    expect(Object.keys(fromMemory ?? {})[0]).toBe('platform');
  });

  it('forgets a report after its time, in memory as in storage', async () => {
    let now = NOW;
    const store = createReportStore(fakeBrowser.storage.session, { now: () => now, ttlMs: 1000 });
    const id = await store.remember(makeReport());
    await store.stored();
    now += 1000;
    expect(await store.find(id)).toBeUndefined();
    expect(
      await createReportStore(fakeBrowser.storage.session, { now: () => now, ttlMs: 1000 }).find(id),
    ).toBeUndefined();
  });
});
