/**
 * The audience's languages in the niche fit (docs/method.md, "N — Niche fit"): keywords ⅔,
 * languages ⅓ once enough comments are in a recognised language; languages alone without
 * keywords; a mismatch is a warning with its numbers; the mix is stored in the report.
 */
import { describe, expect, it } from 'vitest';
import type { CampaignInput } from '@/lib/model/campaign';
import type { Comment } from '@/lib/model/profile';
import { ScoreReportSchema } from '@/lib/model/report';
import { scoreProfile } from '@/lib/scoring/score-profile';
import { campaign, comment, DAY, extraction, NOW, post } from './builders';

const EN = [
  'I tried this recipe last weekend and my kids loved it',
  'Which flour did you use for the base, it looks so light',
  'Made it twice already, the lemon trick really works well',
];
const FR = [
  'Je l’ai testée ce week-end, toute la famille a adoré',
  'Tu utilises quelle farine pour la pâte, elle a l’air légère',
  'Déjà refaite deux fois, l’astuce du citron marche très bien',
];

const posts = Array.from({ length: 8 }, (_, i) =>
  post({
    id: `w${i}`,
    takenAt: NOW - (3 + i) * 2 * DAY,
    likes: 600 + i * 10,
    comments: 30,
    caption: i % 2 === 0 ? 'Tarte au citron maison' : 'Weekend baking',
    hashtags: i % 2 === 0 ? ['recette'] : [],
  }),
);

function comments(fr: number, en: number, extra: Comment[] = []): Comment[] {
  const list: Comment[] = [];
  for (let i = 0; i < fr; i++)
    list.push(comment(FR[i % FR.length] as string, { postId: `w${i % 8}`, author: `fr${i}` }));
  for (let i = 0; i < en; i++)
    list.push(comment(EN[i % EN.length] as string, { postId: `w${i % 8}`, author: `en${i}` }));
  return [...list, ...extra];
}

function score(c: Partial<CampaignInput>, list: Comment[]) {
  return scoreProfile({
    extraction: extraction({ followers: 12_000, posts }),
    evidence: { comments: list },
    campaign: campaign(c),
    now: NOW,
  });
}
const niche = (r: ReturnType<typeof score>) => r.subscores?.find((s) => s.key === 'niche');

describe('audience languages in the niche fit', () => {
  it('an English audience for a French campaign: the niche drops and a warning says why', () => {
    const list = comments(6, 34);
    const keywordsOnly = score({ nicheKeywords: ['recette'] }, list);
    const french = score({ nicheKeywords: ['recette'], targetLanguages: ['fr'] }, list);
    // Keywords: 1 of 1 found, 4 of 8 posts → 100. Languages: 6 / 40 = 15 % → 15 / 50 × 100 = 30.
    expect(niche(keywordsOnly)?.value).toBe(100);
    expect(niche(french)?.value).toBe(Math.round(((2 * 100 + 30) / 3) * 10) / 10);
    expect(french.reasons).toContainEqual({
      code: 'audience-language-mismatch',
      severity: 'warn',
      params: { share: 15, min: 50, targets: ['fr'], comments: 40, main: 'en', highFrom: 30 },
    });
    expect(keywordsOnly.reasons.map((r) => r.code)).not.toContain('audience-language-mismatch');
    expect(french.audienceLanguages).toEqual({
      comments: 40,
      determined: 40,
      undetermined: 0,
      languages: [
        { language: 'en', count: 34 },
        { language: 'fr', count: 6 },
      ],
      confidence: 'high',
      targets: ['fr'],
      targetShare: 15,
      fit: 'mismatch',
    });
    expect(niche(french)?.explanation).toMatchObject({
      code: 'niche.scored',
      params: { languageShare: 15, languageComments: 40, targets: ['fr'] },
    });
    expect(niche(french)?.inputs).toMatchObject({ 'lang:en': 34, 'lang:fr': 6, languageShare: 15 });
    expect(ScoreReportSchema.parse(JSON.parse(JSON.stringify(french)))).toEqual(french);
  });

  it('a French audience for a French campaign: full language marks, no warning', () => {
    const r = score({ nicheKeywords: ['recette'], targetLanguages: ['fr', 'en'] }, comments(30, 5));
    expect(niche(r)?.value).toBe(100);
    expect(r.audienceLanguages?.fit).toBe('match');
    expect(r.reasons.map((x) => x.code)).not.toContain('audience-language-mismatch');
  });

  it('without keywords the niche is the languages alone', () => {
    const r = score({ targetLanguages: ['fr'] }, comments(10, 30));
    expect(niche(r)).toMatchObject({
      value: 50,
      explanation: { code: 'niche.languages', params: { languageShare: 25, languageComments: 40 } },
    });
    expect(r.subscoresWithoutData).not.toContain('niche');
  });

  it('too few comments to judge: the niche is unchanged, the mismatch only a note with low confidence', () => {
    const list = comments(1, 8);
    const r = score({ nicheKeywords: ['recette'], targetLanguages: ['fr'] }, list);
    expect(niche(r)?.value).toBe(niche(score({ nicheKeywords: ['recette'] }, list))?.value);
    expect(r.audienceLanguages).toMatchObject({ determined: 9, confidence: 'low', fit: 'unsure' });
    const note = r.reasons.find((x) => x.code === 'audience-language-mismatch');
    expect(note?.severity).toBe('info');
    const noKeywords = score({ targetLanguages: ['fr'] }, list);
    expect(niche(noKeywords)?.value).toBeUndefined();
    expect(niche(noKeywords)).toMatchObject({
      explanation: { code: 'niche.too-few-comments', params: { comments: 9, min: 10, targets: ['fr'] } },
    });
  });

  it('judged but under 30 comments: a warning that says its confidence is low', () => {
    const r = score({ targetLanguages: ['de'] }, comments(4, 8));
    expect(r.audienceLanguages).toMatchObject({ determined: 12, confidence: 'low', fit: 'mismatch' });
    expect(r.reasons.find((x) => x.code === 'audience-language-mismatch')?.severity).toBe('warn');
    expect(niche(r)?.confidence).toBe('low');
  });

  it('the creator’s replies, spam and comments too short to tell are not the audience’s languages', () => {
    const extra = [
      comment('Thank you so much everyone, the full recipe is on my blog', {
        postId: 'w0',
        author: 'creator',
      }),
      comment('Boost your account 🔥 DM us for real followers today', {
        postId: 'w1',
        author: 'growth.shop',
      }),
      comment('😍😍😍', { postId: 'w2', author: 'fan1' }),
      comment('Trop bon !', { postId: 'w2', author: 'fan2' }),
    ];
    const r = score({ targetLanguages: ['fr'] }, comments(12, 0, extra));
    expect(r.audienceLanguages).toMatchObject({
      comments: 14,
      determined: 12,
      undetermined: 2,
      languages: [{ language: 'fr', count: 12 }],
      targetShare: 100,
      fit: 'match',
    });
  });

  it('no comments and no target languages: nothing stored', () => {
    const r = score({ nicheKeywords: ['recette'] }, []);
    expect(r.audienceLanguages).toBeUndefined();
  });

  it('comments without target languages: the mix is stored, no fit', () => {
    const r = score({}, comments(3, 3));
    expect(r.audienceLanguages).toEqual({
      comments: 6,
      determined: 6,
      undetermined: 0,
      languages: [
        { language: 'en', count: 3 },
        { language: 'fr', count: 3 },
      ],
      confidence: 'low',
    });
  });
});
