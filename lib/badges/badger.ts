/**
 * The badges on links to shortlisted creators, on any Instagram or TikTok page: one observer of
 * the document's added nodes (and of `href` changes), each new link looked up in the tab's
 * in-memory index (lib/badges/badge-index.ts), never through a message.
 *
 * A badge is inert text: a `<microscope-badge>` element appended inside the link, after its text,
 * holding a closed shadow root with one text span (the pipeline status, in the verdict's colour).
 * Nothing of the page becomes markup, and the badge does nothing of its own: a click on it is a
 * click on the link. Links without text (an avatar) get none, so nothing is drawn over an image.
 * The page sees that an element is there, not what it says. What the tooltip says (fit, ER, when
 * scored) is shown by the page's one tooltip (lib/badges/tooltip.ts), not carried by each badge.
 *
 * Cost, paid on the page's main thread for every link the page adds (README, "Badges on links"):
 * - a link that names nobody in the shortlist: its `href` read character by character and one
 *   map look-up (lib/badges/link-handle.ts `findByHref`), no URL or key string built;
 * - a badge: one clone of a ready-made badge of the same verdict and status (its shadow root is
 *   `clonable`: cloned with it, nothing built per badge; inline styles written as attributes, no
 *   stylesheet to parse), and one insertion. The observer is disconnected while it draws, so its
 *   own insertions make no records to look at again.
 */
import type { Platform, Verdict } from '../model';
import type { BadgeIndex } from './badge-index';
import type { BadgeEntry } from './index-data';
import { findByHref } from './link-handle';
import { BadgeTooltip, type TipTarget } from './tooltip';

export const BADGE_TAG = 'microscope-badge';

/** The verdict colours (the design tokens' fills), with text that stays readable on each. */
const VERDICT_COLOURS: Record<Verdict, { bg: string; fg: string }> = {
  shortlist: { bg: '#1f9d55', fg: '#fff' },
  review: { bg: '#e0a100', fg: '#1d2330' },
  reject: { bg: '#d23b3b', fg: '#fff' },
  'insufficient-data': { bg: '#8a90a0', fg: '#fff' },
};

/**
 * The badge's look, as inline styles: a clone carries them with it, and inserting one parses no
 * stylesheet (a `<style>` in each badge's root did, and cost the page more than the rest of the
 * badge). The host's, marked important, outweigh the page's own rules for the element (a style
 * attribute wins over any selector), so a site's `a * { display: block }` cannot reshape a badge;
 * they are the same on every badge and say nothing of it. The colours are inside the closed root.
 */
const HOST_STYLE =
  'all:initial!important;display:inline-block!important;margin-inline-start:4px!important;vertical-align:middle!important;line-height:1!important';
const SPAN_STYLE =
  'display:inline-block;padding:2px 6px;border-radius:999px;font:600 10.5px/1.2 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;letter-spacing:0;white-space:nowrap;text-transform:none;text-decoration:none;cursor:default';

export interface BadgerOptions {
  /** What a badge shows: the pipeline status, in the interface language. */
  status(entry: BadgeEntry): string;
  /** What the tooltip says of the creator (made when it is shown). */
  tooltip(entry: BadgeEntry): string;
}

interface Drawn {
  host: Element;
  entry: BadgeEntry;
  /** The verdict and status it shows (badges that show the same are clones of one). */
  look: string;
}

const lookOf = (entry: BadgeEntry) => `${entry.verdict} ${entry.status}`;

export class Badger {
  private index: BadgeIndex;
  private readonly drawn = new WeakMap<Element, Drawn>();
  /** The links with a badge, to update or remove them when the index changes. */
  private readonly links = new Set<Element>();
  private observer: MutationObserver | undefined;
  /** One finished badge per look, cloned for every link that shows it. */
  private readonly templates = new Map<string, Element>();
  /** The parts badges are built of: the host, and the span of each verdict (lib/badges: `build`). */
  private hostPart: Element | undefined;
  private readonly spanParts = new Map<Verdict, Element>();
  /** Whether this engine clones a shadow root with its host (`clonable`: Chrome 124, Firefox 123). */
  private clonable = false;
  /** The document's base address, and its host (addresses without a host resolve against it). */
  private base = '';
  private baseHost = '';
  private readonly tooltip: BadgeTooltip;
  /** The index's look-up, bound once (not a closure per link). */
  private readonly find = (platform: Platform, handle: string) => this.index.find(platform, handle);

  constructor(
    private readonly doc: Document,
    index: BadgeIndex,
    private readonly options: BadgerOptions,
  ) {
    this.index = index;
    this.tooltip = new BadgeTooltip(doc, {
      forBadge: (target) =>
        target.localName === BADGE_TAG ? this.tipFor(target.parentElement, target) : undefined,
      forLink: (target) => (target.localName === 'a' ? this.tipFor(target, undefined) : undefined),
    });
  }

  /** Badges every link on the page now, then each link added or changed. */
  start(): void {
    if (this.observer) return;
    const Observer = this.doc.defaultView?.MutationObserver ?? MutationObserver;
    this.observer = new Observer((records) => this.onMutations(records));
    this.watch();
    this.readBase();
    this.scan(this.doc);
    this.observer.takeRecords();
    this.tooltip.start();
  }

  /** A new index (the shortlist changed): every link is looked at again. */
  setIndex(index: BadgeIndex): void {
    // What the page changed since the last look, first (with the new index).
    const pending = this.observer?.takeRecords() ?? [];
    this.index = index;
    this.readBase();
    this.apply(pending);
    for (const link of [...this.links]) {
      if (link.isConnected) this.consider(link);
      else this.forget(link);
    }
    this.scan(this.doc);
    this.observer?.takeRecords();
    const shown = this.tooltip.anchor;
    if (shown && !shown.isConnected) this.tooltip.hide();
  }

  /** Removes every badge and stops watching. */
  stop(): void {
    this.observer?.disconnect();
    this.observer = undefined;
    this.tooltip.stop();
    for (const link of this.links) this.drawn.get(link)?.host.remove();
    this.links.clear();
  }

  /** The links under `root` (or `root` itself). */
  scan(root: Document | Element): void {
    if (root.nodeType === 1 && (root as Element).localName === 'a') {
      this.consider(root as Element);
      return;
    }
    // A live collection (no selector to match): the cheapest walk of a new subtree's links.
    const links = root.getElementsByTagName('a');
    for (let i = 0, n = links.length; i < n; i++) this.consider(links[i] as Element);
  }

  private watch(): void {
    this.observer?.observe(this.doc.documentElement, {
      childList: true,
      subtree: true,
      attributes: true,
      attributeFilter: ['href'],
    });
  }

  private onMutations(records: readonly MutationRecord[]): void {
    // The badges about to be drawn are mutations of the document too: not watched while they are
    // drawn (no record made of each, nothing to look at again), watched again right after. Script
    // of the page cannot run in between.
    this.observer?.disconnect();
    try {
      this.readBase();
      this.apply(records);
    } finally {
      this.watch();
    }
  }

  private apply(records: readonly MutationRecord[]): void {
    for (let r = 0; r < records.length; r++) {
      const record = records[r] as MutationRecord;
      const target = record.target as Element;
      if (target.nodeType !== 1) continue;
      if (record.type === 'attributes') {
        if (target.localName === 'a') this.consider(target);
        continue;
      }
      // Text of a link replaced (its badge may have gone with it).
      const link = target.closest('a[href]');
      if (link) this.consider(link);
      const added = record.addedNodes;
      for (let i = 0, n = added.length; i < n; i++) {
        const node = added[i] as Element;
        // Elements only (a text node has no such method: a look at the prototype, no call into
        // the page's DOM). A link holds no other link; an element without children holds none.
        if (node.querySelectorAll === undefined) continue;
        if (node.localName === 'a') {
          this.consider(node);
          continue;
        }
        if (node.firstElementChild === null) continue;
        // A static list (no live collection cached on each new node), links with an address only.
        const links = node.querySelectorAll('a[href]');
        for (let j = 0, count = links.length; j < count; j++) this.consider(links[j] as Element);
      }
    }
  }

  private readBase(): void {
    const base = this.doc.baseURI;
    if (base === this.base) return;
    this.base = base;
    try {
      this.baseHost = new URL(base).hostname;
    } catch {
      this.baseHost = '';
    }
  }

  /**
   * The shortlisted creator a link's address leads to, if any. The index holds only handles that
   * are profiles by the site's own rules (the background leaves out the rest when it builds it).
   */
  private entryOf(href: string): BadgeEntry | undefined {
    return findByHref(href, this.baseHost, this.find);
  }

  private consider(link: Element): void {
    const href = link.getAttribute('href');
    const entry = href === null ? undefined : this.entryOf(href);
    const current = this.drawn.get(link);
    if (entry === undefined || !hasText(link)) {
      if (current) this.forget(link);
      return;
    }
    const look = lookOf(entry);
    if (current && current.host.parentNode === link) {
      current.entry = entry;
      // Left where it is: moving it back after text the site added could answer another script
      // doing the same, move for move.
      if (current.look === look) return;
      current.host.remove();
    } else removeCopies(link);
    const host = this.badge(entry, look);
    link.append(host);
    this.drawn.set(link, { host, entry, look });
    this.links.add(link);
  }

  private forget(link: Element): void {
    const drawn = this.drawn.get(link);
    if (drawn) {
      drawn.host.remove();
      if (this.tooltip.anchor === drawn.host) this.tooltip.hide();
    }
    this.drawn.delete(link);
    this.links.delete(link);
  }

  /** A new badge: a clone of the look's finished one (built here the first time). */
  private badge(entry: BadgeEntry, look: string): Element {
    let template = this.templates.get(look);
    if (template === undefined) {
      template = this.build(entry);
      this.templates.set(look, template);
    }
    // No test hook on the host: the page sees an element, nothing Microscope labels.
    return this.clonable ? (template.cloneNode(true) as Element) : this.build(entry);
  }

  /**
   * A badge built from parts: the host and the verdict's span are copies of ones made once (their
   * styles parsed once, shared by the copies), so each further look costs a shadow root and a text.
   */
  private build(entry: BadgeEntry): Element {
    let hostPart = this.hostPart;
    if (hostPart === undefined) {
      hostPart = this.doc.createElement(BADGE_TAG);
      // Written as the attribute, not through `style.cssText`: a style set through the object
      // model is written back to the attribute (serialised, `all` expanded to every property)
      // the first time the element is copied, about 70 µs per template.
      setStyle(hostPart, HOST_STYLE);
      this.hostPart = hostPart;
    }
    let spanPart = this.spanParts.get(entry.verdict);
    if (spanPart === undefined) {
      spanPart = this.doc.createElement('span');
      const colours = VERDICT_COLOURS[entry.verdict];
      setStyle(spanPart, `${SPAN_STYLE};background:${colours.bg};color:${colours.fg}`);
      spanPart.setAttribute('data-testid', 'microscope-badge-status');
      spanPart.setAttribute('data-verdict', entry.verdict);
      this.spanParts.set(entry.verdict, spanPart);
    }
    const host = hostPart.cloneNode(false) as Element;
    const shadow = host.attachShadow({ mode: 'closed', clonable: true });
    this.clonable = shadow.clonable === true;
    const span = spanPart.cloneNode(false) as Element;
    span.setAttribute('data-value', entry.status);
    // Text, never markup.
    span.textContent = this.options.status(entry);
    shadow.append(span);
    return host;
  }

  /** The tooltip of the badge in `link` (the badge `host`, when the pointer is on one). */
  private tipFor(link: Element | null, host: Element | undefined): TipTarget | undefined {
    const drawn = link ? this.drawn.get(link) : undefined;
    if (!drawn || drawn.host.parentNode !== link || (host && drawn.host !== host)) return undefined;
    return { anchor: drawn.host, text: this.options.tooltip(drawn.entry) };
  }
}

/**
 * Sets an element's inline style as its attribute (see `build`). A page whose policy forbids
 * inline style attributes leaves such a style unapplied: then it is set through the object model,
 * which no such policy stops.
 */
export function setStyle(element: Element, css: string): void {
  element.setAttribute('style', css);
  const style = (element as HTMLElement).style;
  if (style !== undefined && style.length === 0) style.cssText = css;
}

/**
 * Removes a copy of a badge the page made with the link (a carousel cloning its slides: a badge's
 * shadow root is cloned with it), so a link never shows two. Looked for where a badge is drawn.
 */
function removeCopies(link: Element): void {
  const last = link.lastElementChild;
  if (last !== null && last.localName === BADGE_TAG) last.remove();
}

/** Whether the link shows text (a badge's own text, in its shadow root, is not part of it). */
function hasText(link: Element): boolean {
  return /\S/.test(link.textContent ?? '');
}
