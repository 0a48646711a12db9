import { describe, expect, it, vi } from 'vitest';
import { mayScoreOnArrival, PAGE_RECORD_KEYS, pageRecords } from '@/lib/content/page-records';

type Listener = (changes: Record<string, { newValue?: unknown }>, area: string) => void;

function fakeStorage(stored: Record<string, unknown>) {
  const listeners = new Set<Listener>();
  let answer: (() => void) | undefined;
  const get = vi.fn(
    (keys: string[]) =>
      new Promise<Record<string, unknown>>((resolve) => {
        answer = () =>
          resolve(Object.fromEntries(keys.filter((k) => k in stored).map((k) => [k, stored[k]])));
      }),
  );
  const storage = {
    get,
    onChanged: {
      addListener: (l: Listener) => listeners.add(l),
      removeListener: (l: Listener) => listeners.delete(l),
    },
  };
  const change = (changes: Record<string, { newValue?: unknown }>, area = 'local') => {
    for (const l of listeners) l(changes, area);
  };
  return { storage, get, listeners, change, answer: () => answer?.() };
}

describe('the page’s records, read once', () => {
  it('reads nothing until asked, then once for every reader, the three keys together', async () => {
    const s = fakeStorage({ pageSettings: { autoScore: true, badges: true } });
    const records = pageRecords(s.storage, new AbortController().signal);
    expect(s.get).not.toHaveBeenCalled();
    expect(s.listeners.size).toBe(0);
    const first = records.read();
    const second = records.read();
    s.answer();
    expect(await first).toBe(await second);
    expect(s.get).toHaveBeenCalledTimes(1);
    expect(s.get).toHaveBeenCalledWith([...PAGE_RECORD_KEYS]);
    expect(PAGE_RECORD_KEYS).toEqual(['shortlistStamp', 'pageSettings', 'queueStamp']);
    expect((await records.read()).pageSettings).toEqual({ autoScore: true, badges: true });
    expect(s.get).toHaveBeenCalledTimes(1);
  });

  it('stays fresh from storage.onChanged and tells its subscribers which keys changed', async () => {
    const s = fakeStorage({ queueStamp: { platform: 'instagram', handle: 'lea.cuisine' } });
    const records = pageRecords(s.storage, new AbortController().signal);
    const reading = records.read();
    // The Next of another page lands while the read is on its way: the newer value is kept.
    s.change({ queueStamp: { newValue: { platform: 'tiktok', handle: 'nina.moves' } } });
    s.answer();
    const values = await reading;
    expect(values.queueStamp).toEqual({ platform: 'tiktok', handle: 'nina.moves' });
    const heard = vi.fn();
    records.subscribe(heard);
    s.change({ shortlistStamp: { newValue: { total: 2, seq: 3 } }, unrelated: { newValue: 1 } });
    expect(heard).toHaveBeenCalledWith(new Set(['shortlistStamp']));
    expect((await records.read()).shortlistStamp).toEqual({ total: 2, seq: 3 });
    // Another area, or keys that are not the page's, are not heard.
    s.change({ queueStamp: { newValue: null } }, 'session');
    s.change({ somethingElse: { newValue: 1 } });
    expect(heard).toHaveBeenCalledTimes(1);
    expect((await records.read()).queueStamp).toEqual({ platform: 'tiktok', handle: 'nina.moves' });
    // A removed record reads as absent.
    s.change({ queueStamp: {} });
    expect((await records.read()).queueStamp).toBeUndefined();
  });

  it('stops listening when the content script is unloaded', async () => {
    const s = fakeStorage({});
    const stop = new AbortController();
    const records = pageRecords(s.storage, stop.signal);
    const reading = records.read();
    s.answer();
    await reading;
    expect(s.listeners.size).toBe(1);
    stop.abort();
    expect(s.listeners.size).toBe(0);
  });

  it('reads again after a failed read', async () => {
    const get = vi
      .fn()
      .mockRejectedValueOnce(new Error('Extension context invalidated.'))
      .mockResolvedValue({});
    const records = pageRecords(
      { get, onChanged: { addListener: () => undefined, removeListener: () => undefined } },
      new AbortController().signal,
    );
    await expect(records.read()).rejects.toThrow('invalidated');
    await expect(records.read()).resolves.toEqual({
      shortlistStamp: undefined,
      pageSettings: undefined,
      queueStamp: undefined,
    });
    expect(get).toHaveBeenCalledTimes(2);
  });
});

describe('whether a profile that opens may be scored on arrival', () => {
  const stamp = { platform: 'instagram', handle: 'lea.cuisine' };
  it('not by default: no queue, automatic scoring off', () => {
    expect(mayScoreOnArrival({}, 'instagram', 'lea.cuisine')).toBe(false);
    expect(mayScoreOnArrival({ pageSettings: { autoScore: false, badges: true } }, 'instagram', 'x')).toBe(
      false,
    );
  });
  it('every profile when automatic scoring is on', () => {
    expect(mayScoreOnArrival({ pageSettings: { autoScore: true, badges: false } }, 'tiktok', 'x')).toBe(true);
  });
  it('the queue’s current item only, on its own site, whatever the case of the address', () => {
    expect(mayScoreOnArrival({ queueStamp: stamp }, 'instagram', 'Lea.Cuisine')).toBe(true);
    expect(mayScoreOnArrival({ queueStamp: stamp }, 'tiktok', 'lea.cuisine')).toBe(false);
    expect(mayScoreOnArrival({ queueStamp: stamp }, 'instagram', 'tom.trails')).toBe(false);
    expect(mayScoreOnArrival({ queueStamp: 'lea.cuisine' }, 'instagram', 'lea.cuisine')).toBe(false);
  });
});
