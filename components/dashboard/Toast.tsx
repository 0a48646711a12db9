import './Toast.css';
import { useEffect } from 'react';
import type { Translate } from '@/lib/i18n';

export interface ToastState {
  id: number;
  message: string;
  /** Present for undoable actions. */
  undo?: () => Promise<void>;
  error?: boolean;
}

/** A short confirmation at the bottom of the page, with Undo for bulk actions; hides after 10 s. */
export function Toast({ toast, t, onDone }: { toast?: ToastState; t: Translate; onDone: () => void }) {
  useEffect(() => {
    if (!toast) return;
    const timer = setTimeout(onDone, 10_000);
    return () => clearTimeout(timer);
  }, [toast, onDone]);
  // The region is always on the page, so each message put in it is read out by screen readers.
  return (
    <div className="ms-toast-region" role="status" data-testid="microscope-live">
      {toast ? (
        <div className={`ms-toast ${toast.error ? 'ms-toast-error' : ''}`} data-testid="microscope-toast">
          <span>{toast.message}</span>
          {toast.undo ? (
            <button
              type="button"
              className="ms-toast-undo"
              data-testid="microscope-undo"
              onClick={() => {
                const undo = toast.undo;
                onDone();
                void undo?.();
              }}
            >
              {t('ws.undo')}
            </button>
          ) : null}
          <button type="button" className="ms-icon" aria-label={t('button.close')} onClick={onDone}>
            ×
          </button>
        </div>
      ) : null}
    </div>
  );
}
