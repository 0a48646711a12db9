// @vitest-environment happy-dom
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { LocaleProvider } from '@/components/locale';
import { ScoreCard } from '@/components/ScoreCard';
import { createFormatters, createTranslator, type UiLocale } from '@/lib/i18n';
import type { ScoreReport } from '@/lib/model';
import { makeReport } from '@/tests/helpers/reports';

function render(report: ScoreReport, locale: UiLocale = 'en'): HTMLElement {
  const root = document.createElement('div');
  root.innerHTML = renderToStaticMarkup(
    <LocaleProvider value={{ locale, t: createTranslator(locale), fmt: createFormatters(locale) }}>
      <ScoreCard report={report} added={false} />
    </LocaleProvider>,
  );
  return root;
}

/** A report whose comment quality rests on `judged` comments of `posts` posts, half of them low effort. */
function judged(judgedCount: number, posts: number, confidence: 'high' | 'low'): ScoreReport {
  const half = judgedCount / 2;
  return makeReport({
    lowEffortShare: 50,
    lowEffortBand: 'red',
    commentCounts: { spam: 1, generic: half - 1, substantive: half, neutral: 0, creatorReplies: 0, posts },
    subscores: [
      {
        key: 'commentQuality',
        value: 40,
        inputs: {},
        used: [],
        excluded: [],
        confidence,
        explanation: { code: 'commentQuality.no-comments' },
      },
    ],
  });
}

const note = (root: HTMLElement) =>
  root.querySelector('[data-testid="microscope-comment-low-effort-note"]')?.textContent;

describe('the low-effort comments tile', () => {
  it('says, in view, how many comments of how many posts the share rests on, and when that is few', () => {
    expect(note(render(judged(6, 1, 'low')))).toBe('6 comments from 1 post · low confidence');
    expect(note(render(judged(40, 4, 'high')))).toBe('40 comments from 4 posts');
    expect(note(render(judged(6, 1, 'low'), 'fr'))).toBe(
      '6 commentaires sur 1 publication · confiance faible',
    );
  });

  it('has no such line when no comment was read', () => {
    const root = render(makeReport());
    expect(root.querySelector('[data-testid="microscope-comment-low-effort"]')?.textContent).toBe('unknown');
    expect(note(root)).toBeUndefined();
  });
});

describe('the comments section below the tiles', () => {
  const summary = (root: HTMLElement) => root.querySelector('[data-testid="microscope-comments"] summary');

  it('counts the comments it lists in its heading', () => {
    expect(summary(render(judged(6, 1, 'low')))?.querySelector('.ms-count')?.textContent).toBe('6');
  });

  it('shows no count, not a 0, when the posts opened had no comment to read', () => {
    const none = makeReport({
      commentCounts: { spam: 0, generic: 0, substantive: 0, neutral: 0, creatorReplies: 0, posts: 2 },
    });
    for (const report of [none, makeReport()]) {
      const root = render(report);
      expect(summary(root)?.textContent).toBe('Low-effort comments');
      expect(summary(root)?.querySelector('.ms-count')).toBeNull();
    }
  });
});
