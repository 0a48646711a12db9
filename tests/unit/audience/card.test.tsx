// @vitest-environment happy-dom
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { LocaleProvider } from '@/components/locale';
import { ScoreCard } from '@/components/ScoreCard';
import { createFormatters, createTranslator, type UiLocale } from '@/lib/i18n';
import type { ScoreReport } from '@/lib/model';
import { makeReport } from '@/tests/helpers/reports';

function render(report: ScoreReport, locale: UiLocale): HTMLElement {
  const html = renderToStaticMarkup(
    <LocaleProvider value={{ locale, t: createTranslator(locale), fmt: createFormatters(locale) }}>
      <ScoreCard report={report} added={false} />
    </LocaleProvider>,
  );
  const root = document.createElement('div');
  root.innerHTML = html;
  return root;
}

const scored = (over: Partial<ScoreReport>) => makeReport({ subscores: [], ...over });

describe('audience languages on the card', () => {
  const report = scored({
    audienceLanguages: {
      comments: 26,
      determined: 22,
      undetermined: 4,
      languages: [
        { language: 'en', count: 14 },
        { language: 'fr', count: 8 },
      ],
      confidence: 'low',
      targets: ['fr'],
      targetShare: 36.4,
      fit: 'mismatch',
    },
  });

  it('shows each language with its share and count, the comments behind it and a low-confidence mark', () => {
    const card = render(report, 'en');
    const block = card.querySelector('[data-testid="microscope-audience-languages"]');
    expect(block?.getAttribute('data-value')).toBe('en:14,fr:8');
    expect(block?.getAttribute('data-comments')).toBe('22');
    expect(block?.getAttribute('data-fit')).toBe('mismatch');
    const items = [...(block?.querySelectorAll('li[data-language]') ?? [])].map((li) => li.textContent);
    expect(items).toEqual(['English 64 % (14)', 'French 36 % (8)']);
    const text = block?.textContent ?? '';
    expect(text).toContain('from 22 comments in a recognised language');
    expect(text).toContain('Low confidence: fewer than 30 comments');
    expect(text).toContain('4 comments too short or emoji only: not counted');
    expect(text).toContain('Campaign languages French: 36 % of these comments — mismatch');
    expect(text).toContain('the one audience signal a tool in your browser can measure honestly');
  });

  it('says the same in French', () => {
    const text = render(report, 'fr').querySelector(
      '[data-testid="microscope-audience-languages"]',
    )?.textContent;
    expect(text).toContain('anglais');
    expect(text).toContain('d’après 22 commentaires en langue reconnue');
    expect(text).toContain('Confiance faible : moins de 30 commentaires');
    expect(text).toContain('non conforme');
    expect(text).toContain('le seul signal d’audience');
  });

  it('without comments: says to open posts; without the scoring model: shows nothing', () => {
    const none = render(scored({}), 'en').querySelector('[data-testid="microscope-audience-languages"]');
    expect(none?.textContent).toContain('No comment long enough to tell its language yet');
    expect(none?.getAttribute('data-confidence')).toBe('none');
    const legacy = makeReport({});
    expect(legacy.subscores).toBeUndefined();
    expect(render(legacy, 'en').querySelector('[data-testid="microscope-audience-languages"]')).toBeNull();
  });
});
