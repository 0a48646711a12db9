import './HistoryChart.css';
import type { UiFormatters } from '@/components/use-ui-locale';
import type { Translate } from '@/lib/i18n';
import type { ScoreReport } from '@/lib/model';
import { historySeries, type SeriesPoint, sparkPoints } from './history-series';

const W = 220;
const H = 64;

function Spark(props: {
  title: string;
  series: SeriesPoint[];
  format(n: number): string;
  fmt: UiFormatters;
  testId: string;
}) {
  const points = sparkPoints(props.series, W, H);
  const first = props.series[0];
  const last = props.series[props.series.length - 1];
  return (
    <figure className="ms-hspark" data-testid={props.testId} data-points={props.series.length}>
      <figcaption>
        <span>{props.title}</span>
        {last ? <strong>{props.format(last.value)}</strong> : null}
      </figcaption>
      <svg width={W} height={H} viewBox={`0 0 ${W} ${H}`} role="img" aria-label={props.title}>
        <line x1="0" y1={H - 1} x2={W} y2={H - 1} className="ms-hspark-axis" />
        {points.length > 1 ? (
          <polyline points={points.map((p) => `${p.x},${p.y}`).join(' ')} className="ms-hspark-line" />
        ) : null}
        {points.map((p, i) => {
          const point = props.series[i];
          return (
            <circle key={point?.t ?? i} cx={p.x} cy={p.y} r="3" className="ms-hspark-dot">
              {point ? <title>{`${props.fmt.date(point.t)}: ${props.format(point.value)}`}</title> : null}
            </circle>
          );
        })}
      </svg>
      {first && last && props.series.length > 1 ? (
        <div className="ms-hspark-range">
          <span>{props.fmt.date(first.t)}</span>
          <span>{props.fmt.date(last.t)}</span>
        </div>
      ) : null}
    </figure>
  );
}

/** Followers and ER across every past score (each re-score is kept, so growth shows). */
export function HistoryChart({
  history,
  t,
  fmt,
}: {
  history: readonly ScoreReport[];
  t: Translate;
  fmt: UiFormatters;
}) {
  const { followers, er } = historySeries(history);
  return (
    <section className="ms-history" data-testid="microscope-history" data-count={history.length}>
      <h3>{t('ws.detail.history', { n: history.length })}</h3>
      {history.length < 2 ? <p className="ms-sub">{t('ws.detail.historyOne')}</p> : null}
      <div className="ms-hspark-row">
        <Spark
          title={t('card.followers')}
          series={followers}
          format={fmt.integer}
          fmt={fmt}
          testId="microscope-chart-followers"
        />
        <Spark title={t('card.er')} series={er} format={fmt.percent} fmt={fmt} testId="microscope-chart-er" />
      </div>
      {history.length > 1 ? (
        <table className="ms-history-table">
          <thead>
            <tr>
              <th>{t('ws.detail.scoredOn')}</th>
              <th className="ms-num">{t('card.followers')}</th>
              <th className="ms-num">{t('col.er')}</th>
              <th>{t('col.verdict')}</th>
            </tr>
          </thead>
          <tbody>
            {[...history]
              .sort((a, b) => b.scoredAt - a.scoredAt)
              .map((r) => (
                <tr key={`${r.scoredAt}|${r.campaignId}`}>
                  <td>{fmt.dateTime(r.scoredAt)}</td>
                  <td className="ms-num">{r.followers === undefined ? '—' : fmt.integer(r.followers)}</td>
                  <td className="ms-num">
                    {r.engagement.erMean === undefined ? '—' : fmt.percent(r.engagement.erMean)}
                  </td>
                  <td>{t(`verdict.${r.verdict}`)}</td>
                </tr>
              ))}
          </tbody>
        </table>
      ) : null}
    </section>
  );
}
