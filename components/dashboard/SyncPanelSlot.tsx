import { useState } from 'react';
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
  return (
    <>
      <button
        type="button"
        className="ms-secondary"
        data-testid="microscope-sync-open"
        aria-expanded={open}
        onClick={() => setOpen(!open)}
      >
        {t('sync.title')}
      </button>
      {open ? (
        <aside className="ms-drawer" aria-label={t('sync.title')}>
          <button
            type="button"
            className="ms-icon ms-drawer-close"
            aria-label={t('button.close')}
            onClick={() => setOpen(false)}
          >
            ×
          </button>
          <SyncPanel db={getDb()} t={t} locale={locale} />
        </aside>
      ) : null}
    </>
  );
}
