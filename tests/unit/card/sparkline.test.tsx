// @vitest-environment happy-dom
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { LocaleProvider } from '@/components/locale';
import { ScoreCard } from '@/components/ScoreCard';
import { Sparkline } from '@/components/Sparkline';
import { createFormatters, createTranslator } from '@/lib/i18n';
import type { ScoreReport } from '@/lib/model';
import { makeReport } from '@/tests/helpers/reports';

function mount(html: string): HTMLElement {
  const root = document.createElement('div');
  root.innerHTML = html;
  return root;
}

/** The y of a dot (`M x,y h0`) or of the threshold line, in the chart's own units (0 at the top, 44 at the bottom). */
const dotY = (root: HTMLElement) =>
  [...root.querySelectorAll('.ms-spark-dot')].map((d) =>
    Number(/,([\d.]+)h0$/.exec(d.getAttribute('d') ?? '')?.[1]),
  );

describe('the engagement chart', () => {
  const points = [
    { id: 'a', value: 2 },
    { id: 'b', value: 1 },
    { id: 'c', value: 2.5 },
  ];

  it('draws one round dot per post, from 0 at the bottom to the highest post at the top', () => {
    const root = mount(renderToStaticMarkup(<Sparkline points={points} label="ER" />));
    expect(root.querySelectorAll('.ms-spark-dot')).toHaveLength(3);
    // Height 44, padding 4: 2.5 % (the highest) at y 4, 1 % at 4 + 36 × 0.6.
    expect(dotY(root)).toEqual([11.2, 25.6, 4]);
    expect(root.querySelector('[data-testid="microscope-sparkline-threshold"]')).toBeNull();
  });

  it('marks the campaign minimum with a dashed line and its label, the scale reaching above it when every post is below', () => {
    const root = mount(
      renderToStaticMarkup(
        <Sparkline points={points} label="ER" threshold={3} thresholdLabel="minimum 3 %" />,
      ),
    );
    const line = root.querySelector('[data-testid="microscope-sparkline-threshold"]');
    expect(line?.getAttribute('data-value')).toBe('3');
    // The top of the scale is 3 × 1.15 = 3.45 %: the line sits below the top, every dot below the line.
    const lineY = Number(line?.getAttribute('y1'));
    expect(lineY).toBeCloseTo(40 - (3 / 3.45) * 36, 5);
    for (const y of dotY(root)) expect(y).toBeGreaterThan(lineY);
    expect(root.querySelector('figcaption')?.textContent).toBe('ER · minimum 3 %');
    expect(root.querySelector('svg')?.getAttribute('aria-label')).toBe('ER; minimum 3 %');
  });

  it('on the card: the minimum drawn over ER by followers (Instagram), not over ER by views (TikTok)', () => {
    const render = (report: ScoreReport) =>
      mount(
        renderToStaticMarkup(
          <LocaleProvider value={{ locale: 'en', t: createTranslator('en'), fmt: createFormatters('en') }}>
            <ScoreCard report={report} added={false} />
          </LocaleProvider>,
        ),
      );
    const engagement = {
      ...makeReport().engagement,
      minimum: 3,
      used: [
        { postId: 'p1', likes: 500, comments: 20, erFollowers: 4.21, erViews: 6, takenAt: 1 },
        { postId: 'p2', likes: 300, comments: 10, erFollowers: 2.5, erViews: 5, takenAt: 2 },
      ],
    };
    const instagram = render(makeReport({ engagement }));
    expect(instagram.querySelectorAll('.ms-spark-dot')).toHaveLength(2);
    const line = instagram.querySelector('[data-testid="microscope-sparkline-threshold"]');
    expect(line?.getAttribute('data-value')).toBe('3');
    const tiktok = render(
      makeReport({
        engagement,
        platform: 'tiktok',
        handle: 'nina.moves',
        url: 'https://www.tiktok.com/@nina.moves',
      }),
    );
    expect(tiktok.querySelectorAll('.ms-spark-dot')).toHaveLength(2);
    expect(tiktok.querySelector('[data-testid="microscope-sparkline-threshold"]')).toBeNull();
    // The caption says which rate the dots are.
    expect(instagram.querySelector('figcaption')?.textContent).toBe(
      'Engagement per post, oldest to newest · dashed line: campaign minimum 3 %',
    );
    expect(tiktok.querySelector('figcaption')?.textContent).toBe(
      'Engagement by views per post, oldest to newest',
    );
    // A TikTok post without views read: the line is ER by followers for every post, with the minimum.
    const noViews = render(
      makeReport({
        engagement: {
          ...engagement,
          used: engagement.used.map(({ erViews, ...post }, i) => (i === 0 ? post : { ...post, erViews })),
        },
        platform: 'tiktok',
        handle: 'nina.moves',
        url: 'https://www.tiktok.com/@nina.moves',
      }),
    );
    expect(
      noViews.querySelector('[data-testid="microscope-sparkline-threshold"]')?.getAttribute('data-value'),
    ).toBe('3');
    expect(noViews.querySelector('figcaption')?.textContent).toBe(
      'Engagement per post, oldest to newest · dashed line: campaign minimum 3 %',
    );
  });
});
