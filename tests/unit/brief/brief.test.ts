import { describe, expect, it } from 'vitest';
import { briefTextToMarkdown, briefToText, escapeMarkdown, generateBrief } from '@/lib/brief/brief';
import { createFormatters, createTranslator } from '@/lib/i18n';
import { CampaignSchema } from '@/lib/model';
import { makeEntry } from '@/tests/helpers/entries';

const fr = CampaignSchema.parse({
  id: 'fr',
  name: 'Printemps gourmand',
  objective: 'conversion',
  jurisdiction: 'FR',
  nicheKeywords: ['cuisine', 'recettes'],
});
const uk = CampaignSchema.parse({
  id: 'uk',
  name: 'Summer trails',
  objective: 'awareness',
  jurisdiction: 'UK',
});
const lea = makeEntry({
  handle: 'lea_cuisine',
  displayName: 'Léa *Cuisine*',
  deliverables: '1 reel + 3 stories',
  dueDate: '2026-04-10',
  publishDate: '2026-04-20',
  contentRights: true,
});

function brief(campaign: typeof fr, locale: 'en' | 'fr', entry = lea) {
  return briefToText(
    generateBrief({ campaign, entry, t: createTranslator(locale), fmt: createFormatters(locale) }),
  );
}

describe('generateBrief', () => {
  it('writes the five parts of the guide in French for a French campaign, with the 2023-451 wording', () => {
    const text = brief(fr, 'fr');
    expect(text).toContain('Brief — Printemps gourmand');
    expect(text).toContain('Pour Léa *Cuisine* (@lea_cuisine, Instagram)');
    for (const title of [
      '1. Contexte de la marque',
      '2. Objectif de la campagne',
      '3. Livrables attendus',
      '4. Messages clés',
      '5. Contraintes et mentions obligatoires',
    ]) {
      expect(text).toContain(title);
    }
    expect(text).toContain('« Publicité » ou « Collaboration commerciale »');
    expect(text).toContain('loi n° 2023-451');
    expect(text).toContain('Thèmes proches de vos contenus : cuisine, recettes.');
    expect(text).toContain('codes promo'); // conversion objective
    expect(text).toContain('- 1 reel + 3 stories');
    expect(text).toContain('Première version à valider pour le 10 avr. 2026');
    expect(text).toContain('Publication le 20 avr. 2026');
    expect(text).toContain('Droits d’utilisation : nous prévoyons de réutiliser ce contenu');
  });

  it('asks for "#ad" up front for a UK campaign and leaves what only the marketer knows as placeholders', () => {
    const bare = makeEntry({ handle: 'tom.trails', platform: 'tiktok', displayName: 'Tom' });
    const text = brief(uk, 'en', bare);
    expect(text).toContain('Brief — Summer trails');
    expect(text).toContain('For Tom (@tom.trails, TikTok)');
    expect(text).toContain('put "#ad" or "Ad" up front');
    expect(text).toContain('"#sp", "#spon", "gifted" or "collab" are not enough');
    expect(text).toContain('We will look at reach and impressions.');
    expect(text).toContain('[Who we are, our positioning and our values, in 3–4 lines]');
    expect(text).toContain('First draft for review by [date]');
    expect(text).toContain('Content rights: [to agree now');
    expect(text).toContain('- [First point the content must convey]');
    expect(text).toContain('Please allow 7 to 10 days');
  });

  it('uses the marketer’s brand context and key messages when given', () => {
    const b = generateBrief({
      campaign: uk,
      entry: lea,
      t: createTranslator('en'),
      fmt: createFormatters('en'),
      brandContext: 'We make trail shoes in Leeds.',
      keyMessages: ['Recycled soles', ' ', 'Lifetime repairs', 'extra', 'dropped'],
    });
    expect(b.sections.map((s) => s.key)).toEqual([
      'brand',
      'objective',
      'deliverables',
      'messages',
      'constraints',
    ]);
    expect(b.sections[0]?.lines[0]).toBe('We make trail shoes in Leeds.');
    expect(b.sections[3]?.lines).toEqual([
      '- Recycled soles',
      '- Lifetime repairs',
      '- extra',
      'No script: say it in your own words and your own voice.',
    ]);
  });

  it('has a disclosure sentence for every jurisdiction in both languages', () => {
    for (const j of ['FR', 'UK', 'US', 'DE', 'ES', 'IT', 'BR'] as const) {
      const c = CampaignSchema.parse({ id: j, name: j, jurisdiction: j });
      for (const locale of ['en', 'fr'] as const) {
        const b = generateBrief({
          campaign: c,
          entry: lea,
          t: createTranslator(locale),
          fmt: createFormatters(locale),
        });
        const constraint = b.sections[4]?.lines[0] ?? '';
        expect(constraint).not.toContain('brief.disclosure');
      }
    }
    const de = CampaignSchema.parse({ id: 'de', name: 'de', jurisdiction: 'DE' });
    expect(brief(de, 'en')).toContain('"Werbung" or "Anzeige"');
  });
});

describe('Markdown', () => {
  it('turns the plain text into headings and bullets, escaping names so they print as written', () => {
    const md = briefTextToMarkdown(brief(fr, 'fr'));
    expect(md.startsWith('# Brief — Printemps gourmand\n')).toBe(true);
    expect(md).toContain('## 1. Contexte de la marque');
    expect(md).toContain('## 5. Contraintes et mentions obligatoires');
    expect(md).toContain('Pour Léa \\*Cuisine\\* (@lea\\_cuisine, Instagram)');
    expect(md).toContain('- 1 reel + 3 stories');
  });

  it('keeps a hand edit', () => {
    const md = briefTextToMarkdown('Title\n\n1. Part\n- <b>bold</b> claim\n# not a heading');
    expect(md).toBe('# Title\n\n## 1. Part\n- \\<b\\>bold\\</b\\> claim\n\\# not a heading\n');
  });

  it('escapes inline syntax', () => {
    expect(escapeMarkdown('a_b*c[d]')).toBe('a\\_b\\*c\\[d\\]');
  });
});
