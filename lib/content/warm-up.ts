/**
 * Waking the background before the user's click needs it.
 *
 * Both browsers stop an idle extension background after about 30 s (Chromium's service worker,
 * Firefox's event page), and starting it again sits on the click → card path: measured on the
 * fixture site, a stopped background adds ~60 ms in Chromium and ~80 ms in Firefox on an idle
 * machine, and twice that in Firefox on a busy one, where most of it is the browser creating the
 * event page's document. So the content script asks the background to start ahead of the press:
 * - when a creator's profile opens on a page the user is looking at (the page is visible; a
 *   profile opened in a background tab waits until it is shown), before the page has even drawn
 *   its header: vetting is "open, glance, click", and Firefox's event page takes longer to start
 *   (150–250 ms on a busy machine) than the page takes to show Score;
 * - when the pointer reaches Microscope's UI or focus lands in it (`pointerenter`, `focusin`),
 *   for a user who stayed on the page longer than the background's idle time;
 * - at the press itself (capture-phase `pointerdown`, before the button's own handler reads the
 *   page), so a press without a hover (touch) overlaps the start with reading the page.
 * Pages that are not profiles (feeds, messages, posts) never wake it.
 */

/** What started a warm-up: a profile shown on a visible page, the pointer or focus arriving, the press. */
export type WarmUpTrigger = 'shown' | 'pointer' | 'focus' | 'press';

/** Events on Microscope's UI host that announce a press (listened to in the capture phase). */
export const INTENT_EVENTS = {
  pointerenter: 'pointer',
  focusin: 'focus',
  pointerdown: 'press',
} as const satisfies Record<string, WarmUpTrigger>;

/**
 * One warm-up per gesture: the pointer entering then pressing, or focus then Enter, sends one
 * message. (The background stays up ≥ 30 s after its last event in both browsers, so a warm-up
 * this recent is still in effect.)
 */
export const WARM_UP_INTERVAL_MS = 1_000;

export interface BackgroundWarmer {
  /** Sends the warm-up unless one was sent within WARM_UP_INTERVAL_MS. */
  warm(trigger: WarmUpTrigger): void;
  /**
   * A profile is on screen in `host` (its document element, or Microscope's UI host): warms now
   * if its document is visible, else once it becomes visible if `host` is still on the page.
   * Returns the remover of the visibility listener.
   */
  shown(host: Element): () => void;
  /** A warm-up on each intent event of `host` (Microscope's UI host). Returns the remover. */
  intents(host: Element): () => void;
  /** `shown(host)` and `intents(host)`. Returns the remover. */
  listenOn(host: Element): () => void;
}

export function backgroundWarmer(
  send: (trigger: WarmUpTrigger) => Promise<unknown>,
  { now = () => Date.now(), intervalMs = WARM_UP_INTERVAL_MS } = {},
): BackgroundWarmer {
  let lastSent = Number.NEGATIVE_INFINITY;
  const warm = (trigger: WarmUpTrigger) => {
    const t = now();
    if (t - lastSent < intervalMs) return;
    lastSent = t;
    // A failed warm-up (extension reloaded, background error) is retried on the next intent.
    send(trigger).catch(() => {
      lastSent = Number.NEGATIVE_INFINITY;
    });
  };
  const shown = (host: Element) => {
    const doc = host.ownerDocument;
    const onVisible = () => {
      if (doc.visibilityState !== 'visible') return;
      doc.removeEventListener('visibilitychange', onVisible);
      if (host.isConnected) warm('shown');
    };
    if (doc.visibilityState === 'visible') warm('shown');
    else doc.addEventListener('visibilitychange', onVisible);
    return () => doc.removeEventListener('visibilitychange', onVisible);
  };
  const intents = (host: Element) => {
    const options = { capture: true, passive: true } as const;
    const listeners = Object.entries(INTENT_EVENTS).map(([type, trigger]) => {
      const listener = () => warm(trigger);
      host.addEventListener(type, listener, options);
      return () => host.removeEventListener(type, listener, options);
    });
    return () => {
      for (const remove of listeners) remove();
    };
  };
  return {
    warm,
    shown,
    intents,
    listenOn(host) {
      const removers = [shown(host), intents(host)];
      return () => {
        for (const remove of removers) remove();
      };
    },
  };
}
