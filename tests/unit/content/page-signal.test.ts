// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { PAGE_RECORD_KEYS, pageRecords, recordsMatter } from '@/lib/content/page-records';
import { PAGE_SIGNAL_KEY, pageSignalGate, sendPageSignal } from '@/lib/content/page-signal';

type Listener = (changes: Record<string, { newValue?: unknown }>, area: string) => void;

function fakeStorage(stored: Record<string, unknown>) {
  const listeners = new Set<Listener>();
  const get = vi.fn(async (keys: string[]) =>
    Object.fromEntries(keys.filter((k) => k in stored).map((k) => [k, stored[k]])),
  );
  return {
    get,
    listeners,
    storage: {
      get,
      onChanged: {
        addListener: (l: Listener) => listeners.add(l),
        removeListener: (l: Listener) => listeners.delete(l),
      },
    },
    change(changes: Record<string, { newValue?: unknown }>) {
      for (const l of listeners) l(changes, 'local');
    },
  };
}

/** A document still being parsed, whose parsing ends on `parsed()`. */
function loadingDocument() {
  const target = new EventTarget();
  const doc = Object.assign(target, { readyState: 'loading' as DocumentReadyState });
  return {
    doc: doc as unknown as Document,
    parsed() {
      doc.readyState = 'interactive';
      target.dispatchEvent(new Event('DOMContentLoaded'));
    },
  };
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('the page’s signal between the registered script and the content script', () => {
  it('is heard whichever runs first', () => {
    const before: Record<string, unknown> = {};
    sendPageSignal(before);
    expect(pageSignalGate(before, document, new AbortController().signal).isOpen()).toBe(true);

    const after: Record<string, unknown> = {};
    const gate = pageSignalGate(after, document, new AbortController().signal);
    const opened = vi.fn();
    gate.onOpen(opened);
    expect(gate.isOpen()).toBe(false);
    sendPageSignal(after);
    sendPageSignal(after);
    expect(gate.isOpen()).toBe(true);
    expect(opened).toHaveBeenCalledTimes(1);
  });

  it('settles at the signal, or once the document is parsed without it', async () => {
    const host: Record<string, unknown> = {};
    const page = loadingDocument();
    const gate = pageSignalGate(host, page.doc, new AbortController().signal);
    const settled = vi.fn();
    void gate.settled().then(settled);
    await tick();
    expect(settled).not.toHaveBeenCalled();
    page.parsed();
    await tick();
    expect(settled).toHaveBeenCalled();
    expect(gate.isOpen()).toBe(false);

    const other = loadingDocument();
    const signalled = pageSignalGate({}, other.doc, new AbortController().signal);
    const early = vi.fn();
    void signalled.settled().then(early);
    sendPageSignal(host); // the first page's signal: not this one's
    await tick();
    expect(early).not.toHaveBeenCalled();
  });

  it('leaves nothing behind once the content script is unloaded', () => {
    const host: Record<string, unknown> = {};
    const stop = new AbortController();
    pageSignalGate(host, document, stop.signal);
    expect(typeof host[PAGE_SIGNAL_KEY]).toBe('function');
    stop.abort();
    expect(PAGE_SIGNAL_KEY in host).toBe(false);
  });
});

describe('the page’s records behind the signal', () => {
  it('in the default state (no signal): no storage touched, the defaults once the page is parsed', async () => {
    const s = fakeStorage({ shortlistStamp: { total: 3, seq: 1 } });
    const page = loadingDocument();
    const records = pageRecords(
      s.storage,
      new AbortController().signal,
      pageSignalGate({}, page.doc, new AbortController().signal),
    );
    const read = vi.fn();
    void records.read().then(read);
    await tick();
    expect(read).not.toHaveBeenCalled();
    page.parsed();
    await tick();
    expect(read).toHaveBeenCalledWith({});
    expect(s.get).not.toHaveBeenCalled();
    expect(s.listeners.size).toBe(0);
  });

  it('with the signal at the page’s start: one read, kept fresh', async () => {
    const s = fakeStorage({ queueStamp: { platform: 'instagram', handle: 'lea.cuisine' } });
    const host: Record<string, unknown> = {};
    const page = loadingDocument();
    const records = pageRecords(
      s.storage,
      new AbortController().signal,
      pageSignalGate(host, page.doc, new AbortController().signal),
    );
    const reading = records.read();
    sendPageSignal(host); // the registered script runs after the content script asked
    expect((await reading).queueStamp).toEqual({ platform: 'instagram', handle: 'lea.cuisine' });
    expect(s.get).toHaveBeenCalledTimes(1);
    expect(s.get).toHaveBeenCalledWith([...PAGE_RECORD_KEYS]);
    s.change({ queueStamp: { newValue: null } });
    expect((await records.read()).queueStamp).toBeNull();
    expect(s.get).toHaveBeenCalledTimes(1);
  });

  it('a page already open that gets the signal later reads the records and tells its subscribers', async () => {
    const s = fakeStorage({});
    const host: Record<string, unknown> = {};
    const records = pageRecords(
      s.storage,
      new AbortController().signal,
      pageSignalGate(host, document, new AbortController().signal),
    );
    expect(await records.read()).toEqual({});
    const heard = vi.fn();
    records.subscribe(heard);
    // The shortlist got its first creator in another tab: the extension sends the signal.
    s.get.mockResolvedValueOnce({ shortlistStamp: { total: 1, seq: 1 } });
    sendPageSignal(host);
    await tick();
    expect(heard).toHaveBeenCalledWith(new Set(PAGE_RECORD_KEYS));
    expect((await records.read()).shortlistStamp).toEqual({ total: 1, seq: 1 });
    // From then on it follows the changes.
    s.change({ shortlistStamp: { newValue: { total: 2, seq: 2 } } });
    expect(heard).toHaveBeenLastCalledWith(new Set(['shortlistStamp']));
    // A second signal (the records stopped and started mattering again) reads nothing more.
    sendPageSignal(host);
    await tick();
    expect(s.get).toHaveBeenCalledTimes(1);
  });
});

describe('whether the records matter to a page', () => {
  it('not in the default state', () => {
    expect(recordsMatter({})).toBe(false);
    expect(
      recordsMatter({
        shortlistStamp: { total: 0, seq: 4 },
        pageSettings: { autoScore: false, badges: true },
        queueStamp: null,
      }),
    ).toBe(false);
  });
  it('badges on and a shortlist with creators; not with badges off', () => {
    expect(recordsMatter({ shortlistStamp: { total: 1, seq: 1 } })).toBe(true);
    expect(
      recordsMatter({
        shortlistStamp: { total: 9, seq: 1 },
        pageSettings: { autoScore: false, badges: false },
      }),
    ).toBe(false);
  });
  it('automatic scoring on, or a queue with a current item', () => {
    expect(recordsMatter({ pageSettings: { autoScore: true, badges: false } })).toBe(true);
    expect(recordsMatter({ queueStamp: { platform: 'tiktok', handle: 'nina.moves' } })).toBe(true);
    expect(recordsMatter({ queueStamp: { platform: 'tiktok', handle: '' } })).toBe(false);
  });
});
