/**
 * Keeps the pages' signal (lib/content/page-signal.ts) registered exactly while the page records
 * matter (lib/content/page-records.ts `recordsMatter`): a content script of a few bytes
 * (entrypoints/page-signal.ts) registered with `scripting.registerContentScripts` for every
 * Instagram and TikTok page, at `document_start`, kept across browser restarts. When it gets
 * registered, it is also sent once to the pages of both sites already open, which then read the
 * records and follow their changes. In the default state nothing is registered and the pages read
 * nothing.
 *
 * Every extension context that writes one of the records runs `sync()` after its write and waits
 * for it (the queue's Next opens the next profile only then, the options page reports a setting
 * saved only then); the background also runs it at its start and after any change of the records
 * it hears. Each context runs one `sync()` at a time, and every context's runs take one lock in
 * turn (`exclusive`): a run that finds the script registered starts only after the run that
 * registered it has signalled the open pages. Each reads the records after its own write, so the
 * last to act acts on the newest records, and the background's run after the last change's event
 * puts it right in any case.
 */
import { type PageRecordValues, recordsMatter } from '../content/page-records';

/** The registered script, as `scripting.registerContentScripts` takes it. */
export const PAGE_SIGNAL_SCRIPT = {
  id: 'microscope-page-signal',
  js: ['/page-signal.js'],
  matches: ['https://www.instagram.com/*', 'https://www.tiktok.com/*'],
  runAt: 'document_start',
  allFrames: false,
  persistAcrossSessions: true,
} as const;

/** The browser's side (`browser.scripting`, `browser.tabs`, `browser.storage.local`), or a test double. */
export interface SignalApi {
  readRecords(): Promise<PageRecordValues>;
  isRegistered(): Promise<boolean>;
  register(): Promise<void>;
  unregister(): Promise<void>;
  /** Runs the signal script once in the pages of both sites open now (failures ignored). */
  signalOpenPages(): Promise<void>;
  /**
   * Runs `run` alone among every context of the extension (the browser's Web Locks), when the
   * browser offers that. Without it, a context could find the script registered by another whose
   * open pages are not signalled yet, and report its write done (Next, "Saved") too early.
   */
  exclusive?<T>(run: () => Promise<T>): Promise<T>;
}

export type SignalState = 'registered' | 'unregistered' | 'unchanged';

/** One context's `sync()`: serialized, each call reading the records after the caller's write. */
export function pageSignalSync(api: SignalApi): () => Promise<SignalState> {
  let chain: Promise<unknown> = Promise.resolve();
  const once = async (): Promise<SignalState> => {
    const wanted = recordsMatter(await api.readRecords());
    const registered = await api.isRegistered();
    if (wanted && !registered) {
      try {
        await api.register();
      } catch (error) {
        // Another context registered it in between: its run signals the open pages.
        if (await api.isRegistered()) return 'unchanged';
        throw error;
      }
      await api.signalOpenPages();
      return 'registered';
    }
    if (!wanted && registered) {
      try {
        await api.unregister();
      } catch (error) {
        if (!(await api.isRegistered())) return 'unchanged';
        throw error;
      }
      return 'unregistered';
    }
    return 'unchanged';
  };
  const alone = () => (api.exclusive ? api.exclusive(once) : once());
  return () => {
    const run = chain.then(alone);
    chain = run.catch(() => undefined);
    return run;
  };
}

/** Whether `url` is a page the signal is for (the registered script's matches). */
export function isSignalledPage(url: string | undefined): boolean {
  return (
    url !== undefined &&
    (url.startsWith('https://www.instagram.com/') || url.startsWith('https://www.tiktok.com/'))
  );
}
