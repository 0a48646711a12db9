import './SubScores.css';
import { explanationText, noteText } from '@/lib/i18n/score-text';
import type { ScoreReport, SubScore } from '@/lib/model';
import { useFormat, useT } from '../locale';

/** How many used or left-out items a row lists before "… +n". */
const ITEMS_SHOWN = 12;

export function scoreTone(value: number | undefined): string {
  if (value === undefined) return 'ms-none';
  return value >= 60 ? 'ms-good' : value >= 40 ? 'ms-warn' : 'ms-bad';
}

/** One sub-score: its bar and weight, and, opened, its explanation, inputs and the items behind it. */
export function SubScoreRow({ sub, weight }: { sub: SubScore; weight?: number | undefined }) {
  const t = useT();
  const fmt = useFormat();
  const inputs = Object.entries(sub.inputs);
  return (
    <details
      className="ms-subscore"
      data-testid="microscope-subscore"
      data-key={sub.key}
      data-value={sub.value === undefined ? '' : sub.value.toFixed(0)}
      data-weight={weight === undefined ? '' : weight.toFixed(4)}
    >
      <summary>
        <span className="ms-sub-name">{t(`sub.${sub.key}`)}</span>
        <span className={`ms-bar ${scoreTone(sub.value)}`} aria-hidden="true">
          <span style={{ width: `${sub.value ?? 0}%` }} />
        </span>
        {sub.value === undefined ? (
          // No number, no weight: "no data" takes both columns, so every row's bar is as long.
          <span className="ms-sub-value ms-sub-missing">{t('card.noData')}</span>
        ) : (
          <>
            <span className="ms-sub-value">{Math.round(sub.value)}</span>
            <span className="ms-sub-weight">
              {weight === undefined ? '' : t('card.weight', { w: Math.round(weight * 100) })}
            </span>
          </>
        )}
      </summary>
      <p className="ms-explain">{explanationText(sub.explanation, t, fmt)}</p>
      {inputs.length > 0 ? (
        <dl className="ms-inputs">
          {inputs.map(([name, value]) => (
            <div key={name}>
              <dt>{name}</dt>
              <dd>
                {value === null
                  ? '—'
                  : typeof value === 'number'
                    ? Number(value.toFixed(3)).toString()
                    : String(value)}
              </dd>
            </div>
          ))}
        </dl>
      ) : null}
      {sub.used.length > 0 ? (
        <div className="ms-items">
          <strong>{t('card.used')}:</strong>{' '}
          {sub.used
            .slice(0, ITEMS_SHOWN)
            .map((u) => (u.note ? `${u.id} (${noteText(u.note, t, fmt)})` : u.id))
            .join(', ')}
          {sub.used.length > ITEMS_SHOWN ? ` … +${sub.used.length - ITEMS_SHOWN}` : ''}
        </div>
      ) : null}
      {sub.excluded.length > 0 ? (
        <div className="ms-items">
          <strong>{t('card.excludedItems')}:</strong>{' '}
          {sub.excluded
            .slice(0, ITEMS_SHOWN)
            .map((e) => `${e.id} (${noteText(e.reason, t, fmt)})`)
            .join(', ')}
        </div>
      ) : null}
    </details>
  );
}

/** Every sub-score of a report, with the weight it had in the fit, and those left out for lack of data. */
export function SubScores({ report }: { report: ScoreReport }) {
  const t = useT();
  if (!report.subscores || report.subscores.length === 0) return null;
  const withoutData = report.subscoresWithoutData ?? [];
  return (
    <details className="ms-details" data-testid="microscope-subscores">
      <summary>{t('card.subscores')}</summary>
      {report.subscores.map((sub) => (
        <SubScoreRow key={sub.key} sub={sub} weight={report.weightsUsed?.[sub.key]} />
      ))}
      {withoutData.length > 0 ? (
        <p className="ms-sub">
          {t('card.withoutData', { keys: withoutData.map((k) => t(`sub.${k}`)).join(', ') })}
        </p>
      ) : null}
    </details>
  );
}
