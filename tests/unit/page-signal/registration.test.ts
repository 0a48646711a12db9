import { describe, expect, it, vi } from 'vitest';
import type { PageRecordValues } from '@/lib/content/page-records';
import { isSignalledPage, pageSignalSync, type SignalApi } from '@/lib/page-signal/registration';

/** The browser's side: storage's records and one registration shared by every context. */
function fakeBrowser(records: PageRecordValues = {}) {
  const state = { records, registered: false };
  const calls: string[] = [];
  const api = (): SignalApi & { signalOpenPages: ReturnType<typeof vi.fn> } => ({
    readRecords: async () => ({ ...state.records }),
    isRegistered: async () => state.registered,
    register: async () => {
      calls.push('register');
      if (state.registered) throw new Error('Duplicate script ID');
      state.registered = true;
    },
    unregister: async () => {
      calls.push('unregister');
      if (!state.registered) throw new Error('Nonexistent script ID');
      state.registered = false;
    },
    signalOpenPages: vi.fn(async () => {
      calls.push('signal');
    }),
  });
  return { state, calls, api };
}

describe('the pages’ signal, registered while the records matter', () => {
  it('nothing registered in the default state', async () => {
    const b = fakeBrowser({ pageSettings: { autoScore: false, badges: true }, queueStamp: null });
    await expect(pageSignalSync(b.api())()).resolves.toBe('unchanged');
    expect(b.calls).toEqual([]);
  });

  it('registered when the shortlist gets its first creator, the open pages told once; removed when it is empty', async () => {
    const b = fakeBrowser();
    const sync = pageSignalSync(b.api());
    b.state.records = { shortlistStamp: { total: 1, seq: 1 } };
    await expect(sync()).resolves.toBe('registered');
    expect(b.calls).toEqual(['register', 'signal']);
    // More creators: nothing to do.
    b.state.records = { shortlistStamp: { total: 2, seq: 2 } };
    await expect(sync()).resolves.toBe('unchanged');
    b.state.records = { shortlistStamp: { total: 0, seq: 3 } };
    await expect(sync()).resolves.toBe('unregistered');
    expect(b.calls).toEqual(['register', 'signal', 'unregister']);
    expect(b.state.registered).toBe(false);
  });

  it('follows the queue and automatic scoring; badges off with a shortlist is the default again', async () => {
    const b = fakeBrowser({
      shortlistStamp: { total: 4, seq: 1 },
      pageSettings: { autoScore: false, badges: false },
    });
    const sync = pageSignalSync(b.api());
    await expect(sync()).resolves.toBe('unchanged');
    b.state.records = { ...b.state.records, queueStamp: { platform: 'instagram', handle: 'lea.cuisine' } };
    await expect(sync()).resolves.toBe('registered');
    b.state.records = {
      ...b.state.records,
      queueStamp: null,
      pageSettings: { autoScore: true, badges: false },
    };
    await expect(sync()).resolves.toBe('unchanged');
    b.state.records = { ...b.state.records, pageSettings: { autoScore: false, badges: false } };
    await expect(sync()).resolves.toBe('unregistered');
  });

  it('one run at a time in a context: each reads the records as they are when it starts', async () => {
    const b = fakeBrowser();
    const api = b.api();
    let release: () => void = () => undefined;
    const first = new Promise<void>((resolve) => {
      release = resolve;
    });
    const read = vi.fn(async () => {
      const now = { ...b.state.records };
      if (read.mock.calls.length === 1) await first;
      return now;
    });
    const sync = pageSignalSync({ ...api, readRecords: read });
    const a = sync();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(read).toHaveBeenCalledTimes(1);
    b.state.records = { pageSettings: { autoScore: true, badges: true } };
    const c = sync();
    release();
    // The first run read the defaults; the second, started after the write, registers.
    await expect(a).resolves.toBe('unchanged');
    await expect(c).resolves.toBe('registered');
    expect(b.state.registered).toBe(true);
  });

  it('two contexts registering at once: one registers and signals, the other sees it done', async () => {
    const b = fakeBrowser({ pageSettings: { autoScore: true, badges: true } });
    const popup = b.api();
    const background = b.api();
    // Both found it unregistered before either registered.
    const stale = { ...popup, isRegistered: vi.fn().mockResolvedValueOnce(false).mockResolvedValue(true) };
    b.state.registered = false;
    await expect(pageSignalSync(background)()).resolves.toBe('registered');
    await expect(pageSignalSync(stale)()).resolves.toBe('unchanged');
    expect(b.calls).toEqual(['register', 'signal', 'register']);
    expect(background.signalOpenPages).toHaveBeenCalledTimes(1);
    expect(stale.signalOpenPages).not.toHaveBeenCalled();
  });

  it('a context that finds it registered answers only once the open pages are signalled (one lock for all)', async () => {
    const b = fakeBrowser({ pageSettings: { autoScore: true, badges: true } });
    // The browser's lock, shared by every context: runs one after another.
    let held: Promise<unknown> = Promise.resolve();
    const exclusive = <T>(run: () => Promise<T>): Promise<T> => {
      const next = held.then(run);
      held = next.catch(() => undefined);
      return next;
    };
    let signalled = false;
    let finishSignal: () => void = () => undefined;
    const background = {
      ...b.api(),
      exclusive,
      signalOpenPages: vi.fn(
        () =>
          new Promise<void>((resolve) => {
            finishSignal = () => {
              signalled = true;
              resolve();
            };
          }),
      ),
    };
    const options = { ...b.api(), exclusive };
    const registering = pageSignalSync(background)();
    // The background has registered and is signalling the open pages when the options page asks.
    await vi.waitFor(() => expect(background.signalOpenPages).toHaveBeenCalled());
    let answered = false;
    const asking = pageSignalSync(options)().then((state) => {
      answered = true;
      return state;
    });
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(answered).toBe(false);
    finishSignal();
    await expect(asking).resolves.toBe('unchanged');
    expect(signalled).toBe(true);
    await expect(registering).resolves.toBe('registered');
  });

  it('a failure that is not a race is reported, and the next run still runs', async () => {
    const b = fakeBrowser({ pageSettings: { autoScore: true, badges: true } });
    const api = { ...b.api(), register: vi.fn().mockRejectedValueOnce(new Error('no permission')) };
    const sync = pageSignalSync(api);
    await expect(sync()).rejects.toThrow('no permission');
    api.register.mockImplementation(async () => {
      b.state.registered = true;
    });
    await expect(sync()).resolves.toBe('registered');
  });
});

describe('the pages the signal is sent to', () => {
  it('the two sites’ pages only', () => {
    expect(isSignalledPage('https://www.instagram.com/lea.cuisine/')).toBe(true);
    expect(isSignalledPage('https://www.tiktok.com/@nina.moves')).toBe(true);
    expect(isSignalledPage('https://www.instagram.com.evil.test/')).toBe(false);
    expect(isSignalledPage('chrome-extension://abc/popup.html')).toBe(false);
    expect(isSignalledPage(undefined)).toBe(false);
  });
});
