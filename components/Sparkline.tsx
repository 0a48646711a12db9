import './Sparkline.css';

/**
 * Engagement per post as a small inline line chart, one dot per post; values in percent, from 0
 * at the bottom. With `threshold`, a dashed line marks it (the campaign's minimum ER), named in
 * the caption (a label on the chart would cover a post's dot), and the scale reaches above it
 * even when every post is below.
 */
export function Sparkline({
  points,
  label,
  threshold,
  thresholdLabel,
}: {
  points: readonly { id: string; value: number }[];
  label: string;
  threshold?: number;
  thresholdLabel?: string;
}) {
  const width = 280;
  const height = 44;
  const pad = 4;
  const shown =
    threshold !== undefined && Number.isFinite(threshold) && threshold > 0 ? threshold : undefined;
  const max = Math.max(...points.map((p) => p.value), (shown ?? 0) * 1.15, 0.0001);
  const x = (i: number) => pad + (i * (width - 2 * pad)) / Math.max(points.length - 1, 1);
  const y = (v: number) => height - pad - (v / max) * (height - 2 * pad);
  const path = points
    .map((p, i) => `${i === 0 ? 'M' : 'L'}${x(i).toFixed(1)},${y(p.value).toFixed(1)}`)
    .join(' ');
  return (
    <figure className="ms-spark" data-testid="microscope-sparkline" data-points={points.length}>
      <svg
        width="100%"
        height={height}
        viewBox={`0 0 ${width} ${height}`}
        preserveAspectRatio="none"
        role="img"
        aria-label={shown === undefined ? label : `${label}; ${thresholdLabel ?? ''}`}
      >
        {shown === undefined ? null : (
          <line
            className="ms-spark-threshold"
            data-testid="microscope-sparkline-threshold"
            data-value={shown}
            x1={0}
            x2={width}
            y1={y(shown)}
            y2={y(shown)}
            vectorEffect="non-scaling-stroke"
          />
        )}
        <path
          d={path}
          fill="none"
          stroke="currentColor"
          strokeWidth="1.5"
          vectorEffect="non-scaling-stroke"
        />
        {/* Each dot a round end of a line of no length: it stays round however wide the chart is drawn. */}
        {points.map((p, i) => (
          <path
            key={p.id}
            className="ms-spark-dot"
            d={`M${x(i).toFixed(1)},${y(p.value).toFixed(1)}h0`}
            vectorEffect="non-scaling-stroke"
          >
            <title>{`${p.id}: ${p.value.toFixed(2)} %`}</title>
          </path>
        ))}
      </svg>
      <figcaption>
        {label}
        {shown === undefined || !thresholdLabel ? null : (
          <span className="ms-spark-threshold-label"> · {thresholdLabel}</span>
        )}
      </figcaption>
    </figure>
  );
}
