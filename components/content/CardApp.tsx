import { useEffect, useRef, useSyncExternalStore } from 'react';
import type { ProfileSession } from '@/lib/content/profile-session';
import { describeError } from '@/lib/i18n';
import type { Decision } from '@/lib/queue/queue';
import { type Locale, LocaleProvider } from '../locale';
import { ScoreCard } from '../ScoreCard';
import { QueueBar } from '../score-card/QueueBar';

export interface CardAppProps {
  session: ProfileSession;
  locale: Locale;
  onRescore: () => void;
  onAdd: () => void;
  onDecide: (decision: Decision) => void;
  /** Closes the card and gives the focus back to Score. */
  onClose: () => void;
}

/** The card under the Score button (the button itself is plain DOM, always there). */
export function CardApp({ session, locale, onRescore, onAdd, onDecide, onClose }: CardAppProps) {
  const state = useSyncExternalStore(session.subscribe, session.getSnapshot);
  const cardRef = useRef<HTMLElement>(null);
  // Opened by the shortcut or on arrival, the card takes the focus: its keys work at once.
  const focusRequest = state.focusRequest;
  useEffect(() => {
    if (focusRequest !== undefined) cardRef.current?.focus();
  }, [focusRequest]);
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
        focusRef={cardRef}
        queueBar={
          state.queue ? (
            <QueueBar
              spot={state.queue}
              scored={
                state.status === 'ready' && state.report?.handle.toLowerCase() === state.handle?.toLowerCase()
              }
              deciding={state.deciding === true}
              error={state.decideError && describeError(state.decideError, locale.t)}
              onDecide={onDecide}
            />
          ) : undefined
        }
        commentTexts={session.commentTexts()}
        diagnostics={state.diagnostics}
      />
    </LocaleProvider>
  );
}
