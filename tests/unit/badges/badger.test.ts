// @vitest-environment happy-dom
import { PropertySymbol } from 'happy-dom';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { BadgeIndex } from '@/lib/badges/badge-index';
import { BADGE_TAG, Badger, setStyle } from '@/lib/badges/badger';
import type { BadgeEntry } from '@/lib/badges/index-data';
import { TIP_TAG } from '@/lib/badges/tooltip';
import { StatusSchema } from '@/lib/model';

const entry = (handle: string, more: Partial<BadgeEntry> = {}): BadgeEntry => ({
  platform: 'instagram',
  handle,
  verdict: 'shortlist',
  status: 'candidate',
  scoredAt: 0,
  ...more,
});

/** A closed shadow root, as only the extension can reach it (here, through the test DOM's own field). */
const rootOf = (host: Element) =>
  (host as unknown as Record<symbol, ShadowRoot | null>)[PropertySymbol.shadowRoot] ?? null;

function badges() {
  return [...document.querySelectorAll(BADGE_TAG)].map((host) => {
    const span = rootOf(host)?.querySelector('span');
    return {
      link: (host.parentElement as HTMLAnchorElement).getAttribute('href'),
      text: span?.textContent,
      status: span?.dataset.value,
      verdict: span?.dataset.verdict,
      testid: span?.dataset.testid,
    };
  });
}

/** The page's one tooltip: its text, or undefined while it is hidden. */
function tooltip(): string | undefined {
  const host = document.querySelector(TIP_TAG);
  const box = host ? rootOf(host)?.querySelector('[data-testid="microscope-badge-tooltip"]') : null;
  return box && !(box as HTMLElement).hidden ? (box.textContent ?? '') : undefined;
}

const STATUSES = StatusSchema.options;

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

/** Every badger a test starts is stopped after it, passed or failed. */
const started: Badger[] = [];
const track = (b: Badger) => {
  started.push(b);
  return b;
};

function badger(entries: BadgeEntry[]) {
  return track(
    new Badger(document, new BadgeIndex({ entries }), {
      status: (e) => `${e.status}!`,
      labels: STATUSES.map((status) => `${status}!`),
      tooltip: (e) => `@${e.handle} ${e.verdict} fit ${e.fit ?? '—'}`,
    }),
  );
}

afterEach(() => {
  for (const b of started.splice(0)) b.stop();
  document.body.replaceChildren();
  for (const base of document.querySelectorAll('base')) base.remove();
  vi.restoreAllMocks();
});

describe('badges on links to shortlisted creators', () => {
  it('marks links with text to a listed creator, after the text; not avatars, not others', () => {
    document.body.innerHTML = `
      <a href="https://www.instagram.com/lea.cuisine/"><span>lea.cuisine</span></a>
      <a href="/lea.cuisine/"><img alt=""></a>
      <a href="https://www.instagram.com/someone.else/">someone.else</a>
      <a href="https://www.instagram.com/p/COlv0000002/">a post</a>
      <a href="https://www.instagram.com/lea.cuisine/followers/">followers</a>`;
    const b = badger([entry('lea.cuisine')]);
    b.start();
    expect(badges()).toEqual([
      {
        link: 'https://www.instagram.com/lea.cuisine/',
        text: 'candidate!',
        status: 'candidate',
        verdict: 'shortlist',
        testid: 'microscope-badge-status',
      },
    ]);
    const link = document.querySelector('a') as HTMLAnchorElement;
    expect(link.lastChild?.nodeName).toBe('MICROSCOPE-BADGE');
    // The page sees an element, not what it says (closed root, no text in the light DOM, no title).
    expect((link.lastChild as Element).shadowRoot).toBeNull();
    expect([...(link.lastChild as Element).attributes].map((a) => a.name)).toEqual(['style']);
    expect(link.textContent).toBe('lea.cuisine');
    expect(rootOf(link.lastChild as Element)?.querySelector('[title]')).toBeNull();
    b.stop();
    expect(badges()).toEqual([]);
  });

  it('draws badges as clones of one finished badge per verdict and status, not built one by one', () => {
    const attach = vi.spyOn(Element.prototype, 'attachShadow');
    document.body.innerHTML = `
      <a href="/a.one/">a</a><a href="/b.two/">b</a><a href="/c.three/">c</a><a href="/d.four/">d</a>`;
    // Relative addresses resolve against the document's base (the test page is not on Instagram).
    const base = document.createElement('base');
    base.href = 'https://www.instagram.com/';
    document.head.append(base);
    const b = badger([
      entry('a.one'),
      entry('b.two'),
      entry('c.three'),
      entry('d.four', { verdict: 'reject', status: 'declined' }),
    ]);
    b.start();
    expect(badges().map((x) => [x.link, x.verdict, x.status, x.text])).toEqual([
      ['/a.one/', 'shortlist', 'candidate', 'candidate!'],
      ['/b.two/', 'shortlist', 'candidate', 'candidate!'],
      ['/c.three/', 'shortlist', 'candidate', 'candidate!'],
      ['/d.four/', 'reject', 'declined', 'declined!'],
    ]);
    // Two looks, two shadow roots built; the four on the page are clones (each with its own root).
    expect(attach).toHaveBeenCalledTimes(2);
    const hosts = [...document.querySelectorAll(BADGE_TAG)];
    expect(new Set(hosts.map(rootOf)).size).toBe(4);
    // The page's side of a badge is the same whatever it says: the colour is in the closed root.
    expect(new Set(hosts.map((h) => h.outerHTML)).size).toBe(1);
    expect(
      rootOf(hosts[3] as Element)
        ?.querySelector('span')
        ?.getAttribute('style'),
    ).toContain('#d23b3b');
    b.stop();
    base.remove();
  });

  it('draws every badge as wide as the widest status, so its size tells the page nothing', () => {
    document.body.innerHTML = `
      <a href="https://www.instagram.com/a.one/">a</a><a href="https://www.instagram.com/b.two/">b</a>`;
    const measured: string[] = [];
    const b = track(
      new Badger(
        document,
        new BadgeIndex({
          entries: [entry('a.one'), entry('b.two', { verdict: 'reject', status: 'declined' })],
        }),
        {
          status: (e) => (e.status === 'declined' ? 'No' : 'Candidate'),
          labels: ['Candidate', 'No', 'Content in review'],
          // 6 px a character, in this test.
          measure: (text) => {
            measured.push(text);
            return text.length * 6;
          },
          tooltip: () => '',
        },
      ),
    );
    b.start();
    const spans = [...document.querySelectorAll(BADGE_TAG)].map(
      (host) => rootOf(host)?.querySelector('span') as HTMLElement,
    );
    expect(spans.map((span) => span.textContent)).toEqual(['Candidate', 'No']);
    // 17 characters × 6 px, the padding (12) and 2 px of slack, for both; a longer text is cut
    // with an ellipsis rather than widen its badge.
    expect(spans.map((span) => span.style.width)).toEqual(['116px', '116px']);
    expect(spans[0]?.style.textOverflow).toBe('ellipsis');
    expect(spans[0]?.style.overflow).toBe('hidden');
    // Measured once for the page, not per badge.
    expect(measured).toEqual(['Candidate', 'No', 'Content in review']);
    b.stop();
  });

  it('writes its styles as attributes; where a page’s policy leaves them unapplied, through the object model', () => {
    document.body.innerHTML = '<a href="https://www.instagram.com/a.one/">a</a>';
    const b = badger([entry('a.one')]);
    b.start();
    const host = document.querySelector(BADGE_TAG) as HTMLElement;
    expect(host.getAttribute('style')).toContain('display:inline-block!important');
    expect(host.style.getPropertyValue('display')).toBe('inline-block');
    b.stop();
    // A policy forbidding inline style attributes: the attribute is written, its style not applied.
    const blocked = { setAttribute: vi.fn(), style: { length: 0, cssText: '' } };
    setStyle(blocked as unknown as Element, 'display:inline-block');
    expect(blocked.setAttribute).toHaveBeenCalledWith('style', 'display:inline-block');
    expect(blocked.style.cssText).toBe('display:inline-block');
    // Applied: the object model is left alone (it would serialise the style at the first copy).
    const applied = { setAttribute: vi.fn(), style: { length: 1, cssText: 'unchanged' } };
    setStyle(applied as unknown as Element, 'display:inline-block');
    expect(applied.style.cssText).toBe('unchanged');
  });

  it('reads relative addresses against the document’s base: another site’s page gets none', () => {
    const base = document.createElement('base');
    base.href = 'https://example.com/';
    document.head.append(base);
    document.body.innerHTML =
      '<a href="/lea.cuisine/">lea</a><a href="https://www.instagram.com/lea.cuisine">lea</a>';
    const b = badger([entry('lea.cuisine')]);
    b.start();
    expect(badges().map((x) => x.link)).toEqual(['https://www.instagram.com/lea.cuisine']);
    b.stop();
    base.remove();
  });

  it('leaves out links to the creator whose profile is open (its tabs, its own name), and follows the site’s navigation', async () => {
    const setUrl = (url: string) =>
      (window as unknown as { happyDOM: { setURL(u: string): void } }).happyDOM.setURL(url);
    const before = document.URL;
    try {
      setUrl('https://www.instagram.com/lea.cuisine/reels/');
      document.body.innerHTML = `
        <a href="/lea.cuisine/">Posts</a><a href="/lea.cuisine/reels/">Reels</a>
        <a href="https://www.instagram.com/lea.cuisine/">lea.cuisine</a>
        <a href="https://www.instagram.com/tom.trails/">tom.trails</a>`;
      const b = badger([
        entry('lea.cuisine'),
        entry('tom.trails'),
        entry('nina.moves', { platform: 'tiktok' }),
        entry('lou.paints', { platform: 'tiktok' }),
      ]);
      b.start();
      expect(badges().map((x) => x.link)).toEqual(['https://www.instagram.com/tom.trails/']);
      // The site opens tom.trails' profile in the same page (its own navigation, then its new content).
      setUrl('https://www.instagram.com/tom.trails/');
      document.body.append(document.createElement('div'));
      await flush();
      expect(badges().map((x) => x.link)).toEqual([
        '/lea.cuisine/',
        'https://www.instagram.com/lea.cuisine/',
      ]);
      // A post: nobody's profile, every listed creator's link marked.
      setUrl('https://www.instagram.com/p/COlv0000002/');
      document.body.append(document.createElement('div'));
      await flush();
      expect(badges().map((x) => x.link)).toEqual([
        '/lea.cuisine/',
        'https://www.instagram.com/lea.cuisine/',
        'https://www.instagram.com/tom.trails/',
      ]);
      // TikTok: the profile's address is /@handle.
      setUrl('https://www.tiktok.com/@nina.moves');
      document.body.innerHTML = '<a href="/@nina.moves">nina.moves</a><a href="/@lou.paints">lou.paints</a>';
      await flush();
      expect(badges().map((x) => x.link)).toEqual(['/@lou.paints']);
      b.stop();
    } finally {
      setUrl(before);
    }
  });

  it('leaves out the open profile’s creator also when the index arrives after the page', () => {
    const setUrl = (url: string) =>
      (window as unknown as { happyDOM: { setURL(u: string): void } }).happyDOM.setURL(url);
    const before = document.URL;
    try {
      setUrl('https://www.instagram.com/lea.cuisine/');
      document.body.innerHTML = '<a href="/lea.cuisine/">Posts</a><a href="/tom.trails/">tom.trails</a>';
      const b = badger([]);
      b.start();
      expect(badges()).toEqual([]);
      b.setIndex(new BadgeIndex({ entries: [entry('lea.cuisine'), entry('tom.trails')] }));
      expect(badges().map((x) => x.link)).toEqual(['/tom.trails/']);
      b.stop();
    } finally {
      setUrl(before);
    }
  });

  it('marks links the page adds later, and a link whose address changes', async () => {
    const b = badger([entry('lea.cuisine'), entry('tom.trails', { verdict: 'review', status: 'contacted' })]);
    b.start();
    const list = document.createElement('ul');
    list.innerHTML = '<li><a href="https://www.instagram.com/tom.trails/">tom.trails</a></li>';
    document.body.append(list);
    await flush();
    expect(badges().map((x) => [x.link, x.verdict])).toEqual([
      ['https://www.instagram.com/tom.trails/', 'review'],
    ]);
    const a = list.querySelector('a') as HTMLAnchorElement;
    a.setAttribute('href', 'https://www.instagram.com/nobody/');
    await flush();
    expect(badges()).toEqual([]);
    a.setAttribute('href', 'https://www.instagram.com/lea.cuisine/');
    await flush();
    expect(badges().map((x) => [x.link, x.verdict])).toEqual([
      ['https://www.instagram.com/lea.cuisine/', 'shortlist'],
    ]);
    b.stop();
  });

  it('looks at each new link once: its own badges are not new links to look at', async () => {
    const index = new BadgeIndex({ entries: [entry('lea.cuisine'), entry('tom.trails')] });
    const b = track(
      new Badger(document, index, { status: (e) => e.status, labels: STATUSES, tooltip: () => '' }),
    );
    b.start();
    const lookUp = vi.spyOn(index, 'find');
    const list = document.createElement('ul');
    list.innerHTML = `
      <li><a href="https://www.instagram.com/tom.trails/">tom.trails</a></li>
      <li><a href="https://www.instagram.com/lea.cuisine/">lea.cuisine</a></li>
      <li><a href="https://www.instagram.com/nobody/">nobody</a></li>`;
    document.body.append(list);
    await flush();
    await flush();
    expect(badges()).toHaveLength(2);
    expect(lookUp.mock.calls).toEqual([
      ['instagram', 'tom.trails'],
      ['instagram', 'lea.cuisine'],
      ['instagram', 'nobody'],
    ]);
    b.stop();
  });

  it('puts a badge back when the site rewrites the link’s text, once', async () => {
    document.body.innerHTML = '<a href="https://www.instagram.com/lea.cuisine/">lea</a>';
    const b = badger([entry('lea.cuisine')]);
    b.start();
    const a = document.querySelector('a') as HTMLAnchorElement;
    a.textContent = 'lea.cuisine';
    await flush();
    await flush();
    expect(badges()).toHaveLength(1);
    expect(a.querySelectorAll(BADGE_TAG)).toHaveLength(1);
    // Text the site adds after the badge: left as it is, one badge.
    a.append(' ✓');
    await flush();
    expect(a.querySelectorAll(BADGE_TAG)).toHaveLength(1);
    b.stop();
  });

  it('follows a new index: changed status redrawn, removed creators unmarked, new ones marked', async () => {
    document.body.innerHTML = `
      <a href="https://www.instagram.com/lea.cuisine/">lea</a>
      <a href="https://www.tiktok.com/@nina.moves">nina</a>`;
    const b = badger([entry('lea.cuisine')]);
    b.start();
    expect(badges().map((x) => x.status)).toEqual(['candidate']);
    // Added by the page just before the new index arrives: looked at with the new one.
    const later = document.createElement('a');
    later.href = 'https://www.tiktok.com/@nina.moves';
    later.textContent = 'nina again';
    document.body.append(later);
    b.setIndex(
      new BadgeIndex({
        entries: [entry('nina.moves', { platform: 'tiktok', status: 'declined', verdict: 'reject' })],
      }),
    );
    expect(badges()).toEqual([
      expect.objectContaining({
        link: 'https://www.tiktok.com/@nina.moves',
        status: 'declined',
        verdict: 'reject',
      }),
      expect.objectContaining({
        link: 'https://www.tiktok.com/@nina.moves',
        status: 'declined',
        verdict: 'reject',
      }),
    ]);
    b.setIndex(
      new BadgeIndex({
        entries: [entry('nina.moves', { platform: 'tiktok', status: 'contacted', verdict: 'reject' })],
      }),
    );
    expect(badges().map((x) => x.status)).toEqual(['contacted', 'contacted']);
    expect(document.querySelectorAll(BADGE_TAG)).toHaveLength(2);
    await flush();
    expect(document.querySelectorAll(BADGE_TAG)).toHaveLength(2);
    b.stop();
    expect(badges()).toEqual([]);
  });

  it('a link the page copies, badge and all, still shows one badge', async () => {
    document.body.innerHTML = '<ul><li><a href="https://www.instagram.com/lea.cuisine/">lea</a></li></ul>';
    const b = badger([entry('lea.cuisine')]);
    b.start();
    const list = document.querySelector('ul') as Element;
    // A carousel cloning its slides: the badge's shadow root is cloned with it.
    const copy = (list.firstElementChild as Element).cloneNode(true) as Element;
    expect(copy.querySelectorAll(BADGE_TAG)).toHaveLength(1);
    list.append(copy);
    await flush();
    const links = [...document.querySelectorAll('a')];
    expect(links.map((a) => a.querySelectorAll(BADGE_TAG).length)).toEqual([1, 1]);
    expect(badges().map((x) => x.status)).toEqual(['candidate', 'candidate']);
    b.stop();
    expect(document.querySelectorAll(BADGE_TAG)).toHaveLength(0);
  });

  it('removes a copy wherever the page put it, and keeps its own badge on a link the page moves', async () => {
    document.body.innerHTML =
      '<ul><li><a href="https://www.instagram.com/lea.cuisine/">lea</a></li></ul><div id="other"></div>';
    const b = badger([entry('lea.cuisine')]);
    b.start();
    const list = document.querySelector('ul') as Element;
    const own = document.querySelector(BADGE_TAG) as Element;
    // A copy with text the page added after the badge: not the link's last element.
    const copy = (list.firstElementChild as Element).cloneNode(true) as Element;
    (copy.querySelector('a') as Element).append(document.createElement('i'));
    list.append(copy);
    // A copy of the badge alone, put into a link that has none of its own.
    const plain = document.createElement('a');
    plain.href = 'https://www.instagram.com/nobody/';
    plain.textContent = 'nobody';
    document.body.append(plain);
    await flush();
    plain.append(own.cloneNode(true));
    // The first link moved elsewhere by the page, badge and all.
    (document.getElementById('other') as Element).append(list.firstElementChild as Element);
    await flush();
    const links = [...document.querySelectorAll('a')];
    expect(links.map((a) => [a.getAttribute('href'), a.querySelectorAll(BADGE_TAG).length])).toEqual([
      ['https://www.instagram.com/lea.cuisine/', 1],
      ['https://www.instagram.com/lea.cuisine/', 1],
      ['https://www.instagram.com/nobody/', 0],
    ]);
    // The moved link's badge is the one drawn first, not a new one.
    expect(document.querySelector(`#other ${BADGE_TAG}`)).toBe(own);
    expect(badges().map((x) => x.status)).toEqual(['candidate', 'candidate']);
    b.stop();
    expect(document.querySelectorAll(BADGE_TAG)).toHaveLength(0);
  });

  it('shows hostile handles and texts as text', () => {
    document.body.innerHTML = '<a href="https://www.instagram.com/x_y/">x</a>';
    const b = track(
      new Badger(document, new BadgeIndex({ entries: [entry('x_y')] }), {
        status: () => '<img src=x onerror=alert(1)>',
        labels: ['<img src=x onerror=alert(1)>'],
        tooltip: () => '<b>t</b>',
      }),
    );
    b.start();
    const host = document.querySelector(BADGE_TAG) as Element;
    const root = rootOf(host) as ShadowRoot;
    expect(root.querySelector('img')).toBeNull();
    expect(root.querySelector('span')?.textContent).toBe('<img src=x onerror=alert(1)>');
    host.dispatchEvent(new MouseEvent('mouseover', { bubbles: true }));
    expect(tooltip()).toBe('<b>t</b>');
    expect(rootOf(document.querySelector(TIP_TAG) as Element)?.querySelector('b')).toBeNull();
    b.stop();
  });

  it('stops listening to the page when stopped: a restarted badger shows the tooltip again', () => {
    document.body.innerHTML = '<a href="https://www.instagram.com/x_y/">x</a>';
    const b = track(
      new Badger(document, new BadgeIndex({ entries: [entry('x_y')] }), {
        status: () => 'S',
        labels: ['S'],
        tooltip: () => 'tip',
      }),
    );
    b.start();
    const link = document.querySelector('a') as HTMLAnchorElement;
    b.stop();
    // The badge went with the stop; a mouseover on the link reaches no listener of the tooltip.
    link.dispatchEvent(new MouseEvent('mouseover', { bubbles: true }));
    expect(tooltip()).toBeUndefined();
    b.start();
    (document.querySelector(BADGE_TAG) as Element).dispatchEvent(
      new MouseEvent('mouseover', { bubbles: true }),
    );
    expect(tooltip()).toBe('tip');
    b.stop();
  });
});

describe('the badges’ one tooltip', () => {
  it('says the creator’s fit while the pointer is on a badge; hidden when it leaves', () => {
    document.body.innerHTML = `
      <a href="https://www.instagram.com/lea.cuisine/">lea</a>
      <a href="https://www.instagram.com/tom.trails/">tom</a>`;
    const b = badger([
      entry('lea.cuisine', { fit: 74 }),
      entry('tom.trails', { verdict: 'review', fit: 51 }),
    ]);
    b.start();
    expect(tooltip()).toBeUndefined();
    const [lea, tom] = [...document.querySelectorAll(BADGE_TAG)] as [Element, Element];
    lea.dispatchEvent(new MouseEvent('mouseover', { bubbles: true }));
    expect(tooltip()).toBe('@lea.cuisine shortlist fit 74');
    // One tooltip for the page, in a closed root of its own.
    expect(document.querySelectorAll(TIP_TAG)).toHaveLength(1);
    expect((document.querySelector(TIP_TAG) as Element).shadowRoot).toBeNull();
    tom.dispatchEvent(new MouseEvent('mouseover', { bubbles: true }));
    expect(tooltip()).toBe('@tom.trails review fit 51');
    tom.dispatchEvent(new MouseEvent('mouseout', { bubbles: true, relatedTarget: document.body }));
    expect(tooltip()).toBeUndefined();
    // Hovering the link's text, not the badge, shows nothing.
    (lea.parentElement as Element).dispatchEvent(new MouseEvent('mouseover', { bubbles: true }));
    expect(tooltip()).toBeUndefined();
    b.stop();
    expect(document.querySelector(TIP_TAG)).toBeNull();
  });

  it('shows for the keyboard’s focus on a link with a badge; Esc and leaving hide it', () => {
    document.body.innerHTML = `
      <a href="https://www.instagram.com/lea.cuisine/">lea</a>
      <a href="https://www.instagram.com/nobody/">nobody</a>`;
    const b = badger([entry('lea.cuisine', { fit: 74 })]);
    b.start();
    const [lea, nobody] = [...document.querySelectorAll('a')] as [HTMLAnchorElement, HTMLAnchorElement];
    lea.focus();
    expect(tooltip()).toBe('@lea.cuisine shortlist fit 74');
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(tooltip()).toBeUndefined();
    lea.blur();
    lea.focus();
    expect(tooltip()).toBe('@lea.cuisine shortlist fit 74');
    nobody.focus();
    expect(tooltip()).toBeUndefined();
    b.stop();
  });

  it('says what the newest index says', () => {
    document.body.innerHTML = '<a href="https://www.instagram.com/lea.cuisine/">lea</a>';
    const b = badger([entry('lea.cuisine', { fit: 74 })]);
    b.start();
    const host = document.querySelector(BADGE_TAG) as Element;
    b.setIndex(new BadgeIndex({ entries: [entry('lea.cuisine', { fit: 80 })] }));
    // Same verdict and status: the same badge stays.
    expect(document.querySelector(BADGE_TAG)).toBe(host);
    host.dispatchEvent(new MouseEvent('mouseover', { bubbles: true }));
    expect(tooltip()).toBe('@lea.cuisine shortlist fit 80');
    b.setIndex(new BadgeIndex({ entries: [] }));
    expect(tooltip()).toBeUndefined();
    b.stop();
  });
});
