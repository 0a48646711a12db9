import './ContentApp.css';
import { useEffect, useRef, useState, useSyncExternalStore } from 'react';
import type { ProfileSession } from '@/lib/content/profile-session';
import { type Theme, watchSiteTheme } from '@/lib/content/site-theme';
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

/** The site's light or dark theme, followed live (lib/content/site-theme.ts). */
function useSiteTheme(): Theme {
  const [theme, setTheme] = useState<Theme>('light');
  useEffect(() => watchSiteTheme(document, setTheme), []);
  return theme;
}

/**
 * The Score button and, once scored, the card — rendered inside the page's shadow root, in the
 * site's theme. By keyboard: the card follows the button in the tab order; Esc closes it and
 * gives the focus back to Score.
 */
export function ContentApp({ session, t, fmt, onScore, onAdd }: ContentAppProps) {
  const state = useSyncExternalStore(session.subscribe, session.getSnapshot);
  const theme = useSiteTheme();
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const scoring = state.status === 'scoring';
  const cardOpen = state.open && !!state.report;

  useEffect(() => {
    const element = root.current;
    if (!element || !cardOpen) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      event.stopPropagation();
      session.update({ open: false });
      button.current?.focus();
    };
    element.addEventListener('keydown', onKey);
    return () => element.removeEventListener('keydown', onKey);
  }, [cardOpen, session]);

  return (
    <LocaleProvider value={{ locale: fmt.locale, t, fmt }}>
      <div className="ms-root ms-onpage" data-handle={state.handle ?? ''} data-ms-theme={theme} ref={root}>
        {/* Stays focusable while scoring (aria-disabled, not disabled), so the keyboard focus is not lost. */}
        <button
          type="button"
          ref={button}
          className="ms-score-button"
          data-testid="microscope-score-button"
          aria-disabled={scoring}
          aria-expanded={cardOpen}
          onClick={() => {
            if (!scoring) onScore();
          }}
        >
          <MicroscopeIcon size={14} />
          {scoring ? t('button.scoring') : state.report ? t('button.rescore') : t('button.score')}
        </button>
        {/* Read out by screen readers: scoring started, then the verdict once the card is there. */}
        <p className="ms-visually-hidden" role="status" data-testid="microscope-announce">
          {scoring
            ? t('button.scoring')
            : cardOpen && state.report
              ? t('card.announce', {
                  handle: state.report.handle.replace(/^@/, ''),
                  verdict: t(`verdict.${state.report.verdict}`),
                })
              : ''}
        </p>
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
            onClose={() => {
              session.update({ open: false });
              button.current?.focus();
            }}
            shortlistStatus={state.shortlistStatus}
            commentTexts={session.commentTexts()}
            diagnostics={state.diagnostics}
          />
        ) : null}
      </div>
    </LocaleProvider>
  );
}
