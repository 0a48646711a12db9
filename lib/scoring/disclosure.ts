import type { Jurisdiction } from '../model/campaign';
import { DISCLOSURE_RULES, EARLY_CHARS } from '../model/disclosure-rules';
import type { Post } from '../model/profile';
import type { Disclosure } from '../model/report';
import type { Bilingual } from './labels';
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

/** Where each jurisdiction's rule applies, for French sentences ("en France", "au Royaume-Uni"). */
export const JURISDICTION_FR: Readonly<Record<Jurisdiction, string>> = {
  FR: 'en France',
  UK: 'au Royaume-Uni',
  US: 'aux États-Unis',
  DE: 'en Allemagne',
  ES: 'en Espagne',
  IT: 'en Italie',
  BR: 'au Brésil',
};

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

/** Sponsored evidence for one post in both languages, in a fixed order. */
function evidenceOf(post: Post): { sponsored: Disclosure['sponsored']; evidence: Bilingual[] } {
  const evidence: Bilingual[] = [];
  if (post.paidPartnership)
    evidence.push({ en: 'paid-partnership label', fr: 'label « partenariat rémunéré »' });
  if (post.sponsorTags.length > 0) {
    const tags = post.sponsorTags.map((t) => `@${t}`).join(', ');
    evidence.push({ en: `sponsor tags: ${tags}`, fr: `marques partenaires identifiées : ${tags}` });
  }
  const tags = new Set(hashtagsOf(post));
  const adTags = AD_HASHTAGS.filter((t) => tags.has(t));
  if (adTags.length > 0) {
    const list = adTags.map((t) => `#${t}`).join(', ');
    evidence.push({ en: `ad hashtags: ${list}`, fr: `hashtags publicitaires : ${list}` });
  }
  const caption = post.caption ?? '';
  const folded = fold(caption);
  if (
    adTags.length === 0 &&
    /(?:^|[^\p{L}\p{N}#])(?:publicite|collaboration commerciale|werbung|anzeige|publicidad|pubblicita|publicidade|sponsored|paid partnership)(?![\p{L}\p{N}])/u.test(
      folded,
    )
  ) {
    evidence.push({ en: 'ad wording in caption', fr: 'mention publicitaire dans la légende' });
  }
  const code = discountCode(caption);
  if (code) evidence.push({ en: `discount code ${code}`, fr: `code promo ${code}` });
  if (evidence.length > 0) return { sponsored: 'yes', evidence };
  const gift = folded.match(GIFT_CUE);
  if (gift) {
    const cue = gift[0].trim();
    return {
      sponsored: 'possible',
      evidence: [{ en: `brand mention: "${cue}"`, fr: `mention de marque : « ${cue} »` }],
    };
  }
  return { sponsored: 'no', evidence };
}

/** Sponsored evidence for one post, in a fixed order. */
export function sponsoredEvidence(post: Post): { sponsored: Disclosure['sponsored']; evidence: string[] } {
  const { sponsored, evidence } = evidenceOf(post);
  return { sponsored, evidence: evidence.map((e) => e.en) };
}

/** The same evidence in French, for the card's French messages. */
export function sponsoredEvidenceFr(post: Post): string[] {
  return evidenceOf(post).evidence.map((e) => e.fr);
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

/** Sponsored detection and compliance for one post. */
export function checkDisclosure(post: Post, jurisdiction: Jurisdiction): Disclosure {
  const { sponsored, evidence } = sponsoredEvidence(post);
  const d: Disclosure = { postId: post.id, sponsored, evidence, wordingFound: [] };
  if (post.url !== undefined) d.url = post.url;
  if (sponsored === 'yes') {
    const { found, compliant } = disclosureWording(post, jurisdiction);
    d.wordingFound = found;
    d.compliant = compliant;
  }
  return d;
}

export function disclosureRequirement(jurisdiction: Jurisdiction): string {
  return DISCLOSURE_RULES[jurisdiction].requirement.en;
}

/** The mandatory wording in French: « publicité » ou « collaboration commerciale » (loi 2023-451). */
export function disclosureRequirementFr(jurisdiction: Jurisdiction): string {
  return DISCLOSURE_RULES[jurisdiction].requirement.fr;
}
