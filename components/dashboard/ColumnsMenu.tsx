import './ColumnsMenu.css';
import { useEffect, useId, useRef, useState } from 'react';
import { useEscape } from '@/components/use-focus-return';
import type { Translate } from '@/lib/i18n';
import {
  type ColumnPrefs,
  DEFAULT_COLUMN_PREFS,
  moveColumn,
  setColumnVisible,
  type TableColumn,
} from '@/lib/settings/table-columns';
import { columnLabel } from './ShortlistTable';

interface Props {
  t: Translate;
  prefs: ColumnPrefs;
  onChange(prefs: ColumnPrefs): void;
}

/**
 * "Columns": show or hide each column of the table and move it earlier or later — a checkbox
 * and two buttons per column, so it works by keyboard and screen reader (no dragging needed).
 * Esc closes it and gives the focus back to its button.
 */
export function ColumnsMenu({ t, prefs, onChange }: Props) {
  const [open, setOpen] = useState(false);
  const [said, setSaid] = useState('');
  const [refocus, setRefocus] = useState<{ column: TableColumn; by: number }>();
  const id = useId();
  const button = useRef<HTMLButtonElement>(null);
  const panel = useRef<HTMLFieldSetElement>(null);
  useEscape(panel, () => {
    setOpen(false);
    button.current?.focus();
  });

  // A moved row keeps the focus on its button (or on the other one, at either end).
  useEffect(() => {
    if (!refocus) return;
    const find = (dir: 'up' | 'down') =>
      panel.current?.querySelector<HTMLButtonElement>(
        `[data-testid="microscope-column-${dir}-${refocus.column}"]:not(:disabled)`,
      );
    (find(refocus.by < 0 ? 'up' : 'down') ?? find(refocus.by < 0 ? 'down' : 'up'))?.focus();
    setRefocus(undefined);
  }, [refocus]);

  const move = (column: TableColumn, by: number) => {
    const next = moveColumn(prefs, column, by);
    onChange(next);
    setSaid(
      t('ws.columns.moved', {
        column: columnLabel(t, column),
        n: next.order.indexOf(column) + 3,
        total: next.order.length + 2,
      }),
    );
    setRefocus({ column, by });
  };

  return (
    <div className="ms-columns-menu">
      <button
        type="button"
        className="ms-secondary"
        ref={button}
        aria-expanded={open}
        aria-controls={id}
        data-testid="microscope-columns"
        onClick={() => setOpen(!open)}
      >
        {t('ws.columns.button')}
      </button>
      {open ? (
        <fieldset className="ms-columns-panel" id={id} ref={panel} data-testid="microscope-columns-panel">
          <legend>{t('ws.columns.title')}</legend>
          <p className="ms-sub">{t('ws.columns.fixed', { column: t('col.handle') })}</p>
          <ol>
            {prefs.order.map((column, index) => {
              const label = columnLabel(t, column);
              const shown = !prefs.hidden.includes(column);
              return (
                <li key={column} data-column={column}>
                  <label className="ms-check">
                    <input
                      type="checkbox"
                      data-testid={`microscope-column-toggle-${column}`}
                      checked={shown}
                      onChange={(e) => {
                        onChange(setColumnVisible(prefs, column, e.target.checked));
                        setSaid(
                          t(e.target.checked ? 'ws.columns.shown' : 'ws.columns.hidden', { column: label }),
                        );
                      }}
                    />
                    {label}
                  </label>
                  <button
                    type="button"
                    className="ms-icon ms-move"
                    data-testid={`microscope-column-up-${column}`}
                    aria-label={t('ws.columns.up', { column: label })}
                    disabled={index === 0}
                    onClick={() => move(column, -1)}
                  >
                    ↑
                  </button>
                  <button
                    type="button"
                    className="ms-icon ms-move"
                    data-testid={`microscope-column-down-${column}`}
                    aria-label={t('ws.columns.down', { column: label })}
                    disabled={index === prefs.order.length - 1}
                    onClick={() => move(column, 1)}
                  >
                    ↓
                  </button>
                </li>
              );
            })}
          </ol>
          <button
            type="button"
            className="ms-link-button"
            data-testid="microscope-columns-reset"
            onClick={() => onChange(DEFAULT_COLUMN_PREFS)}
          >
            {t('ws.columns.reset')}
          </button>
          <p className="ms-visually-hidden" role="status">
            {said}
          </p>
        </fieldset>
      ) : null}
    </div>
  );
}
