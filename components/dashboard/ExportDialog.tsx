import './ExportDialog.css';
import { useEffect, useRef } from 'react';
import { useFocusReturn, useFocusTrap } from '@/components/use-focus-return';
import { CSV_COLUMNS, type CsvColumn } from '@/lib/exchange/csv';
import type { Translate } from '@/lib/i18n';

export interface ExportChoice {
  scope: 'filtered' | 'all';
  columns: readonly CsvColumn[];
  separator: ',' | ';';
  decimalComma: boolean;
}

export const DEFAULT_EXPORT: ExportChoice = {
  scope: 'filtered',
  columns: CSV_COLUMNS,
  separator: ',',
  decimalComma: false,
};

interface Props {
  t: Translate;
  choice: ExportChoice;
  filteredCount: number;
  totalCount: number;
  onChange(choice: ExportChoice): void;
  onConfirm(): void;
  onClose(): void;
}

/** CSV export options: which creators, which columns, separator and decimal comma (French Excel). */
export function ExportDialog({ t, choice, filteredCount, totalCount, onChange, onConfirm, onClose }: Props) {
  const ref = useRef<HTMLDialogElement>(null);
  // Modal: the rest of the page is inert while it is open (the focus stays inside); closed, the
  // focus goes back to the button that opened it.
  useFocusReturn(null);
  useFocusTrap(ref);
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);
  const set = (patch: Partial<ExportChoice>) => onChange({ ...choice, ...patch });
  const toggle = (column: CsvColumn, on: boolean) =>
    set({
      // Keep the documented column order whatever the click order.
      columns: CSV_COLUMNS.filter((c) => (c === column ? on : choice.columns.includes(c))),
    });
  return (
    <dialog
      ref={ref}
      className="ms-dialog"
      data-testid="microscope-export-dialog"
      aria-labelledby="ms-export-title"
      onClose={onClose}
    >
      <h2 id="ms-export-title">{t('ws.export.title')}</h2>
      <fieldset className="ms-field">
        <legend>{t('ws.export.scope')}</legend>
        <label className="ms-check">
          <input
            type="radio"
            name="scope"
            data-testid="microscope-export-scope-filtered"
            checked={choice.scope === 'filtered'}
            onChange={() => set({ scope: 'filtered' })}
          />
          {t('ws.export.filtered', { n: filteredCount })}
        </label>
        <label className="ms-check">
          <input
            type="radio"
            name="scope"
            data-testid="microscope-export-scope-all"
            checked={choice.scope === 'all'}
            onChange={() => set({ scope: 'all' })}
          />
          {t('ws.export.all', { n: totalCount })}
        </label>
      </fieldset>
      <div className="ms-export-format">
        <label className="ms-field">
          {t('ws.export.separator')}
          <select
            data-testid="microscope-export-separator"
            value={choice.separator}
            onChange={(e) => {
              const separator = e.target.value as ',' | ';';
              set({ separator, decimalComma: separator === ';' ? choice.decimalComma : false });
            }}
          >
            <option value=",">{t('ws.export.comma')}</option>
            <option value=";">{t('ws.export.semicolon')}</option>
          </select>
        </label>
        <label className="ms-check" title={t('ws.export.decimalCommaHint')}>
          <input
            type="checkbox"
            data-testid="microscope-export-decimal-comma"
            disabled={choice.separator !== ';'}
            checked={choice.decimalComma}
            onChange={(e) => set({ decimalComma: e.target.checked })}
          />
          {t('ws.export.decimalComma')}
        </label>
      </div>
      <fieldset className="ms-field">
        <legend>
          {t('ws.export.columns')}{' '}
          <button type="button" className="ms-link-button" onClick={() => set({ columns: CSV_COLUMNS })}>
            {t('ws.export.allColumns')}
          </button>
        </legend>
        <div className="ms-columns-grid">
          {CSV_COLUMNS.map((column) => (
            <label key={column} className="ms-check">
              <input
                type="checkbox"
                data-testid={`microscope-export-column-${column}`}
                checked={choice.columns.includes(column)}
                onChange={(e) => toggle(column, e.target.checked)}
              />
              <code>{column}</code>
            </label>
          ))}
        </div>
      </fieldset>
      <footer className="ms-dialog-actions">
        <button type="button" className="ms-secondary" onClick={() => ref.current?.close()}>
          {t('ws.cancel')}
        </button>
        <button
          type="button"
          className="ms-primary"
          data-testid="microscope-export-confirm"
          disabled={choice.columns.length === 0}
          onClick={onConfirm}
        >
          {t('ws.export.download')}
        </button>
      </footer>
    </dialog>
  );
}
