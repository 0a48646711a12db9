import './sync.css';
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useMemo, useState } from 'react';
import { createFormatters, type Translate, type UiLocale } from '@/lib/i18n';
import type { MicroscopeDb } from '@/lib/shortlist/db';
import { peekDevice } from '@/lib/shortlist/device';
import { folderSyncSupported } from '@/lib/shortlist/folder-sync';
import { getDevice, renameDevice } from '@/lib/shortlist/repo';
import { lastImportInfo } from '@/lib/shortlist/sync';
import { ImportPreview } from './ImportPreview';
import { JobProgress } from './JobProgress';
import { useSyncImport } from './use-sync-import';

/** Export, import with preview and undo, CSV re-import, and the team folder; long jobs run in the sync worker. */
export function SyncPanel({ db, t, locale = 'en' }: { db: MicroscopeDb; t: Translate; locale?: UiLocale }) {
  // Read only inside the live query (a live query may not write); created once below.
  const device = useLiveQuery(() => peekDevice(db), [db]);
  const lastImport = useLiveQuery(() => lastImportInfo(db), [db]);
  const legacyFile = useLiveQuery(async () => (await db.meta.get('sharedFileHandle')) !== undefined, [db]);
  const fmt = useMemo(() => createFormatters(locale), [locale]);
  const [name, setName] = useState('');
  const {
    busy,
    job,
    pending,
    notice,
    folder,
    fail,
    cancelJob,
    exportFile,
    pick,
    apply,
    cancelPending,
    undo,
    connect,
    syncNow,
    disconnect,
  } = useSyncImport(db, t, fmt);

  useEffect(() => {
    void getDevice(db).catch(() => undefined);
  }, [db]);
  useEffect(() => {
    if (device) setName(device.name);
  }, [device]);

  return (
    <section className="ms-panel ms-sync" data-testid="microscope-sync-panel">
      <h2>{t('sync.title')}</h2>
      <p className="ms-sub">{t('sync.intro')}</p>
      <div className="ms-sync-row">
        <label className="ms-field">
          <span>{t('sync.deviceName')}</span>
          <input
            value={name}
            maxLength={200}
            data-testid="microscope-device-name"
            onChange={(e) => setName(e.target.value)}
            onBlur={() => void renameDevice(db, name).catch(fail)}
          />
        </label>
        <button
          type="button"
          className="ms-secondary"
          onClick={exportFile}
          disabled={busy}
          data-testid="microscope-sync-export"
        >
          {t('sync.export')}
        </button>
        <label className="ms-secondary ms-file-button" title={t('sync.importHint')}>
          {t('sync.import')}
          <input
            type="file"
            accept=".gz,.jsonl,.json,.csv,application/gzip,application/json,text/csv"
            data-testid="microscope-sync-import-input"
            disabled={busy}
            onChange={(e) => {
              void pick(e.target.files?.[0]);
              e.target.value = '';
            }}
          />
        </label>
        {lastImport ? (
          <button
            type="button"
            className="ms-secondary"
            onClick={undo}
            disabled={busy}
            data-testid="microscope-import-undo"
            title={t('sync.undoHint')}
          >
            {t('sync.undo')}
          </button>
        ) : null}
      </div>

      {job ? <JobProgress t={t} progress={job.progress} integer={fmt.integer} onCancel={cancelJob} /> : null}

      {pending ? (
        <ImportPreview
          pending={pending}
          t={t}
          fmt={fmt}
          busy={busy}
          onApply={apply}
          onCancel={cancelPending}
        />
      ) : null}

      <h3>{t('sync.folder.title')}</h3>
      {folderSyncSupported() ? (
        <>
          <p className="ms-sub">{t('sync.folder.intro')}</p>
          {legacyFile && !folder ? (
            <p className="ms-message" data-testid="microscope-folder-legacy">
              {t('sync.folder.legacy')}
            </p>
          ) : null}
          <div className="ms-sync-row">
            {folder ? (
              <>
                <span className="ms-sub" data-testid="microscope-folder-name">
                  {t('sync.folder.connected', { name: folder.name })}
                </span>
                <button
                  type="button"
                  className="ms-primary"
                  disabled={busy}
                  onClick={syncNow}
                  data-testid="microscope-sync-now"
                >
                  {t('sync.shared.syncNow')}
                </button>
                <button type="button" className="ms-secondary" disabled={busy} onClick={disconnect}>
                  {t('sync.shared.disconnect')}
                </button>
              </>
            ) : (
              <button
                type="button"
                className="ms-secondary"
                onClick={connect}
                data-testid="microscope-sync-connect"
              >
                {t('sync.folder.connect')}
              </button>
            )}
          </div>
        </>
      ) : (
        <p className="ms-sub">{t('sync.folder.unsupported')}</p>
      )}

      {notice ? (
        <div
          className={notice.kind === 'ok' ? 'ms-message' : 'ms-error'}
          role="status"
          data-testid={notice.kind === 'ok' ? 'microscope-import-summary' : 'microscope-import-error'}
        >
          <p>{notice.text}</p>
          {notice.details?.length ? (
            <ul>
              {notice.details.map((d) => (
                <li key={d}>{d}</li>
              ))}
            </ul>
          ) : null}
        </div>
      ) : null}
    </section>
  );
}
