// @vitest-environment happy-dom
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createFormatters, createTranslator } from '../../../lib/i18n';
import { problemText } from '../../../lib/i18n/problem-text';
import type { CampaignInput } from '../../../lib/model/campaign';
import type {
  Comment,
  Extraction,
  Platform,
  Post,
  Problem,
  ProfileSnapshotInput,
} from '../../../lib/model/profile';
import { ProblemSchema } from '../../../lib/model/profile';
import { ReasonSchema, type ScoreReport, SubScoreKeySchema } from '../../../lib/model/report';
import {
  FR_THOUSANDS,
  formatFixedFr,
  formatMoneyFr,
  formatNumber,
  formatNumberFr,
  formatPercentFr,
} from '../../../lib/scoring/format';
import { RISK_SIGNAL_LABEL, SUBSCORE_LABEL } from '../../../lib/scoring/labels';
import { type ScoreProfileInput, scoreProfile } from '../../../lib/scoring/score-profile';
import { extractInstagramProfile } from '../../../lib/sites/instagram/extract';
import { extractTiktokProfile } from '../../../lib/sites/tiktok/extract';
import { NOW as FIXTURE_NOW, fixtureCaptured, fixtureDocument } from '../../sites/fixture-loader';
import { campaign, comment, DAY, extraction, NOW, post } from './builders';

/** A French message must not carry English number formatting: "1,234" thousands or a "4.53" decimal point. */
const ENGLISH_THOUSANDS = /\d,\d{3}(?!\d)/;
const DECIMAL_POINT = /\d\.\d/;
const HAS_LETTERS = /\p{L}/u;

interface Localised {
  code: string;
  message: string;
  messageFr?: string | undefined;
}

/** Every item has non-empty French, different from the English when the English has words, in French number format. */
function expectFrench(items: readonly Localised[], where: string): void {
  for (const item of items) {
    const label = `${where} ${item.code}: ${item.message}`;
    expect(item.messageFr, label).toBeTypeOf('string');
    const fr = item.messageFr ?? '';
    expect(fr.trim(), label).not.toBe('');
    if (HAS_LETTERS.test(item.message)) expect(fr, label).not.toBe(item.message);
    expect(fr, label).not.toMatch(ENGLISH_THOUSANDS);
  }
}

const T = { en: createTranslator('en'), fr: createTranslator('fr') };
const FMT = { en: createFormatters('en'), fr: createFormatters('fr') };

/** Problems as the data-quality panel words them, in both languages; every parameter filled in. */
function rendered(problems: readonly Problem[], platform: Platform): Localised[] {
  return problems.map((p) => {
    const message = problemText(p, platform, T.en, FMT.en);
    const messageFr = problemText(p, platform, T.fr, FMT.fr);
    expect(message, `${p.code}: worded, not the bare code`).not.toBe(p.code);
    expect(`${message} ${messageFr}`, p.code).not.toMatch(/\{\w+\}/);
    return { code: p.code, message, messageFr };
  });
}

/** Scoring text shows no code keys: no camelCase sub-score key, no hyphenated signal code. */
const CODE_KEYS = [
  ...SubScoreKeySchema.options.filter((k) => /[A-Z]/.test(k)),
  ...Object.keys(RISK_SIGNAL_LABEL).filter((k) => k.includes('-')),
];
function expectNoCodeKeys(text: string, where: string): void {
  for (const key of CODE_KEYS) expect(text, `${where}: ${text}`).not.toContain(key);
}

function expectReportInFrench(r: ScoreReport, where: string): void {
  for (const reason of r.reasons) expect(ReasonSchema.safeParse(reason).success).toBe(true);
  expectFrench(r.reasons, `${where} reason`);
  expectFrench(rendered(r.problems, r.platform), `${where} problem`);
  expectFrench(
    (r.authenticitySignals ?? []).map((s) => ({ code: s.code, message: s.message, messageFr: s.messageFr })),
    `${where} signal`,
  );
  for (const reason of r.reasons) {
    expect(reason.messageFr, `${where} ${reason.code}`).not.toMatch(DECIMAL_POINT);
    expectNoCodeKeys(reason.message, `${where} ${reason.code}`);
    expectNoCodeKeys(reason.messageFr ?? '', `${where} ${reason.code}`);
  }
  for (const s of r.subscores ?? []) {
    const fr = s.explanation.fr;
    expect(fr, `${where} ${s.key} explanation`).not.toMatch(ENGLISH_THOUSANDS);
    expect(fr, `${where} ${s.key} explanation`).not.toMatch(DECIMAL_POINT);
    expectNoCodeKeys(s.explanation.en, `${where} ${s.key} explanation`);
    expectNoCodeKeys(fr, `${where} ${s.key} explanation`);
  }
}

// ── Scenarios chosen so that, together, every reason the scoring model can give appears. ──

/** `n` settled posts a day apart from 3 days ago, with likes/comments from `counts`. */
function window(n: number, counts: (i: number) => [number, number], extra: Partial<Post> = {}): Post[] {
  return Array.from({ length: n }, (_, i) => {
    const [likes, comments] = counts(i);
    return post({ id: `s${i}`, takenAt: NOW - (3 + i) * DAY, likes, comments, ...extra });
  });
}

/** Spam and generic comments from a pod of three accounts repeating in order on three posts. */
function podComments(postIds: readonly string[]): Comment[] {
  const out: Comment[] = [];
  for (const postId of postIds) {
    for (const author of ['pod.one', 'pod.two', 'pod.three']) {
      out.push(comment('DM us to collab 📩', { postId, author }));
    }
    out.push(comment('Nice 🔥', { postId, author: `fan.${postId}` }));
  }
  return out;
}

type Scenario = [
  name: string,
  input: Omit<ScoreProfileInput, 'campaign' | 'now'> & { campaign?: Partial<CampaignInput> },
];

const bigPosts = window(10, (i) => [5_000 + (i % 2), 40], {
  paidPartnership: true,
  caption: 'Ma routine du matin',
});

const SCENARIOS: Scenario[] = [
  [
    'mega account, pod, undisclosed sponsored posts, quote far above band and value, round follower jumps',
    {
      extraction: extraction({ followers: 1_234_567, following: 8_000, posts: bigPosts }),
      evidence: { comments: podComments(['s0', 's1', 's2']) },
      quotedPrice: 65_000,
      auditFakeShare: 4.5,
      history: [
        { capturedAt: NOW - 60 * DAY, followers: 1_000_000 },
        { capturedAt: NOW - 30 * DAY, followers: 1_200_000 },
      ],
      campaign: { nicheKeywords: ['routine', 'yoga'] },
    },
  ],
  [
    'same profile reviewed instead of rejected (ER above half the minimum)',
    {
      extraction: extraction({
        followers: 12_345,
        following: 20_000,
        posts: window(10, (i) => [250 + i * 3, 2]),
      }),
      evidence: { comments: podComments(['s0', 's1', 's2']) },
      quotedPrice: 2_500,
      campaign: { nicheKeywords: ['yoga'] },
    },
  ],
  [
    'four eligible posts (one undated), one pinned, ER below the minimum',
    {
      extraction: extraction({
        followers: 10_000,
        posts: [
          ...window(3, () => [200, 10]),
          post({ id: 'undated', takenAt: undefined, likes: 200, comments: 10 }),
          post({ id: 'pinned', pinned: true, likes: 9_000, comments: 300 }),
        ],
      }),
      evidence: { comments: [] },
    },
  ],
  [
    'login wall',
    {
      extraction: {
        ...extraction({ pageState: 'login-wall', followers: undefined, posts: [] }),
        problems: [
          {
            code: 'login-wall',
            message: 'Instagram is asking to log in before showing this profile.',
            messageFr: 'Instagram demande de se connecter avant d’afficher ce profil.',
          },
        ],
      },
      evidence: { comments: [] },
    },
  ],
  [
    'private account',
    {
      extraction: extraction({ pageState: 'private', isPrivate: true, posts: [] }),
      evidence: { comments: [] },
    },
  ],
  [
    'audited fake share above the maximum',
    {
      extraction: extraction({ followers: 50_000, posts: window(6, () => [2_000, 60]) }),
      evidence: { comments: [] },
      auditFakeShare: 32.5,
    },
  ],
  [
    'followers unknown',
    {
      extraction: extraction({ followers: undefined, posts: window(6, () => [2_000, 60]) }),
      evidence: { comments: [] },
    },
  ],
  [
    'zero followers',
    {
      extraction: extraction({ followers: 0, posts: window(6, () => [20, 1]) }),
      evidence: { comments: [] },
    },
  ],
  [
    'TikTok with views missing on some videos, USD campaign',
    {
      extraction: extraction({
        platform: 'tiktok',
        followers: 25_000,
        posts: window(6, (i) => [1_500 + i * 400, 30 + i * 7], { type: 'video' }).map((p, i) =>
          i % 2 === 0 ? { ...p, views: 21_000 + i * 1_000, shares: 40 } : p,
        ),
      }),
      evidence: { comments: [] },
      quotedPrice: 900,
      campaign: { currency: 'USD' },
    },
  ],
  [
    'inactive creator who changed topics, GBP campaign',
    {
      extraction: extraction({
        followers: 40_000,
        posts: [
          ...Array.from({ length: 4 }, (_, i) =>
            post({
              id: `new${i}`,
              takenAt: NOW - (45 + i) * DAY,
              likes: 1_500 + i * 10,
              comments: 40,
              caption: `Football match goal stadium supporters ${i}`,
              hashtags: ['football', 'stadium'],
            }),
          ),
          ...Array.from({ length: 4 }, (_, i) =>
            post({
              id: `old${i}`,
              takenAt: NOW - (49 + i) * DAY,
              likes: 1_500 + i * 10,
              comments: 40,
              caption: `Vegan recipe kitchen cooking lentils ${i}`,
              hashtags: ['vegan', 'recipe'],
            }),
          ),
        ],
      }),
      evidence: { comments: [] },
      campaign: { currency: 'GBP', thresholds: { postWindow: 8 } },
    },
  ],
];

/** Every reason code the scoring model produces (risk-* come from the authenticity signals). */
const ALL_REASON_CODES = [
  'private-account',
  'audit-fake-share',
  'er-below-half-minimum',
  'insufficient-posts',
  'er-unknown',
  'er-below-minimum',
  'low-confidence',
  'authenticity-signals',
  'fit-below-shortlist',
  'weights-renormalised',
  'audit-fake-share-ok',
  'quote-above-band',
  'quote-above-emv',
  'window',
  'followers-unknown',
  'followers-zero',
  'posts-undated',
  'views-missing',
  'comment-pod',
  'low-effort-comments',
  'inactive',
  'repositioning',
  'disclosure-missing',
  'ad-saturation',
];

function run([, input]: Scenario): ScoreReport {
  return scoreProfile({ ...input, campaign: campaign(input.campaign), now: NOW });
}

describe('French text on every reason and problem', () => {
  const reports = SCENARIOS.map((s) => [s[0], run(s)] as const);

  it.each(reports)('scoreProfile: %s', (name, report) => {
    expectReportInFrench(report, name);
  });

  it('the scenarios cover every reason the scoring model gives, and single risk signals', () => {
    const seen = new Set(reports.flatMap(([, r]) => r.reasons.map((x) => x.code)));
    for (const code of ALL_REASON_CODES) expect(seen, code).toContain(code);
    expect([...seen].some((c) => c.startsWith('risk-'))).toBe(true);
  });

  it('on arbitrary profiles, comments, quotes and currencies', () => {
    const postArb = fc.record({
      ageDays: fc.option(fc.integer({ min: 0, max: 120 }), { nil: undefined }),
      likes: fc.option(fc.nat({ max: 3_000_000 }), { nil: undefined }),
      comments: fc.option(fc.nat({ max: 90_000 }), { nil: undefined }),
      views: fc.option(fc.nat({ max: 50_000_000 }), { nil: undefined }),
      shares: fc.option(fc.nat({ max: 100_000 }), { nil: undefined }),
      pinned: fc.boolean(),
      likesHidden: fc.boolean(),
      paid: fc.boolean(),
      caption: fc.constantFrom(
        '',
        'Publicité : ma crème #publicite',
        'code SARAH20',
        'Merci @marque',
        'Balade',
      ),
    });
    const texts = [
      'Nice 🔥',
      'DM us to collab 📩',
      'Where did you buy this jacket? I love the colour',
      '😍😍',
    ];
    fc.assert(
      fc.property(
        fc.array(postArb, { maxLength: 14 }),
        fc.option(fc.nat({ max: 20_000_000 }), { nil: undefined }),
        fc.option(fc.nat({ max: 20_000 }), { nil: undefined }),
        fc.constantFrom('instagram', 'tiktok') as fc.Arbitrary<'instagram' | 'tiktok'>,
        fc.constantFrom('EUR', 'USD', 'GBP') as fc.Arbitrary<'EUR' | 'USD' | 'GBP'>,
        fc.option(fc.integer({ min: 1, max: 200_000 }), { nil: undefined }),
        fc.option(fc.double({ min: 0, max: 60, noNaN: true }), { nil: undefined }),
        fc.array(fc.tuple(fc.nat({ max: 13 }), fc.nat({ max: 3 }), fc.nat({ max: 5 })), { maxLength: 30 }),
        (rows, followers, following, platform, currency, quotedPrice, auditFakeShare, commentRows) => {
          const posts = rows.map((r, i) =>
            post({
              id: `a${i}`,
              type: platform === 'tiktok' ? 'video' : 'photo',
              takenAt: r.ageDays === undefined ? undefined : NOW - r.ageDays * DAY,
              likes: r.likesHidden ? undefined : r.likes,
              comments: r.comments,
              views: r.views,
              shares: r.shares,
              pinned: r.pinned,
              likesHidden: r.likesHidden,
              paidPartnership: r.paid,
              caption: r.caption,
            }),
          );
          const comments = commentRows.map(([p, t, a]) =>
            comment(texts[t] ?? '', { postId: `a${p}`, author: `user${a}` }),
          );
          const snapshot: Partial<ProfileSnapshotInput> = { platform, followers, following, posts };
          const report = scoreProfile({
            extraction: extraction(snapshot),
            evidence: { comments },
            campaign: campaign({ currency, nicheKeywords: rows.length % 2 ? ['crème'] : [] }),
            now: NOW,
            ...(quotedPrice === undefined ? {} : { quotedPrice }),
            ...(auditFakeShare === undefined ? {} : { auditFakeShare }),
          });
          expectReportInFrench(report, 'arbitrary');
        },
      ),
      { numRuns: 150 },
    );
  });
});

// ── The site extractors over every saved page. ──

const FIXTURES = join(__dirname, '..', '..', 'fixtures');
const GQL = 'https://www.instagram.com/graphql/query';
const TT_API = 'https://www.tiktok.com/api/post/item_list/?secUid=MS4wLjABAAAA_x1&cursor=0';

/** The saved JSON responses that go with a page: files named after it ("page.ig-timeline.json", "page-page2…"). */
function companions(site: 'instagram' | 'tiktok', page: string): string[] {
  const base = page.replace(/\.html$/, '');
  return readdirSync(join(FIXTURES, site))
    .filter((f) => f.endsWith('.json') && (f.startsWith(`${base}.`) || f.startsWith(`${base}-page`)))
    .sort();
}

function pages(site: 'instagram' | 'tiktok'): string[] {
  return readdirSync(join(FIXTURES, site))
    .filter((f) => f.endsWith('.html'))
    .sort();
}

/**
 * Every page is read at every fixture's address: its own profile, other profiles (stale
 * data), a post over the profile, non-profile pages.
 */
const IG_URLS = [
  ...['alba.travels', 'chloe.cuisine', 'lena.laeuft', 'nike', 'quiet.fox', 'fresh.start', 'mira.minimal'].map(
    (h) => `https://www.instagram.com/${h}/`,
  ),
  'https://www.instagram.com/no.such.handle.42/',
  'https://www.instagram.com/alba.travels/reels/',
  'https://www.instagram.com/p/C2recentBBB/',
  'https://www.instagram.com/explore/',
  'https://www.instagram.com/accounts/login/?next=%2Falba.travels%2F',
];
const TT_URLS = [
  ...['sam.bakes', 'dance.duo', 'secret.garden', 'ghost.account.9', 'new.here', 'chef.lucie'].map(
    (h) => `https://www.tiktok.com/@${h}`,
  ),
  'https://www.tiktok.com/@sam.bakes/video/7400000000000000002',
  'https://www.tiktok.com/explore',
];

describe('French text on every extraction problem', () => {
  const seen = new Set<string>();

  it.each(pages('instagram'))('Instagram fixture %s', (page) => {
    for (const url of IG_URLS) {
      for (const json of [[], companions('instagram', page)]) {
        const result = extractInstagramProfile({
          doc: fixtureDocument('instagram', page),
          url,
          captured: json.flatMap((f) => fixtureCaptured('instagram', f, GQL)),
          now: FIXTURE_NOW,
        });
        for (const p of result.problems) {
          expect(ProblemSchema.safeParse(p).success).toBe(true);
          seen.add(`instagram:${p.code}`);
        }
        expectFrench(rendered(result.problems, 'instagram'), `instagram ${page} ${url}`);
      }
    }
  });

  it.each(pages('tiktok'))('TikTok fixture %s', (page) => {
    for (const url of TT_URLS) {
      for (const json of [[], companions('tiktok', page)]) {
        const result = extractTiktokProfile({
          doc: fixtureDocument('tiktok', page),
          url,
          captured: json.flatMap((f) => fixtureCaptured('tiktok', f, TT_API)),
          now: FIXTURE_NOW,
        });
        for (const p of result.problems) seen.add(`tiktok:${p.code}`);
        expectFrench(rendered(result.problems, 'tiktok'), `tiktok ${page} ${url}`);
      }
    }
  });

  it('the fixtures produced problems of many kinds, page states included', () => {
    for (const code of [
      'missing',
      'rounded',
      'private',
      'not-found',
      'no-posts',
      'not-profile',
      'invalid-count',
    ])
      expect(
        [...seen].some((s) => s.endsWith(`:${code}`)),
        code,
      ).toBe(true);
    expect(seen).toContain('instagram:login-wall');
  });

  it('names count fields as people read them in invalid-count problems', () => {
    const extracted: Extraction = extractTiktokProfile({
      doc: fixtureDocument('tiktok', 'stats-overflow.html'),
      url: 'https://www.tiktok.com/@dance.duo',
      captured: [],
      now: FIXTURE_NOW,
    });
    const p = extracted.problems.find((x) => x.code === 'invalid-count' && x.field === 'totalLikes');
    const [text] = rendered(p ? [p] : [], 'tiktok');
    expect(text?.message).toContain('the total likes');
    expect(text?.messageFr).toContain('le total des j’aime');
  });
});

describe('French number formatting', () => {
  it('uses a decimal comma and a narrow no-break space between thousands', () => {
    expect(FR_THOUSANDS).toBe('\u202f');
    expect(formatNumberFr(1_234_567.891)).toBe('1\u202f234\u202f567,89');
    expect(formatNumberFr(5_000)).toBe('5\u202f000');
    expect(formatNumberFr(999)).toBe('999');
    expect(formatNumberFr(2.5)).toBe('2,5');
    expect(formatNumberFr(-12_000.5)).toBe('-12\u202f000,5');
    expect(formatPercentFr(4.531)).toBe('4,53');
    expect(formatPercentFr(1_234.5)).toBe('1\u202f234,50');
    expect(formatFixedFr(0.254, 2)).toBe('0,25');
    expect(formatMoneyFr(1_499.6, 'EUR')).toBe('1\u202f500 EUR');
    expect(formatNumber(1_234_567.891)).toBe('1,234,567.89');
  });

  it('fixes the French sub-score explanations that used English thousands', () => {
    const r = run(SCENARIOS[0] as Scenario);
    const reach = r.subscores?.find((s) => s.key === 'reach');
    // 1,234,567 × 19.1 % = 235,802 people per post.
    expect(reach?.explanation.fr).toContain('235\u202f802 personnes');
    expect(reach?.explanation.fr).toContain('19,1 %');
    const value = r.subscores?.find((s) => s.key === 'value');
    expect(value?.explanation.fr).toContain('2\u202f358 EUR');
  });
});

describe('sub-scores named as people read them', () => {
  it('names the sub-scores without data in both languages', () => {
    const r = run(SCENARIOS[2] as Scenario);
    const note = r.reasons.find((x) => x.code === 'weights-renormalised');
    const missing = r.subscoresWithoutData ?? [];
    expect(missing).toEqual(['commentQuality', 'consistency', 'niche']);
    expect(note?.message).toBe(
      'No data for comment quality, consistency, niche fit: fit uses the other sub-scores with weights renormalised.',
    );
    expect(note?.messageFr).toBe(
      `Aucune donnée pour : ${missing.map((k) => SUBSCORE_LABEL[k].fr).join(', ')}. L’adéquation globale repose sur les autres sous-scores, avec des poids recalculés.`,
    );
    expect(note?.messageFr).toContain('qualité des commentaires, régularité, adéquation à la niche');
  });
});
