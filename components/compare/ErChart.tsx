import type { Formatters, Translate } from '@/lib/i18n';
import type { CompareCreator } from '@/lib/workspace/compare';
import { chartLayout } from '@/lib/workspace/compare-chart';

const BOX = { width: 640, height: 230, pad: { left: 48, right: 16, top: 26, bottom: 34 } };
/** Each creator's line differs by dash and marker shape as well as colour (never colour alone). */
const DASHES = ['', '6 4', '2 4', '10 3 2 3'];
export const MARKERS = ['●', '■', '▲', '◆'] as const;

function Marker({ index, x, y }: { index: number; x: number; y: number }) {
  switch (index % 4) {
    case 1:
      return <rect x={x - 4} y={y - 4} width="8" height="8" />;
    case 2:
      return <polygon points={`${x},${y - 5} ${x + 5},${y + 4} ${x - 5},${y + 4}`} />;
    case 3:
      return <polygon points={`${x},${y - 5} ${x + 5},${y} ${x},${y + 5} ${x - 5},${y}`} />;
    default:
      return <circle cx={x} cy={y} r="4" />;
  }
}

/** ER per post over time for every compared creator, on shared axes, in an inline SVG. */
export function ErChart({
  creators,
  t,
  fmt,
}: {
  creators: readonly CompareCreator[];
  t: Translate;
  fmt: Formatters;
}) {
  const layout = chartLayout(
    creators.map((c) => c.series),
    BOX,
  );
  const bottom = BOX.height - BOX.pad.bottom;
  const empty = layout.tMin === undefined;
  return (
    <figure className="ms-compare-chart" data-testid="microscope-compare-chart">
      <figcaption>{t('ws.compare.chart')}</figcaption>
      {empty ? (
        <p className="ms-sub">{t('ws.compare.chartEmpty')}</p>
      ) : (
        <svg
          viewBox={`0 0 ${BOX.width} ${BOX.height}`}
          role="img"
          aria-label={t('ws.compare.chart')}
          preserveAspectRatio="xMidYMid meet"
        >
          {layout.yTicks.map((tick) => (
            <g key={tick.value} className="ms-chart-grid">
              <line x1={BOX.pad.left} x2={BOX.width - BOX.pad.right} y1={tick.y} y2={tick.y} />
              <text x={BOX.pad.left - 6} y={tick.y + 4} textAnchor="end">
                {fmt.number(tick.value)}
              </text>
            </g>
          ))}
          <text className="ms-chart-axis" x={4} y={12}>
            {t('ws.compare.chartAxis')}
          </text>
          {layout.tMin !== undefined && layout.tMax !== undefined ? (
            <g className="ms-chart-axis">
              <text x={BOX.pad.left} y={bottom + 20} textAnchor="start">
                {fmt.date(layout.tMin)}
              </text>
              {layout.tMax !== layout.tMin ? (
                <text x={BOX.width - BOX.pad.right} y={bottom + 20} textAnchor="end">
                  {fmt.date(layout.tMax)}
                </text>
              ) : null}
            </g>
          ) : null}
          {layout.lines.map((points, i) => {
            const creator = creators[i];
            if (!creator) return null;
            return (
              <g
                key={creator.id}
                className={`ms-chart-line ms-chart-line-${i}`}
                data-testid="microscope-compare-series"
                data-handle={creator.handle}
                data-points={points.length}
              >
                {points.length > 1 ? (
                  <polyline
                    points={points.map((p) => `${p.x},${p.y}`).join(' ')}
                    fill="none"
                    strokeDasharray={DASHES[i % DASHES.length]}
                  />
                ) : null}
                {points.map((p) => (
                  <g key={p.postId} className="ms-chart-marker">
                    <Marker index={i} x={p.x} y={p.y} />
                    <title>{`@${creator.handle} · ${fmt.date(p.takenAt)} · ${fmt.percent(p.er)}`}</title>
                  </g>
                ))}
              </g>
            );
          })}
        </svg>
      )}
      {new Set(creators.flatMap((c) => (c.basis === undefined ? [] : [c.basis]))).size > 1 ? (
        <p className="ms-compare-note" data-testid="microscope-compare-chart-basis">
          {t('ws.compare.chartBasis')}
        </p>
      ) : null}
      <ul className="ms-chart-legend">
        {creators.map((c, i) => (
          <li key={c.id} className={`ms-chart-line-${i}`}>
            <span aria-hidden="true" className="ms-chart-key">
              {MARKERS[i % MARKERS.length]}
            </span>{' '}
            @{c.handle}{' '}
            <span
              className="ms-sub"
              data-testid="microscope-compare-chart-rate"
              data-handle={c.handle}
              data-value={c.basis ?? ''}
            >
              {c.basis === undefined ? '' : `${t(`ws.compare.basis.${c.basis}`)} `}({c.series.length})
            </span>
          </li>
        ))}
      </ul>
    </figure>
  );
}
