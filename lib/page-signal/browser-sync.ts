/**
 * The pages' signal (lib/page-signal/registration.ts) over the browser's APIs, one `sync()` per
 * extension context (background, popup, dashboard, options).
 */
import { browser } from 'wxt/browser';
import { PAGE_RECORD_KEYS } from '../content/page-records';
import { isSignalledPage, PAGE_SIGNAL_SCRIPT, pageSignalSync, type SignalApi } from './registration';

/** The lock every context's run takes in turn (Web Locks are shared by the extension's pages and workers). */
const LOCK = 'microscope-page-signal';
/** How long a sync waits for one open tab to run the signal script. */
const SIGNAL_WAIT_MS = 2000;

const api: SignalApi = {
  async exclusive<T>(run: () => Promise<T>): Promise<T> {
    if (typeof navigator === 'undefined' || navigator.locks === undefined) return run();
    // The lock's promise settles with what `run`'s promise settles with.
    return await navigator.locks.request(LOCK, run);
  },
  readRecords: () => browser.storage.local.get([...PAGE_RECORD_KEYS]),
  async isRegistered() {
    const scripts = await browser.scripting.getRegisteredContentScripts({ ids: [PAGE_SIGNAL_SCRIPT.id] });
    return scripts.length > 0;
  },
  register: () =>
    browser.scripting.registerContentScripts([
      { ...PAGE_SIGNAL_SCRIPT, js: [...PAGE_SIGNAL_SCRIPT.js], matches: [...PAGE_SIGNAL_SCRIPT.matches] },
    ]),
  unregister: () => browser.scripting.unregisterContentScripts({ ids: [PAGE_SIGNAL_SCRIPT.id] }),
  async signalOpenPages() {
    // Every tab, filtered here: the host permissions of the two sites give their tabs' addresses.
    const tabs = await browser.tabs.query({});
    await Promise.all(
      tabs
        .filter((tab) => tab.id !== undefined && isSignalledPage(tab.url))
        .map((tab) =>
          // A tab that does not answer (frozen, still loading) is not waited for past a bound:
          // every context's writes wait for this under one lock. Its page gets the signal when
          // the script runs, or reads the records at its next load.
          Promise.race([
            browser.scripting
              .executeScript({ target: { tabId: tab.id as number }, files: [...PAGE_SIGNAL_SCRIPT.js] })
              .catch(() => undefined),
            new Promise<void>((resolve) => setTimeout(resolve, SIGNAL_WAIT_MS)),
          ]),
        ),
    );
  },
};

let sync: (() => Promise<unknown>) | undefined;

/** Registers or unregisters the pages' signal as the stored records now ask; never throws. */
export async function syncPageSignal(): Promise<void> {
  sync ??= pageSignalSync(api);
  try {
    await sync();
  } catch (error) {
    console.warn('Microscope: could not update the pages’ signal', error);
  }
}

/** Writes `storage.local`, then brings the pages' signal in line with it (the stamp writers' store). */
export async function storeAndSignal(items: Record<string, unknown>): Promise<void> {
  await browser.storage.local.set(items);
  await syncPageSignal();
}

/** The background: the signal in line at its start and after every change of the records. */
export function watchPageRecords(): void {
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'local' && PAGE_RECORD_KEYS.some((key) => key in changes)) void syncPageSignal();
  });
  void syncPageSignal();
}
