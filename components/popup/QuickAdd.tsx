import './QuickAdd.css';
import { useState } from 'react';
import type { Translate } from '@/lib/i18n';
import { type Status, StatusSchema } from '@/lib/model';

/** Add the scored creator with a starting status and an optional tag, in one click. */
export function QuickAdd(props: {
  t: Translate;
  status: Status;
  tag: string;
  onStatus(status: Status): void;
  onTag(tag: string): void;
  onAdd(): Promise<void>;
}) {
  const { t, status, tag, onAdd } = props;
  const [busy, setBusy] = useState(false);
  return (
    <form
      className="ms-quick-add"
      data-testid="microscope-quick-add"
      onSubmit={(e) => {
        e.preventDefault();
        setBusy(true);
        void onAdd().finally(() => setBusy(false));
      }}
    >
      <select
        aria-label={t('col.status')}
        data-testid="microscope-quick-status"
        value={status}
        onChange={(e) => props.onStatus(e.target.value as Status)}
      >
        {StatusSchema.options.map((s) => (
          <option key={s} value={s}>
            {t(`status.${s}`)}
          </option>
        ))}
      </select>
      <input
        className="ms-input"
        data-testid="microscope-quick-tag"
        placeholder={t('ws.bulk.tag')}
        value={tag}
        onChange={(e) => props.onTag(e.target.value)}
      />
      <button type="submit" className="ms-primary" data-testid="microscope-quick-add-button" disabled={busy}>
        {t('button.add')}
      </button>
    </form>
  );
}
