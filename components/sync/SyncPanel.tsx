import './sync.css';
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useMemo, useState } from 'react';
import { type CsvImportPlan, describeCsvProblem, planCsvImport } from '@/lib/exchange/csv-import';
import { decodeText, type TextEncodingName } from '@/lib/exchange/decode';
import type { MergePreview } from '@/lib/exchange/merge';
import { describeSyncError, type SyncFile } from '@/lib/exchange/sync-file';
import { explain, type MessageKey, type Translate } from '@/lib/i18n';
import type { MicroscopeDb } from '@/lib/shortlist/db';
import { peekDevice } from '@/lib/shortlist/device';
import {
  ensurePermission,
  folderSyncSupported,
  forgetSharedFile,
  needsConfirmation,
  previewSharedFile,
  rememberSharedFile,
  SharedFileRefused,
  type SharedFileState,
  type SyncFileHandle,
  sharedFile,
  syncWithSharedFile,
} from '@/lib/shortlist/folder-sync';
import { getDevice, listShortlist, renameDevice } from '@/lib/shortlist/repo';
import {
  applyCsvImport,
  applySyncImport,
  exportSyncFile,
  type ImportPreview,
  lastImportInfo,
  previewSyncImportBytes,
  undoLastImport,
} from '@/lib/shortlist/sync';
import { downloadText } from '../download';

type SyncPreview = Extract<ImportPreview, { ok: true }>;

type Pending =
  | { kind: 'sync'; result: SyncPreview; title: string }
  | { kind: 'shared'; result: SyncPreview; title: string; text: string }
  | { kind: 'csv'; plan: CsvImportPlan; fileName: string; encoding: TextEncodingName };

type Notice = { kind: 'ok' | 'error'; text: string; details?: string[] } | undefined;

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
  return String(value).slice(0, 300);
}

const changes = (preview: MergePreview) =>
  preview.added.length + preview.updated.length + preview.removed.length;

/** Export, import with preview and undo, CSV re-import, and the shared-folder file. */
export function SyncPanel({ db, t }: { db: MicroscopeDb; t: Translate }) {
  // Read only inside the live query (a live query may not write); created once below.
  const device = useLiveQuery(() => peekDevice(db), [db]);
  const lastImport = useLiveQuery(() => lastImportInfo(db), [db]);
  const [name, setName] = useState('');
  const [pending, setPending] = useState<Pending>();
  const [notice, setNotice] = useState<Notice>();
  const [shared, setShared] = useState<SyncFileHandle>();
  const [busy, setBusy] = useState(false);
  // Thousands of creators can differ: list the first ones, count the rest.
  const pendingConflicts = useMemo(
    () => (pending && pending.kind !== 'csv' ? conflicts(pending.result.preview) : []),
    [pending],
  );

  useEffect(() => {
    void getDevice(db).catch(() => undefined);
  }, [db]);
  useEffect(() => {
    if (device) setName(device.name);
  }, [device]);
  useEffect(() => {
    void sharedFile(db).then(setShared);
  }, [db]);

  const fail = (error: unknown) => {
    const text = error instanceof SharedFileRefused ? error.describe(t) : explain(error, t);
    setNotice({ kind: 'error', text: t('sync.refused', { error: text }) });
  };

  const exportFile = async () => {
    try {
      const out = await exportSyncFile(db, Date.now());
      downloadText(out.fileName, out.text, 'application/json');
    } catch (error) {
      fail(error);
    }
  };

  const pick = async (file: File | undefined) => {
    setNotice(undefined);
    setPending(undefined);
    if (!file) return;
    try {
      const bytes = new Uint8Array(await file.arrayBuffer());
      if (/\.csv$/i.test(file.name) || file.type === 'text/csv') {
        const decoded = decodeText(bytes, { fallback: 'windows-1252' });
        if (!decoded.ok)
          return setNotice({
            kind: 'error',
            text: t('sync.refused', { error: `${t('sync.error.not-utf8')} ${t('sync.error.nothing')}` }),
          });
        const result = planCsvImport(decoded.text, await listShortlist(db));
        if (!result.ok)
          return setNotice({
            kind: 'error',
            text: t('sync.refused', { error: `${t(result.said.key)} ${t('sync.error.nothing')}` }),
          });
        return setPending({
          kind: 'csv',
          plan: result.plan,
          fileName: file.name,
          encoding: decoded.encoding,
        });
      }
      const result = await previewSyncImportBytes(db, bytes, Date.now());
      if (!result.ok)
        return setNotice({
          kind: 'error',
          text: t('sync.refused', { error: describeSyncError(result.error, t) }),
        });
      setPending({ kind: 'sync', result, title: t('sync.preview.title', { from: result.from }) });
    } catch (error) {
      fail(error);
    }
  };

  const showShared = (state: SharedFileState & { kind: 'preview' }, handle: SyncFileHandle) =>
    setPending({
      kind: 'shared',
      result: state.preview,
      text: state.text,
      title: t('sync.preview.sharedTitle', { name: handle.name }),
    });

  const syncShared = async (handle: SyncFileHandle, expectedText: string) => {
    const result = await syncWithSharedFile(db, handle, Date.now(), { text: expectedText });
    if ('changed' in result) {
      if (result.changed.kind === 'preview' && needsConfirmation(result.changed)) {
        showShared(result.changed, handle);
        return setNotice({ kind: 'ok', text: t('sync.shared.changed') });
      }
      return syncShared(handle, result.changed.text);
    }
    setPending(undefined);
    setNotice({ kind: 'ok', text: t('sync.shared.done', { written: result.written }) });
  };

  const apply = async () => {
    if (!pending) return;
    setBusy(true);
    try {
      if (pending.kind === 'sync') {
        const s = await applySyncImport(db, pending.result.file as SyncFile, Date.now());
        setNotice({
          kind: 'ok',
          text: t('sync.summary', { added: s.added, updated: s.updated, removed: s.removed }),
        });
        setPending(undefined);
      } else if (pending.kind === 'shared') {
        if (!shared) return;
        if (!(await ensurePermission(shared)))
          return setNotice({ kind: 'error', text: t('sync.shared.denied') });
        await syncShared(shared, pending.text);
      } else {
        const result = await applyCsvImport(db, pending.plan, Date.now());
        setNotice({
          kind: 'ok',
          text: t('sync.summaryCsv', { n: result.applied }),
          details: result.failed.map((f) =>
            t('csv.row.skipped', { handle: f.handle, problems: t(f.said.key, f.said.params) }),
          ),
        });
        setPending(undefined);
      }
    } catch (error) {
      fail(error);
    } finally {
      setBusy(false);
    }
  };

  const undo = async () => {
    try {
      const result = await undoLastImport(db, Date.now());
      if (!result) return;
      const kept = result.kept > 0 ? ` ${t('sync.undone.kept', { n: result.kept })}` : '';
      setNotice({ kind: 'ok', text: `${t('sync.undone.count', { n: result.undone })}${kept}` });
    } catch (error) {
      fail(error);
    }
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

  /** Sync now: the shared file goes through the checks and preview of a manual import. */
  const syncNow = async () => {
    if (!shared) return;
    setBusy(true);
    setNotice(undefined);
    setPending(undefined);
    try {
      if (!(await ensurePermission(shared)))
        return setNotice({ kind: 'error', text: t('sync.shared.denied') });
      const state = await previewSharedFile(db, shared, Date.now());
      if (state.kind === 'preview' && needsConfirmation(state)) return showShared(state, shared);
      await syncShared(shared, state.text);
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

      {pending && pending.kind !== 'csv' ? (
        <div className="ms-import-preview" data-testid="microscope-import-preview" data-kind={pending.kind}>
          <strong>{pending.title}</strong>
          {pending.result.claimsYourNotes.length > 0 ? (
            <p className="ms-error" role="alert" data-testid="microscope-preview-claims">
              {t('sync.preview.claimsYourNotes', { handles: listHandles(pending.result.claimsYourNotes) })}
            </p>
          ) : null}
          {pending.result.ownFile ? (
            changes(pending.result.preview) > 0 ? (
              <p className="ms-error" role="alert" data-testid="microscope-preview-own-claim">
                {t('sync.preview.ownClaim', { n: changes(pending.result.preview) })}
              </p>
            ) : (
              <p className="ms-sub">{t('sync.preview.own')}</p>
            )
          ) : null}
          <p>
            <span data-testid="microscope-preview-added" data-value={pending.result.preview.added.length}>
              {t('sync.preview.added', { n: pending.result.preview.added.length })}
            </span>
            {' · '}
            <span data-testid="microscope-preview-updated" data-value={pending.result.preview.updated.length}>
              {t('sync.preview.updated', { n: pending.result.preview.updated.length })}
            </span>
            {' · '}
            <span data-testid="microscope-preview-removed" data-value={pending.result.preview.removed.length}>
              {t('sync.preview.removed', { n: pending.result.preview.removed.length })}
            </span>
            {' · '}
            {t('sync.preview.unchanged', { n: pending.result.preview.unchanged })}
          </p>
          {pending.result.preview.added.length > 0 ? (
            <p className="ms-sub" data-testid="microscope-preview-added-list">
              {t('sync.preview.newList', { handles: listHandles(pending.result.preview.added) })}
            </p>
          ) : null}
          {pending.result.preview.removed.length > 0 ? (
            <p className="ms-sub" data-testid="microscope-preview-removed-list">
              {t('sync.preview.removedList', { handles: listHandles(pending.result.preview.removed) })}
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
        <div className="ms-import-preview" data-testid="microscope-import-preview" data-kind="csv">
          <strong>{t('sync.preview.title', { from: pending.fileName })}</strong>
          {pending.encoding === 'windows-1252' ? (
            <p className="ms-error" role="alert" data-testid="microscope-preview-encoding">
              {t('csv.encoding.windows-1252')}
            </p>
          ) : pending.encoding.startsWith('utf-16') ? (
            <p className="ms-sub" data-testid="microscope-preview-encoding">
              {t('csv.encoding.utf-16')}
            </p>
          ) : null}
          <p data-testid="microscope-preview-edits" data-value={pending.plan.edits.length}>
            {t('sync.preview.edits', { n: pending.plan.edits.length })}
          </p>
          <ul>
            {pending.plan.edits.slice(0, MAX_CONFLICTS_SHOWN).map((edit) => (
              <li key={edit.id}>
                @{edit.handle}:{' '}
                {edit.changes
                  .map((c) => `${c.column} “${c.from.slice(0, 200)}” → “${c.to.slice(0, 200)}”`)
                  .join('; ')}
              </li>
            ))}
            {pending.plan.edits.length > MAX_CONFLICTS_SHOWN ? (
              <li>{t('sync.preview.more', { n: pending.plan.edits.length - MAX_CONFLICTS_SHOWN })}</li>
            ) : null}
          </ul>
          {pending.plan.unknownColumns.length > 0 ? (
            <p className="ms-sub">
              {t('sync.preview.unknownColumns', {
                columns: pending.plan.unknownColumns.map((c) => c.slice(0, 60)).join(', '),
              })}
            </p>
          ) : null}
          {pending.plan.unknownRows.length > 0 ? (
            <p className="ms-sub">
              {t('sync.preview.unknownRows', {
                handles: pending.plan.unknownRows.map((r) => `@${r.handle.slice(0, 60)}`).join(', '),
              })}
            </p>
          ) : null}
          {pending.plan.problems.length > 0 ? (
            <details open>
              <summary>{t('sync.preview.problems')}</summary>
              <ul data-testid="microscope-preview-problems" data-value={pending.plan.problems.length}>
                {pending.plan.problems.slice(0, MAX_CONFLICTS_SHOWN).map((p) => (
                  <li key={`${p.line}:${p.message}`}>
                    {p.line > 0 ? `#${p.line} ` : ''}
                    {describeCsvProblem(p, t)}
                  </li>
                ))}
                {pending.plan.problems.length > MAX_CONFLICTS_SHOWN ? (
                  <li>{t('sync.preview.more', { n: pending.plan.problems.length - MAX_CONFLICTS_SHOWN })}</li>
                ) : null}
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
