import { describe, expect, it } from 'vitest';
import { disclosurePlacement, generateBrief } from '@/lib/brief/brief';
import { createFormatters, createTranslator } from '@/lib/i18n';
import { CampaignSchema, type Jurisdiction, JurisdictionSchema, type Reason } from '@/lib/model';
import { DISCLOSURE_RULES, EARLY_CHARS } from '@/lib/model/disclosure-rules';
import { checkDisclosure } from '@/lib/scoring/disclosure';
import { reasonSays } from '@/tests/helpers/score-text';
import { post } from '@/tests/unit/scoring/builders';

const JURISDICTIONS = JurisdictionSchema.options;
const sponsored = (caption: string) => post({ id: 'sp', paidPartnership: true, caption, hashtags: [] });
/** A caption whose first EARLY_CHARS characters say nothing about advertising. */
const LONG_START =
  'Sunday morning at the market, then a long walk by the river with the dog and a friend. '.repeat(2);

function briefLine(jurisdiction: Jurisdiction, locale: 'en' | 'fr'): string {
  const campaign = CampaignSchema.parse({ id: jurisdiction, name: jurisdiction, jurisdiction });
  const brief = generateBrief({
    campaign,
    entry: { handle: 'lea.cuisine', platform: 'instagram' } as never,
    t: createTranslator(locale),
    fmt: createFormatters(locale),
  });
  return brief.sections.find((s) => s.key === 'constraints')?.lines[0] ?? '';
}

describe('disclosure rules: one table for the brief and the check', () => {
  it('decides placement from the law and its guidance, with the source written down', () => {
    // France: on the image or video for the whole content (law 2023-451 art. 5); no place in the caption.
    expect(DISCLOSURE_RULES.FR).toMatchObject({ caption: 'anywhere', onContent: true });
    expect(DISCLOSURE_RULES.FR.source).toContain('2023-451');
    // Everywhere else the label must be seen at once: at the start of the caption, before "more".
    for (const j of ['UK', 'US', 'DE', 'ES', 'IT', 'BR'] as const) {
      expect(DISCLOSURE_RULES[j], j).toMatchObject({ caption: 'up-front', onContent: false });
    }
    expect(DISCLOSURE_RULES.DE.source).toMatch(/UWG/);
    expect(DISCLOSURE_RULES.DE.source).toMatch(/Medienstaatsvertrag §22/);
    expect(DISCLOSURE_RULES.UK.source).toMatch(/CAP Code/);
    expect(DISCLOSURE_RULES.US.source).toMatch(/16 CFR Part 255/);
    for (const j of JURISDICTIONS) {
      expect(DISCLOSURE_RULES[j].words.length, j).toBeGreaterThan(0);
      expect(DISCLOSURE_RULES[j].decision.length, j).toBeGreaterThan(40);
    }
  });

  it.each(JURISDICTIONS)('%s: the check accepts each of the brief’s words at the start of a caption', (j) => {
    for (const w of DISCLOSURE_RULES[j].words) {
      const d = checkDisclosure(sponsored(`${w} ma recette préférée`), j);
      expect(d.compliant, `${j} "${w}"`).toBe(true);
    }
  });

  it.each(JURISDICTIONS)('%s: the check enforces the table’s placement', (j) => {
    const [first] = DISCLOSURE_RULES[j].words;
    const late = `${LONG_START}${first}`;
    expect(LONG_START.length).toBeGreaterThan(EARLY_CHARS);
    expect(checkDisclosure(sponsored(late), j).compliant).toBe(DISCLOSURE_RULES[j].caption === 'anywhere');
    // Hashtags outside the caption have no position: they only count where placement is free.
    const tagOnly = post({
      id: 'tag',
      paidPartnership: true,
      caption: 'Ma recette',
      hashtags: [first!.replace(/^#/, '')],
    });
    expect(checkDisclosure(tagOnly, j).compliant).toBe(DISCLOSURE_RULES[j].caption === 'anywhere');
  });

  it.each(JURISDICTIONS)('%s: the brief asks for the table’s words and placement, in both languages', (j) => {
    const rule = DISCLOSURE_RULES[j];
    for (const locale of ['en', 'fr'] as const) {
      const line = briefLine(j, locale);
      const t = createTranslator(locale);
      for (const w of rule.words) expect(line.toLowerCase(), `${j} ${locale}`).toContain(w.toLowerCase());
      expect(line, `${j} ${locale}`).toContain(disclosurePlacement(j, t));
      const upFront = t('brief.placement.up-front');
      expect(line.includes(upFront), `${j} ${locale} says up front`).toBe(rule.caption === 'up-front');
      const onContent = t('brief.placement.onContent', { caption: '' }).split(',')[0] ?? '';
      expect(line.includes(onContent), `${j} ${locale} asks for the mention on the content`).toBe(
        rule.onContent,
      );
    }
  });

  it.each(JURISDICTIONS)('%s: the check’s message says up front exactly when the rule does', (j) => {
    const upFront = DISCLOSURE_RULES[j].caption === 'up-front';
    const missing: Reason = {
      code: 'disclosure-missing',
      severity: 'warn',
      params: { post: 'p1', jurisdiction: j, evidence: [{ code: 'paid-partnership' }] },
    };
    expect(reasonSays(missing)?.includes('up front')).toBe(upFront);
    expect(reasonSays(missing, 'fr')?.includes('en tête de légende')).toBe(upFront);
  });

  it('no longer disagrees: the French brief no longer asks for the mention "from the start" of the caption', () => {
    expect(briefLine('FR', 'en')).toContain('on the image or video itself, legible for its whole length');
    expect(briefLine('FR', 'en')).not.toMatch(/from the start|up front/);
    expect(briefLine('DE', 'en')).toContain('"Werbung" or "Anzeige" up front');
  });
});
