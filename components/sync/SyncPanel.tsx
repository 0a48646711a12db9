import './sync.css';
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useMemo, useRef, useState } from 'react';
import {
  createFormatters,
  csvIssueText,
  describeCsvProblem,
  describeError,
  describeSkipped,
  explain,
  labelOf,
  type Translate,
  type UiLocale,
} from '@/lib/i18n';
import type { MicroscopeDb } from '@/lib/shortlist/db';
import { peekDevice } from '@/lib/shortlist/device';
import {
  ensurePermission,
  folderSyncSupported,
  forgetSharedFolder,
  rememberSharedFolder,
  type SyncFolderHandle,
  sharedFolder,
} from '@/lib/shortlist/folder-sync';
import {
  type CsvDigest,
  changesOf,
  type FolderDigest,
  type JobResults,
  type PreviewDigest,
} from '@/lib/shortlist/jobs';
import { getDevice, renameDevice } from '@/lib/shortlist/repo';
import { lastImportInfo, type Progress } from '@/lib/shortlist/sync';
import { downloadBlob } from '../download';
import { JobProgress } from './JobProgress';
import { JobError, type JobInput, jobClient, type RunnableJob, type RunningJob } from './job-client';

type Pending =
  | { kind: 'sync'; digest: PreviewDigest; title: string }
  | { kind: 'folder'; digest: FolderDigest; preview: PreviewDigest; title: string }
  | { kind: 'csv'; digest: CsvDigest };

type Notice = { kind: 'ok' | 'error'; text: string; details?: string[] } | undefined;

type JobKind = 'read' | 'apply' | 'undo' | 'export' | 'folder';

const handleOf = (key: string) => key.slice(key.indexOf(':') + 1);

function listHandles(keys: readonly string[], total = keys.length): string {
  const shown = keys.slice(0, 15).map((k) => `@${handleOf(k)}`);
  return total > 15 ? `${shown.join(', ')} … +${total - 15}` : shown.join(', ');
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

/** Export, import with preview and undo, CSV re-import, and the team folder; long jobs run in the sync worker. */
export function SyncPanel({ db, t, locale = 'en' }: { db: MicroscopeDb; t: Translate; locale?: UiLocale }) {
  // Read only inside the live query (a live query may not write); created once below.
  const device = useLiveQuery(() => peekDevice(db), [db]);
  const lastImport = useLiveQuery(() => lastImportInfo(db), [db]);
  const legacyFile = useLiveQuery(async () => (await db.meta.get('sharedFileHandle')) !== undefined, [db]);
  const fmt = useMemo(() => createFormatters(locale), [locale]);
  const [name, setName] = useState('');
  const [pending, setPending] = useState<Pending>();
  const [notice, setNotice] = useState<Notice>();
  const [folder, setFolder] = useState<SyncFolderHandle>();
  const [job, setJob] = useState<{ id: number; kind: JobKind; progress?: Progress }>();
  const jobRef = useRef(job);
  jobRef.current = job;
  const busy = job !== undefined;

  useEffect(() => {
    void getDevice(db).catch(() => undefined);
  }, [db]);
  useEffect(() => {
    if (device) setName(device.name);
  }, [device]);
  useEffect(() => {
    void sharedFolder(db).then(setFolder);
  }, [db]);

  const fail = (error: unknown) => {
    if (error instanceof JobError && error.cancelled) {
      setNotice({ kind: 'ok', text: t('progress.cancelled') });
      return;
    }
    setNotice({ kind: 'error', text: t('sync.refused', { error: explain(error, t, fmt) }) });
  };

  /** Runs a job in the sync worker with its progress on screen; resolves with its result. */
  const run = async <T extends RunnableJob>(
    kind: JobKind,
    type: T,
    input: JobInput<T>,
  ): Promise<JobResults[T]> => {
    const running: RunningJob<T> = jobClient().run(type, input, (progress) =>
      setJob((current) => (current && current.id === running.id ? { ...current, progress } : current)),
    );
    setJob({ id: running.id, kind });
    try {
      return await running.result;
    } finally {
      setJob((current) => (current?.id === running.id ? undefined : current));
    }
  };

  const cancelJob = () => {
    const current = jobRef.current;
    if (current) jobClient().cancel(current.id);
  };

  const exportFile = async () => {
    setNotice(undefined);
    try {
      const out = await run('export', 'export-sync', { now: Date.now() });
      downloadBlob(out.fileName, out.blob);
    } catch (error) {
      fail(error);
    }
  };

  const pick = async (file: File | undefined) => {
    setNotice(undefined);
    setPending(undefined);
    if (!file) return;
    try {
      if (/\.csv$/i.test(file.name) || file.type === 'text/csv') {
        const result = await run('read', 'plan-csv', { file, fileName: file.name });
        if (!result.ok)
          return setNotice({
            kind: 'error',
            text: t('sync.refused', { error: describeError(result.error, t, fmt) }),
          });
        return setPending({ kind: 'csv', digest: result.digest });
      }
      const result = await run('read', 'preview-sync', { file, now: Date.now() });
      if (!result.ok)
        return setNotice({
          kind: 'error',
          text: t('sync.refused', { error: describeError(result.error, t, fmt) }),
        });
      setPending({
        kind: 'sync',
        digest: result.digest,
        title: t('sync.preview.title', { from: result.digest.from }),
      });
    } catch (error) {
      fail(error);
    }
  };

  const folderDone = (result: Exclude<JobResults['folder-sync'], { changed: FolderDigest }>) => {
    setPending(undefined);
    setNotice({
      kind: 'ok',
      text: t('sync.folder.done', {
        files: fmt.integer(result.files.length),
        unchanged: fmt.integer(result.unchanged),
        written: fmt.integer(result.written),
        file: result.fileName,
      }),
      details: result.skipped.map((f) => describeSkipped(f, t, fmt)),
    });
  };

  const showFolder = (digest: FolderDigest, handle: SyncFolderHandle) => {
    if (!digest.preview) return;
    setPending({
      kind: 'folder',
      digest,
      preview: digest.preview,
      title: t('sync.folder.previewTitle', { name: handle.name }),
    });
  };

  /** Merges the folder and writes this device's file, as previewed (a folder changed since is previewed again). */
  const syncFolder = async (handle: SyncFolderHandle, signature: string) => {
    const result = await run('folder', 'folder-sync', { folder: handle, now: Date.now(), signature });
    if (result.changed) {
      if (result.changed.needsConfirmation) {
        showFolder(result.changed, handle);
        return setNotice({ kind: 'ok', text: t('sync.shared.changed') });
      }
      return syncFolder(handle, result.changed.signature);
    }
    folderDone(result);
  };

  const apply = async () => {
    if (!pending) return;
    try {
      if (pending.kind === 'sync') {
        const s = await run('apply', 'apply-sync', { now: Date.now() });
        setNotice({
          kind: 'ok',
          text: t('sync.summary', { added: s.added, updated: s.updated, removed: s.removed }),
        });
        setPending(undefined);
      } else if (pending.kind === 'folder') {
        if (!folder) return;
        if (!(await ensurePermission(folder)))
          return setNotice({ kind: 'error', text: t('sync.folder.denied') });
        await syncFolder(folder, pending.digest.signature);
      } else {
        const result = await run('apply', 'apply-csv', { now: Date.now() });
        setNotice({
          kind: 'ok',
          text: t('sync.summaryCsv', { n: result.applied }),
          details: result.failed.map((f) =>
            t('csv.row.skipped', { handle: f.handle, problems: csvIssueText(f.issue, t) }),
          ),
        });
        setPending(undefined);
      }
    } catch (error) {
      fail(error);
    }
  };

  const cancelPending = () => {
    setPending(undefined);
    jobClient().run('discard', {});
  };

  const undo = async () => {
    setNotice(undefined);
    try {
      const result = await run('undo', 'undo', { now: Date.now() });
      if (!result) return;
      const kept = result.kept > 0 ? ` ${t('sync.undone.kept', { n: result.kept })}` : '';
      setNotice({ kind: 'ok', text: `${t('sync.undone.count', { n: result.undone })}${kept}` });
    } catch (error) {
      fail(error);
    }
  };

  const connect = async () => {
    try {
      const picker = (
        globalThis as unknown as {
          showDirectoryPicker: (o: object) => Promise<SyncFolderHandle>;
        }
      ).showDirectoryPicker;
      const handle = await picker({ id: 'microscope-team', mode: 'readwrite' });
      await rememberSharedFolder(db, handle);
      await db.meta.delete('sharedFileHandle');
      setFolder(handle);
    } catch (error) {
      if ((error as { name?: string }).name !== 'AbortError') fail(error);
    }
  };

  /** Sync now: every teammate's file goes through the checks and preview of a manual import. */
  const syncNow = async () => {
    if (!folder) return;
    setNotice(undefined);
    setPending(undefined);
    try {
      if (!(await ensurePermission(folder)))
        return setNotice({ kind: 'error', text: t('sync.folder.denied') });
      const state = await run('folder', 'folder-preview', { folder, now: Date.now() });
      if (state.needsConfirmation) return showFolder(state, folder);
      await syncFolder(folder, state.signature);
    } catch (error) {
      fail(error);
    }
  };

  const preview =
    pending && pending.kind !== 'csv'
      ? pending.kind === 'sync'
        ? pending.digest
        : pending.preview
      : undefined;
  const previewTitle = pending && pending.kind !== 'csv' ? pending.title : '';
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

      {pending && preview ? (
        <div
          className="ms-import-preview"
          data-testid="microscope-import-preview"
          data-kind={pending.kind === 'folder' ? 'shared' : 'sync'}
        >
          <strong>{previewTitle}</strong>
          {pending.kind === 'folder' && pending.digest.skipped.length > 0 ? (
            <ul className="ms-skipped" data-testid="microscope-folder-skipped">
              {pending.digest.skipped.map((f) => (
                <li key={f.name}>{describeSkipped(f, t, fmt)}</li>
              ))}
            </ul>
          ) : null}
          {preview.claimsYourNotes.length > 0 ? (
            <p className="ms-error" role="alert" data-testid="microscope-preview-claims">
              {t('sync.preview.claimsYourNotes', { handles: listHandles(preview.claimsYourNotes) })}
            </p>
          ) : null}
          {preview.ownFile ? (
            changesOf(preview) > 0 ? (
              <p className="ms-error" role="alert" data-testid="microscope-preview-own-claim">
                {t('sync.preview.ownClaim', { n: changesOf(preview) })}
              </p>
            ) : (
              <p className="ms-sub">{t('sync.preview.own')}</p>
            )
          ) : null}
          <p>
            <span data-testid="microscope-preview-added" data-value={preview.added.length}>
              {t('sync.preview.added', { n: fmt.integer(preview.added.length) })}
            </span>
            {' · '}
            <span data-testid="microscope-preview-updated" data-value={preview.updated}>
              {t('sync.preview.updated', { n: fmt.integer(preview.updated) })}
            </span>
            {' · '}
            <span data-testid="microscope-preview-removed" data-value={preview.removed.length}>
              {t('sync.preview.removed', { n: fmt.integer(preview.removed.length) })}
            </span>
            {' · '}
            {t('sync.preview.unchanged', { n: fmt.integer(preview.unchanged) })}
          </p>
          {preview.added.length > 0 ? (
            <p className="ms-sub" data-testid="microscope-preview-added-list">
              {t('sync.preview.newList', { handles: listHandles(preview.added) })}
            </p>
          ) : null}
          {preview.removed.length > 0 ? (
            <p className="ms-sub" data-testid="microscope-preview-removed-list">
              {t('sync.preview.removedList', { handles: listHandles(preview.removed) })}
            </p>
          ) : null}
          {preview.conflictCount > 0 ? (
            <details open>
              <summary>
                {t('sync.preview.conflicts')} ({fmt.integer(preview.conflictCount)})
              </summary>
              <ul data-testid="microscope-preview-conflicts">
                {preview.conflicts.map(({ key, c }) => (
                  <li key={`${key}:${c.field}:${c.item ?? ''}`}>
                    @{handleOf(key)} ·{' '}
                    {t('sync.conflict', {
                      field: labelOf(`field.${c.field}`, t),
                      item: c.field === 'tags' && c.item ? ` #${c.item}` : '',
                      local:
                        c.field === 'status' ? labelOf(`status.${String(c.local)}`, t) : showValue(c.local),
                      incoming:
                        c.field === 'status'
                          ? labelOf(`status.${String(c.incoming)}`, t)
                          : showValue(c.incoming),
                      winner: t(c.winner === 'incoming' ? 'sync.conflict.theirs' : 'sync.conflict.yours'),
                    })}
                  </li>
                ))}
                {preview.conflictCount > preview.conflicts.length ? (
                  <li>
                    {t('sync.preview.more', {
                      n: fmt.integer(preview.conflictCount - preview.conflicts.length),
                    })}
                  </li>
                ) : null}
              </ul>
            </details>
          ) : null}
          <ImportActions t={t} busy={busy} onApply={apply} onCancel={cancelPending} />
        </div>
      ) : null}

      {pending?.kind === 'csv' ? (
        <div className="ms-import-preview" data-testid="microscope-import-preview" data-kind="csv">
          <strong>{t('sync.preview.title', { from: pending.digest.fileName })}</strong>
          {pending.digest.encoding === 'windows-1252' ? (
            <p className="ms-error" role="alert" data-testid="microscope-preview-encoding">
              {t('csv.encoding.windows-1252')}
            </p>
          ) : pending.digest.encoding.startsWith('utf-16') ? (
            <p className="ms-sub" data-testid="microscope-preview-encoding">
              {t('csv.encoding.utf-16')}
            </p>
          ) : null}
          <p data-testid="microscope-preview-edits" data-value={pending.digest.editCount}>
            {t('sync.preview.edits', { n: pending.digest.editCount })}
          </p>
          <ul>
            {pending.digest.edits.map((edit) => (
              <li key={edit.id}>
                @{edit.handle}:{' '}
                {edit.changes
                  .map((c) => `${c.column} “${c.from.slice(0, 200)}” → “${c.to.slice(0, 200)}”`)
                  .join('; ')}
              </li>
            ))}
            {pending.digest.editCount > pending.digest.edits.length ? (
              <li>{t('sync.preview.more', { n: pending.digest.editCount - pending.digest.edits.length })}</li>
            ) : null}
          </ul>
          {pending.digest.unknownColumns.length > 0 ? (
            <p className="ms-sub">
              {t('sync.preview.unknownColumns', {
                columns: pending.digest.unknownColumns.map((c) => c.slice(0, 60)).join(', '),
              })}
            </p>
          ) : null}
          {pending.digest.unknownRowCount > 0 ? (
            <p className="ms-sub">
              {t('sync.preview.unknownRows', {
                handles: `${pending.digest.unknownRows.map((r) => `@${r.handle.slice(0, 60)}`).join(', ')}${
                  pending.digest.unknownRowCount > pending.digest.unknownRows.length
                    ? ` … +${pending.digest.unknownRowCount - pending.digest.unknownRows.length}`
                    : ''
                }`,
              })}
            </p>
          ) : null}
          {pending.digest.problemCount > 0 ? (
            <details open>
              <summary>{t('sync.preview.problems')}</summary>
              <ul data-testid="microscope-preview-problems" data-value={pending.digest.problemCount}>
                {pending.digest.problems.map((p) => (
                  <li key={`${p.line}:${JSON.stringify(p.issues)}`}>
                    {p.line > 0 ? `#${p.line} ` : ''}
                    {describeCsvProblem(p, t)}
                  </li>
                ))}
                {pending.digest.problemCount > pending.digest.problems.length ? (
                  <li>
                    {t('sync.preview.more', {
                      n: pending.digest.problemCount - pending.digest.problems.length,
                    })}
                  </li>
                ) : null}
              </ul>
            </details>
          ) : null}
          <ImportActions t={t} busy={busy} onApply={apply} onCancel={cancelPending} />
        </div>
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
                <button
                  type="button"
                  className="ms-secondary"
                  disabled={busy}
                  onClick={() => void forgetSharedFolder(db).then(() => setFolder(undefined))}
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
      <button type="button" className="ms-secondary" disabled={props.busy} onClick={props.onCancel}>
        {props.t('sync.cancel')}
      </button>
    </div>
  );
}
