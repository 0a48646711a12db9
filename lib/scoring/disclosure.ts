import type { Jurisdiction } from '../model/campaign';
import { DISCLOSURE_RULES, EARLY_CHARS } from '../model/disclosure-rules';
import type { Post } from '../model/profile';
import type { Disclosure } from '../model/report';
import type { Evidence } from './codes';
import { fold } from './normalise-text';

/**
 * Sponsored detection and disclosure compliance (docs/method.md, "Disclosure and ads").
 * Evidence of a sponsored post: the platform's paid-partnership label, sponsor tags, an ad
 * hashtag or word in any supported language, a discount code. A brand-looking @-mention alone
 * (with a thanks/gifted cue) makes the post only "possible". Each jurisdiction's rule (words,
 * placement, source) is in lib/model/disclosure-rules.ts, shared with the creator brief.
 */

/** Ad hashtags (docs/method.md, H), folded, plus common spellings of the same words. */
const AD_HASHTAGS: readonly string[] = [
  'ad',
  'ads',
  'advert',
  'advertising',
  'advertisement',
  'sponsored',
  'sponsor',
  'publicite',
  'pub',
  'partenariat',
  'partenariatremunere',
  'collaborationcommerciale',
  'werbung',
  'anzeige',
  'publi',
  'publicidad',
  'pubblicita',
  'adv',
  'publicidade',
  'patrocinado',
  'gesponsert',
  'sponsorizzato',
];

const DISCOUNT_CODE =
  /(?<![\p{L}])(?:code(?: promo)?|promo ?code|discount code|c[oó]digo|codice(?: sconto)?|gutscheincode|rabattcode|rabatt-code|cupom|cupon)\s*[:«"“]?\s*([A-Z0-9][A-Z0-9_-]{2,})/giu;
const GIFT_CUE =
  /(?:^|[^\p{L}\p{N}])(?:thanks?|thank you|merci|gracias|danke|obrigad[oa]|grazie|gifted|offert|offerte|regalo|presente|geschenkt|with|avec|con|mit|com)\s+@[\p{L}\p{N}._]+/u;

/** A discount code after a code keyword: the code itself must be written in capitals or digits ("code SARAH20"). */
export function discountCode(caption: string): string | undefined {
  for (const m of caption.matchAll(DISCOUNT_CODE)) {
    const code = m[1];
    if (code && /^[A-Z0-9_-]+$/.test(code) && /[A-Z]/.test(code)) return code;
  }
  return undefined;
}

function hashtagsOf(post: Post): string[] {
  const fromCaption = post.caption?.match(/#[\p{L}\p{N}_]+/gu) ?? [];
  return [...post.hashtags, ...fromCaption].map((t) => fold(t.replace(/^#/, '')));
}

/** Sponsored evidence for one post, in a fixed order: label, sponsor tags, ad hashtags or wording, code. */
export function sponsoredEvidence(post: Post): { sponsored: Disclosure['sponsored']; evidence: Evidence[] } {
  const evidence: Evidence[] = [];
  if (post.paidPartnership) evidence.push({ code: 'paid-partnership' });
  if (post.sponsorTags.length > 0) {
    evidence.push({ code: 'sponsor-tags', params: { tags: post.sponsorTags.map((t) => `@${t}`) } });
  }
  const tags = new Set(hashtagsOf(post));
  const adTags = AD_HASHTAGS.filter((t) => tags.has(t));
  if (adTags.length > 0) {
    evidence.push({ code: 'ad-hashtags', params: { tags: adTags.map((t) => `#${t}`) } });
  }
  const caption = post.caption ?? '';
  const folded = fold(caption);
  if (
    adTags.length === 0 &&
    /(?:^|[^\p{L}\p{N}#])(?:publicite|collaboration commerciale|werbung|anzeige|publicidad|pubblicita|publicidade|sponsored|paid partnership)(?![\p{L}\p{N}])/u.test(
      folded,
    )
  ) {
    evidence.push({ code: 'ad-wording' });
  }
  const code = discountCode(caption);
  if (code) evidence.push({ code: 'discount-code', params: { code } });
  if (evidence.length > 0) return { sponsored: 'yes', evidence };
  const gift = folded.match(GIFT_CUE);
  if (gift)
    return { sponsored: 'possible', evidence: [{ code: 'brand-mention', params: { cue: gift[0].trim() } }] };
  return { sponsored: 'no', evidence };
}

/** Which of the jurisdiction's wordings the post carries (and, where required, early enough). */
function disclosureWording(post: Post, jurisdiction: Jurisdiction): { found: string[]; compliant: boolean } {
  const rule = DISCLOSURE_RULES[jurisdiction];
  const caption = fold(post.caption ?? '');
  const tagText = post.hashtags.map((t) => `#${fold(t.replace(/^#/, ''))}`).join(' ');
  // Tags outside the caption have no position: they count only where placement does not matter.
  const haystack = rule.caption === 'up-front' ? caption.slice(0, EARLY_CHARS) : `${caption} ${tagText}`;
  const found: string[] = [];
  for (const re of rule.patterns) {
    const m = haystack.match(re);
    if (m) found.push(m[0].trim());
  }
  return { found, compliant: found.length > 0 };
}

/** A post's disclosure check as scoring makes it: its evidence is coded. */
export type CheckedDisclosure = Omit<Disclosure, 'evidence'> & { evidence: Evidence[] };

/** Sponsored detection and compliance for one post. */
export function checkDisclosure(post: Post, jurisdiction: Jurisdiction): CheckedDisclosure {
  const { sponsored, evidence } = sponsoredEvidence(post);
  const d: CheckedDisclosure = { postId: post.id, sponsored, evidence, wordingFound: [] };
  if (post.url !== undefined) d.url = post.url;
  if (sponsored === 'yes') {
    const { found, compliant } = disclosureWording(post, jurisdiction);
    d.wordingFound = found;
    d.compliant = compliant;
  }
  return d;
}
