// @vitest-environment happy-dom
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Extraction } from '@/lib/model/profile';
import { ScoreReportSchema } from '@/lib/model/report';
import { scoreProfile } from '@/lib/scoring/score-profile';
import { campaign, comment, DAY, extraction, NOW, post } from './builders';

const FIXTURES = join(__dirname, '..', '..', 'fixtures');
const IG = 'https://www.instagram.com';
const TT = 'https://www.tiktok.com';

/** Fixture pages the site extractors read (tests/sites), scored when the extractors exist. */
const CASES: ReadonlyArray<{
  site: 'instagram' | 'tiktok';
  page: string;
  url: string;
  json: string[];
  captureUrl: string;
}> = [
  {
    site: 'instagram',
    page: 'en-older-header.html',
    url: `${IG}/alba.travels/`,
    json: ['en-older-header.ig-timeline.json', 'en-older-header-page2.ig-timeline.json'],
    captureUrl: `${IG}/graphql/query`,
  },
  {
    site: 'instagram',
    page: 'fr-newer-header.html',
    url: `${IG}/chloe.cuisine/`,
    json: [],
    captureUrl: `${IG}/graphql/query`,
  },
  {
    site: 'instagram',
    page: 'hidden-likes.html',
    url: `${IG}/mira.minimal/`,
    json: ['hidden-likes.ig-timeline.json'],
    captureUrl: `${IG}/graphql/query`,
  },
  {
    site: 'instagram',
    page: 'private.html',
    url: `${IG}/quiet.fox/`,
    json: [],
    captureUrl: `${IG}/graphql/query`,
  },
  {
    site: 'tiktok',
    page: 'rehydration-statsv2.html',
    url: `${TT}/@sam.bakes`,
    json: ['rehydration-statsv2.tt-item-list.json', 'rehydration-statsv2-page2.tt-item-list.json'],
    captureUrl: `${TT}/api/post/item_list/?secUid=MS4wLjABAAAA_x1&cursor=0`,
  },
  {
    site: 'tiktok',
    page: 'fr-dom.html',
    url: `${TT}/@chef.lucie`,
    json: [],
    captureUrl: `${TT}/api/post/item_list/`,
  },
];

const haveExtractors =
  existsSync(join(__dirname, '..', '..', '..', 'lib', 'sites', 'instagram', 'extract.ts')) &&
  existsSync(join(__dirname, '..', '..', 'sites', 'fixture-loader.ts'));

async function extractFixture(c: (typeof CASES)[number]): Promise<Extraction> {
  const loader = await import('@/tests/sites/fixture-loader');
  const captured = c.json.flatMap((file) => loader.fixtureCaptured(c.site, file, c.captureUrl));
  const doc = loader.fixtureDocument(c.site, c.page);
  if (c.site === 'instagram') {
    const { extractInstagramProfile } = await import('@/lib/sites/instagram/extract');
    return extractInstagramProfile({ doc, url: c.url, captured, now: loader.NOW });
  }
  const { extractTiktokProfile } = await import('@/lib/sites/tiktok/extract');
  return extractTiktokProfile({ doc, url: c.url, captured, now: loader.NOW });
}

describe('scoreProfile is deterministic', () => {
  it('gives a deep-equal report for the same inputs, twice, and the report satisfies the schema', () => {
    const posts = Array.from({ length: 12 }, (_, i) =>
      post({
        id: `d${i}`,
        takenAt: NOW - (3 + i * 2) * DAY,
        likes: 400 + ((i * 37) % 200),
        comments: 20 + (i % 7),
        caption: `Recette ${i} #vegan`,
      }),
    );
    const comments = posts.flatMap((p, i) => [
      comment('Magnifique 😍', { postId: p.id, author: `fan${i}` }),
      comment("J'ai testé cette recette hier soir, trop bonne", { postId: p.id, author: `cook${i}` }),
    ]);
    const input = {
      extraction: extraction({ followers: 12_000, following: 400, posts }),
      evidence: { comments },
      campaign: campaign({ nicheKeywords: ['vegan', 'recette'] }),
      now: NOW,
      quotedPrice: 250,
    };
    const a = scoreProfile(input);
    const b = scoreProfile(structuredClone(input));
    expect(b).toEqual(a);
    expect(JSON.stringify(b)).toBe(JSON.stringify(a));
    expect(ScoreReportSchema.parse(a)).toEqual(a);
  });

  describe.runIf(haveExtractors)('on the saved fixture pages', () => {
    for (const c of CASES) {
      it(`scores ${c.site}/${c.page} identically twice`, async () => {
        if (!existsSync(join(FIXTURES, c.site, c.page))) return;
        const ex = await extractFixture(c);
        const run = () =>
          scoreProfile({
            extraction: ex,
            evidence: { comments: [] },
            campaign: campaign(),
            now: Date.UTC(2025, 5, 1),
          });
        const first = run();
        expect(run()).toEqual(first);
        expect(ScoreReportSchema.safeParse(first).success).toBe(true);
        expect(first.handle).toBe(ex.snapshot.handle);
      });
    }
  });
});
