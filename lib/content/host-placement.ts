export interface Timers {
  setTimeout(handler: () => void, ms: number): unknown;
  clearTimeout(id: unknown): void;
}

/** How often the placement looks for the header while it is not on the page yet (first seconds, then). */
const SEARCH_MS = [100, 1000] as const;
const SEARCH_FAST_FOR_MS = 5000;
/**
 * How often a placed host checks that it is still next to its anchor. A replaced header is seen
 * at once by the observer on its parent; this catches a re-render of a whole ancestor.
 */
const CHECK_MS = 1000;

/**
 * Keeps one host element right after the profile header, across the site's re-renders, without
 * watching the whole document: a timer looks for the header until it appears, then checks every
 * second that the host still sits next to it, and an observer on the header's parent (its
 * direct children only) puts the host back at once when the header is replaced. A busy feed
 * appending thousands of nodes elsewhere never wakes it.
 */
export class HostPlacement {
  private anchor: Element | undefined;
  private timer: unknown;
  private running = false;
  private searchingSince = 0;
  private observer: MutationObserver | undefined;
  private observed: Node | undefined;

  private made: HTMLElement | undefined;

  /** `host` makes the element on first use: only once there is a header to put it under. */
  constructor(
    private readonly doc: Document,
    private readonly makeHost: () => HTMLElement,
    private readonly selectors: readonly string[],
    private readonly timers: Timers,
    private readonly now: () => number = () => Date.now(),
  ) {}

  private get host(): HTMLElement {
    this.made ??= this.makeHost();
    return this.made;
  }

  get placed(): boolean {
    return this.running && this.isPlaced();
  }

  start(): void {
    if (this.running) return;
    this.running = true;
    this.searchingSince = this.now();
    // While the document is still loading there is no header to look for yet.
    if (this.doc.readyState === 'loading') {
      this.doc.addEventListener(
        'DOMContentLoaded',
        () => this.running && this.timer === undefined && this.tick(),
        {
          once: true,
        },
      );
    } else this.tick();
  }

  /** Stops watching and takes the host off the page. */
  stop(): void {
    this.running = false;
    if (this.timer !== undefined) this.timers.clearTimeout(this.timer);
    this.timer = undefined;
    this.unobserve();
    this.anchor = undefined;
    this.made?.remove();
  }

  private isPlaced(): boolean {
    const anchor = this.anchor;
    const host = this.made;
    return (
      anchor !== undefined &&
      host !== undefined &&
      anchor.isConnected &&
      host.isConnected &&
      host.previousElementSibling === anchor
    );
  }

  private readonly tick = () => {
    this.timer = undefined;
    if (!this.running) return;
    const placed = this.place();
    if (placed) this.searchingSince = this.now();
    const delay = placed
      ? CHECK_MS
      : this.now() - this.searchingSince < SEARCH_FAST_FOR_MS
        ? SEARCH_MS[0]
        : SEARCH_MS[1];
    this.timer = this.timers.setTimeout(this.tick, delay);
  };

  /** Puts the host after the first anchor found; true when it is in place. */
  place(): boolean {
    if (this.isPlaced()) return true;
    let found: Element | null = null;
    for (const selector of this.selectors) {
      found = this.doc.querySelector(selector);
      if (found) break;
    }
    if (!found?.parentNode) {
      this.made?.remove();
      return false;
    }
    // Never two hosts: drop copies a re-render made of ours (anywhere), or one an earlier copy of
    // this script left next to the header (the first time, only there: no need to walk the page).
    const scope = this.anchor !== undefined ? this.doc : found.parentNode;
    found.after(this.host);
    for (const stray of scope.querySelectorAll(this.host.localName)) {
      if (stray !== this.host) stray.remove();
    }
    this.anchor = found;
    this.observe(found.parentNode);
    return true;
  }

  private observe(parent: Node): void {
    if (this.observed === parent) return;
    this.unobserve();
    const view = this.doc.defaultView as (Window & typeof globalThis) | null;
    if (!view?.MutationObserver) return;
    this.observer = new view.MutationObserver(() => {
      if (this.running && !this.isPlaced()) this.place();
    });
    this.observer.observe(parent, { childList: true });
    this.observed = parent;
  }

  private unobserve(): void {
    this.observer?.disconnect();
    this.observer = undefined;
    this.observed = undefined;
  }
}
