import { z } from 'zod';
import { type CsvEdit, type CsvImportPlan, type CsvProblem, planCsvImport } from '../exchange/csv-import';
import { decodeText, type TextEncodingName } from '../exchange/decode';
import type { MergeConflict } from '../exchange/merge';
import { Cancelled } from '../exchange/sync-container';
import type { SyncFile, SyncFileError } from '../exchange/sync-file';
import { USER_EDITED } from '../model';
import { type AppError, AppFailure, appErrorOf } from '../result';
import type { MicroscopeDb } from './db';
import {
  type FolderFile,
  type FolderState,
  previewSharedFolder,
  type SkippedFile,
  type SyncFolderHandle,
  syncSharedFolder,
} from './folder-sync';
import { listShortlist } from './repo';
import {
  applyCsvImport,
  applySyncImport,
  type CsvApplyResult,
  exportSyncFile,
  type ImportPreview,
  type ImportSummary,
  type PreparedImport,
  type Progress,
  previewSyncImportBytes,
  type UndoResult,
  undoLastImport,
} from './sync';

/**
 * The long jobs of team sync — reading and checking a file, previewing, applying, undoing,
 * exporting, the team folder — run in a worker (entrypoints/sync-worker.ts) so that the
 * dashboard stays responsive at 50,000 creators, with progress and Cancel. This module is
 * the worker's logic, pure enough to run in Node tests and, where a worker cannot start,
 * in the page itself. Messages in are checked with zod (they cross a boundary); results
 * out are small digests (counts, the first names, the first conflicts), never the whole
 * file, so the page never has to read 50,000 entries.
 */

/** Conflicts and names sent to the page for display (the rest are counted). */
const SHOWN = 50;

/** What the import panel shows of a preview. */
export interface PreviewDigest {
  from: string;
  ownFile: boolean;
  claimsYourNotes: string[];
  /** Keys of creators that will appear / disappear (strings: cheap to send even by the thousand). */
  added: string[];
  removed: string[];
  updated: number;
  unchanged: number;
  /** The first conflicts on fields a teammate edits, and how many there are. */
  conflicts: { key: string; c: MergeConflict }[];
  conflictCount: number;
  entries: number;
}

function digestPreview(result: ImportPreview & { ok: true }): PreviewDigest {
  const conflicts: PreviewDigest['conflicts'] = [];
  let conflictCount = 0;
  for (const update of result.preview.updated) {
    for (const c of update.conflicts) {
      // Conflicts on score readings (followers, ER…) just follow the latest score: only what a
      // teammate edits is shown.
      if (!USER_EDITED.has(c.field)) continue;
      conflictCount += 1;
      if (conflicts.length < SHOWN) conflicts.push({ key: update.key, c });
    }
  }
  return {
    from: result.from,
    ownFile: result.ownFile,
    claimsYourNotes: result.claimsYourNotes,
    added: result.preview.added,
    removed: result.preview.removed,
    updated: result.preview.updated.length,
    unchanged: result.preview.unchanged,
    conflicts,
    conflictCount,
    entries: result.file.entries.length,
  };
}

/** How many creators an import would change. */
export function changesOf(digest: Pick<PreviewDigest, 'added' | 'removed' | 'updated'>): number {
  return digest.added.length + digest.updated + digest.removed.length;
}

export interface CsvDigest {
  fileName: string;
  encoding: TextEncodingName;
  editCount: number;
  edits: CsvEdit[];
  unknownColumns: string[];
  unknownRows: CsvImportPlan['unknownRows'];
  unknownRowCount: number;
  problems: CsvProblem[];
  problemCount: number;
}

function digestCsv(plan: CsvImportPlan, fileName: string, encoding: TextEncodingName): CsvDigest {
  return {
    fileName,
    encoding,
    editCount: plan.edits.length,
    edits: plan.edits.slice(0, SHOWN),
    unknownColumns: plan.unknownColumns.slice(0, SHOWN),
    unknownRows: plan.unknownRows.slice(0, SHOWN),
    unknownRowCount: plan.unknownRows.length,
    problems: plan.problems.slice(0, SHOWN),
    problemCount: plan.problems.length,
  };
}

export interface FolderDigest {
  files: FolderFile[];
  skipped: SkippedFile[];
  unchanged: number;
  preview?: PreviewDigest;
  signature: string;
  /** The preview changes something or warns: the user confirms before anything is written. */
  needsConfirmation: boolean;
}

function digestFolder(state: FolderState): FolderDigest {
  const preview = state.preview ? digestPreview(state.preview) : undefined;
  return {
    files: state.files,
    skipped: state.skipped,
    unchanged: state.unchanged,
    preview,
    signature: state.signature,
    needsConfirmation:
      preview !== undefined && (changesOf(preview) > 0 || preview.claimsYourNotes.length > 0),
  };
}

// ——— messages ———

const blob = z.custom<Blob>((value) => typeof Blob !== 'undefined' && value instanceof Blob, {
  message: 'a file',
});
const folder = z.custom<SyncFolderHandle>(
  (value) =>
    typeof value === 'object' &&
    value !== null &&
    (value as { kind?: unknown }).kind === 'directory' &&
    typeof (value as { getFileHandle?: unknown }).getFileHandle === 'function',
  { message: 'a folder' },
);
const now = z.number().int().nonnegative();

/** What the page asks of the worker. */
export const JobRequestSchema = z.discriminatedUnion('type', [
  z.object({ id: z.number(), type: z.literal('preview-sync'), file: blob, now }),
  z.object({ id: z.number(), type: z.literal('apply-sync'), now }),
  z.object({ id: z.number(), type: z.literal('plan-csv'), file: blob, fileName: z.string().max(500) }),
  z.object({ id: z.number(), type: z.literal('apply-csv'), now }),
  z.object({ id: z.number(), type: z.literal('undo'), now }),
  z.object({ id: z.number(), type: z.literal('export-sync'), now }),
  z.object({ id: z.number(), type: z.literal('folder-preview'), folder, now }),
  z.object({
    id: z.number(),
    type: z.literal('folder-sync'),
    folder,
    now,
    signature: z.string().optional(),
  }),
  z.object({ id: z.number(), type: z.literal('discard') }),
  z.object({ id: z.number(), type: z.literal('cancel'), target: z.number() }),
]);
export type JobRequest = z.infer<typeof JobRequestSchema>;
export type JobType = JobRequest['type'];

/** The result of each job. */
export interface JobResults {
  'preview-sync': { ok: true; digest: PreviewDigest } | { ok: false; error: SyncFileError };
  'apply-sync': ImportSummary;
  'plan-csv': { ok: true; digest: CsvDigest } | { ok: false; error: AppError };
  'apply-csv': CsvApplyResult;
  undo: UndoResult | false;
  'export-sync': { fileName: string; blob: Blob; count: number; entries: number };
  'folder-preview': FolderDigest;
  'folder-sync':
    | {
        changed?: undefined;
        imported: ImportSummary | null;
        written: number;
        fileName: string;
        files: FolderFile[];
        skipped: SkippedFile[];
        unchanged: number;
      }
    | { changed: FolderDigest };
  discard: null;
  cancel: null;
}

/** A failure sent back: a cancelled job wrote nothing. */
export interface JobFailure {
  /** What it said, in English (logs, and the text shown when it carries no code). */
  message: string;
  /** Its code and values, for the page to word in the user's language. */
  error?: AppError;
  cancelled?: boolean;
}

export type JobReply =
  | { id: number; type: 'progress'; progress: Progress }
  | { id: number; type: 'done'; result: unknown }
  | { id: number; type: 'failed'; error: JobFailure };

/**
 * Runs the jobs of one page: keeps the file or CSV plan last previewed (so that Import
 * applies exactly what the user saw), one AbortController per running job (Cancel).
 */
export class JobRunner {
  private pendingFile: SyncFile | undefined;
  private pendingPrepared: PreparedImport | undefined;
  private pendingPlan: CsvImportPlan | undefined;
  private readonly running = new Map<number, AbortController>();

  constructor(
    private readonly db: MicroscopeDb,
    private readonly reply: (message: JobReply) => void,
  ) {}

  /** Handles one message from the page (never throws: a bad message is answered with a failure). */
  async handle(raw: unknown): Promise<void> {
    const parsed = JobRequestSchema.safeParse(raw);
    if (!parsed.success) {
      const id = typeof (raw as { id?: unknown })?.id === 'number' ? (raw as { id: number }).id : -1;
      this.reply({
        id,
        type: 'failed',
        error: { message: 'A request the sync worker does not understand.' },
      });
      return;
    }
    const request = parsed.data;
    if (request.type === 'cancel') {
      this.running.get(request.target)?.abort();
      return;
    }
    const controller = new AbortController();
    this.running.set(request.id, controller);
    const options = {
      signal: controller.signal,
      onProgress: (progress: Progress) => this.reply({ id: request.id, type: 'progress', progress }),
    };
    try {
      const result = await this.run(request, options);
      this.reply({ id: request.id, type: 'done', result });
    } catch (error) {
      this.reply({ id: request.id, type: 'failed', error: failure(error) });
    } finally {
      this.running.delete(request.id);
    }
  }

  private async run(
    request: Exclude<JobRequest, { type: 'cancel' }>,
    options: { signal: AbortSignal; onProgress(progress: Progress): void },
  ): Promise<unknown> {
    switch (request.type) {
      case 'preview-sync': {
        this.pendingFile = undefined;
        this.pendingPrepared = undefined;
        const result = await previewSyncImportBytes(this.db, request.file, request.now, {
          ...options,
          explain: false,
        });
        if (!result.ok) return result;
        this.pendingFile = result.file;
        this.pendingPrepared = result.prepared;
        return { ok: true, digest: digestPreview(result) } satisfies JobResults['preview-sync'];
      }
      case 'apply-sync': {
        const file = this.pendingFile;
        if (!file)
          throw new AppFailure(
            { code: 'nothing-previewed' },
            { message: 'There is no previewed file to import.' },
          );
        const summary = await applySyncImport(this.db, file, request.now, {
          ...options,
          prepared: this.pendingPrepared,
        });
        this.pendingFile = undefined;
        this.pendingPrepared = undefined;
        return summary satisfies JobResults['apply-sync'];
      }
      case 'plan-csv': {
        this.pendingPlan = undefined;
        const bytes = new Uint8Array(await request.file.arrayBuffer());
        const decoded = decodeText(bytes, { fallback: 'windows-1252' });
        if (!decoded.ok) return { ok: false, error: { code: 'not-utf8' } };
        const rows = await listShortlist(this.db);
        const result = planCsvImport(decoded.text, rows, (done, total) =>
          options.onProgress({ phase: 'csvReading', done, total }),
        );
        if (!result.ok) return { ok: false, error: result.error };
        this.pendingPlan = result.plan;
        return { ok: true, digest: digestCsv(result.plan, request.fileName, decoded.encoding) };
      }
      case 'apply-csv': {
        const plan = this.pendingPlan;
        if (!plan)
          throw new AppFailure(
            { code: 'nothing-previewed' },
            { message: 'There is no previewed CSV to import.' },
          );
        const result = await applyCsvImport(this.db, plan, request.now, options);
        this.pendingPlan = undefined;
        return result;
      }
      case 'undo':
        return undoLastImport(this.db, request.now, options);
      case 'export-sync':
        return exportSyncFile(this.db, request.now, options);
      case 'folder-preview':
        return digestFolder(
          await previewSharedFolder(this.db, request.folder, request.now, { ...options, explain: false }),
        );
      case 'folder-sync': {
        const expected = request.signature === undefined ? undefined : { signature: request.signature };
        const result = await syncSharedFolder(this.db, request.folder, request.now, expected, {
          ...options,
          explain: false,
        });
        if ('changed' in result) return { changed: digestFolder(result.changed) };
        return result;
      }
      case 'discard':
        this.pendingFile = undefined;
        this.pendingPrepared = undefined;
        this.pendingPlan = undefined;
        return null;
    }
  }
}

function failure(error: unknown): JobFailure {
  if (error instanceof Cancelled || (error as { name?: string })?.name === 'AbortError')
    return { message: 'Cancelled: nothing was written.', cancelled: true };
  const coded = appErrorOf(error);
  const message = error instanceof Error ? error.message : String(error);
  return coded ? { message, error: coded } : { message };
}
