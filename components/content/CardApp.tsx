import { useSyncExternalStore } from 'react';
import type { ProfileSession } from '@/lib/content/profile-session';
import { describeError } from '@/lib/i18n';
import { type Locale, LocaleProvider } from '../locale';
import { ScoreCard } from '../ScoreCard';

export interface CardAppProps {
  session: ProfileSession;
  locale: Locale;
  onRescore: () => void;
  onAdd: () => void;
  /** Closes the card and gives the focus back to Score. */
  onClose: () => void;
}

/** The card under the Score button (the button itself is plain DOM, always there). */
export function CardApp({ session, locale, onRescore, onAdd, onClose }: CardAppProps) {
  const state = useSyncExternalStore(session.subscribe, session.getSnapshot);
  if (!state.open) return null;
  if (state.status === 'error') {
    return (
      <p className="ms-error" role="alert" data-testid="microscope-error">
        {locale.t('card.error', { error: state.error ? describeError(state.error, locale.t) : '' })}
      </p>
    );
  }
  if (!state.report) return null;
  return (
    <LocaleProvider value={locale}>
      <ScoreCard
        report={state.report}
        added={state.added}
        addError={state.addError && describeError(state.addError, locale.t)}
        onAdd={onAdd}
        onRescore={onRescore}
        onClose={onClose}
        shortlistStatus={state.shortlistStatus}
        commentTexts={session.commentTexts()}
        diagnostics={state.diagnostics}
      />
    </LocaleProvider>
  );
}
