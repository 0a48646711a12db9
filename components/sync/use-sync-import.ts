import { useEffect, useRef, useState } from 'react';
import {
  csvIssueText,
  describeError,
  describeSkipped,
  explain,
  type Formatters,
  type Translate,
} from '@/lib/i18n';
import type { MicroscopeDb } from '@/lib/shortlist/db';
import {
  ensurePermission,
  forgetSharedFolder,
  rememberSharedFolder,
  type SyncFolderHandle,
  sharedFolder,
} from '@/lib/shortlist/folder-sync';
import type { CsvDigest, FolderDigest, JobResults, PreviewDigest } from '@/lib/shortlist/jobs';
import type { Progress } from '@/lib/shortlist/sync';
import { downloadBlob } from '../download';
import { JobError, type JobInput, jobClient, type RunnableJob, type RunningJob } from './job-client';

/** What waits for the user's Import or Cancel: a sync file, the team folder, or a CSV. */
export type Pending =
  | { kind: 'sync'; digest: PreviewDigest; title: string }
  | { kind: 'folder'; digest: FolderDigest; preview: PreviewDigest; title: string }
  | { kind: 'csv'; digest: CsvDigest };

export type Notice = { kind: 'ok' | 'error'; text: string; details?: string[] } | undefined;

type JobKind = 'read' | 'apply' | 'undo' | 'export' | 'folder';

/**
 * What the sync panel does: export, import with preview, apply and undo, CSV re-import, and the
 * team folder, each a job of the sync worker with its progress; what is pending and what to tell
 * the user. The panel (SyncPanel.tsx) only shows it.
 */
export function useSyncImport(db: MicroscopeDb, t: Translate, fmt: Formatters) {
  const [pending, setPending] = useState<Pending>();
  const [notice, setNotice] = useState<Notice>();
  const [folder, setFolder] = useState<SyncFolderHandle>();
  const [job, setJob] = useState<{ id: number; kind: JobKind; progress?: Progress }>();
  const jobRef = useRef(job);
  jobRef.current = job;
  const busy = job !== undefined;

  useEffect(() => {
    void sharedFolder(db).then(setFolder);
  }, [db]);
  // The sync worker starts as the panel opens (loading and compiling its code takes a moment),
  // so that the first export or import the user asks for does not wait for it.
  useEffect(() => {
    jobClient();
  }, []);

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

  const disconnect = () => void forgetSharedFolder(db).then(() => setFolder(undefined));

  return {
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
  };
}
