import type { MessageKey, Translate } from '@/lib/i18n';
import type { Progress } from '@/lib/shortlist/sync';

/** The sentence of a progress report, with its counts: "Checking 32,000 / 50,000 entries". */
function progressText(progress: Progress, t: Translate, integer: (n: number) => string): string {
  if (progress.phase === 'reading') {
    const mb = (n: number) => (n / (1024 * 1024)).toFixed(1);
    return t('progress.reading', { done: mb(progress.done), total: mb(progress.total) });
  }
  const key: MessageKey = `progress.${progress.phase}`;
  return t(key, { done: integer(progress.done), total: integer(progress.total) });
}

/**
 * A long job on screen: what it is doing with its counts, a bar, and Cancel (nothing has
 * been written until the job ends; cancelling leaves the shortlist as it was).
 */
export function JobProgress(props: {
  t: Translate;
  progress: Progress | undefined;
  integer(n: number): string;
  onCancel?(): void;
}) {
  const { t, progress } = props;
  const determinate = progress !== undefined && progress.total > 0 && progress.phase !== 'packing';
  return (
    <div
      className="ms-progress"
      role="status"
      aria-live="polite"
      data-testid="microscope-progress"
      data-phase={progress?.phase ?? 'starting'}
      data-done={progress?.done ?? 0}
      data-total={progress?.total ?? 0}
    >
      <span className="ms-progress-label">{progress ? progressText(progress, t, props.integer) : '…'}</span>
      {determinate ? <progress value={progress.done} max={progress.total} /> : <progress />}
      {props.onCancel ? (
        <button
          type="button"
          className="ms-secondary"
          data-testid="microscope-progress-cancel"
          onClick={props.onCancel}
        >
          {t('progress.cancel')}
        </button>
      ) : null}
    </div>
  );
}
