import { describe, expect, it } from 'vitest';
import {
  identifyLanguage,
  LANGUAGE_HIGH_CONFIDENCE,
  languageFit,
  languageMix,
  languageText,
} from '@/lib/audience/languages';

const SENTENCES: Record<string, string[]> = {
  en: [
    'Where did you buy that lamp? It looks great in your kitchen',
    'I made this yesterday with oat flour and it came out a bit dry',
  ],
  fr: [
    'Trop bon, je teste ce week-end avec du tahini maison !',
    'Tu mets de la menthe fraîche ou séchée dans ta recette ?',
  ],
  de: [
    'Wo hast du die Lampe gekauft? Die sieht richtig schön aus',
    'Ich habe das gestern nachgekocht und es war wirklich lecker',
  ],
  es: [
    '¿Dónde compraste esa lámpara? Queda preciosa en tu cocina',
    'Lo hice ayer con harina de avena y me quedó un poco seco',
  ],
  it: [
    'Dove hai comprato quella lampada? Sta benissimo in cucina',
    'Ho provato la ricetta ieri sera ed era buonissima, grazie',
  ],
  pt: [
    'Onde você comprou essa luminária? Ficou linda na sua cozinha',
    'Fiz ontem com farinha de aveia e ficou um pouco seco demais',
  ],
};

describe('one comment', () => {
  it.each(Object.entries(SENTENCES).flatMap(([lang, list]) => list.map((s) => [lang, s] as const)))(
    'recognises %s: %s',
    (lang, text) => {
      expect(identifyLanguage(text)).toEqual({ language: lang });
    },
  );

  it('never guesses emoji, mentions, hashtags or links alone', () => {
    for (const text of [
      '😍😍😍',
      '🔥🔥 👏',
      '@anna_fx @tom',
      '#food #recette',
      'https://example.com/x',
      '12/10 !!!',
      '',
    ])
      expect(identifyLanguage(text), text).toEqual({ undetermined: 'no-letters' });
  });

  it('never guesses a comment too short to tell', () => {
    for (const text of ['Nice!', 'Bravo 👏👏', 'Love it', 'Trop beau', 'so good 😍 @lea', 'Super schön'])
      expect(identifyLanguage(text), text).toEqual({ undetermined: 'too-short' });
  });

  it('reads the words, not the mentions, hashtags and links around them', () => {
    expect(languageText('@lea.cuisine tu mets quoi dedans ? #recette https://t.co/abc 😍')).toMatchObject({
      text: 'tu mets quoi dedans',
      words: 4,
    });
    expect(identifyLanguage('@lea.cuisine Tu mets de la menthe fraîche ou séchée ? #taboule')).toEqual({
      language: 'fr',
    });
  });

  it('reads scripts without spaces between words from a few characters', () => {
    expect(identifyLanguage('これは美味しそう')).toEqual({ language: 'ja' });
    expect(identifyLanguage('진짜 맛있어 보여요')).toEqual({ language: 'ko' });
    expect(identifyLanguage('好')).toEqual({ undetermined: 'too-short' });
  });
});

describe('the language mix of a creator’s comments', () => {
  const en = SENTENCES.en as string[];
  const fr = SENTENCES.fr as string[];
  const times = (list: string[], n: number) =>
    Array.from({ length: n }, (_, i) => list[i % list.length] as string);

  it('counts each language, most first, and the undetermined apart', () => {
    const mix = languageMix([...times(fr, 5), ...times(en, 3), '😍😍', 'Nice!']);
    expect(mix).toEqual({
      comments: 10,
      determined: 8,
      undetermined: 2,
      languages: [
        { language: 'fr', count: 5 },
        { language: 'en', count: 3 },
      ],
      confidence: 'low',
    });
  });

  it('is low confidence under 30 comments in a recognised language, high from 30', () => {
    expect(LANGUAGE_HIGH_CONFIDENCE).toBe(30);
    expect(languageMix(times(en, 29)).confidence).toBe('low');
    expect(languageMix([...times(en, 29), '🔥🔥🔥']).confidence).toBe('low');
    expect(languageMix(times(en, 30)).confidence).toBe('high');
    expect(languageMix(['🔥', 'Nice!']).confidence).toBe('none');
    expect(languageMix([]).confidence).toBe('none');
  });

  it('ties keep a fixed language order, so a report is the same on every run', () => {
    const a = languageMix([...times(en, 2), ...times(fr, 2)]);
    const b = languageMix([...times(fr, 2), ...times(en, 2)]);
    expect(a.languages.map((l) => l.language)).toEqual(['en', 'fr']);
    expect(b).toEqual(a);
  });
});

describe('against the campaign’s target languages', () => {
  const rules = { matchMin: 50, minComments: 10 };
  const mix = (fr: number, en: number, undetermined = 0) =>
    languageMix([
      ...Array.from({ length: fr }, () => SENTENCES.fr?.[0] as string),
      ...Array.from({ length: en }, () => SENTENCES.en?.[0] as string),
      ...Array.from({ length: undetermined }, () => '😍'),
    ]);

  it('says nothing when the campaign takes any language', () => {
    expect(languageFit(mix(3, 30), [], rules)).toBeUndefined();
  });

  it('shares are of the comments in a recognised language, undetermined ones left out', () => {
    expect(languageFit(mix(6, 18, 40), ['fr'], rules)).toEqual({
      targets: ['fr'],
      inTargets: 6,
      share: 25,
      fit: 'mismatch',
    });
    expect(languageFit(mix(6, 18), ['fr', 'en'], rules)).toMatchObject({
      inTargets: 24,
      share: 100,
      fit: 'match',
    });
  });

  it('matches from exactly the minimum share', () => {
    expect(languageFit(mix(10, 10), ['fr'], rules)?.fit).toBe('match');
    expect(languageFit(mix(9, 11), ['fr'], rules)?.fit).toBe('mismatch');
  });

  it('is unsure with fewer comments than needed to judge, and has no share without any', () => {
    expect(languageFit(mix(0, 9), ['fr'], rules)).toEqual({
      targets: ['fr'],
      inTargets: 0,
      share: 0,
      fit: 'unsure',
    });
    expect(languageFit(mix(0, 0, 12), ['fr'], rules)).toEqual({
      targets: ['fr'],
      inTargets: 0,
      fit: 'unsure',
    });
  });
});
