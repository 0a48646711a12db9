import './ContentApp.css';
import { useSyncExternalStore } from 'react';
import type { ProfileSession } from '@/lib/content/profile-session';
import type { Formatters, Translate } from '@/lib/i18n';
import { LocaleProvider } from '../locale';
import { MicroscopeIcon } from '../MicroscopeIcon';
import { ScoreCard } from '../ScoreCard';

export interface ContentAppProps {
  session: ProfileSession;
  t: Translate;
  fmt: Formatters;
  onScore: () => void;
  onAdd: () => void;
}

/** The Score button and, once scored, the card — rendered inside the page's shadow root. */
export function ContentApp({ session, t, fmt, onScore, onAdd }: ContentAppProps) {
  const state = useSyncExternalStore(session.subscribe, session.getSnapshot);
  const scoring = state.status === 'scoring';
  return (
    <LocaleProvider value={{ locale: fmt.locale, t, fmt }}>
      <div className="ms-root ms-onpage" data-handle={state.handle ?? ''}>
        <button
          type="button"
          className="ms-score-button"
          data-testid="microscope-score-button"
          disabled={scoring}
          onClick={onScore}
        >
          <MicroscopeIcon size={14} />
          {scoring ? t('button.scoring') : state.report ? t('button.rescore') : t('button.score')}
        </button>
        {state.open && state.status === 'error' ? (
          <p className="ms-error" role="alert" data-testid="microscope-error">
            {t('card.error', { error: state.error ?? '' })}
          </p>
        ) : null}
        {state.open && state.report ? (
          <ScoreCard
            report={state.report}
            added={state.added}
            addError={state.addError}
            onAdd={onAdd}
            onRescore={onScore}
            onClose={() => session.update({ open: false })}
            shortlistStatus={state.shortlistStatus}
            commentTexts={session.commentTexts()}
            diagnostics={state.diagnostics}
          />
        ) : null}
      </div>
    </LocaleProvider>
  );
}
