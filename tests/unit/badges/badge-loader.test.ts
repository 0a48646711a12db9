// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import type { BadgeModule } from '@/lib/badges/module';
import { watchBadges } from '@/lib/content/badge-loader';
import { mayScoreOnArrival, pageRecords } from '@/lib/content/page-records';

type Listener = (changes: Record<string, { newValue?: unknown }>, area: string) => void;

function setUp(stored: Record<string, unknown>) {
  const listeners = new Set<Listener>();
  const controller = { refresh: vi.fn(async () => undefined), stop: vi.fn() };
  const module: BadgeModule = { start: vi.fn(() => controller) };
  const load = vi.fn(async () => module);
  const get = vi.fn(async () => stored);
  const abort = new AbortController();
  const records = pageRecords(
    { get, onChanged: { addListener: (l) => listeners.add(l), removeListener: (l) => listeners.delete(l) } },
    abort.signal,
  );
  watchBadges(abort.signal, {
    win: window,
    records,
    load,
    fetchIndex: async () => ({ entries: [] }),
  });
  const change = (changes: Record<string, { newValue?: unknown }>, area = 'local') => {
    for (const l of listeners) l(changes, area);
  };
  return { load, get, module, controller, change, abort, listeners, records };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 250));

describe('the always-on part of the badges', () => {
  it('loads nothing while the shortlist is empty; loads once it has creators', async () => {
    const t = setUp({ shortlistStamp: { total: 0, seq: 0 } });
    await settle();
    expect(t.get).toHaveBeenCalledTimes(1);
    expect(t.load).not.toHaveBeenCalled();
    t.change({ shortlistStamp: { newValue: { total: 3, seq: 4 } } });
    await settle();
    expect(t.load).toHaveBeenCalledTimes(1);
    expect(t.module.start).toHaveBeenCalledTimes(1);
    // A later change of the shortlist refreshes the index; it does not load again.
    t.change({ shortlistStamp: { newValue: { total: 3, seq: 5 } } });
    await settle();
    expect(t.controller.refresh).toHaveBeenCalledTimes(1);
    expect(t.load).toHaveBeenCalledTimes(1);
  });

  it('loads nothing when the user turned badges off, and stops them when turned off later', async () => {
    const off = setUp({
      shortlistStamp: { total: 5, seq: 1 },
      pageSettings: { autoScore: false, badges: false },
    });
    await settle();
    expect(off.load).not.toHaveBeenCalled();

    const on = setUp({ shortlistStamp: { total: 5, seq: 1 } });
    await settle();
    expect(on.module.start).toHaveBeenCalledTimes(1);
    on.change({ pageSettings: { newValue: { autoScore: false, badges: false } } });
    await settle();
    expect(on.controller.stop).toHaveBeenCalledTimes(1);
    // Changes elsewhere (session storage) are not its business.
    on.change({ shortlistStamp: { newValue: { total: 9, seq: 9 } } }, 'session');
    await settle();
    expect(on.controller.refresh).not.toHaveBeenCalled();
  });

  it('shares its one storage read with the profile’s arrival (the queue’s stamp comes with it)', async () => {
    const t = setUp({
      shortlistStamp: { total: 2, seq: 1 },
      queueStamp: { platform: 'instagram', handle: 'lea.cuisine' },
    });
    // The arrival asks first (a profile on screen), the badges after the page's load.
    expect(mayScoreOnArrival(await t.records.read(), 'instagram', 'lea.cuisine')).toBe(true);
    await settle();
    expect(t.module.start).toHaveBeenCalledTimes(1);
    expect(t.get).toHaveBeenCalledTimes(1);
    // A change of the queue's stamp alone does not touch the badges.
    t.change({ queueStamp: { newValue: { platform: 'tiktok', handle: 'nina.moves' } } });
    await settle();
    expect(t.controller.refresh).not.toHaveBeenCalled();
    expect(mayScoreOnArrival(await t.records.read(), 'tiktok', 'nina.moves')).toBe(true);
  });

  it('stops and stops listening when the content script is unloaded', async () => {
    const t = setUp({ shortlistStamp: { total: 2, seq: 1 } });
    await settle();
    t.abort.abort();
    await settle();
    expect(t.controller.stop).toHaveBeenCalled();
    expect(t.listeners.size).toBe(0);
  });
});
