/**
 * What the scoring model says, in the UI language and the user's number format. The model
 * returns codes and raw parameters (lib/scoring/codes.ts); each function here picks the text
 * for a code and fills it in. Reports stored before codes carry their sentences: those are
 * shown as stored (in French when the report has French). A code this version does not know,
 * or parameters that do not fit it, show as the bare code.
 */
import { DISCLOSURE_RULES } from '../model/disclosure-rules';
import type { Coded, Explanation, Reason, RiskSignal } from '../model/report';
import { INSTAGRAM_FOLLOW_LIMIT } from '../scoring/benchmarks';
import {
  type Evidence,
  EvidenceSchema,
  ExplanationCodeSchema,
  NoteCodeSchema,
  ReasonCodeSchema,
  type Signal,
  type SignalCode,
  SignalSchema,
} from '../scoring/codes';
import type { Formatters, MessageKey, Translate } from './index';
import { languageList, languageName } from './languages';

type Plural = 'one' | 'other';
const pluralRules = new Map<string, Intl.PluralRules>();

/** English: 1 is singular; French: 0 and 1 are. */
function plural(n: number, locale: string): Plural {
  let rules = pluralRules.get(locale);
  if (!rules) {
    rules = new Intl.PluralRules(locale);
    pluralRules.set(locale, rules);
  }
  return rules.select(n) === 'one' ? 'one' : 'other';
}

/** Legacy sentences: French when the UI is French and the report has it, else the English. */
function stored(en: string, fr: string | undefined, fmt: Formatters): string {
  return fmt.locale === 'fr' ? (fr ?? en) : en;
}

function isJurisdiction(j: string): j is keyof typeof DISCLOSURE_RULES {
  return Object.hasOwn(DISCLOSURE_RULES, j);
}

/** "in France" and the wording the law asks for; an unknown jurisdiction is named by its code. */
function jurisdictionText(j: string, t: Translate, fmt: Formatters): { where: string; requirement: string } {
  if (!isJurisdiction(j)) return { where: j, requirement: j };
  return { where: t(`jurisdiction.in.${j}`), requirement: DISCLOSURE_RULES[j].requirement[fmt.locale] };
}

function evidenceText(e: Evidence, t: Translate): string {
  switch (e.code) {
    case 'paid-partnership':
      return t('evidence.paid-partnership');
    case 'sponsor-tags':
      return t('evidence.sponsor-tags', { tags: e.params.tags.join(', ') });
    case 'ad-hashtags':
      return t('evidence.ad-hashtags', { tags: e.params.tags.join(', ') });
    case 'ad-wording':
      return t('evidence.ad-wording');
    case 'discount-code':
      return t('evidence.discount-code', { code: e.params.code });
    case 'brand-mention':
      return t('evidence.brand-mention', { cue: e.params.cue });
  }
}

function evidenceList(evidence: readonly Evidence[], t: Translate): string {
  return evidence.map((e) => evidenceText(e, t)).join(t('reason.list-separator'));
}

/** A risk signal's name inside a sentence ("likes spread"). */
export function signalLabel(code: SignalCode, t: Translate): string {
  return t(`signal.label.${code}`);
}

/** A parsed signal's sentence: what was measured against its threshold, or why it was not checked. */
function signalSentence(s: Signal, t: Translate, fmt: Formatters): string {
  const { number, decimal2, integer } = fmt;
  switch (s.code) {
    case 'er-vs-benchmark': {
      const { basis, er, low, high, bench } = s.params;
      if (s.fired === undefined || er === undefined || low === undefined || high === undefined)
        return t(`signal.er-vs-benchmark.${basis}.unchecked`);
      return t(`signal.er-vs-benchmark.${basis}.${s.fired ? 'outside' : 'within'}`, {
        er: decimal2(er),
        low: decimal2(low),
        high: decimal2(high),
        bench: bench === undefined ? '—' : number(bench),
      });
    }
    case 'comments-per-like': {
      const { low, high, ratio, typical } = s.params;
      if (s.fired === undefined || ratio === undefined) return t('signal.comments-per-like.unchecked');
      return t(`signal.comments-per-like.${s.fired ? 'outside' : 'within'}`, {
        ratio: decimal2(ratio),
        low: number(low),
        high: number(high),
        typical: typical === undefined ? '—' : number(typical),
      });
    }
    case 'likes-spread': {
      const { low, high, minPosts, cv } = s.params;
      if (s.fired === undefined || cv === undefined)
        return t('signal.likes-spread.unchecked', { minPosts: integer(minPosts) });
      const key = cv < low ? 'uniform' : cv > high ? 'erratic' : 'within';
      return t(`signal.likes-spread.${key}`, { cv: decimal2(cv) });
    }
    case 'following': {
      const { following, followers, cap } = s.params;
      if (s.fired === undefined || following === undefined || followers === undefined)
        return t('signal.following.unchecked');
      const values = { following: integer(following), followers: integer(followers) };
      if (following > followers) return t('signal.following.over', values);
      if (cap !== undefined && following >= cap)
        return t('signal.following.near-cap', { ...values, limit: integer(INSTAGRAM_FOLLOW_LIMIT) });
      return t('signal.following.within', values);
    }
    case 'low-effort-comments': {
      const { minComments, share } = s.params;
      if (s.fired === undefined || share === undefined)
        return t('signal.low-effort-comments.unchecked', { minComments: integer(minComments) });
      return t('signal.low-effort-comments.checked', { share: fmt.share(share) });
    }
    case 'follower-jumps': {
      const { jumps, snapshots } = s.params;
      if (s.fired === undefined || jumps === undefined) return t('signal.follower-jumps.unchecked');
      if (jumps.length > 0)
        return t('signal.follower-jumps.fired', { jumps: jumps.map((j) => `+${integer(j)}`).join(', ') });
      return t('signal.follower-jumps.none', { snapshots: integer(snapshots ?? 0) });
    }
  }
}

/** One authenticity risk signal in the UI language. */
export function signalText(signal: RiskSignal, t: Translate, fmt: Formatters): string {
  if (signal.message !== undefined) return stored(signal.message, signal.messageFr, fmt);
  const parsed = SignalSchema.safeParse(signal);
  return parsed.success ? signalSentence(parsed.data, t, fmt) : signal.code;
}

/** One reason behind the verdict (or warning, or data note) in the UI language. */
export function reasonText(reason: Reason, t: Translate, fmt: Formatters): string {
  if (reason.message !== undefined) return stored(reason.message, reason.messageFr, fmt);
  const parsed = ReasonCodeSchema.safeParse(reason);
  if (!parsed.success) return reason.code;
  const r = parsed.data;
  const { number, integer, percent, locale } = fmt;
  const money = (amount: number, currency: string) => fmt.money(amount, currency);
  switch (r.code) {
    case 'private-account':
    case 'er-unknown':
    case 'fit-needs-engagement':
    case 'followers-unknown':
    case 'followers-zero':
      return t(`reason.${r.code}`);
    case 'audit-fake-share':
    case 'audit-fake-share-ok':
      return t(`reason.${r.code}`, { share: number(r.params.share), max: number(r.params.max) });
    case 'er-below-half-minimum':
      return t('reason.er-below-half-minimum', {
        er: percent(r.params.er),
        min: number(r.params.min),
        half: number(r.params.min / 2),
        posts: integer(r.params.posts),
      });
    case 'insufficient-posts': {
      const { posts, min, state } = r.params;
      const values = { posts: integer(posts), min: integer(min) };
      const form = plural(posts, locale);
      return state === undefined
        ? t(`reason.insufficient-posts.${form}`, values)
        : t(`reason.insufficient-posts.state.${form}`, { ...values, state: t(`reason.page-state.${state}`) });
    }
    case 'er-below-minimum':
      return t('reason.er-below-minimum', { er: percent(r.params.er), min: number(r.params.min) });
    case 'low-confidence':
      return t('reason.low-confidence', {
        posts: integer(r.params.posts),
        highFrom: integer(r.params.highFrom),
      });
    case 'authenticity-signals':
      return t('reason.authenticity-signals', {
        count: integer(r.params.signals.length),
        signals: r.params.signals.map((s) => signalLabel(s, t)).join(', '),
      });
    case 'fit-below-shortlist':
      return t('reason.fit-below-shortlist', { fit: number(r.params.fit), min: number(r.params.min) });
    case 'risk-er-vs-benchmark':
      return signalSentence({ code: 'er-vs-benchmark', fired: true, params: r.params }, t, fmt);
    case 'risk-comments-per-like':
      return signalSentence({ code: 'comments-per-like', fired: true, params: r.params }, t, fmt);
    case 'risk-likes-spread':
      return signalSentence({ code: 'likes-spread', fired: true, params: r.params }, t, fmt);
    case 'risk-following':
      return signalSentence({ code: 'following', fired: true, params: r.params }, t, fmt);
    case 'risk-low-effort-comments':
      return signalSentence({ code: 'low-effort-comments', fired: true, params: r.params }, t, fmt);
    case 'risk-follower-jumps':
      return signalSentence({ code: 'follower-jumps', fired: true, params: r.params }, t, fmt);
    case 'comment-pod':
      return t('reason.comment-pod', {
        authors: r.params.authors.map((a) => `@${a}`).join(', '),
        posts: integer(r.params.posts),
      });
    case 'low-effort-comments':
      return t('reason.low-effort-comments', {
        share: fmt.share(r.params.share),
        comments: integer(r.params.comments),
        red: number(r.params.red),
      });
    case 'inactive':
      return t('reason.inactive', { days: integer(r.params.days), max: number(r.params.max) });
    case 'repositioning':
      return t('reason.repositioning', { across: number(r.params.across), within: number(r.params.within) });
    case 'disclosure-missing':
      return t('reason.disclosure-missing', {
        post: r.params.post,
        evidence: evidenceList(r.params.evidence, t),
        ...jurisdictionText(r.params.jurisdiction, t, fmt),
      });
    case 'ad-saturation':
      return t('reason.ad-saturation', {
        share: fmt.share(r.params.share),
        posts: integer(r.params.posts),
        max: number(r.params.max),
      });
    case 'quote-above-band': {
      const { quote, min, max, currency } = r.params;
      return t('reason.quote-above-band', {
        quote: money(quote, currency),
        min: money(min, currency),
        max: money(max, currency),
      });
    }
    case 'quote-above-emv': {
      const { quote, multiple, emv, currency } = r.params;
      return t('reason.quote-above-emv', {
        quote: money(quote, currency),
        multiple: number(multiple),
        emv: money(emv, currency),
      });
    }
    case 'audience-language-mismatch': {
      const { share, min, targets, comments, main, highFrom } = r.params;
      const values = {
        share: percent(share),
        min: number(min),
        comments: integer(comments),
        targets: languageList(targets, t, locale),
      };
      const text =
        main === undefined
          ? t('reason.audience-language-mismatch.no-main', values)
          : t('reason.audience-language-mismatch', { ...values, main: languageName(main, locale) });
      return comments < highFrom
        ? t('reason.audience-language-mismatch.low', { text, highFrom: integer(highFrom) })
        : text;
    }
    case 'weights-renormalised':
      return t('reason.weights-renormalised', {
        keys: r.params.keys.map((k) => t(`subname.${k}`)).join(', '),
      });
    case 'window': {
      const { posts, excluded } = r.params;
      const parts = EXCLUSION_ORDER.flatMap((reason) => {
        const n = excluded[reason];
        return n ? [t(`reason.window.${reason}.${plural(n, locale)}`, { n: integer(n) })] : [];
      });
      const form = plural(posts, locale);
      return parts.length === 0
        ? t(`reason.window.${form}`, { posts: integer(posts) })
        : t(`reason.window.excluded.${form}`, { posts: integer(posts), excluded: parts.join(', ') });
    }
    case 'posts-undated':
      return t(`reason.posts-undated.${plural(r.params.posts, locale)}`, { posts: integer(r.params.posts) });
    case 'views-missing':
      return t(`reason.views-missing.${plural(r.params.withViews, locale)}`, {
        withViews: integer(r.params.withViews),
        videos: integer(r.params.videos),
      });
  }
}

/** The order excluded posts are listed in, so the text is the same on every run. */
const EXCLUSION_ORDER = [
  'pinned',
  'likes-hidden',
  'too-recent',
  'collab',
  'missing-counts',
  'outside-window',
] as const;

/** A sub-score's one-line explanation in the UI language. */
export function explanationText(explanation: Explanation, t: Translate, fmt: Formatters): string {
  if ('en' in explanation) return explanation[fmt.locale];
  const parsed = ExplanationCodeSchema.safeParse(explanation);
  if (!parsed.success) return explanation.code;
  const e = parsed.data;
  const { number, integer, percent, decimal2 } = fmt;
  switch (e.code) {
    case 'engagement.followers-unknown':
    case 'commentQuality.no-comments':
    case 'authenticity.none-checked':
    case 'reach.no-data':
    case 'consistency.no-data':
    case 'hygiene.no-data':
    case 'niche.no-keywords':
    case 'value.no-reach':
      return t(`explain.${e.code}`);
    case 'engagement.too-few-posts':
      return t('explain.engagement.too-few-posts', {
        posts: integer(e.params.posts),
        min: integer(e.params.min),
      });
    case 'engagement.by-views':
      return t('explain.engagement.by-views', {
        er: percent(e.params.er),
        videos: integer(e.params.videos),
      });
    case 'engagement.by-followers': {
      const { er, posts, min, bench } = e.params;
      const values = { er: percent(er), posts: integer(posts), min: number(min) };
      return bench === undefined
        ? t('explain.engagement.by-followers', values)
        : t('explain.engagement.by-followers.bench', { ...values, bench: number(bench) });
    }
    case 'commentQuality.scored': {
      const p = e.params;
      return t('explain.commentQuality.scored', {
        share: percent(p.share),
        band: t(`explain.band.${p.band}`),
        comments: integer(p.comments),
        posts: integer(p.posts),
        substantive: integer(p.substantive),
        replies: integer(p.replies),
      });
    }
    case 'authenticity.scored': {
      const { fired, evaluated } = e.params;
      const values = { fired: integer(fired.length), evaluated: integer(evaluated) };
      return fired.length === 0
        ? t('explain.authenticity.scored.none', values)
        : t('explain.authenticity.scored', {
            ...values,
            signals: fired.map((s) => signalLabel(s, t)).join(', '),
          });
    }
    case 'reach.scored': {
      const { reach, basis, rate, videos, sweetSpot } = e.params;
      const values = {
        reach: integer(reach),
        rate: number((rate ?? 0) * 100),
        videos: integer(videos ?? 0),
      };
      const key = basis === 'median-views' ? 'views' : 'followers';
      return sweetSpot ? t(`explain.reach.${key}.sweet`, values) : t(`explain.reach.${key}`, values);
    }
    case 'consistency.scored': {
      const { inactive, cadence, overlap, repositioned } = e.params;
      const values = { cadence: t(`explain.consistency.cadence.${cadence}`) };
      const rest =
        overlap === undefined
          ? t('explain.consistency', values)
          : t(repositioned ? 'explain.consistency.topic.repositioned' : 'explain.consistency.topic', {
              ...values,
              overlap: number(overlap),
            });
      return inactive ? t('explain.consistency.inactive', { rest }) : rest;
    }
    case 'hygiene.scored': {
      const p = e.params;
      const values = {
        sponsored: integer(p.sponsored),
        posts: integer(p.posts),
        share: percent(p.share),
        nonCompliant: integer(p.nonCompliant),
        where: jurisdictionText(p.jurisdiction, t, fmt).where,
      };
      return p.paidPerformance === undefined
        ? t('explain.hygiene.scored', values)
        : t('explain.hygiene.scored.performance', { ...values, performance: decimal2(p.paidPerformance) });
    }
    case 'niche.scored': {
      const p = e.params;
      const values = {
        found: integer(p.found.length),
        keywords: integer(p.keywords),
        onTopic: integer(p.onTopic),
        posts: integer(p.posts),
      };
      const keywords =
        p.found.length === 0
          ? t('explain.niche.scored', values)
          : t('explain.niche.scored.list', { ...values, list: p.found.join(', ') });
      if (p.languageShare === undefined || p.targets === undefined) return keywords;
      const languages = t('explain.niche.languages-part', {
        share: percent(p.languageShare),
        comments: integer(p.languageComments ?? 0),
        targets: languageList(p.targets, t, fmt.locale),
      });
      return `${keywords} ${languages}`;
    }
    case 'niche.languages':
      return t('explain.niche.languages', {
        share: percent(e.params.languageShare),
        comments: integer(e.params.languageComments),
        targets: languageList(e.params.targets, t, fmt.locale),
      });
    case 'niche.too-few-comments':
      return t('explain.niche.too-few-comments', {
        comments: integer(e.params.comments),
        min: integer(e.params.min),
        targets: languageList(e.params.targets, t, fmt.locale),
      });
    case 'value.no-price':
      return t('explain.value.no-price', { emv: fmt.money(e.params.emv, e.params.currency) });
    case 'value.scored': {
      const p = e.params;
      const key: MessageKey = p.against === 'quote' ? 'explain.value.quote' : 'explain.value.band';
      return t(key, {
        emv: fmt.money(p.emv, p.currency),
        impressions: integer(p.impressions),
        cpm: number(p.cpm),
        price: fmt.money(p.price, p.currency),
      });
    }
  }
}

/** A note on a post or comment a sub-score used or left out, in the UI language. */
export function noteText(note: string | Coded, t: Translate, fmt: Formatters): string {
  if (typeof note === 'string') return note;
  const parsed = NoteCodeSchema.safeParse(note);
  if (!parsed.success) return note.code;
  const n = parsed.data;
  switch (n.code) {
    case 'post-er': {
      const { er, erViews } = n.params;
      return [
        er === undefined ? undefined : t('note.post-er', { er: fmt.percent(er) }),
        erViews === undefined ? undefined : t('note.post-er-views', { er: fmt.percent(erViews) }),
      ]
        .filter((x) => x !== undefined)
        .join(', ');
    }
    case 'exclusion':
      return t(`exclusion.${n.params.reason}`);
    case 'undated':
      return t('note.undated');
    case 'comment':
      return t('note.comment', { class: t(`class.${n.params.class}`), rule: n.params.rule });
    case 'creator-reply':
      return t('note.creator-reply');
    case 'signal': {
      const { signal, fired, ...params } = n.params;
      const parsedSignal = SignalSchema.safeParse({ code: signal, fired, params });
      return parsedSignal.success ? signalSentence(parsedSignal.data, t, fmt) : signal;
    }
    case 'sponsored': {
      const { sponsored, evidence, disclosureMissing } = n.params;
      const key: MessageKey =
        sponsored === 'possible'
          ? 'note.sponsored.possible'
          : disclosureMissing
            ? 'note.sponsored.yes.missing'
            : 'note.sponsored.yes';
      return t(key, { evidence: evidenceList(evidence, t) });
    }
    case 'keywords':
      return n.params.keywords.join(', ');
  }
}

/** Evidence that a post is sponsored, as the disclosure list shows it. */
export function disclosureEvidenceText(evidence: string | Coded, t: Translate): string {
  if (typeof evidence === 'string') return evidence;
  const parsed = EvidenceSchema.safeParse(evidence);
  return parsed.success ? evidenceText(parsed.data, t) : evidence.code;
}

/** Where a fair price band comes from, with its conversion from the euro table when there was one. */
export function priceBandSource(
  band: { source: string; currency: string; eurRate?: number | undefined; usFallback?: boolean | undefined },
  t: Translate,
  fmt: Formatters,
): string {
  const source = band.usFallback ? t('card.priceBand.usFallback', { source: band.source }) : band.source;
  return band.eurRate === undefined
    ? source
    : t('card.priceBand.converted', { source, rate: fmt.number(band.eurRate), currency: band.currency });
}
