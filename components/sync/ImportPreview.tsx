import { describeCsvProblem, describeSkipped, type Formatters, labelOf, type Translate } from '@/lib/i18n';
import { type CsvDigest, changesOf, type FolderDigest, type PreviewDigest } from '@/lib/shortlist/jobs';
import type { Pending } from './use-sync-import';

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

/**
 * What an import would change, before anything is written: a sync file's or the team folder's
 * creators added, updated and removed, the conflicts on what teammates edit, and warnings; a
 * CSV's edits, unknown columns and rows, and the rows that cannot be read. Import or Cancel.
 */
export function ImportPreview(props: {
  pending: Pending;
  t: Translate;
  fmt: Formatters;
  busy: boolean;
  onApply: () => void;
  onCancel: () => void;
}) {
  const { pending, t, fmt, busy } = props;
  if (pending.kind === 'csv')
    return (
      <CsvPreview
        digest={pending.digest}
        t={t}
        fmt={fmt}
        busy={busy}
        onApply={props.onApply}
        onCancel={props.onCancel}
      />
    );
  const preview = pending.kind === 'sync' ? pending.digest : pending.preview;
  const skipped = pending.kind === 'folder' ? pending.digest.skipped : [];
  return (
    <SyncPreview
      kind={pending.kind}
      title={pending.title}
      preview={preview}
      skipped={skipped}
      t={t}
      fmt={fmt}
      busy={busy}
      onApply={props.onApply}
      onCancel={props.onCancel}
    />
  );
}

function SyncPreview(props: {
  kind: 'sync' | 'folder';
  title: string;
  preview: PreviewDigest;
  skipped: FolderDigest['skipped'];
  t: Translate;
  fmt: Formatters;
  busy: boolean;
  onApply: () => void;
  onCancel: () => void;
}) {
  const { kind, title, preview, skipped, t, fmt, busy, onApply, onCancel } = props;
  return (
    <div
      className="ms-import-preview"
      data-testid="microscope-import-preview"
      data-kind={kind === 'folder' ? 'shared' : 'sync'}
    >
      <strong>{title}</strong>
      {skipped.length > 0 ? (
        <ul className="ms-skipped" data-testid="microscope-folder-skipped">
          {skipped.map((f) => (
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
                  local: c.field === 'status' ? labelOf(`status.${String(c.local)}`, t) : showValue(c.local),
                  incoming:
                    c.field === 'status' ? labelOf(`status.${String(c.incoming)}`, t) : showValue(c.incoming),
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
      <ImportActions t={t} busy={busy} onApply={onApply} onCancel={onCancel} />
    </div>
  );
}

function CsvPreview(props: {
  digest: CsvDigest;
  t: Translate;
  fmt: Formatters;
  busy: boolean;
  onApply: () => void;
  onCancel: () => void;
}) {
  const { digest, t, fmt, busy, onApply, onCancel } = props;
  return (
    <div className="ms-import-preview" data-testid="microscope-import-preview" data-kind="csv">
      <strong>{t('sync.preview.title', { from: digest.fileName })}</strong>
      {digest.encoding === 'windows-1252' ? (
        <p className="ms-error" role="alert" data-testid="microscope-preview-encoding">
          {t('csv.encoding.windows-1252')}
        </p>
      ) : digest.encoding.startsWith('utf-16') ? (
        <p className="ms-sub" data-testid="microscope-preview-encoding">
          {t('csv.encoding.utf-16')}
        </p>
      ) : null}
      <p data-testid="microscope-preview-edits" data-value={digest.editCount}>
        {t('sync.preview.edits', { n: fmt.integer(digest.editCount) })}
      </p>
      <ul>
        {digest.edits.map((edit) => (
          <li key={edit.id}>
            @{edit.handle}:{' '}
            {edit.changes
              .map((c) => `${c.column} “${c.from.slice(0, 200)}” → “${c.to.slice(0, 200)}”`)
              .join('; ')}
          </li>
        ))}
        {digest.editCount > digest.edits.length ? (
          <li>{t('sync.preview.more', { n: fmt.integer(digest.editCount - digest.edits.length) })}</li>
        ) : null}
      </ul>
      {digest.unknownColumns.length > 0 ? (
        <p className="ms-sub">
          {t('sync.preview.unknownColumns', {
            columns: digest.unknownColumns.map((c) => c.slice(0, 60)).join(', '),
          })}
        </p>
      ) : null}
      {digest.unknownRowCount > 0 ? (
        <p className="ms-sub">
          {t('sync.preview.unknownRows', {
            handles: `${digest.unknownRows.map((r) => `@${r.handle.slice(0, 60)}`).join(', ')}${
              digest.unknownRowCount > digest.unknownRows.length
                ? ` … +${fmt.integer(digest.unknownRowCount - digest.unknownRows.length)}`
                : ''
            }`,
          })}
        </p>
      ) : null}
      {digest.problemCount > 0 ? (
        <details open>
          <summary>{t('sync.preview.problems')}</summary>
          <ul data-testid="microscope-preview-problems" data-value={digest.problemCount}>
            {digest.problems.map((p) => (
              <li key={`${p.line}:${JSON.stringify(p.issues)}`}>
                {p.line > 0 ? `#${p.line} ` : ''}
                {describeCsvProblem(p, t)}
              </li>
            ))}
            {digest.problemCount > digest.problems.length ? (
              <li>
                {t('sync.preview.more', {
                  n: fmt.integer(digest.problemCount - digest.problems.length),
                })}
              </li>
            ) : null}
          </ul>
        </details>
      ) : null}
      <ImportActions t={t} busy={busy} onApply={onApply} onCancel={onCancel} />
    </div>
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
