import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { LocaleProvider } from '@/components/locale';
import { ScoreCard } from '@/components/ScoreCard';
import { createFormatters, createTranslator, type Translate } from '@/lib/i18n';
import { en as EN } from '@/lib/i18n/en';
import {
  disclosureEvidenceText,
  explanationText,
  noteText,
  reasonText,
  signalText,
} from '@/lib/i18n/score-text';
import {
  type Coded,
  type Comment,
  ExclusionReasonSchema,
  JurisdictionSchema,
  type Post,
  type ProfileSnapshotInput,
  type Reason,
  type RiskSignal,
  type ScoreReport,
  ScoreReportSchema,
  SubScoreKeySchema,
} from '@/lib/model';
import type { CampaignInput } from '@/lib/model/campaign';
import {
  type Evidence,
  EvidenceSchema,
  type ExplanationCode,
  ExplanationCodeSchema,
  type NoteCode,
  NoteCodeSchema,
  type ReasonCode,
  ReasonCodeSchema,
  SIGNAL_CODES,
  type Signal,
} from '@/lib/scoring/codes';
import { type ScoreProfileInput, scoreProfile } from '@/lib/scoring/score-profile';
import { makeReport } from '@/tests/helpers/reports';
import { campaign, comment, DAY, extraction, NOW, post } from '@/tests/unit/scoring/builders';

const UI = {
  en: { fmt: createFormatters('en') },
  fr: { fmt: createFormatters('fr') },
};

/** A translator that also records the keys it was asked for. */
function recording(locale: 'en' | 'fr', used: Set<string>): Translate {
  const t = createTranslator(locale);
  return (key, params) => {
    used.add(key);
    return t(key, params);
  };
}

/** A French text must not carry English number formatting: "1,234" thousands or a "4.53" decimal point. */
const ENGLISH_THOUSANDS = /\d,\d{3}(?!\d)/;
const DECIMAL_POINT = /\d\.\d/;

/** Worded in both languages: not the bare code, every placeholder filled, French in French number format. */
function expectWorded(code: string, english: string, french: string): void {
  for (const text of [english, french]) {
    expect(text.trim(), code).not.toBe('');
    expect(text, code).not.toBe(code);
    expect(text, `${code}: ${text}`).not.toMatch(/\{\w+\}/);
  }
  expect(french, code).not.toBe(english);
  // Addresses and handles are data: only the prose around them must be French.
  const prose = french.replace(/https:\/\/\S+|@[\w.]+/g, '');
  expect(prose, `${code}: ${french}`).not.toMatch(ENGLISH_THOUSANDS);
  expect(prose, `${code}: ${french}`).not.toMatch(DECIMAL_POINT);
}

function both<T>(
  item: T,
  render: (item: T, t: Translate, fmt: (typeof UI)['en']['fmt']) => string,
  used: Set<string>,
) {
  return [
    render(item, recording('en', used), UI.en.fmt),
    render(item, recording('fr', used), UI.fr.fmt),
  ] as const;
}

// ── One sample per code and wording: every branch of every code's parameters. ──

const EVIDENCE: Evidence[] = [
  { code: 'paid-partnership' },
  { code: 'sponsor-tags', params: { tags: ['@glowskin', '@maisonlune'] } },
  { code: 'ad-hashtags', params: { tags: ['#publicite'] } },
  { code: 'ad-wording' },
  { code: 'discount-code', params: { code: 'LEA15' } },
  { code: 'brand-mention', params: { cue: 'merci @maisonlune' } },
];

const SIGNALS: Signal[] = [
  { code: 'er-vs-benchmark', params: { basis: 'followers' } },
  { code: 'er-vs-benchmark', params: { basis: 'views' } },
  ...[true, false].flatMap((fired): Signal[] =>
    (['followers', 'views'] as const).map((basis) => ({
      code: 'er-vs-benchmark',
      fired,
      value: 12.345,
      params: { basis, er: 12.345, low: 0.18, high: 6, bench: 1.25 },
    })),
  ),
  { code: 'comments-per-like', params: { low: 0.5, high: 10 } },
  ...[true, false].map(
    (fired): Signal => ({
      code: 'comments-per-like',
      fired,
      params: { low: 0.5, high: 10, ratio: 12.5, typical: 1.5 },
    }),
  ),
  { code: 'likes-spread', params: { low: 0.15, high: 1.5, minPosts: 5 } },
  ...[0.05, 0.6, 2.25].map(
    (cv): Signal => ({
      code: 'likes-spread',
      fired: cv < 0.15 || cv > 1.5,
      params: { low: 0.15, high: 1.5, minPosts: 5, cv },
    }),
  ),
  { code: 'following', params: { cap: 7_000 } },
  { code: 'following', fired: true, params: { following: 25_000, followers: 20_000 } },
  { code: 'following', fired: true, params: { following: 7_200, followers: 120_000, cap: 7_000 } },
  { code: 'following', fired: false, params: { following: 1_500, followers: 120_000, cap: 7_000 } },
  { code: 'low-effort-comments', params: { red: 50, minComments: 10 } },
  { code: 'low-effort-comments', fired: true, params: { red: 50, minComments: 10, share: 62.5 } },
  { code: 'follower-jumps', params: { unit: 1_000 } },
  { code: 'follower-jumps', fired: true, params: { unit: 1_000, jumps: [3_000, 12_000], snapshots: 4 } },
  { code: 'follower-jumps', fired: false, params: { unit: 1_000, jumps: [], snapshots: 4 } },
];

const REASONS: ReasonCode[] = [
  { code: 'private-account' },
  { code: 'audit-fake-share', params: { share: 32.5, max: 20 } },
  { code: 'er-below-half-minimum', params: { er: 1.4, min: 3, posts: 5 } },
  ...[1, 2].flatMap((posts): ReasonCode[] => [
    { code: 'insufficient-posts', params: { posts, min: 3 } },
    ...(['not-found', 'login-wall', 'no-posts', 'not-profile'] as const).map(
      (state): ReasonCode => ({ code: 'insufficient-posts', params: { posts, min: 3, state } }),
    ),
  ]),
  { code: 'er-unknown' },
  { code: 'er-below-minimum', params: { er: 2.1, min: 3 } },
  { code: 'low-confidence', params: { posts: 4, highFrom: 5 } },
  { code: 'authenticity-signals', params: { signals: [...SIGNAL_CODES] } },
  { code: 'fit-below-shortlist', params: { fit: 54.25, min: 60 } },
  ...SIGNALS.filter((s) => s.fired === true).map(
    (s) => ({ code: `risk-${s.code}`, params: s.params }) as ReasonCode,
  ),
  { code: 'comment-pod', params: { authors: ['pod.one', 'pod.two', 'pod.three'], posts: 3 } },
  { code: 'low-effort-comments', params: { share: 62.5, comments: 1_234, red: 50 } },
  { code: 'inactive', params: { days: 1_031, max: 30 } },
  { code: 'repositioning', params: { across: 2.5, within: 31.25 } },
  ...JurisdictionSchema.options.map(
    (jurisdiction): ReasonCode => ({
      code: 'disclosure-missing',
      params: { post: 'C2abc', jurisdiction, evidence: EVIDENCE },
    }),
  ),
  { code: 'ad-saturation', params: { share: 1_234.5, posts: 12, max: 30 } },
  {
    code: 'audience-language-mismatch',
    params: { share: 12.5, min: 50, targets: ['fr', 'de'], comments: 48, main: 'en', highFrom: 30 },
  },
  {
    code: 'audience-language-mismatch',
    params: { share: 0, min: 50, targets: ['fr'], comments: 12, highFrom: 30 },
  },
  { code: 'quote-above-band', params: { quote: 65_000, min: 20_000, max: 40_000, currency: 'EUR' } },
  { code: 'quote-above-emv', params: { quote: 2_500, multiple: 5, emv: 1_234.5, currency: 'GBP' } },
  { code: 'fit-needs-engagement' },
  { code: 'weights-renormalised', params: { keys: [...SubScoreKeySchema.options] } },
  { code: 'audit-fake-share-ok', params: { share: 4.5, max: 20 } },
  ...[1, 2_345].flatMap((posts): ReasonCode[] => [
    { code: 'window', params: { posts, excluded: {} } },
    {
      code: 'window',
      params: {
        posts,
        excluded: {
          pinned: 1,
          'likes-hidden': 2,
          'too-recent': 1,
          collab: 3,
          'missing-counts': 1,
          'outside-window': 1_200,
        },
      },
    },
    ...[1, 2].map(
      (n): ReasonCode => ({
        code: 'window',
        params: {
          posts,
          excluded: Object.fromEntries(ExclusionReasonSchema.options.map((reason) => [reason, n])),
        },
      }),
    ),
    { code: 'posts-undated', params: { posts } },
  ]),
  { code: 'followers-unknown' },
  { code: 'followers-zero' },
  { code: 'views-missing', params: { withViews: 1, videos: 6 } },
  { code: 'views-missing', params: { withViews: 3, videos: 1_006 } },
];

const EXPLANATIONS: ExplanationCode[] = [
  { code: 'engagement.too-few-posts', params: { posts: 2, min: 3 } },
  { code: 'engagement.followers-unknown' },
  { code: 'engagement.by-views', params: { er: 7.125, videos: 12 } },
  { code: 'engagement.by-followers', params: { er: 4.5, posts: 12, min: 3 } },
  { code: 'engagement.by-followers', params: { er: 4.5, posts: 12, min: 3, bench: 0.54 } },
  { code: 'commentQuality.no-comments' },
  ...(['green', 'amber', 'red'] as const).map(
    (band): ExplanationCode => ({
      code: 'commentQuality.scored',
      params: { share: 41.25, band, comments: 1_200, posts: 3, substantive: 20, replies: 2 },
    }),
  ),
  { code: 'authenticity.none-checked' },
  { code: 'authenticity.scored', params: { fired: [], evaluated: 4 } },
  { code: 'authenticity.scored', params: { fired: ['likes-spread', 'following'], evaluated: 5 } },
  { code: 'reach.no-data' },
  ...[true, false].flatMap((sweetSpot): ExplanationCode[] => [
    { code: 'reach.scored', params: { reach: 235_802, basis: 'followers-x-rate', rate: 0.191, sweetSpot } },
    { code: 'reach.scored', params: { reach: 21_000, basis: 'median-views', videos: 5, sweetSpot } },
  ]),
  { code: 'consistency.no-data' },
  ...(['unknown', 'regular', 'uneven', 'erratic'] as const).flatMap((cadence) =>
    [true, false].flatMap((inactive): ExplanationCode[] => [
      { code: 'consistency.scored', params: { inactive, cadence, repositioned: false } },
      { code: 'consistency.scored', params: { inactive, cadence, overlap: 12.5, repositioned: false } },
      { code: 'consistency.scored', params: { inactive, cadence, overlap: 12.5, repositioned: true } },
    ]),
  ),
  { code: 'hygiene.no-data' },
  {
    code: 'hygiene.scored',
    params: { sponsored: 2, posts: 12, share: 16.67, nonCompliant: 1, jurisdiction: 'DE' },
  },
  {
    code: 'hygiene.scored',
    params: {
      sponsored: 2,
      posts: 12,
      share: 16.67,
      nonCompliant: 1,
      jurisdiction: 'UK',
      paidPerformance: 0.6,
    },
  },
  { code: 'niche.no-keywords' },
  { code: 'niche.scored', params: { found: [], keywords: 2, onTopic: 0, posts: 12 } },
  { code: 'niche.scored', params: { found: ['végane', 'recette'], keywords: 4, onTopic: 2, posts: 12 } },
  {
    code: 'niche.scored',
    params: {
      found: ['yoga'],
      keywords: 2,
      onTopic: 3,
      posts: 10,
      languageShare: 62.5,
      languageComments: 40,
      targets: ['fr', 'en'],
    },
  },
  { code: 'niche.languages', params: { languageShare: 12.5, languageComments: 32, targets: ['fr'] } },
  { code: 'niche.too-few-comments', params: { comments: 4, min: 10, targets: ['de'] } },
  { code: 'value.no-reach' },
  { code: 'value.no-price', params: { emv: 2_358.02, currency: 'EUR' } },
  ...(['quote', 'band'] as const).map(
    (against): ExplanationCode => ({
      code: 'value.scored',
      params: { emv: 2_358.02, impressions: 235_802, cpm: 10, price: 65_000, currency: 'USD', against },
    }),
  ),
];

const NOTES: NoteCode[] = [
  { code: 'post-er', params: { er: 4.21 } },
  { code: 'post-er', params: { er: 4.21, erViews: 11.5 } },
  ...(['pinned', 'likes-hidden', 'too-recent', 'collab', 'missing-counts', 'outside-window'] as const).map(
    (reason): NoteCode => ({ code: 'exclusion', params: { reason } }),
  ),
  { code: 'undated' },
  ...(['spam', 'generic', 'substantive', 'neutral'] as const).map(
    (c): NoteCode => ({ code: 'comment', params: { class: c, rule: 'spam:link' } }),
  ),
  { code: 'creator-reply' },
  { code: 'signal', params: { signal: 'following', fired: true, following: 25_000, followers: 20_000 } },
  { code: 'sponsored', params: { sponsored: 'yes', evidence: EVIDENCE, disclosureMissing: true } },
  {
    code: 'sponsored',
    params: { sponsored: 'yes', evidence: EVIDENCE.slice(0, 1), disclosureMissing: false },
  },
  {
    code: 'sponsored',
    params: { sponsored: 'possible', evidence: EVIDENCE.slice(5), disclosureMissing: false },
  },
  { code: 'keywords', params: { keywords: ['vegan', 'recette'] } },
];

const codesOf = (schema: { options: ReadonlyArray<{ shape: { code: { value: string } } }> }) =>
  schema.options.map((o) => o.shape.code.value).sort();

describe('every code the scoring model gives has English and French text', () => {
  const used = new Set<string>();

  it('the samples cover every code', () => {
    expect([...new Set(REASONS.map((r) => r.code))].sort()).toEqual(codesOf(ReasonCodeSchema));
    expect([...new Set(EXPLANATIONS.map((r) => r.code))].sort()).toEqual(codesOf(ExplanationCodeSchema));
    expect([...new Set(NOTES.map((r) => r.code))].sort()).toEqual(codesOf(NoteCodeSchema));
    expect([...new Set(EVIDENCE.map((r) => r.code))].sort()).toEqual(codesOf(EvidenceSchema));
    expect([...new Set(SIGNALS.map((r) => r.code))].sort()).toEqual([...SIGNAL_CODES].sort());
  });

  it.each(REASONS.map((r) => [r.code, r] as const))('reason %s', (code, r) => {
    const [english, french] = both({ ...r, severity: 'warn' } as Reason, reasonText, used);
    expectWorded(code, english, french);
  });

  it.each(SIGNALS.map((s) => [s.code, s] as const))('signal %s', (code, s) => {
    const [english, french] = both(s as RiskSignal, signalText, used);
    expectWorded(code, english, french);
  });

  it.each(EXPLANATIONS.map((e) => [e.code, e] as const))('explanation %s', (code, e) => {
    const [english, french] = both(e as Coded, explanationText, used);
    expectWorded(code, english, french);
  });

  it.each(NOTES.map((n) => [n.code, n] as const))('note %s', (code, n) => {
    const [english, french] = both(n as Coded, noteText, used);
    expect(english, code).not.toMatch(/\{\w+\}/);
    expect(french, code).not.toMatch(/\{\w+\}/);
    expect(english.trim(), code).not.toBe('');
  });

  it.each(EVIDENCE.map((e) => [e.code, e] as const))('evidence %s', (code, e) => {
    const english = disclosureEvidenceText(e, recording('en', used));
    const french = disclosureEvidenceText(e, recording('fr', used));
    expectWorded(code, english, french);
  });

  it('every scoring text is reachable from some code: none is dead', () => {
    const scoring = /^(reason|signal|explain|note|evidence|subname|jurisdiction)\./;
    const known = Object.keys(EN).filter((k) => scoring.test(k) && !/^reason\.(list-separator)$/.test(k));
    expect(known.filter((k) => !used.has(k)).sort()).toEqual([]);
  });
});

describe('numbers in the user’s format', () => {
  const say = (r: ReasonCode, locale: 'en' | 'fr') =>
    reasonText({ ...r, severity: 'warn' } as Reason, createTranslator(locale), UI[locale].fmt);

  it('writes shares with at most one decimal, thousands grouped, and money in the campaign currency', () => {
    const low: ReasonCode = {
      code: 'low-effort-comments',
      params: { share: 62.5, comments: 1_234, red: 50 },
    };
    expect(say(low, 'en')).toBe('62.5 % of 1,234 comments are generic or spam (red from 50 %).');
    expect(say(low, 'fr')).toBe(
      '62,5 % des 1\u202f234 commentaires sont génériques ou du spam (rouge dès 50 %).',
    );
    const quote: ReasonCode = {
      code: 'quote-above-band',
      params: { quote: 65_000, min: 20_000, max: 40_000, currency: 'EUR' },
    };
    expect(say(quote, 'en')).toBe('Quoted €65,000 is above the fair band of €20,000–€40,000 per post.');
    expect(say(quote, 'fr')).toBe(
      'Devis de 65\u202f000\u00a0€, au-dessus de la fourchette de prix juste de 20\u202f000\u00a0€–40\u202f000\u00a0€ par publication.',
    );
  });

  it('picks the singular or plural of each language: French 0 and 1 are singular', () => {
    const undated = (posts: number): ReasonCode => ({ code: 'posts-undated', params: { posts } });
    expect(say(undated(1), 'en')).toBe('1 post without a date: age not checked, placed after dated posts.');
    expect(say(undated(2), 'en')).toMatch(/^2 posts without a date/);
    expect(say(undated(1), 'fr')).toMatch(/^1 publication sans date : âge non vérifié, placée/);
    expect(say(undated(2), 'fr')).toMatch(/^2 publications sans date : âge non vérifié, placées/);
    const none: ReasonCode = { code: 'insufficient-posts', params: { posts: 0, min: 3 } };
    expect(say(none, 'en')).toMatch(/^Only 0 eligible posts;/);
    expect(say(none, 'fr')).toMatch(/^Seulement 0 publication retenue ;/);
  });
});

// ── Whole reports, as the scoring model writes them. ──

/** `n` settled posts a day apart from 3 days ago, with likes/comments from `counts`. */
function window(n: number, counts: (i: number) => [number, number], extra: Partial<Post> = {}): Post[] {
  return Array.from({ length: n }, (_, i) => {
    const [likes, comments] = counts(i);
    return post({ id: `s${i}`, takenAt: NOW - (3 + i) * DAY, likes, comments, ...extra });
  });
}

/** Spam and generic comments from a pod of three accounts repeating in order on three posts. */
function podComments(postIds: readonly string[]): Comment[] {
  return postIds.flatMap((postId) => [
    ...['pod.one', 'pod.two', 'pod.three'].map((author) => comment('DM us to collab 📩', { postId, author })),
    comment('Nice 🔥', { postId, author: `fan.${postId}` }),
  ]);
}

type Scenario = Omit<ScoreProfileInput, 'campaign' | 'now'> & { campaign?: Partial<CampaignInput> };

/** Chosen so that, together, every reason the scoring model can give appears. */
const SCENARIOS: Scenario[] = [
  {
    extraction: extraction({
      followers: 1_234_567,
      following: 8_000,
      posts: window(10, (i) => [5_000 + (i % 2), 40], { paidPartnership: true, caption: 'Ma routine' }),
    }),
    evidence: { comments: podComments(['s0', 's1', 's2']) },
    quotedPrice: 65_000,
    auditFakeShare: 4.5,
    history: [
      { capturedAt: NOW - 60 * DAY, followers: 1_000_000 },
      { capturedAt: NOW - 30 * DAY, followers: 1_200_000 },
    ],
    campaign: { nicheKeywords: ['routine', 'yoga'] },
  },
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
  {
    extraction: extraction({ pageState: 'login-wall', followers: undefined, posts: [] }),
    evidence: { comments: [] },
  },
  {
    extraction: extraction({ pageState: 'private', isPrivate: true, posts: [] }),
    evidence: { comments: [] },
  },
  {
    extraction: extraction({ followers: 50_000, posts: window(6, () => [2_000, 60]) }),
    evidence: { comments: [] },
    auditFakeShare: 32.5,
  },
  {
    extraction: extraction({ followers: undefined, posts: window(6, () => [2_000, 60]) }),
    evidence: { comments: [] },
  },
  { extraction: extraction({ followers: 0, posts: window(6, () => [20, 1]) }), evidence: { comments: [] } },
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
  // An English-speaking audience for a French campaign: the language mismatch.
  {
    extraction: extraction({ followers: 20_000, posts: window(6, () => [900, 40]) }),
    evidence: {
      comments: Array.from({ length: 12 }, (_, i) =>
        comment(`I tried this recipe last weekend and my kids loved it so much (${i})`, {
          postId: `s${i % 3}`,
          author: `reader${i}`,
        }),
      ),
    },
    campaign: { targetLanguages: ['fr'] },
  },
];

function run(input: Scenario): ScoreReport {
  return scoreProfile({ ...input, campaign: campaign(input.campaign), now: NOW });
}

/** Everything the card words from a report, in both languages. */
function expectReportWorded(r: ScoreReport): void {
  // What the scoring model writes is a valid stored report: it survives a round trip through the schema.
  expect(ScoreReportSchema.parse(JSON.parse(JSON.stringify(r)))).toEqual(r);
  const en = { t: createTranslator('en'), fmt: UI.en.fmt };
  const fr = { t: createTranslator('fr'), fmt: UI.fr.fmt };
  for (const reason of r.reasons) {
    expect(reason.message, reason.code).toBeUndefined();
    expectWorded(reason.code, reasonText(reason, en.t, en.fmt), reasonText(reason, fr.t, fr.fmt));
  }
  for (const s of r.authenticitySignals ?? []) {
    expectWorded(s.code, signalText(s, en.t, en.fmt), signalText(s, fr.t, fr.fmt));
  }
  for (const s of r.subscores ?? []) {
    expect('en' in s.explanation, s.key).toBe(false);
    expectWorded(
      s.key,
      explanationText(s.explanation, en.t, en.fmt),
      explanationText(s.explanation, fr.t, fr.fmt),
    );
    for (const note of [
      ...s.used.flatMap((u) => (u.note ? [u.note] : [])),
      ...s.excluded.map((e) => e.reason),
    ]) {
      expect(typeof note, s.key).toBe('object');
      for (const text of [noteText(note, en.t, en.fmt), noteText(note, fr.t, fr.fmt)]) {
        expect(text, s.key).not.toMatch(/\{\w+\}/);
        if (typeof note === 'object') expect(text, s.key).not.toBe(note.code);
      }
    }
  }
}

describe('reports from the scoring model', () => {
  const reports = SCENARIOS.map(run);

  it.each(reports.map((r, i) => [i, r] as const))('scenario %i is worded in both languages', (_, r) => {
    expectReportWorded(r);
  });

  it('the scenarios give every reason code, and single risk signals', () => {
    const seen = new Set(reports.flatMap((r) => r.reasons.map((x) => x.code)));
    const risks = codesOf(ReasonCodeSchema).filter((c) => c.startsWith('risk-'));
    for (const code of codesOf(ReasonCodeSchema).filter((c) => !risks.includes(c)))
      expect(seen, code).toContain(code);
    expect([...seen].some((c) => c.startsWith('risk-'))).toBe(true);
  });

  it('words reach and value in French with narrow no-break spaces', () => {
    const r = reports[0] as ScoreReport;
    const fr = { t: createTranslator('fr'), fmt: UI.fr.fmt };
    const reach = r.subscores?.find((s) => s.key === 'reach');
    // 1,234,567 × 19.1 % = 235,802 people per post.
    expect(reach && explanationText(reach.explanation, fr.t, fr.fmt)).toBe(
      'Environ 235\u202f802 personnes touchées par publication (abonnés × 19,1 %).',
    );
    const value = r.subscores?.find((s) => s.key === 'value');
    expect(value && explanationText(value.explanation, fr.t, fr.fmt)).toContain('2\u202f358\u00a0€');
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
          expectReportWorded(
            scoreProfile({
              extraction: extraction(snapshot),
              evidence: { comments },
              campaign: campaign({ currency, nicheKeywords: rows.length % 2 ? ['crème'] : [] }),
              now: NOW,
              ...(quotedPrice === undefined ? {} : { quotedPrice }),
              ...(auditFakeShare === undefined ? {} : { auditFakeShare }),
            }),
          );
        },
      ),
      { numRuns: 150 },
    );
  });
});

// ── Reports stored before codes, and codes from elsewhere. ──

/** A report as versions before codes stored it: sentences in both languages, English evidence. */
const OLD_REPORT = {
  ...makeReport(),
  reasons: [
    {
      code: 'er-below-minimum',
      severity: 'warn',
      message: 'ER 2.10 % is below the campaign minimum of 3 %.',
      messageFr: 'Taux d’engagement de 2,10 %, sous le minimum de la campagne de 3 %.',
    },
    { code: 'window', severity: 'info', message: 'ER over 1 post.' },
  ],
  subscores: [
    {
      key: 'engagement',
      value: 70,
      inputs: { erMedian: 4.2 },
      used: [{ id: 'p1', note: 'ER 4.21 %' }],
      excluded: [{ id: 'p0', reason: 'pinned' }],
      confidence: 'high',
      explanation: {
        en: 'Median ER 4.20 % over 1 posts (minimum 3 %).',
        fr: 'Taux d’engagement médian 4,20 % sur 1 publications (minimum 3 %).',
      },
    },
  ],
  authenticitySignals: [
    {
      code: 'following',
      fired: false,
      value: 500,
      threshold: 'following ≤ followers and < 7,000',
      message: 'Follows 500 accounts for 12,345 followers.',
      messageFr: 'Suit 500 comptes pour 12\u202f345 abonnés.',
    },
  ],
  disclosures: [
    {
      postId: 'p1',
      sponsored: 'yes',
      evidence: ['paid-partnership label'],
      compliant: true,
      wordingFound: ['#ad'],
    },
  ],
  priceBand: {
    min: 127.5,
    max: 680,
    currency: 'GBP',
    source: 'The guide: €150–800 at 20–50k, converted at 1 EUR = 0.85 GBP',
  },
};

describe('reports stored before codes', () => {
  const stored = ScoreReportSchema.parse(OLD_REPORT);
  const en = { t: createTranslator('en'), fmt: UI.en.fmt };
  const fr = { t: createTranslator('fr'), fmt: UI.fr.fmt };

  it('still parse, and show their sentences as stored, in French when they have it', () => {
    const [warn, info] = stored.reasons as [Reason, Reason];
    expect(reasonText(warn, en.t, en.fmt)).toBe('ER 2.10 % is below the campaign minimum of 3 %.');
    expect(reasonText(warn, fr.t, fr.fmt)).toBe(
      'Taux d’engagement de 2,10 %, sous le minimum de la campagne de 3 %.',
    );
    expect(reasonText(info, fr.t, fr.fmt)).toBe('ER over 1 post.');
    const sub = stored.subscores?.[0];
    expect(sub && explanationText(sub.explanation, fr.t, fr.fmt)).toBe(
      'Taux d’engagement médian 4,20 % sur 1 publications (minimum 3 %).',
    );
    expect(sub?.used[0]?.note && noteText(sub.used[0].note, fr.t, fr.fmt)).toBe('ER 4.21 %');
    const signal = stored.authenticitySignals?.[0];
    expect(signal && signalText(signal, fr.t, fr.fmt)).toBe('Suit 500 comptes pour 12\u202f345 abonnés.');
    expect(disclosureEvidenceText(stored.disclosures?.[0]?.evidence[0] ?? '', fr.t)).toBe(
      'paid-partnership label',
    );
  });

  it('display on the card in both languages', () => {
    for (const [locale, expected] of [
      ['en', 'ER 2.10 % is below the campaign minimum of 3 %.'],
      ['fr', 'Taux d’engagement de 2,10 %, sous le minimum de la campagne de 3 %.'],
    ] as const) {
      const html = renderToStaticMarkup(
        <LocaleProvider value={{ locale, t: createTranslator(locale), fmt: UI[locale].fmt }}>
          <ScoreCard report={stored} added={false} />
        </LocaleProvider>,
      );
      expect(html).toContain(expected);
      expect(html).toContain('data-code="er-below-minimum"');
      expect(html).toContain(
        locale === 'fr'
          ? 'Taux d’engagement médian 4,20 % sur 1 publications'
          : 'Median ER 4.20 % over 1 posts',
      );
      expect(html).toContain('The guide: €150–800 at 20–50k, converted at 1 EUR = 0.85 GBP');
    }
  });

  it('shows the bare code of a reason this version does not know, or whose parameters do not fit', () => {
    const unknown: Reason = { code: 'from-a-newer-version', severity: 'info', params: { n: 1 } };
    const misfit: Reason = { code: 'inactive', severity: 'warn', params: { days: 'many' } };
    expect(reasonText(unknown, en.t, en.fmt)).toBe('from-a-newer-version');
    expect(reasonText(misfit, en.t, en.fmt)).toBe('inactive');
    expect(explanationText({ code: 'reach.scored', params: { reach: -1 } }, en.t, en.fmt)).toBe(
      'reach.scored',
    );
    expect(noteText({ code: 'somewhere-new' }, en.t, en.fmt)).toBe('somewhere-new');
  });
});

describe('lib/scoring writes no sentences', () => {
  const files = (dir: string): string[] =>
    readdirSync(dir).flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? files(path) : path.endsWith('.ts') ? [path] : [];
    });
  const lib = join(__dirname, '..', '..', '..', 'lib');

  it('has no English/French text pairs and no sentence built from a template', () => {
    for (const file of files(join(lib, 'scoring'))) {
      const source = readFileSync(file, 'utf8');
      expect(source, file).not.toMatch(/\b(en|fr|messageFr|message):\s*[`'"]/);
      for (const [literal] of source.matchAll(/`(?:[^`\\]|\\.)*`/g)) {
        if (!literal.includes('${')) continue;
        // Words outside the interpolations: "Quoted ${x} is above…" is a sentence; a RegExp source is not.
        const words = literal.replace(/\$\{[^}]*\}/g, ' ').replace(/\(\?[^)]*\)|\\[a-z]/gi, ' ');
        expect(/\b[A-Za-z]{2,} [a-z]{2,}\b/.test(words) && !/\|/.test(words), `${file}: ${literal}`).toBe(
          false,
        );
      }
    }
  });
});
