import type { Translate } from '@/lib/i18n';
import { COMPARE_MAX, COMPARE_MIN } from '@/lib/workspace/compare';

/** The dashboard's Compare button: enabled for 2 to 4 selected creators, saying why otherwise. */
export function CompareLauncher({ t, count, onOpen }: { t: Translate; count: number; onOpen(): void }) {
  const ok = count >= COMPARE_MIN && count <= COMPARE_MAX;
  return (
    <div className="ms-compare-launch">
      <button
        type="button"
        className="ms-primary"
        data-testid="microscope-compare-open"
        disabled={!ok}
        title={t('ws.compare.hint')}
        aria-describedby={ok ? undefined : 'ms-compare-hint'}
        onClick={onOpen}
      >
        {t('ws.compare.open', { n: count })}
      </button>
      {ok ? null : (
        <span id="ms-compare-hint" className="ms-sub">
          {t('ws.compare.hint')}
        </span>
      )}
    </div>
  );
}
