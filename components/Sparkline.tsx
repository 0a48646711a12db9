import './Sparkline.css';

/** Engagement per post as a small inline line chart, one dot per post; values in percent. */
export function Sparkline({
  points,
  label,
}: {
  points: readonly { id: string; value: number }[];
  label: string;
}) {
  const width = 280;
  const height = 44;
  const pad = 4;
  const max = Math.max(...points.map((p) => p.value), 0.0001);
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
        aria-label={label}
      >
        <path
          d={path}
          fill="none"
          stroke="currentColor"
          strokeWidth="1.5"
          vectorEffect="non-scaling-stroke"
        />
        {points.map((p, i) => (
          <circle key={p.id} cx={x(i)} cy={y(p.value)} r="2.5" fill="currentColor">
            <title>{`${p.id}: ${p.value.toFixed(2)} %`}</title>
          </circle>
        ))}
      </svg>
      <figcaption>{label}</figcaption>
    </figure>
  );
}
