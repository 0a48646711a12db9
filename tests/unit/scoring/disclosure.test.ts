import { describe, expect, it } from 'vitest';
import { checkDisclosure, discountCode, sponsoredEvidence } from '@/lib/scoring/disclosure';
import { post } from './builders';

describe('sponsoredEvidence', () => {
  it('takes the platform label, sponsor tags, ad hashtags and discount codes as evidence', () => {
    const p = post({
      paidPartnership: true,
      sponsorTags: ['glowskin'],
      caption: 'Ma routine du soir #Publicité avec le code LEA15',
    });
    expect(sponsoredEvidence(p)).toEqual({
      sponsored: 'yes',
      evidence: [
        { code: 'paid-partnership' },
        { code: 'sponsor-tags', params: { tags: ['@glowskin'] } },
        { code: 'ad-hashtags', params: { tags: ['#publicite'] } },
        { code: 'discount-code', params: { code: 'LEA15' } },
      ],
    });
  });

  it.each([
    ['#ad'],
    ['#werbung'],
    ['#anzeige'],
    ['#publi'],
    ['#publicidad'],
    ['#pubblicità'],
    ['#adv'],
    ['#publicidade'],
    ['#partenariat'],
    ['#collaborationcommerciale'],
    ['#sponsored'],
  ])('detects the ad hashtag %s in the caption, accent-insensitively', (tag) => {
    expect(sponsoredEvidence(post({ caption: `New drop ${tag}` })).sponsored).toBe('yes');
  });

  it('reads hashtags from the post hashtag list too', () => {
    expect(sponsoredEvidence(post({ caption: 'Summer', hashtags: ['AD'] })).sponsored).toBe('yes');
  });

  it('treats a thanks-to-a-brand mention alone as only possibly sponsored', () => {
    expect(sponsoredEvidence(post({ caption: 'Merci @maisonlune pour ce joli colis' }))).toEqual({
      sponsored: 'possible',
      evidence: [{ code: 'brand-mention', params: { cue: 'merci @maisonlune' } }],
    });
  });

  it('does not take an organic caption with a friend tag for an ad', () => {
    expect(sponsoredEvidence(post({ caption: 'Picnic with friends, photo by @marc' })).sponsored).toBe('no');
  });

  it('reads discount codes written in capitals, not ordinary words after "code"', () => {
    expect(discountCode('Use code SARAH20 for 20% off')).toBe('SARAH20');
    expect(discountCode('Código: VERANO10')).toBe('VERANO10');
    expect(discountCode('le code de la route')).toBeUndefined();
  });
});

describe('checkDisclosure', () => {
  const sponsored = (caption: string) => post({ id: 'sp1', paidPartnership: true, caption });

  it('accepts "publicité" or "collaboration commerciale" in France and rejects #ad alone', () => {
    expect(checkDisclosure(sponsored('Publicité — ma nouvelle crème'), 'FR').compliant).toBe(true);
    expect(
      checkDisclosure(sponsored('Ma crème préférée, collaboration commerciale avec X'), 'FR').compliant,
    ).toBe(true);
    const ad = checkDisclosure(sponsored('My favourite cream #ad'), 'FR');
    expect(ad).toMatchObject({ sponsored: 'yes', compliant: false, wordingFound: [] });
  });

  it('requires #ad, Ad or Advert up front in the UK: late or #spon/gifted wording fails', () => {
    expect(checkDisclosure(sponsored('Ad | My new trainers'), 'UK').compliant).toBe(true);
    expect(checkDisclosure(sponsored('#ad Loving these trainers'), 'UK').compliant).toBe(true);
    expect(checkDisclosure(sponsored('Loving these trainers #spon #gifted collab'), 'UK').compliant).toBe(
      false,
    );
    const late = `${'Long story about my morning run and the new trainers. '.repeat(3)}#ad`;
    expect(late.length).toBeGreaterThan(125);
    expect(checkDisclosure(sponsored(late), 'UK').compliant).toBe(false);
  });

  it('accepts #ad or #sponsored early in the US', () => {
    expect(checkDisclosure(sponsored('#sponsored My go-to snack'), 'US').compliant).toBe(true);
    expect(checkDisclosure(sponsored('My go-to snack'), 'US').compliant).toBe(false);
  });

  it.each([
    ['DE', 'Anzeige: meine Lieblingscreme', true],
    ['DE', 'Meine Lieblingscreme #ad', false],
    ['ES', 'Mi crema favorita #publi', true],
    ['ES', 'Voy a publicar mas recetas', false],
    ['IT', 'La mia crema preferita #pubblicità', true],
    ['IT', 'La mia crema preferita advertising', true],
    ['BR', 'Meu creme favorito #publicidade', true],
    ['BR', 'Meu creme favorito #ad', false],
  ] as const)('in %s, "%s" compliant: %s', (jurisdiction, caption, ok) => {
    expect(checkDisclosure(sponsored(caption), jurisdiction).compliant).toBe(ok);
  });

  it('leaves compliance undefined for posts that are not sponsored', () => {
    expect(checkDisclosure(post({ caption: 'Sunday walk' }), 'FR')).toEqual({
      postId: expect.any(String),
      sponsored: 'no',
      evidence: [],
      wordingFound: [],
    });
  });
});
