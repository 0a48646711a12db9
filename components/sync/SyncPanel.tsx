import './sync.css';
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useMemo, useState } from 'react';
import { type CsvImportPlan, planCsvImport } from '@/lib/exchange/csv-import';
import type { MergePreview } from '@/lib/exchange/merge';
import type { SyncFile } from '@/lib/exchange/sync-file';
import type { MessageKey, Translate } from '@/lib/i18n';
import type { MicroscopeDb } from '@/lib/shortlist/db';
import {
  ensurePermission,
  folderSyncSupported,
  forgetSharedFile,
  rememberSharedFile,
  type SyncFileHandle,
  sharedFile,
  syncWithSharedFile,
} from '@/lib/shortlist/folder-sync';
import { getDevice, listShortlist, renameDevice } from '@/lib/shortlist/repo';
import {
  applyCsvImport,
  applySyncImport,
  exportSyncFile,
  lastImportInfo,
  previewSyncImport,
  undoLastImport,
} from '@/lib/shortlist/sync';
import { downloadText } from '../download';

type Pending =
  | { kind: 'sync'; file: SyncFile; preview: MergePreview; from: string; ownFile: boolean }
  | { kind: 'csv'; plan: CsvImportPlan; fileName: string };

type Notice = { kind: 'ok' | 'error'; text: string } | undefined;

const handleOf = (key: string) => key.slice(key.indexOf(':') + 1);
const MAX_CONFLICTS_SHOWN = 50;

function listHandles(keys: readonly string[]): string {
  const shown = keys.slice(0, 15).map((k) => `@${handleOf(k)}`);
  return keys.length > 15 ? `${shown.join(', ')} … +${keys.length - 15}` : shown.join(', ');
}

/** Fields a teammate edits; conflicts on score readings (followers, ER…) just follow the latest score. */
const USER_FIELDS = new Set([
  'status',
  'assignee',
  'quotedPrice',
  'currency',
  'deliverables',
  'dueDate',
  'publishDate',
  'contentRights',
  'auditFakeShare',
  'notes',
  'tags',
]);

function conflicts(preview: MergePreview) {
  return preview.updated.flatMap((u) =>
    u.conflicts.filter((c) => USER_FIELDS.has(c.field)).map((c) => ({ key: u.key, c })),
  );
}

/** A conflicting value as a user reads it (a note's text, a tag's presence, a plain value). */
function showValue(value: unknown): string {
  if (value === null || value === undefined) return '—';
  if (typeof value === 'object') {
    const v = value as { text?: unknown; present?: unknown };
    if (typeof v.text === 'string') return v.text;
    if (typeof v.present === 'boolean') return v.present ? '✓' : '✗';
    return JSON.stringify(value);
  }
  return String(value);
}

/** Export, import with preview and undo, CSV re-import, and the shared-folder file. */
export function SyncPanel({ db, t }: { db: MicroscopeDb; t: Translate }) {
  const device = useLiveQuery(() => getDevice(db), [db]);
  const lastImport = useLiveQuery(() => lastImportInfo(db), [db]);
  const [name, setName] = useState('');
  const [pending, setPending] = useState<Pending>();
  const [notice, setNotice] = useState<Notice>();
  const [shared, setShared] = useState<SyncFileHandle>();
  const [busy, setBusy] = useState(false);
  // Thousands of creators can differ: list the first ones, count the rest.
  const pendingConflicts = useMemo(
    () => (pending?.kind === 'sync' ? conflicts(pending.preview) : []),
    [pending],
  );

  useEffect(() => {
    if (device) setName(device.name);
  }, [device]);
  useEffect(() => {
    void sharedFile(db).then(setShared);
  }, [db]);

  const fail = (error: unknown) =>
    setNotice({
      kind: 'error',
      text: t('sync.refused', { error: error instanceof Error ? error.message : String(error) }),
    });

  const exportFile = async () => {
    const out = await exportSyncFile(db, Date.now());
    downloadText(out.fileName, out.text, 'application/json');
  };

  const pick = async (file: File | undefined) => {
    setNotice(undefined);
    setPending(undefined);
    if (!file) return;
    try {
      const text = await file.text();
      if (/\.csv$/i.test(file.name) || file.type === 'text/csv') {
        const result = planCsvImport(text, await listShortlist(db));
        if (!result.ok) return setNotice({ kind: 'error', text: t('sync.refused', { error: result.error }) });
        return setPending({ kind: 'csv', plan: result.plan, fileName: file.name });
      }
      const result = await previewSyncImport(db, text);
      if (!result.ok)
        return setNotice({ kind: 'error', text: t('sync.refused', { error: result.error.message }) });
      setPending({
        kind: 'sync',
        file: result.file,
        preview: result.preview,
        from: result.from,
        ownFile: result.ownFile,
      });
    } catch (error) {
      fail(error);
    }
  };

  const apply = async () => {
    if (!pending) return;
    setBusy(true);
    try {
      if (pending.kind === 'sync') {
        const s = await applySyncImport(db, pending.file, Date.now());
        setNotice({
          kind: 'ok',
          text: t('sync.summary', { added: s.added, updated: s.updated, removed: s.removed }),
        });
      } else {
        const n = await applyCsvImport(db, pending.plan, Date.now());
        setNotice({ kind: 'ok', text: t('sync.summaryCsv', { n }) });
      }
      setPending(undefined);
    } catch (error) {
      fail(error);
    } finally {
      setBusy(false);
    }
  };

  const undo = async () => {
    if (await undoLastImport(db)) setNotice({ kind: 'ok', text: t('sync.undone') });
  };

  const connect = async () => {
    try {
      const picker = (globalThis as unknown as { showSaveFilePicker: (o: object) => Promise<SyncFileHandle> })
        .showSaveFilePicker;
      const handle = await picker({
        suggestedName: 'microscope-team-shortlist.json',
        types: [{ description: 'Microscope sync file', accept: { 'application/json': ['.json'] } }],
      });
      await rememberSharedFile(db, handle);
      setShared(handle);
    } catch (error) {
      if ((error as { name?: string }).name !== 'AbortError') fail(error);
    }
  };

  const syncNow = async () => {
    if (!shared) return;
    setBusy(true);
    try {
      if (!(await ensurePermission(shared)))
        return setNotice({ kind: 'error', text: t('sync.shared.denied') });
      const result = await syncWithSharedFile(db, shared, Date.now());
      setNotice({ kind: 'ok', text: t('sync.shared.done', { written: result.written }) });
    } catch (error) {
      fail(error);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="ms-panel ms-sync" data-testid="microscope-sync-panel">
      <h2>{t('sync.title')}</h2>
      <p className="ms-sub">{t('sync.intro')}</p>
      <div className="ms-sync-row">
        <label className="ms-field">
          <span>{t('sync.deviceName')}</span>
          <input
            value={name}
            data-testid="microscope-device-name"
            onChange={(e) => setName(e.target.value)}
            onBlur={() => void renameDevice(db, name).catch(fail)}
          />
        </label>
        <button
          type="button"
          className="ms-secondary"
          onClick={exportFile}
          data-testid="microscope-sync-export"
        >
          {t('sync.export')}
        </button>
        <label className="ms-secondary ms-file-button" title={t('sync.importHint')}>
          {t('sync.import')}
          <input
            type="file"
            accept=".json,.csv,application/json,text/csv"
            data-testid="microscope-sync-import-input"
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
            data-testid="microscope-import-undo"
            title={t('sync.undoHint')}
          >
            {t('sync.undo')}
          </button>
        ) : null}
      </div>

      {pending?.kind === 'sync' ? (
        <div className="ms-import-preview" data-testid="microscope-import-preview">
          <strong>{t('sync.preview.title', { from: pending.from })}</strong>
          {pending.ownFile ? <p className="ms-sub">{t('sync.preview.own')}</p> : null}
          <p>
            <span data-testid="microscope-preview-added" data-value={pending.preview.added.length}>
              {t('sync.preview.added', { n: pending.preview.added.length })}
            </span>
            {' · '}
            <span data-testid="microscope-preview-updated" data-value={pending.preview.updated.length}>
              {t('sync.preview.updated', { n: pending.preview.updated.length })}
            </span>
            {' · '}
            <span data-testid="microscope-preview-removed" data-value={pending.preview.removed.length}>
              {t('sync.preview.removed', { n: pending.preview.removed.length })}
            </span>
            {' · '}
            {t('sync.preview.unchanged', { n: pending.preview.unchanged })}
          </p>
          {pending.preview.added.length > 0 ? (
            <p className="ms-sub" data-testid="microscope-preview-added-list">
              {t('sync.preview.newList', { handles: listHandles(pending.preview.added) })}
            </p>
          ) : null}
          {pending.preview.removed.length > 0 ? (
            <p className="ms-sub" data-testid="microscope-preview-removed-list">
              {t('sync.preview.removedList', { handles: listHandles(pending.preview.removed) })}
            </p>
          ) : null}
          {pendingConflicts.length > 0 ? (
            <details open>
              <summary>
                {t('sync.preview.conflicts')} ({pendingConflicts.length})
              </summary>
              <ul data-testid="microscope-preview-conflicts">
                {pendingConflicts.slice(0, MAX_CONFLICTS_SHOWN).map(({ key, c }) => (
                  <li key={`${key}:${c.field}:${c.item ?? ''}`}>
                    @{handleOf(key)} ·{' '}
                    {t('sync.conflict', {
                      field: t(`field.${c.field}` as MessageKey),
                      item: c.field === 'tags' && c.item ? ` #${c.item}` : '',
                      local:
                        c.field === 'status'
                          ? t(`status.${String(c.local)}` as MessageKey)
                          : showValue(c.local),
                      incoming:
                        c.field === 'status'
                          ? t(`status.${String(c.incoming)}` as MessageKey)
                          : showValue(c.incoming),
                      winner: t(c.winner === 'incoming' ? 'sync.conflict.theirs' : 'sync.conflict.yours'),
                    })}
                  </li>
                ))}
                {pendingConflicts.length > MAX_CONFLICTS_SHOWN ? (
                  <li>{t('sync.preview.more', { n: pendingConflicts.length - MAX_CONFLICTS_SHOWN })}</li>
                ) : null}
              </ul>
            </details>
          ) : null}
          <ImportActions t={t} busy={busy} onApply={apply} onCancel={() => setPending(undefined)} />
        </div>
      ) : null}

      {pending?.kind === 'csv' ? (
        <div className="ms-import-preview" data-testid="microscope-import-preview">
          <strong>{t('sync.preview.title', { from: pending.fileName })}</strong>
          <p>{t('sync.preview.edits', { n: pending.plan.edits.length })}</p>
          <ul>
            {pending.plan.edits.slice(0, MAX_CONFLICTS_SHOWN).map((edit) => (
              <li key={edit.id}>
                @{edit.handle}: {edit.changes.map((c) => `${c.column} “${c.from}” → “${c.to}”`).join('; ')}
              </li>
            ))}
            {pending.plan.edits.length > MAX_CONFLICTS_SHOWN ? (
              <li>{t('sync.preview.more', { n: pending.plan.edits.length - MAX_CONFLICTS_SHOWN })}</li>
            ) : null}
          </ul>
          {pending.plan.unknownColumns.length > 0 ? (
            <p className="ms-sub">
              {t('sync.preview.unknownColumns', { columns: pending.plan.unknownColumns.join(', ') })}
            </p>
          ) : null}
          {pending.plan.unknownRows.length > 0 ? (
            <p className="ms-sub">
              {t('sync.preview.unknownRows', {
                handles: pending.plan.unknownRows.map((r) => `@${r.handle}`).join(', '),
              })}
            </p>
          ) : null}
          {pending.plan.problems.length > 0 ? (
            <details open>
              <summary>{t('sync.preview.problems')}</summary>
              <ul>
                {pending.plan.problems.map((p) => (
                  <li key={`${p.line}:${p.message}`}>
                    {p.line > 0 ? `#${p.line} ` : ''}
                    {p.message}
                  </li>
                ))}
              </ul>
            </details>
          ) : null}
          <ImportActions t={t} busy={busy} onApply={apply} onCancel={() => setPending(undefined)} />
        </div>
      ) : null}

      <h3>{t('sync.shared.title')}</h3>
      {folderSyncSupported() ? (
        <div className="ms-sync-row">
          {shared ? (
            <>
              <span className="ms-sub">{t('sync.shared.connected', { name: shared.name })}</span>
              <button
                type="button"
                className="ms-primary"
                disabled={busy}
                onClick={syncNow}
                data-testid="microscope-sync-now"
              >
                {t('sync.shared.syncNow')}
              </button>
              <button
                type="button"
                className="ms-secondary"
                onClick={() => void forgetSharedFile(db).then(() => setShared(undefined))}
              >
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
              {t('sync.shared.connect')}
            </button>
          )}
        </div>
      ) : (
        <p className="ms-sub">{t('sync.shared.unsupported')}</p>
      )}

      {notice ? (
        <p
          className={notice.kind === 'ok' ? 'ms-message' : 'ms-error'}
          role="status"
          data-testid={notice.kind === 'ok' ? 'microscope-import-summary' : 'microscope-import-error'}
        >
          {notice.text}
        </p>
      ) : null}
    </section>
  );
}

function ImportActions(props: { t: Translate; busy: boolean; onApply: () => void; onCancel: () => void }) {
  return (
    <div className="ms-actions">
      <button
        type="button"
        className="ms-primary"
        disabled={props.busy}
        onClick={props.onApply}
        data-testid="microscope-import-apply"
      >
        {props.t('sync.apply')}
      </button>
      <button type="button" className="ms-secondary" onClick={props.onCancel}>
        {props.t('sync.cancel')}
      </button>
    </div>
  );
}
