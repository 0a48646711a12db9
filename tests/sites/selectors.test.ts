/**
 * Every selector in lib/sites/<site>/selectors.ts against the saved pages: each fallback
 * matches at least one fixture page (tests/fixtures/<site>/*.html, and the fixture site's pages
 * rendered by tests/fixtures/site/*.mjs), or is marked `notInFixtures` — and then matches none,
 * so the mark stays true. A fallback looked for `inside` / `around` another group is matched
 * there, not anywhere on the page.
 *
 * Runs in Node with its own happy-dom window: the fixture site's modules read their scripts
 * from disk by `import.meta.url`, which the happy-dom test environment would replace.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import type { SelectorChoice } from '@/lib/sites/dom';
import { IG_SCORE_ANCHORS, IG_SELECTORS } from '@/lib/sites/instagram/selectors';
import { TT_SCORE_ANCHORS, TT_SELECTORS } from '@/lib/sites/tiktok/selectors';
import { instagramCommentNodes, instagramNode, tiktokItem } from '@/tests/e2e/fixture-server.mjs';
import { instagramCreators, tiktokCreators } from '@/tests/fixtures/site/index.mjs';
import {
  renderInstagramNotFound,
  renderInstagramPost,
  renderInstagramProfile,
} from '@/tests/fixtures/site/instagram-page.mjs';
import {
  renderTikTokNotFound,
  renderTikTokProfile,
  renderTikTokVideo,
} from '@/tests/fixtures/site/tiktok-page.mjs';

type Site = 'instagram' | 'tiktok';
type Table = Record<string, readonly SelectorChoice[]>;

const window = new Window();
const parse = (html: string) =>
  new window.DOMParser().parseFromString(html, 'text/html') as unknown as Document;

/** Every saved and rendered page of a site, by name. */
function fixturePages(site: Site): Map<string, Document> {
  const pages = new Map<string, Document>();
  const dir = join(__dirname, '..', 'fixtures', site);
  for (const name of readdirSync(dir).filter((n) => n.endsWith('.html'))) {
    pages.set(`${site}/${name}`, parse(readFileSync(join(dir, name), 'utf8')));
  }
  const nowSec = Math.floor(Date.UTC(2025, 5, 1) / 1000);
  if (site === 'instagram') {
    for (const creator of instagramCreators) {
      pages.set(`site /${creator.handle}/`, parse(renderInstagramProfile(creator)));
      creator.posts.forEach((post, index) => {
        if (!post.commentList?.length) return;
        const node = instagramNode(creator, post, index, nowSec);
        pages.set(
          `site /p/${post.code}/`,
          parse(renderInstagramPost(creator, node, instagramCommentNodes(post, nowSec))),
        );
      });
    }
    pages.set('site not found', parse(renderInstagramNotFound()));
  } else {
    for (const creator of tiktokCreators) {
      pages.set(`site /@${creator.handle}`, parse(renderTikTokProfile(creator)));
      const first = creator.videos[0];
      if (first) {
        pages.set(
          `site /@${creator.handle}/video`,
          parse(renderTikTokVideo(creator, tiktokItem(creator, first, 0, nowSec))),
        );
      }
    }
    pages.set('site not found', parse(renderTikTokNotFound()));
  }
  return pages;
}

function all(root: ParentNode, selector: string): Element[] {
  try {
    return [...root.querySelectorAll(selector)];
  } catch {
    return [];
  }
}

/** Elements of a group on a page: every fallback's matches, each in its own scope. */
function groupElements(doc: Document, table: Table, key: string): Element[] {
  return (table[key] ?? []).flatMap((choice) => choiceElements(doc, table, choice));
}

/** Where one fallback matches on a page: from the root, inside or around its group's elements. */
function choiceElements(doc: Document, table: Table, choice: SelectorChoice): Element[] {
  if (choice.inside)
    return groupElements(doc, table, choice.inside).flatMap((el) => all(el, choice.selector));
  if (choice.around) {
    return groupElements(doc, table, choice.around).flatMap((el) => {
      try {
        const found = el.closest(choice.selector);
        return found ? [found] : [];
      } catch {
        return [];
      }
    });
  }
  return all(doc, choice.selector);
}

const SITES: ReadonlyArray<[Site, Table]> = [
  ['instagram', IG_SELECTORS],
  ['tiktok', TT_SELECTORS],
];

describe.each(SITES)('%s selectors against the fixture pages', (site, table) => {
  const pages = fixturePages(site);
  const cases = Object.entries(table).flatMap(([group, choices]) =>
    choices.map((choice, index) => ({ group, index, choice })),
  );

  it('has saved and rendered pages to check against', () => {
    expect([...pages.keys()].filter((n) => n.startsWith(`${site}/`)).length).toBeGreaterThan(5);
    expect([...pages.keys()].filter((n) => n.startsWith('site ')).length).toBeGreaterThan(5);
  });

  it.each(cases)('$group[$index] $choice.selector', ({ choice }) => {
    for (const key of [choice.inside, choice.around]) if (key) expect(Object.keys(table)).toContain(key);
    const matched = [...pages]
      .filter(([, doc]) => choiceElements(doc, table, choice).length > 0)
      .map(([n]) => n);
    if (choice.notInFixtures) expect(matched, 'marked notInFixtures but a fixture has it').toEqual([]);
    else
      expect(matched.length, 'matches no fixture page: add one, or mark it notInFixtures').toBeGreaterThan(0);
  });
});

describe('Score button anchors', () => {
  it('come from the selector tables, in order', () => {
    expect(IG_SCORE_ANCHORS).toEqual(['main header', 'header']);
    expect(TT_SCORE_ANCHORS).toEqual([
      '[data-e2e="user-bio"]',
      '[data-e2e="user-subtitle"]',
      '[data-e2e="user-title"]',
    ]);
  });
});
