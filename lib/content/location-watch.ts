/**
 * Tells the content script when the page's URL changes, without looking at the DOM.
 *
 * Both sites navigate in place (`history.pushState`). Where the browser has the Navigation API
 * (Chromium), its `navigate` event says a navigation is about to happen while the old page's DOM
 * is still there, and `currententrychange` says when it happened; a slow poll of `location.href`
 * backs both up (and is the only signal where the API is missing).
 */
export interface LocationEvents {
  /**
   * The page is about to leave `url` and its DOM still shows it. Called ahead of the change when
   * the browser announces navigations; never called otherwise (then only `onChange` is).
   */
  onLeave(url: string): void;
  /** The URL changed from `from` to `to`; `announced` says whether `onLeave(from)` came first. */
  onChange(from: string, to: string, announced: boolean): void;
}

export interface LocationSource {
  location: { href: string };
  navigation?: EventTarget;
  setInterval(handler: () => void, ms: number): unknown;
  clearInterval(id: unknown): void;
}

interface NavigateEventLike extends Event {
  destination?: { url?: string };
}

/** Starts watching; stops when `signal` aborts. Returns a function that checks the URL now. */
export function watchLocation(
  source: LocationSource,
  events: LocationEvents,
  signal: AbortSignal,
): () => void {
  let last = source.location.href;
  let announcedFrom: string | undefined;
  const check = () => {
    const now = source.location.href;
    if (now === last) return;
    const from = last;
    last = now;
    const announced = announcedFrom === from;
    announcedFrom = undefined;
    events.onChange(from, now, announced);
  };
  const navigation = source.navigation;
  if (navigation) {
    navigation.addEventListener(
      'navigate',
      (event: Event) => {
        const to = (event as NavigateEventLike).destination?.url;
        const from = source.location.href;
        if (!to || to === from || announcedFrom === from) return;
        announcedFrom = from;
        events.onLeave(from);
      },
      { signal },
    );
    navigation.addEventListener('currententrychange', check, { signal });
  }
  // A safety net with the API (its events come first), the only signal without it.
  const timer = source.setInterval(check, navigation ? 2000 : 500);
  signal.addEventListener('abort', () => source.clearInterval(timer), { once: true });
  return check;
}
