/**
 * The one tooltip of the badges on a page (fit, ER, when the creator was last scored): shown while
 * the pointer is over a badge, or while the keyboard's focus is on a link that has one, and hidden
 * when it leaves, on `Esc` and when the page scrolls. One element for every badge, made on the
 * first hover: no badge carries its own tooltip text, so drawing one stays cheap.
 *
 * Like a badge, it is a host element whose closed shadow root holds the text: the page sees that
 * an element is there, not what it says. Text, never markup. It takes no pointer events, so it
 * never stands between the user and the page.
 */

export const TIP_TAG = 'microscope-badge-tip';

/** What the tooltip shows and next to which element. */
export interface TipTarget {
  anchor: Element;
  text: string;
}

export interface TooltipSource {
  /** The badge under the pointer (`target` is a badge host), or undefined when it is not one. */
  forBadge(target: Element): TipTarget | undefined;
  /** The link that took the focus, when it has a badge. */
  forLink(target: Element): TipTarget | undefined;
}

/**
 * Fixed at the viewport's corner, no box of its own: the text is placed inside, in viewport
 * coordinates. Important declarations on `:host` outweigh the page's own rules for the element.
 */
const TIP_CSS = `:host{all:initial!important;position:fixed!important;top:0!important;left:0!important;width:0!important;height:0!important;overflow:visible!important;z-index:2147483647!important;pointer-events:none!important;display:block!important}
div{position:absolute;box-sizing:border-box;width:max-content;max-width:min(360px,calc(100vw - 16px));padding:6px 8px;border-radius:6px;background:#1d2330;color:#fff;font:500 12px/1.35 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;letter-spacing:0;text-transform:none;white-space:normal;overflow-wrap:anywhere;box-shadow:0 2px 8px rgba(0,0,0,.25)}
div[hidden]{display:none}`;

/** Gap between the badge and the tooltip, and the least margin kept to the viewport's edges (px). */
const GAP = 6;
const EDGE = 8;

export class BadgeTooltip {
  private host: HTMLElement | undefined;
  private box: HTMLElement | undefined;
  /** What it is shown for now, and whether the focus (not the pointer) showed it. */
  private shown: { anchor: Element; byFocus: boolean } | undefined;
  /** Aborted to remove every listener at once (set while started). */
  private listening: AbortController | undefined;

  constructor(
    private readonly doc: Document,
    private readonly source: TooltipSource,
  ) {}

  start(): void {
    if (this.listening) return;
    this.listening = new AbortController();
    const options = { capture: true, passive: true, signal: this.listening.signal };
    this.doc.addEventListener('mouseover', this.onOver, options);
    this.doc.addEventListener('mouseout', this.onOut, options);
    this.doc.addEventListener('focusin', this.onFocusIn, options);
    this.doc.addEventListener('focusout', this.onFocusOut, options);
    this.doc.addEventListener('keydown', this.onKey, options);
    this.doc.addEventListener('scroll', this.onScroll, options);
  }

  stop(): void {
    if (!this.listening) return;
    this.listening.abort();
    this.listening = undefined;
    this.hide();
    this.host?.remove();
    this.host = undefined;
    this.box = undefined;
  }

  /** The element it is shown next to now, if it is shown. */
  get anchor(): Element | undefined {
    return this.shown?.anchor;
  }

  hide(): void {
    this.shown = undefined;
    if (this.box) this.box.hidden = true;
  }

  private readonly onOver = (event: Event) => {
    const target = event.target as Node | null;
    if (target?.nodeType !== 1) return;
    const tip = this.source.forBadge(target as Element);
    if (tip) this.show(tip, false);
  };

  private readonly onOut = (event: Event) => {
    const shown = this.shown;
    if (!shown || shown.byFocus || event.target !== shown.anchor) return;
    // Moving within the badge (onto its text) is not leaving it.
    const to = (event as MouseEvent).relatedTarget as Node | null;
    if (to && (to === shown.anchor || shown.anchor.contains(to))) return;
    this.hide();
  };

  private readonly onFocusIn = (event: Event) => {
    const target = event.target as Node | null;
    const tip = target?.nodeType === 1 ? this.source.forLink(target as Element) : undefined;
    if (tip) this.show(tip, true);
    else if (this.shown?.byFocus) this.hide();
  };

  private readonly onFocusOut = () => {
    if (this.shown?.byFocus) this.hide();
  };

  private readonly onKey = (event: Event) => {
    if (this.shown && (event as KeyboardEvent).key === 'Escape') this.hide();
  };

  private readonly onScroll = () => {
    if (this.shown) this.hide();
  };

  private show(tip: TipTarget, byFocus: boolean): void {
    const box = this.ensureBox();
    // Text, never markup.
    box.textContent = tip.text;
    box.hidden = false;
    this.shown = { anchor: tip.anchor, byFocus };
    this.place(box, tip.anchor);
  }

  private ensureBox(): HTMLElement {
    if (!this.host || !this.box) {
      const host = this.doc.createElement(TIP_TAG);
      const root = host.attachShadow({ mode: 'closed' });
      const style = this.doc.createElement('style');
      style.textContent = TIP_CSS;
      const box = this.doc.createElement('div');
      box.setAttribute('role', 'tooltip');
      box.dataset.testid = 'microscope-badge-tooltip';
      box.hidden = true;
      root.append(style, box);
      this.host = host;
      this.box = box;
    }
    // Put back if the page emptied its document element.
    if (!this.host.isConnected) this.doc.documentElement.append(this.host);
    return this.box;
  }

  /** Below the badge, or above it where the viewport ends; kept inside the viewport's width. */
  private place(box: HTMLElement, anchor: Element): void {
    const view = this.doc.defaultView;
    const width = view?.innerWidth ?? 0;
    const height = view?.innerHeight ?? 0;
    const at = anchor.getBoundingClientRect();
    const size = box.getBoundingClientRect();
    let top = at.bottom + GAP;
    if (height > 0 && top + size.height > height - EDGE) top = Math.max(EDGE, at.top - GAP - size.height);
    let left = at.left;
    if (width > 0) left = Math.max(EDGE, Math.min(left, width - EDGE - size.width));
    box.style.top = `${Math.round(top)}px`;
    box.style.left = `${Math.round(left)}px`;
  }
}
