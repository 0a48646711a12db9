/**
 * The signal that a page's records matter (lib/content/page-records.ts). In the default state —
 * no review queue, automatic scoring off, an empty shortlist — nothing on an Instagram or TikTok
 * page needs the extension's records, and the always-on content script reads none. While one of
 * them matters, the extension registers a tiny content script (entrypoints/page-signal.ts,
 * lib/page-signal/registration.ts) that runs at every page's start in the same isolated world and
 * sends this signal; pages already open get the same script once. Both scripts meet through a
 * name on the isolated world's global object, which the page's own scripts cannot see; either may
 * run first.
 */
export const PAGE_SIGNAL_KEY = '__microscopePageRecords';

type SignalHost = Record<string, unknown>;

/** The signal script's whole work: wakes the waiting content script, or leaves the mark for it. */
export function sendPageSignal(host: SignalHost): void {
  const hook = host[PAGE_SIGNAL_KEY];
  if (typeof hook === 'function') (hook as () => void)();
  else host[PAGE_SIGNAL_KEY] = true;
}

/** What the records wait for before reading anything (lib/content/page-records.ts). */
export interface RecordsGate {
  /** Whether the signal came: the records may differ from their defaults. */
  isOpen(): boolean;
  /**
   * Resolves once it is known whether the signal comes with the page's start: at the signal, or
   * when the document has been parsed (a script registered for `document_start` has run by then).
   */
  settled(): Promise<void>;
  /** Calls `listener` when the signal comes (once); an open page hears it from a script sent later. */
  onOpen(listener: () => void): void;
}

/**
 * The content script's side: takes the signal if it came first, else waits for it, until
 * `abort` aborts. `doc` tells when the page's start is over.
 */
export function pageSignalGate(host: SignalHost, doc: Document, abort: AbortSignal): RecordsGate {
  let open = host[PAGE_SIGNAL_KEY] === true;
  const listeners: Array<() => void> = [];
  const hook = () => {
    if (open || abort.aborted) return;
    open = true;
    for (const listener of listeners.splice(0)) listener();
  };
  host[PAGE_SIGNAL_KEY] = hook;
  abort.addEventListener(
    'abort',
    () => {
      if (host[PAGE_SIGNAL_KEY] === hook) delete host[PAGE_SIGNAL_KEY];
      listeners.length = 0;
    },
    { once: true },
  );
  let settled: Promise<void> | undefined;
  return {
    isOpen: () => open,
    onOpen(listener) {
      if (open) listener();
      else listeners.push(listener);
    },
    settled() {
      settled ??=
        open || doc.readyState !== 'loading'
          ? Promise.resolve()
          : new Promise<void>((resolve) => {
              const done = () => {
                doc.removeEventListener('DOMContentLoaded', done);
                resolve();
              };
              listeners.push(done);
              doc.addEventListener('DOMContentLoaded', done);
            });
      return settled;
    },
  };
}
