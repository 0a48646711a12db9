import './StatusPipeline.css';
import type { Translate } from '@/lib/i18n';
import type { Status } from '@/lib/model';
import { STATUS_ORDER } from '@/lib/shortlist/filters';

const STEPS: readonly Status[] = ['candidate', 'contacted', 'brief-sent', 'in-review', 'published'];

/** The pipeline as clickable steps (guide step 4); "declined" stands apart. */
export function StatusPipeline({
  t,
  status,
  onChange,
}: {
  t: Translate;
  status: Status;
  onChange(s: Status): void;
}) {
  const declined = status === 'declined';
  return (
    <nav
      className="ms-pipeline"
      aria-label={t('col.status')}
      data-testid="microscope-pipeline"
      data-value={status}
    >
      <ol>
        {STEPS.map((step) => {
          const done = !declined && STATUS_ORDER[step] < STATUS_ORDER[status];
          const current = step === status;
          return (
            <li key={step}>
              <button
                type="button"
                data-testid={`microscope-status-${step}`}
                aria-pressed={current}
                className={`ms-step ${done ? 'ms-step-done' : ''} ${current ? 'ms-step-current' : ''}`}
                onClick={() => onChange(step)}
              >
                {done ? '✓ ' : ''}
                {t(`status.${step}`)}
              </button>
            </li>
          );
        })}
      </ol>
      <button
        type="button"
        data-testid="microscope-status-declined"
        aria-pressed={declined}
        className={`ms-step ms-step-declined ${declined ? 'ms-step-current' : ''}`}
        onClick={() => onChange('declined')}
      >
        {t('status.declined')}
      </button>
    </nav>
  );
}
