/**
 * The badges on links to shortlisted creators, on any Instagram or TikTok page: one observer of
 * the document's added nodes (and of `href` changes), each new link looked up in the tab's
 * in-memory index (lib/badges/badge-index.ts), never through a message.
 *
 * A badge is inert text: a `<microscope-badge>` element appended inside the link, after its text,
 * holding a closed shadow root with one text span (its tooltip says the verdict, status, fit, ER
 * and when it was scored). Nothing of the page becomes markup, and the badge does nothing of its
 * own: a click on it is a click on the link. Links without text (an avatar) get none, so nothing is
 * drawn over an image. The page sees that an element is there, not what it says.
 */
import type { Verdict } from '../model';
import type { BadgeIndex } from './badge-index';
import type { BadgeText } from './badge-text';
import type { BadgeEntry } from './index-data';
import { candidateOfHref, profileOfLink } from './link-handle';

export const BADGE_TAG = 'microscope-badge';

/** The verdict colours (the design tokens' fills), with text that stays readable on each. */
const VERDICT_COLOURS: Record<Verdict, { bg: string; fg: string }> = {
  shortlist: { bg: '#1f9d55', fg: '#fff' },
  review: { bg: '#e0a100', fg: '#1d2330' },
  reject: { bg: '#d23b3b', fg: '#fff' },
  'insufficient-data': { bg: '#8a90a0', fg: '#fff' },
};

/**
 * One stylesheet shared by every badge's shadow root. `:host` rules marked important win over the
 * page's own rules for the element (the cascade gives a shadow root's important declarations the
 * last word), so a site's `a * { display: block }` cannot reshape a badge.
 */
const BADGE_CSS = `:host{all:initial!important;display:inline-block!important;margin-inline-start:4px!important;vertical-align:middle!important;line-height:1!important}
span{display:inline-block;padding:2px 6px;border-radius:999px;font:600 10.5px/1.2 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;letter-spacing:0;white-space:nowrap;text-transform:none;text-decoration:none;cursor:default}
${Object.entries(VERDICT_COLOURS)
  .map(([verdict, c]) => `span[data-verdict="${verdict}"]{background:${c.bg};color:${c.fg}}`)
  .join('\n')}`;

export interface BadgerOptions {
  text(entry: BadgeEntry): BadgeText;
}

interface Drawn {
  host: HTMLElement;
  span: HTMLElement;
  key: string;
  entry: BadgeEntry;
}

export class Badger {
  private index: BadgeIndex;
  private readonly drawn = new WeakMap<Element, Drawn>();
  /** The links with a badge, to update or remove them when the index changes. */
  private readonly links = new Set<HTMLAnchorElement>();
  private observer: MutationObserver | undefined;
  /** The shared stylesheet (null where a shadow root cannot adopt one: each gets a `<style>`). */
  private sheet: CSSStyleSheet | null | undefined;
  /** What each creator's badge says, made once per index entry. */
  private readonly texts = new WeakMap<BadgeEntry, BadgeText>();
  private readonly pageHost: string;

  constructor(
    private readonly doc: Document,
    index: BadgeIndex,
    private readonly options: BadgerOptions,
  ) {
    this.index = index;
    this.pageHost = doc.location?.hostname ?? '';
  }

  /** Badges every link on the page now, then each link added or changed. */
  start(): void {
    if (this.observer) return;
    const Observer = this.doc.defaultView?.MutationObserver ?? MutationObserver;
    this.observer = new Observer((records) => this.onMutations(records));
    this.observer.observe(this.doc.documentElement, {
      childList: true,
      subtree: true,
      attributes: true,
      attributeFilter: ['href'],
    });
    this.scan(this.doc);
  }

  /** A new index (the shortlist changed): every link is looked at again. */
  setIndex(index: BadgeIndex): void {
    this.index = index;
    for (const link of [...this.links]) this.consider(link);
    this.scan(this.doc);
  }

  /** Removes every badge and stops watching. */
  stop(): void {
    this.observer?.disconnect();
    this.observer = undefined;
    for (const link of this.links) this.drawn.get(link)?.host.remove();
    this.links.clear();
  }

  /** The links under `root` (or `root` itself). */
  scan(root: Document | Element): void {
    if (root.nodeType === 1 && (root as Element).tagName === 'A') {
      this.consider(root as HTMLAnchorElement);
      return;
    }
    // A live collection (no selector to match): the cheapest walk of a new subtree's links.
    const links = root.getElementsByTagName('a');
    for (let i = 0; i < links.length; i++) this.consider(links[i] as HTMLAnchorElement);
  }

  private onMutations(records: readonly MutationRecord[]): void {
    for (const record of records) {
      const target = record.target as Element;
      if (target.nodeType !== 1) continue;
      if (record.type === 'attributes') {
        if (target.tagName === 'A') this.consider(target as HTMLAnchorElement);
        continue;
      }
      // Text of a link replaced (its badge may have gone with it).
      if (target.tagName !== 'MICROSCOPE-BADGE') {
        const link = target.closest('a[href]');
        if (link) this.consider(link as HTMLAnchorElement);
      }
      for (const node of record.addedNodes) {
        if (node.nodeType !== 1) continue;
        const el = node as Element;
        if (el.tagName === 'MICROSCOPE-BADGE') continue;
        this.scan(el);
      }
    }
  }

  private consider(link: HTMLAnchorElement): void {
    const href = link.getAttribute('href');
    const candidate = href ? candidateOfHref(href, this.pageHost) : undefined;
    let entry = candidate ? this.index.get(candidate.platform, candidate.handle) : undefined;
    // A creator in the shortlist: the address is checked in full (site sections, reserved names).
    const target = entry ? profileOfLink(link) : undefined;
    if (!target || target.platform !== candidate?.platform || target.handle !== candidate.handle)
      entry = undefined;
    const current = this.drawn.get(link);
    if (!entry || !target || !hasText(link)) {
      if (current) this.remove(link, current);
      return;
    }
    const key = `${target.platform}:${target.handle}`;
    if (current && current.host.parentNode === link && current.key === key && current.entry === entry) return;
    const drawn = current?.host.parentNode === link ? current : this.create(link);
    drawn.key = key;
    drawn.entry = entry;
    this.paint(drawn);
    // Kept after the link's text: put back at the end if the site added text after it.
    if (link.lastChild !== drawn.host) link.append(drawn.host);
    this.drawn.set(link, drawn);
    this.links.add(link);
  }

  private remove(link: HTMLAnchorElement, drawn: Drawn): void {
    drawn.host.remove();
    this.drawn.delete(link);
    this.links.delete(link);
  }

  private create(link: HTMLAnchorElement): Drawn {
    // No test hook on the host: the page sees an element, nothing Microscope labels.
    const host = this.doc.createElement(BADGE_TAG);
    const shadow = host.attachShadow({ mode: 'closed' });
    const sheet = this.sharedSheet();
    if (sheet) shadow.adoptedStyleSheets = [sheet];
    else {
      const style = this.doc.createElement('style');
      style.textContent = BADGE_CSS;
      shadow.append(style);
    }
    const span = this.doc.createElement('span');
    span.dataset.testid = 'microscope-badge-status';
    shadow.append(span);
    link.append(host);
    return { host, span, key: '', entry: undefined as unknown as BadgeEntry };
  }

  private sharedSheet(): CSSStyleSheet | null {
    if (this.sheet === undefined) {
      try {
        const Sheet = this.doc.defaultView?.CSSStyleSheet ?? CSSStyleSheet;
        const sheet = new Sheet();
        sheet.replaceSync(BADGE_CSS);
        // Adopting can be refused (a content script's sheet in some engines): try it once.
        const probe = this.doc.createElement('span').attachShadow({ mode: 'open' });
        probe.adoptedStyleSheets = [sheet];
        this.sheet = sheet;
      } catch {
        this.sheet = null;
      }
    }
    return this.sheet;
  }

  private paint(drawn: Drawn): void {
    const { entry, span } = drawn;
    let text = this.texts.get(entry);
    if (!text) {
      text = this.options.text(entry);
      this.texts.set(entry, text);
    }
    // Text, never markup.
    span.textContent = text.status;
    span.title = text.tooltip;
    span.dataset.value = entry.status;
    span.dataset.verdict = entry.verdict;
  }
}

function hasText(link: HTMLAnchorElement): boolean {
  for (const node of link.childNodes) {
    if (node.nodeType === 3 && (node.textContent ?? '').trim() !== '') return true;
    if (
      node.nodeType === 1 &&
      (node as Element).tagName !== 'MICROSCOPE-BADGE' &&
      (node.textContent ?? '').trim() !== ''
    )
      return true;
  }
  return false;
}
