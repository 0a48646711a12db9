/**
 * Everything the scoring model says, as a code and typed parameters: the verdict's reasons, the
 * authenticity risk signals, each sub-score's one-line explanation, the notes on the posts and
 * comments a sub-score used or left out, and the evidence that a post is sponsored. Nothing in
 * lib/scoring writes a sentence: the UI words each code in the user's language and number
 * format (lib/i18n/score-text.ts; texts under `reason.*`, `signal.*`, `explain.*`, `note.*`,
 * `evidence.*` in lib/i18n/en.ts and fr.ts).
 *
 * Numbers are raw (a percent is 2.1 for 2.1 %); lists keep their order. The schemas parse what a
 * stored report carries, so a code this version does not know, or parameters that do not fit,
 * show as the bare code rather than a broken sentence.
 */
import { z } from 'zod';
import { ExclusionReasonSchema, type Reason, SubScoreKeySchema } from '../model/report';

const num = z.number();
const count = z.number().int().nonnegative();
const text = z.string();
/** A campaign currency, kept as text so a report in a currency this version lacks still reads. */
const currency = z.string();
const jurisdiction = z.string();

// ── Evidence that a post is sponsored ───────────────────────────────────────────────────

export const EvidenceSchema = z.discriminatedUnion('code', [
  z.object({ code: z.literal('paid-partnership') }),
  z.object({ code: z.literal('sponsor-tags'), params: z.object({ tags: z.array(text) }) }),
  z.object({ code: z.literal('ad-hashtags'), params: z.object({ tags: z.array(text) }) }),
  z.object({ code: z.literal('ad-wording') }),
  z.object({ code: z.literal('discount-code'), params: z.object({ code: text }) }),
  /** `cue` is the caption's words, e.g. "merci @maisonlune". */
  z.object({ code: z.literal('brand-mention'), params: z.object({ cue: text }) }),
]);
export type Evidence = z.output<typeof EvidenceSchema>;

// ── Authenticity risk signals ───────────────────────────────────────────────────────────

/**
 * Each signal's parameters: its thresholds always, what was measured when it could be checked
 * (`fired` defined on the signal).
 */
export const SIGNAL_PARAMS = {
  /** Median ER (by followers on Instagram, by views on TikTok) against the tier benchmark's band. */
  'er-vs-benchmark': z.object({
    basis: z.enum(['followers', 'views']),
    er: num.optional(),
    low: num.optional(),
    high: num.optional(),
    bench: num.optional(),
  }),
  /** Comments per 100 likes over the window; `typical` is the usual ratio for the format. */
  'comments-per-like': z.object({ low: num, high: num, ratio: num.optional(), typical: num.optional() }),
  /** Coefficient of variation of likes across the window; needs `minPosts` posts. */
  'likes-spread': z.object({ low: num, high: num, minPosts: count, cv: num.optional() }),
  /** Following vs followers; `cap` is Instagram's follow cap (absent on TikTok). */
  following: z.object({ following: count.optional(), followers: count.optional(), cap: count.optional() }),
  /** Share of generic + spam comments, percent; needs `minComments` comments. */
  'low-effort-comments': z.object({ red: num, minComments: count, share: num.optional() }),
  /** Round follower jumps between snapshots of the score history. */
  'follower-jumps': z.object({ unit: count, jumps: z.array(num).optional(), snapshots: count.optional() }),
} as const;

export type SignalCode = keyof typeof SIGNAL_PARAMS;
export const SIGNAL_CODES = Object.keys(SIGNAL_PARAMS) as SignalCode[];
export const SignalCodeSchema = z.enum(SIGNAL_CODES as [SignalCode, ...SignalCode[]]);

const signal = <C extends SignalCode>(code: C) =>
  z.object({
    code: z.literal(code),
    fired: z.boolean().optional(),
    value: num.optional(),
    params: SIGNAL_PARAMS[code],
  });

export const SignalSchema = z.discriminatedUnion('code', [
  signal('er-vs-benchmark'),
  signal('comments-per-like'),
  signal('likes-spread'),
  signal('following'),
  signal('low-effort-comments'),
  signal('follower-jumps'),
]);
export type Signal = z.output<typeof SignalSchema>;

// ── Reasons behind the verdict, warnings and data notes ─────────────────────────────────

const risk = <C extends SignalCode>(code: C) =>
  z.object({ code: z.literal(`risk-${code}` as const), params: SIGNAL_PARAMS[code] });

export const ReasonCodeSchema = z.discriminatedUnion('code', [
  // Hard rules (reject).
  z.object({ code: z.literal('private-account') }),
  z.object({ code: z.literal('audit-fake-share'), params: z.object({ share: num, max: num }) }),
  z.object({
    code: z.literal('er-below-half-minimum'),
    params: z.object({ er: num, min: num, posts: count }),
  }),
  // Not enough to judge.
  z.object({
    code: z.literal('insufficient-posts'),
    /** `state` is the page state that explains it, when the page was not a readable profile. */
    params: z.object({
      posts: count,
      min: count,
      state: z.enum(['not-found', 'login-wall', 'no-posts', 'not-profile']).optional(),
    }),
  }),
  // Review.
  z.object({ code: z.literal('er-unknown') }),
  z.object({ code: z.literal('er-below-minimum'), params: z.object({ er: num, min: num }) }),
  z.object({ code: z.literal('low-confidence'), params: z.object({ posts: count, highFrom: count }) }),
  z.object({
    code: z.literal('authenticity-signals'),
    params: z.object({ signals: z.array(SignalCodeSchema) }),
  }),
  z.object({ code: z.literal('fit-below-shortlist'), params: z.object({ fit: num, min: num }) }),
  // One risk signal that fired (two or more are summed up as `authenticity-signals`).
  risk('er-vs-benchmark'),
  risk('comments-per-like'),
  risk('likes-spread'),
  risk('following'),
  risk('low-effort-comments'),
  risk('follower-jumps'),
  // Warnings from the sub-scores.
  z.object({
    code: z.literal('comment-pod'),
    params: z.object({ authors: z.array(text), posts: count }),
  }),
  z.object({
    code: z.literal('low-effort-comments'),
    params: z.object({ share: num, comments: count, red: num }),
  }),
  z.object({ code: z.literal('inactive'), params: z.object({ days: count, max: num }) }),
  /** Keyword overlap between the two halves of the window vs within each half, percent. */
  z.object({ code: z.literal('repositioning'), params: z.object({ across: num, within: num }) }),
  z.object({
    code: z.literal('disclosure-missing'),
    /** `post` names the post: its address, else its shortcode, else its id. */
    params: z.object({ post: text, jurisdiction, evidence: z.array(EvidenceSchema) }),
  }),
  z.object({
    code: z.literal('ad-saturation'),
    params: z.object({ share: num, posts: count, max: num }),
  }),
  z.object({
    code: z.literal('quote-above-band'),
    params: z.object({ quote: num, min: num, max: num, currency }),
  }),
  z.object({
    code: z.literal('quote-above-emv'),
    params: z.object({ quote: num, multiple: num, emv: num, currency }),
  }),
  /** Few of the audience's comments are in the campaign's languages (niche fit). */
  z.object({
    code: z.literal('audience-language-mismatch'),
    params: z.object({
      share: num,
      min: num,
      targets: z.array(text),
      comments: count,
      /** The language most comments are in. */
      main: text.optional(),
      /** Fewer comments than the high-confidence count (`highFrom`). */
      highFrom: count,
    }),
  }),
  // Notes on the fit.
  z.object({ code: z.literal('fit-needs-engagement') }),
  z.object({
    code: z.literal('weights-renormalised'),
    params: z.object({ keys: z.array(SubScoreKeySchema) }),
  }),
  z.object({ code: z.literal('audit-fake-share-ok'), params: z.object({ share: num, max: num }) }),
  // Notes on the data.
  z.object({
    code: z.literal('window'),
    /** `excluded` counts the posts left out, by reason. */
    params: z.object({ posts: count, excluded: z.partialRecord(ExclusionReasonSchema, count) }),
  }),
  z.object({ code: z.literal('followers-unknown') }),
  z.object({ code: z.literal('followers-zero') }),
  z.object({ code: z.literal('posts-undated'), params: z.object({ posts: count }) }),
  z.object({ code: z.literal('views-missing'), params: z.object({ withViews: count, videos: count }) }),
]);
export type ReasonCode = z.output<typeof ReasonCodeSchema>;

// ── Sub-score explanations ──────────────────────────────────────────────────────────────

export const ExplanationCodeSchema = z.discriminatedUnion('code', [
  z.object({
    code: z.literal('engagement.too-few-posts'),
    params: z.object({ posts: count, min: count }),
  }),
  z.object({ code: z.literal('engagement.followers-unknown') }),
  z.object({ code: z.literal('engagement.by-views'), params: z.object({ er: num, videos: count }) }),
  z.object({
    code: z.literal('engagement.by-followers'),
    /** `bench` is the tier's median ER (Instagram). */
    params: z.object({ er: num, posts: count, min: num, bench: num.optional() }),
  }),
  z.object({ code: z.literal('commentQuality.no-comments') }),
  z.object({
    code: z.literal('commentQuality.scored'),
    params: z.object({
      share: num,
      band: z.enum(['green', 'amber', 'red']),
      comments: count,
      posts: count,
      substantive: count,
      replies: count,
    }),
  }),
  z.object({ code: z.literal('authenticity.none-checked') }),
  z.object({
    code: z.literal('authenticity.scored'),
    params: z.object({ fired: z.array(SignalCodeSchema), evaluated: count }),
  }),
  z.object({ code: z.literal('reach.no-data') }),
  z.object({
    code: z.literal('reach.scored'),
    /** followers × `rate` (the benchmark `source`), or the median views of `videos` videos. */
    params: z.object({
      reach: num,
      basis: z.enum(['followers-x-rate', 'median-views']),
      rate: num.optional(),
      source: text.optional(),
      videos: count.optional(),
      sweetSpot: z.boolean(),
    }),
  }),
  z.object({ code: z.literal('consistency.no-data') }),
  z.object({
    code: z.literal('consistency.scored'),
    /** `overlap` is the mean keyword overlap between posts, percent (absent: too few posts with words). */
    params: z.object({
      inactive: z.boolean(),
      cadence: z.enum(['unknown', 'regular', 'uneven', 'erratic']),
      overlap: num.optional(),
      repositioned: z.boolean(),
    }),
  }),
  z.object({ code: z.literal('hygiene.no-data') }),
  z.object({
    code: z.literal('hygiene.scored'),
    /** `paidPerformance` is the sponsored ÷ organic median ER. */
    params: z.object({
      sponsored: count,
      posts: count,
      share: num,
      nonCompliant: count,
      jurisdiction,
      paidPerformance: num.optional(),
    }),
  }),
  z.object({ code: z.literal('niche.no-keywords') }),
  z.object({
    code: z.literal('niche.scored'),
    /** With target languages: `languageShare` of `languageComments` recognised comments are in `targets`. */
    params: z.object({
      found: z.array(text),
      keywords: count,
      onTopic: count,
      posts: count,
      languageShare: num.optional(),
      languageComments: count.optional(),
      targets: z.array(text).optional(),
    }),
  }),
  /** No keywords: the niche fit is the audience's languages alone. */
  z.object({
    code: z.literal('niche.languages'),
    params: z.object({ languageShare: num, languageComments: count, targets: z.array(text) }),
  }),
  /** No keywords, and too few comments in a recognised language to judge the target languages. */
  z.object({
    code: z.literal('niche.too-few-comments'),
    params: z.object({ comments: count, min: count, targets: z.array(text) }),
  }),
  z.object({ code: z.literal('value.no-reach') }),
  z.object({ code: z.literal('value.no-price'), params: z.object({ emv: num, currency }) }),
  z.object({
    code: z.literal('value.scored'),
    /** `against` says whether `price` is the creator's quote or the fair band's midpoint. */
    params: z.object({
      emv: num,
      impressions: num,
      cpm: num,
      price: num,
      currency,
      against: z.enum(['quote', 'band']),
    }),
  }),
]);
export type ExplanationCode = z.output<typeof ExplanationCodeSchema>;

// ── Notes on what a sub-score used or left out ──────────────────────────────────────────

export const NoteCodeSchema = z.discriminatedUnion('code', [
  /** A post's ER by followers and, on TikTok, by views, percent. */
  z.object({ code: z.literal('post-er'), params: z.object({ er: num.optional(), erViews: num.optional() }) }),
  /** A post left out of the window, and why. */
  z.object({ code: z.literal('exclusion'), params: z.object({ reason: ExclusionReasonSchema }) }),
  z.object({ code: z.literal('undated') }),
  /** A comment's class and the classifier rule that gave it. */
  z.object({
    code: z.literal('comment'),
    params: z.object({ class: z.enum(['spam', 'generic', 'substantive', 'neutral']), rule: text }),
  }),
  z.object({ code: z.literal('creator-reply') }),
  /** A risk signal (its code in `signal`, with its own parameters beside it). */
  z.object({
    code: z.literal('signal'),
    params: z
      .object({ signal: SignalCodeSchema, fired: z.boolean().optional() })
      .catchall(z.union([num, text, z.boolean(), z.array(num)])),
  }),
  z.object({
    code: z.literal('sponsored'),
    params: z.object({
      sponsored: z.enum(['yes', 'possible']),
      evidence: z.array(EvidenceSchema),
      disclosureMissing: z.boolean(),
    }),
  }),
  /** The campaign keywords a post mentions. */
  z.object({ code: z.literal('keywords'), params: z.object({ keywords: z.array(text) }) }),
]);
export type NoteCode = z.output<typeof NoteCodeSchema>;

/** A risk signal as a note on the authenticity sub-score. */
export function signalNote(s: Signal): NoteCode {
  return {
    code: 'signal',
    params: { ...s.params, signal: s.code, ...(s.fired === undefined ? {} : { fired: s.fired }) },
  };
}

/** A reason as the report stores it: its code, parameters and severity. */
export function reason(severity: Reason['severity'], coded: ReasonCode): Reason {
  return { ...coded, severity };
}
