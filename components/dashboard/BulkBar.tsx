import './BulkBar.css';
import { useState } from 'react';
import type { Translate } from '@/lib/i18n';
import { type Status, StatusSchema } from '@/lib/model';
import type { EntryEdit } from '@/lib/shortlist/repo';

interface Props {
  t: Translate;
  count: number;
  onEdit(edit: EntryEdit, label: string): void;
  onRemove(): void;
  onClear(): void;
}

/** Actions on the selected creators: status, add/remove a tag, remove. Each one can be undone. */
export function BulkBar({ t, count, onEdit, onRemove, onClear }: Props) {
  const [status, setStatus] = useState<Status>('contacted');
  const [tag, setTag] = useState('');
  const cleanTag = tag.trim();
  return (
    <div className="ms-bulk" data-testid="microscope-bulk">
      <strong data-testid="microscope-selected-count" data-value={count}>
        {t('ws.bulk.selected', { n: count })}
      </strong>
      <label className="ms-compact-field ms-inline-field">
        <span>{t('ws.bulk.setStatus')}</span>
        <select
          data-testid="microscope-bulk-status"
          value={status}
          onChange={(e) => setStatus(e.target.value as Status)}
        >
          {StatusSchema.options.map((s) => (
            <option key={s} value={s}>
              {t(`status.${s}`)}
            </option>
          ))}
        </select>
      </label>
      <button
        type="button"
        className="ms-secondary"
        data-testid="microscope-bulk-apply-status"
        onClick={() => onEdit({ status }, t('ws.toast.status', { n: count, status: t(`status.${status}`) }))}
      >
        {t('ws.bulk.apply')}
      </button>
      <span className="ms-bulk-sep" />
      <input
        className="ms-input"
        data-testid="microscope-bulk-tag"
        placeholder={t('ws.bulk.tag')}
        value={tag}
        onChange={(e) => setTag(e.target.value)}
      />
      <button
        type="button"
        className="ms-secondary"
        data-testid="microscope-bulk-add-tag"
        disabled={!cleanTag}
        onClick={() => onEdit({ addTags: [cleanTag] }, t('ws.toast.tagAdded', { n: count, tag: cleanTag }))}
      >
        {t('ws.bulk.addTag')}
      </button>
      <button
        type="button"
        className="ms-secondary"
        data-testid="microscope-bulk-remove-tag"
        disabled={!cleanTag}
        onClick={() =>
          onEdit({ removeTags: [cleanTag] }, t('ws.toast.tagRemoved', { n: count, tag: cleanTag }))
        }
      >
        {t('ws.bulk.removeTag')}
      </button>
      <span className="ms-bulk-sep" />
      <button type="button" className="ms-danger" data-testid="microscope-bulk-remove" onClick={onRemove}>
        {t('ws.bulk.remove')}
      </button>
      <button type="button" className="ms-link-button" onClick={onClear}>
        {t('ws.bulk.clear')}
      </button>
    </div>
  );
}
