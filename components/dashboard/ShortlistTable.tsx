import './ShortlistTable.css';
import {
  type Column,
  type ColumnDef,
  flexRender,
  getCoreRowModel,
  type OnChangeFn,
  type Row,
  type RowSelectionState,
  type SortingState,
  useReactTable,
  type VisibilityState,
} from '@tanstack/react-table';
import { useVirtualizer } from '@tanstack/react-virtual';
import { type CSSProperties, memo, useEffect, useMemo, useRef } from 'react';
import type { UiFormatters } from '@/components/use-ui-locale';
import type { Translate } from '@/lib/i18n';
import type { ShortlistEntry } from '@/lib/model';
import { type ColumnPrefs, DEFAULT_COLUMN_PREFS, type TableColumn } from '@/lib/settings/table-columns';
import { effectiveVerdictOf } from '@/lib/shortlist/effective-verdict';
import type { SortKey } from '@/lib/shortlist/filters';
import { RowBoundary } from './PanelBoundary';
import { useFocusFollowsRow } from './use-focus-follows-row';

const ROW_HEIGHT = 44;
/**
 * Rows are drawn in slots, keyed by their place in the list modulo this (far more rows than a
 * window ever holds, so no two rows in view share a slot): a new filter or sort that brings
 * other creators to the same places updates the rows already drawn (their text and
 * attributes) instead of removing them and building new ones, and scrolling reuses the slot
 * of the row that left for the row that came into view.
 */
const ROW_SLOTS = 1024;

interface Props {
  rows: readonly ShortlistEntry[];
  t: Translate;
  fmt: UiFormatters;
  maxFakeShare?: number;
  sorting: SortingState;
  onSortingChange: OnChangeFn<SortingState>;
  rowSelection: RowSelectionState;
  onRowSelectionChange: OnChangeFn<RowSelectionState>;
  /** Every row shown is selected / some are (for the header checkbox). */
  allSelected: boolean;
  someSelected: boolean;
  onToggleAll(select: boolean): void;
  openId?: string;
  onOpen(id: string): void;
  /** Columns shown and their order (lib/settings/table-columns.ts). */
  columnPrefs?: ColumnPrefs;
}

/** Column sizing: a minimum in px and a share of the room left (fr); the minimums set when the table scrolls sideways. */
interface ColumnMeta {
  numeric?: boolean;
  min: number;
  grow: number;
}

/** The header text of a configurable column (the column chooser names them the same way). */
export function columnLabel(t: Translate, column: TableColumn): string {
  switch (column) {
    case 'platform':
      return t('col.platform');
    case 'followers':
      return t('col.followers');
    case 'tier':
      return t('col.tier');
    case 'er':
      return t('col.er');
    case 'fit':
      return t('ws.col.fit');
    case 'verdict':
      return t('col.verdict');
    case 'status':
      return t('col.status');
    case 'tags':
      return t('ws.col.tags');
    case 'assignee':
      return t('ws.col.assignee');
    case 'quotedPrice':
      return t('ws.col.price');
    case 'dueDate':
      return t('ws.col.due');
    case 'addedAt':
      return t('col.added');
  }
}

function metaOf(meta: unknown): ColumnMeta {
  return (meta as ColumnMeta | undefined) ?? { min: 80, grow: 1 };
}

const dash = '—';

interface SelectAll {
  all: boolean;
  some: boolean;
  toggle(select: boolean): void;
}

function useColumns(
  t: Translate,
  fmt: UiFormatters,
  maxFakeShare: number | undefined,
  selectAll: { current: SelectAll },
) {
  return useMemo<ColumnDef<ShortlistEntry>[]>(
    () => [
      {
        id: 'select',
        meta: { min: 36, grow: 0 } satisfies ColumnMeta,
        enableSorting: false,
        // "Select all" means every row of the filtered view, not only the rows in the DOM.
        header: () => (
          <input
            type="checkbox"
            data-testid="microscope-select-all"
            aria-label={t('ws.selectAll')}
            checked={selectAll.current.all}
            ref={(el) => {
              if (el) el.indeterminate = !selectAll.current.all && selectAll.current.some;
            }}
            onChange={(e) => selectAll.current.toggle(e.target.checked)}
          />
        ),
        cell: ({ row }) => (
          <input
            type="checkbox"
            data-testid="microscope-select-row"
            aria-label={t('ws.selectRow', { handle: row.original.handle })}
            checked={row.getIsSelected()}
            onChange={row.getToggleSelectedHandler()}
            onClick={(e) => e.stopPropagation()}
          />
        ),
      },
      {
        id: 'handle' satisfies SortKey,
        meta: { min: 140, grow: 2 } satisfies ColumnMeta,
        accessorFn: (e) => e.handle,
        header: t('col.handle'),
        cell: ({ row }) => (
          <div className="ms-cell-creator">
            {/* The whole handle and name on hover: a narrow column cuts long ones short. */}
            <button
              type="button"
              className="ms-cell-handle"
              data-testid="microscope-open-detail"
              title={`@${row.original.handle}`}
            >
              @{row.original.handle}
            </button>
            {row.original.displayName ? (
              <span className="ms-sub" title={row.original.displayName}>
                {row.original.displayName}
              </span>
            ) : null}
          </div>
        ),
      },
      {
        id: 'platform' satisfies SortKey,
        meta: { min: 96, grow: 1 } satisfies ColumnMeta,
        accessorFn: (e) => e.platform,
        header: columnLabel(t, 'platform'),
        cell: ({ row }) => (
          <span className={`ms-platform ms-platform-${row.original.platform}`}>
            {t(`platform.${row.original.platform}`)}
          </span>
        ),
      },
      {
        id: 'followers' satisfies SortKey,
        meta: { numeric: true, min: 84, grow: 1 } satisfies ColumnMeta,
        accessorFn: (e) => e.followers,
        header: columnLabel(t, 'followers'),
        cell: ({ row }) =>
          row.original.followers === undefined ? dash : fmt.integer(row.original.followers),
      },
      {
        id: 'tier' satisfies SortKey,
        meta: { min: 60, grow: 0.7 } satisfies ColumnMeta,
        accessorFn: (e) => e.tier,
        header: columnLabel(t, 'tier'),
        cell: ({ row }) => (row.original.tier ? t(`tier.${row.original.tier}`) : dash),
      },
      {
        id: 'er' satisfies SortKey,
        meta: { numeric: true, min: 68, grow: 0.8 } satisfies ColumnMeta,
        accessorFn: (e) => e.erMean,
        header: columnLabel(t, 'er'),
        cell: ({ row }) => (row.original.erMean === undefined ? dash : fmt.percent(row.original.erMean)),
      },
      {
        id: 'fit' satisfies SortKey,
        meta: { numeric: true, min: 48, grow: 0.5 } satisfies ColumnMeta,
        accessorFn: (e) => e.report.fit,
        header: columnLabel(t, 'fit'),
        cell: ({ row }) =>
          row.original.report.fit === undefined ? dash : Math.round(row.original.report.fit),
      },
      {
        id: 'verdict' satisfies SortKey,
        meta: { min: 144, grow: 1.2 } satisfies ColumnMeta,
        accessorFn: (e) => e.verdict,
        header: columnLabel(t, 'verdict'),
        cell: ({ row }) => {
          const shown = effectiveVerdictOf(row.original, maxFakeShare);
          return (
            <span
              className={`ms-verdict ms-verdict-${shown.verdict}`}
              data-value={shown.verdict}
              title={
                shown.override
                  ? t('ws.verdict.auditOverride', {
                      share: fmt.decimal1(shown.override.share),
                      max: fmt.decimal1(shown.override.max),
                    })
                  : undefined
              }
            >
              {t(`verdict.${shown.verdict}`)}
              {shown.override ? ' *' : ''}
            </span>
          );
        },
      },
      {
        id: 'status' satisfies SortKey,
        meta: { min: 110, grow: 1.1 } satisfies ColumnMeta,
        accessorFn: (e) => e.status,
        header: columnLabel(t, 'status'),
        cell: ({ row }) => (
          <span className={`ms-status ms-status-${row.original.status}`} data-value={row.original.status}>
            {t(`status.${row.original.status}`)}
          </span>
        ),
      },
      {
        id: 'tags',
        meta: { min: 70, grow: 1.2 } satisfies ColumnMeta,
        enableSorting: false,
        header: columnLabel(t, 'tags'),
        cell: ({ row }) => (
          <span className="ms-tags-cell" title={row.original.tags.join(', ') || undefined}>
            {row.original.tags.map((tag) => (
              <span key={tag} className="ms-tag">
                {tag}
              </span>
            ))}
          </span>
        ),
      },
      {
        id: 'assignee' satisfies SortKey,
        meta: { min: 70, grow: 1 } satisfies ColumnMeta,
        accessorFn: (e) => e.assignee,
        header: columnLabel(t, 'assignee'),
        cell: ({ row }) => <span title={row.original.assignee}>{row.original.assignee ?? ''}</span>,
      },
      {
        id: 'quotedPrice' satisfies SortKey,
        meta: { numeric: true, min: 84, grow: 0.9 } satisfies ColumnMeta,
        accessorFn: (e) => e.quotedPrice,
        header: columnLabel(t, 'quotedPrice'),
        cell: ({ row }) =>
          row.original.quotedPrice === undefined
            ? ''
            : fmt.money(row.original.quotedPrice, row.original.currency ?? 'EUR'),
      },
      {
        id: 'dueDate' satisfies SortKey,
        meta: { min: 92, grow: 0.9 } satisfies ColumnMeta,
        accessorFn: (e) => e.dueDate,
        header: columnLabel(t, 'dueDate'),
        cell: ({ row }) => row.original.dueDate ?? '',
      },
      {
        id: 'addedAt' satisfies SortKey,
        meta: { min: 112, grow: 1 } satisfies ColumnMeta,
        accessorFn: (e) => e.addedAt,
        header: columnLabel(t, 'addedAt'),
        cell: ({ row }) => fmt.date(row.original.addedAt),
      },
    ],
    [t, fmt, maxFakeShare, selectAll],
  );
}

/**
 * The shortlist as a virtualised grid: only the rows in view (plus a few) are in the DOM,
 * so 10,000 creators scroll and sort without lag. Drawn again only when its props change
 * (not for every update of the page around it, such as counts arriving while the list loads). Sorting and filtering happen before
 * (lib/shortlist/filters.ts); the table owns column headers, sort state and selection.
 */
export const ShortlistTable = memo(function ShortlistTable(props: Props) {
  const selectAll = useRef<SelectAll>({ all: false, some: false, toggle: () => {} });
  selectAll.current = { all: props.allSelected, some: props.someSelected, toggle: props.onToggleAll };
  const columns = useColumns(props.t, props.fmt, props.maxFakeShare, selectAll);
  const scrollRef = useRef<HTMLDivElement>(null);
  useFocusFollowsRow(scrollRef);
  const virtualizer = useVirtualizer({
    count: props.rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    // A few rows past each edge: enough for smooth scrolling, and every filter or sort that
    // changes the rows draws fewer of them (a keystroke draws the whole window anew).
    overscan: 5,
  });
  const items = virtualizer.getVirtualItems();
  // The table model only ever holds the rows in view (about 40), so sorting or filtering
  // 10,000 rows re-renders a window, never builds 10,000 row models.
  const first = items[0]?.index ?? 0;
  const last = items[items.length - 1]?.index ?? -1;
  const windowRows = useMemo(() => props.rows.slice(first, last + 1), [props.rows, first, last]);
  const prefs = props.columnPrefs ?? DEFAULT_COLUMN_PREFS;
  const columnOrder = useMemo(() => ['select', 'handle', ...prefs.order], [prefs.order]);
  const columnVisibility = useMemo<VisibilityState>(
    () => Object.fromEntries(prefs.hidden.map((c) => [c, false])),
    [prefs.hidden],
  );
  const table = useReactTable<ShortlistEntry>({
    data: windowRows,
    columns,
    getRowId: (row) => row.id,
    getCoreRowModel: getCoreRowModel(),
    manualSorting: true,
    manualFiltering: true,
    enableMultiSort: false,
    enableRowSelection: true,
    state: { sorting: props.sorting, rowSelection: props.rowSelection, columnOrder, columnVisibility },
    onSortingChange: props.onSortingChange,
    onRowSelectionChange: props.onRowSelectionChange,
  });
  const rows = table.getRowModel().rows;
  // The grid's tracks follow the columns shown, in their order; below the sum of their minimums
  // the table scrolls sideways inside its frame (the creator column stays in view).
  const visible = table.getVisibleLeafColumns();
  const gridStyle = {
    '--ms-cols': visible
      .map((c) => {
        const m = metaOf(c.columnDef.meta);
        return m.grow ? `minmax(${m.min}px, ${m.grow}fr)` : `${m.min}px`;
      })
      .join(' '),
    minWidth: `${visible.reduce((sum, c) => sum + metaOf(c.columnDef.meta).min, 0)}px`,
  } as CSSProperties;

  // Lets the E2E measure "first rows shown" from the page's own clock.
  const marked = useRef(false);
  useEffect(() => {
    if (!marked.current && rows.length > 0) {
      marked.current = true;
      performance.mark('microscope:first-rows');
    }
  }, [rows.length]);

  return (
    <div className="ms-grid-scroll" ref={scrollRef} data-testid="microscope-table" tabIndex={-1}>
      <table className="ms-grid" aria-rowcount={props.rows.length + 1} style={gridStyle}>
        <thead className="ms-grid-head">
          {table.getHeaderGroups().map((group) => (
            <tr key={group.id} className="ms-grid-row ms-grid-header-row" aria-rowindex={1}>
              {group.headers.map((header) => {
                const sorted = header.column.getIsSorted();
                const numeric = metaOf(header.column.columnDef.meta).numeric;
                return (
                  <th
                    key={header.id}
                    aria-sort={
                      !header.column.getCanSort()
                        ? undefined
                        : sorted === 'asc'
                          ? 'ascending'
                          : sorted === 'desc'
                            ? 'descending'
                            : 'none'
                    }
                    className={`ms-grid-cell ms-col-${header.id} ${numeric ? 'ms-num' : ''}`}
                  >
                    {header.column.getCanSort() ? (
                      <button
                        type="button"
                        className="ms-sort"
                        data-testid={`microscope-sort-${header.id}`}
                        onClick={header.column.getToggleSortingHandler()}
                      >
                        {flexRender(header.column.columnDef.header, header.getContext())}
                        <span className="ms-sort-mark" aria-hidden="true">
                          {sorted === 'asc' ? '▲' : sorted === 'desc' ? '▼' : ''}
                        </span>
                      </button>
                    ) : (
                      flexRender(header.column.columnDef.header, header.getContext())
                    )}
                  </th>
                );
              })}
            </tr>
          ))}
        </thead>
        <tbody className="ms-grid-body" style={{ height: virtualizer.getTotalSize() }}>
          {items.map((item) => {
            const row = rows[item.index - first];
            if (!row) return null;
            return (
              <RowBoundary
                key={item.index % ROW_SLOTS}
                rowId={row.id}
                t={props.t}
                handle={String(row.original?.handle ?? row.id)}
                columns={visible.length}
                style={rowStyle(item.start)}
              >
                <DataRow
                  row={row}
                  columns={visible}
                  start={item.start}
                  index={item.index}
                  selected={row.getIsSelected()}
                  open={props.openId === row.id}
                  onOpen={props.onOpen}
                />
              </RowBoundary>
            );
          })}
        </tbody>
      </table>
    </div>
  );
});

function rowStyle(start: number): CSSProperties {
  return { transform: `translateY(${start}px)`, height: ROW_HEIGHT };
}

/**
 * One creator's row; its own component so that a row that cannot be drawn fails alone
 * (RowBoundary), and drawn again only when its row, place, selection, opening or columns
 * change (the table is often drawn twice for one change: once for the rows, once for the
 * virtualiser's new range).
 */
const DataRow = memo(function DataRow(props: {
  row: Row<ShortlistEntry>;
  /**
   * The columns shown, in their order: others (one hidden or moved, another language, another
   * campaign threshold) draw the row again.
   */
  columns: readonly Column<ShortlistEntry>[];
  start: number;
  index: number;
  selected: boolean;
  open: boolean;
  onOpen(id: string): void;
}) {
  const { row, start, index, selected, open, onOpen } = props;
  const entry = row.original;
  return (
    <tr
      aria-selected={selected}
      aria-rowindex={index + 2}
      aria-current={open ? 'true' : undefined}
      className={`ms-grid-row ms-grid-data-row ${selected ? 'ms-row-selected' : ''} ${open ? 'ms-row-open' : ''}`}
      style={rowStyle(start)}
      data-testid="microscope-row"
      data-handle={entry.handle}
      data-platform={entry.platform}
      data-id={entry.id}
      onClick={() => onOpen(entry.id)}
    >
      {row.getVisibleCells().map((cell) => {
        const numeric = metaOf(cell.column.columnDef.meta).numeric;
        return (
          <td
            key={cell.column.id}
            className={`ms-grid-cell ms-col-${cell.column.id} ${numeric ? 'ms-num' : ''}`}
          >
            {flexRender(cell.column.columnDef.cell, cell.getContext())}
          </td>
        );
      })}
    </tr>
  );
});
