import { type ReactNode, useEffect, useRef, useState } from 'react';
import { useFocusReturn, useFocusTrap } from '@/components/use-focus-return';
import { createTranslator } from '@/lib/i18n';
import { getDb } from '@/lib/shortlist/db';
import { SyncPanel } from '../sync/SyncPanel';

/**
 * The dashboard header's **Team sync** button: opens a side drawer with sync-file export and
 * import (with preview and undo), CSV re-import and the shared-folder file.
 */
export function SyncPanelSlot({ locale }: { locale: 'en' | 'fr' }) {
  const [open, setOpen] = useState(false);
  const t = createTranslator(locale);
  const toggle = useRef<HTMLButtonElement>(null);
  const close = () => setOpen(false);
  return (
    <>
      <button
        type="button"
        className="ms-secondary"
        data-testid="microscope-sync-open"
        aria-expanded={open}
        ref={toggle}
        onClick={() => setOpen(!open)}
      >
        {t('sync.title')}
      </button>
      {open ? (
        <SyncDrawer
          label={t('sync.title')}
          closeLabel={t('button.close')}
          onClose={close}
          returnTo={() => toggle.current}
        >
          <SyncPanel db={getDb()} t={t} locale={locale} />
        </SyncDrawer>
      ) : null}
    </>
  );
}

/**
 * The drawer is a modal dialog: the page behind is inert (Tab stays inside), Esc or × closes it
 * and the focus goes back to the Team sync button.
 */
function SyncDrawer(props: {
  label: string;
  closeLabel: string;
  onClose(): void;
  returnTo(): HTMLElement | null;
  children: ReactNode;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  useFocusReturn(null, props.returnTo);
  useFocusTrap(ref);
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);
  return (
    <dialog
      ref={ref}
      className="ms-drawer-dialog"
      aria-label={props.label}
      data-testid="microscope-sync-drawer"
      onClose={props.onClose}
    >
      <aside className="ms-drawer" aria-label={props.label}>
        <button
          type="button"
          className="ms-icon ms-drawer-close"
          aria-label={props.closeLabel}
          onClick={props.onClose}
        >
          ×
        </button>
        {props.children}
      </aside>
    </dialog>
  );
}
