import { storage } from 'wxt/utils/storage';
import { z } from 'zod';

/**
 * Which columns of the dashboard's shortlist table are shown, and in which order: the user's
 * choice, kept in extension storage. The selection checkbox and the creator column are always
 * shown and always first (a row is never without its name); every other column can be hidden
 * and moved.
 */
export const TABLE_COLUMNS = [
  'platform',
  'followers',
  'tier',
  'er',
  'fit',
  'verdict',
  'status',
  'tags',
  'assignee',
  'quotedPrice',
  'dueDate',
  'addedAt',
] as const;
export type TableColumn = (typeof TABLE_COLUMNS)[number];

export const ColumnPrefsSchema = z.object({
  /** Every column, in the order shown. */
  order: z.array(z.enum(TABLE_COLUMNS)),
  /** Columns not shown. */
  hidden: z.array(z.enum(TABLE_COLUMNS)),
});
export type ColumnPrefs = z.output<typeof ColumnPrefsSchema>;

export const DEFAULT_COLUMN_PREFS: ColumnPrefs = { order: [...TABLE_COLUMNS], hidden: [] };

/**
 * What was stored, made whole: unknown or repeated columns dropped, columns missing from the
 * order (added by a later version) put back at their default place; anything unreadable is the
 * default. Never throws: a bad stored value must not cost the user their table.
 */
export function readColumnPrefs(stored: unknown): ColumnPrefs {
  const known = (value: unknown): value is TableColumn => TABLE_COLUMNS.includes(value as TableColumn);
  if (typeof stored !== 'object' || stored === null) return DEFAULT_COLUMN_PREFS;
  const raw = stored as { order?: unknown; hidden?: unknown };
  const order = [...new Set(Array.isArray(raw.order) ? raw.order.filter(known) : [])];
  for (const column of TABLE_COLUMNS) {
    if (order.includes(column)) continue;
    // After the column that precedes it by default, or first.
    const before = TABLE_COLUMNS.slice(0, TABLE_COLUMNS.indexOf(column)).reverse();
    const anchor = before.find((c) => order.includes(c));
    order.splice(anchor === undefined ? 0 : order.indexOf(anchor) + 1, 0, column);
  }
  const hidden = [...new Set(Array.isArray(raw.hidden) ? raw.hidden.filter(known) : [])];
  return ColumnPrefsSchema.parse({ order, hidden });
}

/** Shows or hides one column. */
export function setColumnVisible(prefs: ColumnPrefs, column: TableColumn, visible: boolean): ColumnPrefs {
  const hidden = prefs.hidden.filter((c) => c !== column);
  return { ...prefs, hidden: visible ? hidden : [...hidden, column] };
}

/** Moves one column `by` places (−1 earlier, +1 later) in the order, within bounds. */
export function moveColumn(prefs: ColumnPrefs, column: TableColumn, by: number): ColumnPrefs {
  const from = prefs.order.indexOf(column);
  if (from < 0) return prefs;
  const to = Math.max(0, Math.min(prefs.order.length - 1, from + by));
  if (to === from) return prefs;
  const order = [...prefs.order];
  order.splice(from, 1);
  order.splice(to, 0, column);
  return { ...prefs, order };
}

/** The columns shown, in order. */
export function visibleColumns(prefs: ColumnPrefs): TableColumn[] {
  return prefs.order.filter((c) => !prefs.hidden.includes(c));
}

const columnPrefsItem = storage.defineItem<unknown>('local:dashboardColumns', {
  fallback: DEFAULT_COLUMN_PREFS,
  version: 1,
});

export async function loadColumnPrefs(): Promise<ColumnPrefs> {
  return readColumnPrefs(await columnPrefsItem.getValue());
}

export async function saveColumnPrefs(prefs: ColumnPrefs): Promise<void> {
  await columnPrefsItem.setValue(ColumnPrefsSchema.parse(readColumnPrefs(prefs)));
}

export function watchColumnPrefs(callback: (prefs: ColumnPrefs) => void): () => void {
  return columnPrefsItem.watch((value) => callback(readColumnPrefs(value)));
}
