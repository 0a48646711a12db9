// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { BadgeIndex } from '@/lib/badges/badge-index';
import { BADGE_TAG, Badger } from '@/lib/badges/badger';
import type { BadgeEntry } from '@/lib/badges/index-data';

const entry = (handle: string, more: Partial<BadgeEntry> = {}): BadgeEntry => ({
  platform: 'instagram',
  handle,
  verdict: 'shortlist',
  status: 'candidate',
  scoredAt: 0,
  ...more,
});

/** The badges' shadow roots, as the badger made them (closed: reached through a spy). */
const roots = new WeakMap<Element, ShadowRoot>();
const attach = Element.prototype.attachShadow;
Element.prototype.attachShadow = function (this: Element, init: ShadowRootInit) {
  const root = attach.call(this, init);
  roots.set(this, root);
  return root;
};

function badges() {
  return [...document.querySelectorAll(BADGE_TAG)].map((host) => {
    const span = roots.get(host)?.querySelector('span');
    return {
      link: (host.parentElement as HTMLAnchorElement).getAttribute('href'),
      text: span?.textContent,
      status: span?.dataset.value,
      verdict: span?.dataset.verdict,
      title: span?.title,
    };
  });
}

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

function badger(entries: BadgeEntry[]) {
  const b = new Badger(document, new BadgeIndex({ entries }), {
    text: (e) => ({ status: `${e.status}!`, tooltip: `@${e.handle} ${e.verdict}` }),
  });
  return b;
}

afterEach(() => {
  document.body.replaceChildren();
});

describe('badges on links to shortlisted creators', () => {
  it('marks links with text to a listed creator, after the text; not avatars, not others', () => {
    document.body.innerHTML = `
      <a href="https://www.instagram.com/lea.cuisine/"><span>lea.cuisine</span></a>
      <a href="/lea.cuisine/"><img alt=""></a>
      <a href="https://www.instagram.com/someone.else/">someone.else</a>
      <a href="https://www.instagram.com/p/COlv0000002/">a post</a>`;
    const b = badger([entry('lea.cuisine')]);
    b.start();
    expect(badges()).toEqual([
      {
        link: 'https://www.instagram.com/lea.cuisine/',
        text: 'candidate!',
        status: 'candidate',
        verdict: 'shortlist',
        title: '@lea.cuisine shortlist',
      },
    ]);
    const link = document.querySelector('a') as HTMLAnchorElement;
    expect(link.lastChild?.nodeName).toBe('MICROSCOPE-BADGE');
    // The page sees an element, not what it says (closed root, no text in the light DOM).
    expect((link.lastChild as Element).shadowRoot).toBeNull();
    expect(link.textContent).toBe('lea.cuisine');
    b.stop();
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
    expect(badges().map((x) => x.link)).toEqual(['https://www.instagram.com/lea.cuisine/']);
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
    b.stop();
  });

  it('follows a new index: changed status redrawn, removed creators unmarked, new ones marked', () => {
    document.body.innerHTML = `
      <a href="https://www.instagram.com/lea.cuisine/">lea</a>
      <a href="https://www.tiktok.com/@nina.moves">nina</a>`;
    const b = badger([entry('lea.cuisine')]);
    b.start();
    expect(badges().map((x) => x.status)).toEqual(['candidate']);
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
    ]);
    b.stop();
    expect(badges()).toEqual([]);
  });

  it('shows hostile handles and texts as text', () => {
    document.body.innerHTML = '<a href="https://www.instagram.com/x_y/">x</a>';
    const b = new Badger(document, new BadgeIndex({ entries: [entry('x_y')] }), {
      text: () => ({ status: '<img src=x onerror=alert(1)>', tooltip: '<b>t</b>' }),
    });
    b.start();
    const host = document.querySelector(BADGE_TAG) as Element;
    const root = roots.get(host) as ShadowRoot;
    expect(root.querySelector('img')).toBeNull();
    expect(root.querySelector('span')?.textContent).toBe('<img src=x onerror=alert(1)>');
    b.stop();
  });
});
