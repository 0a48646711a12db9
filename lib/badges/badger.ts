/**
 * The badges on links to shortlisted creators, on any Instagram or TikTok page: one observer of
 * the document's added nodes (and of `href` changes), each new link looked up in the tab's
 * in-memory index (lib/badges/badge-index.ts), never through a message.
 *
 * A badge is inert text: a `<microscope-badge>` element appended inside the link, after its text,
 * holding a closed shadow root with one text span (the pipeline status, in the verdict's colour).
 * Nothing of the page becomes markup, and the badge does nothing of its own: a click on it is a
 * click on the link. Links without text (an avatar) get none, so nothing is drawn over an image,
 * and neither do links to the creator whose profile is open (its tabs, its name in its own posts
 * and replies): the Score button and the card are about that creator already.
 * The page sees that an element is there, not what it says: every badge on a page has the same
 * size, the widest status's (lib/badges/badge-width.ts), so measuring one tells the page no status
 * either. What the tooltip says (fit, ER, when scored) is shown by the page's one tooltip
 * (lib/badges/tooltip.ts), not carried by each badge.
 *
 * Cost, paid on the page's main thread for every link the page adds (README, "Badges on links"):
 * - a link that names nobody in the shortlist: its `href` read character by character and one
 *   map look-up (lib/badges/link-handle.ts `findByHref`), no URL or key string built;
 * - a new subtree: one static query for its links and badges (a badge there is a copy the page
 *   made, removed, or one it moved with its link, kept), none for an element without children;
 * - a badge: one clone of a ready-made badge of the same verdict and status (its shadow root is
 *   `clonable`: cloned with it, nothing built per badge; inline styles written as attributes, no
 *   stylesheet to parse), one insertion (`appendChild`) and one map entry. The observer is
 *   disconnected while it draws, so its own insertions make no records to look at again.
 */
import type { Platform, Status, Verdict } from '../model';
import { instagramHandleFromUrl } from '../sites/instagram/url';
import { tiktokHandleFromUrl } from '../sites/tiktok/url';
import type { BadgeIndex } from './badge-index';
import { BADGE_FONT_FAMILY, BADGE_FONT_SIZE, badgeWidth, type MeasureText } from './badge-width';
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
const SPAN_STYLE = `display:inline-block;box-sizing:border-box;padding:2px 6px;border-radius:999px;font:${BADGE_FONT_SIZE}/1.2 ${BADGE_FONT_FAMILY};letter-spacing:0;white-space:nowrap;text-align:center;overflow:hidden;text-overflow:ellipsis;text-transform:none;text-decoration:none;cursor:default`;

export interface BadgerOptions {
  /** What a badge shows: the pipeline status, in the interface language. */
  status(entry: BadgeEntry): string;
  /** Every text `status` can give: each badge is as wide as the widest (lib/badges/badge-width.ts). */
  labels: readonly string[];
  /** Measures a text in the badge's font (none: the width is reckoned in `ch`). */
  measure?: MeasureText | undefined;
  /** What the tooltip says of the creator (made when it is shown). */
  tooltip(entry: BadgeEntry): string;
}

interface Drawn {
  host: Element;
  /** What it shows (badges of the same verdict and status are clones of one). */
  entry: BadgeEntry;
}

/** The links and the badges in a new subtree (a badge there is the page's copy, or one it moved). */
const NEW_SUBTREE = `a[href], ${BADGE_TAG}`;

export class Badger {
  private index: BadgeIndex;
  /**
   * The links with a badge and what it shows: looked up for each link, and gone through to update
   * or remove them when the index changes. One map (not a weak one for the look-up and a set to go
   * through): one insertion per badge.
   */
  private readonly drawn = new Map<Element, Drawn>();
  private observer: MutationObserver | undefined;
  /** One finished badge per verdict and status, cloned for every link that shows it. */
  private readonly templates: Partial<Record<Verdict, Partial<Record<Status, Element>>>> = {};
  /** The parts badges are built of: the host, and the span of each verdict (lib/badges: `build`). */
  private hostPart: Element | undefined;
  private readonly spanParts = new Map<Verdict, Element>();
  /** Every badge's width (a CSS length), reckoned when the first is built. */
  private width: string | undefined;
  /** Whether this engine clones a shadow root with its host (`clonable`: Chrome 124, Firefox 123). */
  private clonable = false;
  /** The document's base address, and its host (addresses without a host resolve against it). */
  private base = '';
  private baseHost = '';
  /** The page's address when last read, and the listed creator whose profile it shows (no badges for them). */
  private url = '';
  private pageEntry: BadgeEntry | undefined;
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
    this.pageEntry = this.profileEntry(this.url);
    this.apply(pending);
    this.reconsiderAll();
    this.observer?.takeRecords();
    const shown = this.tooltip.anchor;
    if (shown && !shown.isConnected) this.tooltip.hide();
  }

  /** Removes every badge and stops watching. */
  stop(): void {
    this.observer?.disconnect();
    this.observer = undefined;
    this.tooltip.stop();
    for (const drawn of this.drawn.values()) drawn.host.remove();
    this.drawn.clear();
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
      const shown = this.pageEntry;
      this.readBase();
      this.apply(records);
      // Another profile opened in the page (the site's own navigation): the links to the one
      // left get badges again, those to the one opened lose theirs.
      if (this.pageEntry !== shown) this.reconsiderAll();
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
        // the page's DOM).
        if (node.querySelectorAll === undefined) continue;
        const name = node.localName;
        if (name === 'a') this.consider(node);
        else if (name === BADGE_TAG) this.keepIfOwn(node);
        // An element without children holds no link (a count: no object made for a child).
        if (node.childElementCount === 0) continue;
        // A static list (no live collection cached on each new node): links with an address, and
        // badges (a copy the page made with a link is removed here, not looked for in each link).
        const found = node.querySelectorAll(NEW_SUBTREE);
        for (let j = 0, count = found.length; j < count; j++) {
          const element = found[j] as Element;
          // The selector finds links with an address: an element without one is a badge (its
          // address read once, the one call a link needs before its look-up).
          const href = element.getAttribute('href');
          if (href === null) this.keepIfOwn(element);
          else this.consider(element, href);
        }
      }
    }
  }

  /** Every badge drawn looked at again, then every link of the page. */
  private reconsiderAll(): void {
    for (const link of [...this.drawn.keys()]) {
      if (link.isConnected) this.consider(link);
      else this.forget(link);
    }
    this.scan(this.doc);
  }

  /** The listed creator whose profile (or one of its tabs) the address shows, if any. */
  private profileEntry(url: string): BadgeEntry | undefined {
    const instagram = instagramHandleFromUrl(url);
    if (instagram !== undefined) return this.index.find('instagram', instagram);
    const tiktok = tiktokHandleFromUrl(url);
    return tiktok === undefined ? undefined : this.index.find('tiktok', tiktok);
  }

  private readBase(): void {
    const url = this.doc.URL;
    if (url !== this.url) {
      this.url = url;
      this.pageEntry = this.profileEntry(url);
    }
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

  private consider(link: Element, href: string | null = link.getAttribute('href')): void {
    const entry = href === null ? undefined : this.entryOf(href);
    const current = this.drawn.get(link);
    if (entry === undefined || entry === this.pageEntry || !hasText(link)) {
      if (current) this.forget(link);
      return;
    }
    if (current !== undefined && current.host.parentNode === link) {
      const shown = current.entry;
      current.entry = entry;
      // Left where it is: moving it back after text the site added could answer another script
      // doing the same, move for move.
      if (shown.verdict === entry.verdict && shown.status === entry.status) return;
      current.host.remove();
    }
    const host = this.badge(entry);
    // `appendChild`, not `append`: one node, without the conversion of a list of nodes or texts.
    link.appendChild(host);
    if (current === undefined) this.drawn.set(link, { host, entry });
    else current.host = host;
  }

  /**
   * A badge found in a subtree the page added: one this badger drew (the page moved its link) is
   * left; any other is a copy the page made (a carousel cloning its slides, a badge's shadow root
   * cloned with it), removed so a link never shows two.
   */
  private keepIfOwn(badge: Element): void {
    const link = badge.parentElement;
    if (link !== null && this.drawn.get(link)?.host === badge) return;
    badge.remove();
  }

  private forget(link: Element): void {
    const drawn = this.drawn.get(link);
    if (drawn) {
      drawn.host.remove();
      if (this.tooltip.anchor === drawn.host) this.tooltip.hide();
    }
    this.drawn.delete(link);
  }

  /** A new badge: a clone of the finished one of its verdict and status (built the first time). */
  private badge(entry: BadgeEntry): Element {
    let byStatus = this.templates[entry.verdict];
    if (byStatus === undefined) {
      byStatus = {};
      this.templates[entry.verdict] = byStatus;
    }
    let template = byStatus[entry.status];
    if (template === undefined) {
      template = this.build(entry);
      byStatus[entry.status] = template;
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
      // Every badge as wide as the widest status (measured once per page): the page, which can
      // measure a badge, cannot tell statuses apart by their width.
      this.width ??= badgeWidth(this.options.labels, this.options.measure);
      setStyle(spanPart, `${SPAN_STYLE};width:${this.width};background:${colours.bg};color:${colours.fg}`);
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

/** Whether the link shows text (a badge's own text, in its shadow root, is not part of it). */
function hasText(link: Element): boolean {
  return /\S/.test(link.textContent ?? '');
}
