import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  DEFAULT_COLUMN_PREFS,
  loadColumnPrefs,
  moveColumn,
  readColumnPrefs,
  saveColumnPrefs,
  setColumnVisible,
  TABLE_COLUMNS,
  visibleColumns,
  watchColumnPrefs,
} from '@/lib/settings/table-columns';

describe('table column preferences', () => {
  it('defaults to every column, in the documented order', () => {
    expect(readColumnPrefs(undefined)).toEqual({ order: [...TABLE_COLUMNS], hidden: [] });
    expect(visibleColumns(DEFAULT_COLUMN_PREFS)).toEqual([...TABLE_COLUMNS]);
  });

  it('hides and shows a column, and moves one within bounds', () => {
    const hidden = setColumnVisible(DEFAULT_COLUMN_PREFS, 'tags', false);
    expect(visibleColumns(hidden)).not.toContain('tags');
    expect(visibleColumns(setColumnVisible(hidden, 'tags', true))).toEqual([...TABLE_COLUMNS]);

    const moved = moveColumn(DEFAULT_COLUMN_PREFS, 'dueDate', -10);
    expect(moved.order[0]).toBe('dueDate');
    expect(moved.order).toHaveLength(TABLE_COLUMNS.length);
    expect(moveColumn(moved, 'dueDate', -1)).toBe(moved);
    const later = moveColumn(DEFAULT_COLUMN_PREFS, 'platform', 1);
    expect(later.order.slice(0, 2)).toEqual(['followers', 'platform']);
    expect(moveColumn(DEFAULT_COLUMN_PREFS, 'addedAt', 1)).toBe(DEFAULT_COLUMN_PREFS);
  });

  it('makes a stored value whole: unknown and repeated columns dropped, missing ones put back in place', () => {
    const read = readColumnPrefs({
      order: ['dueDate', 'handle', 'dueDate', 'er', 'nonsense', 3],
      hidden: ['tags', 'tags', 'select', 'handle', null],
    });
    // handle and select are not configurable: never hidden, never in the order.
    expect(read.hidden).toEqual(['tags']);
    expect(read.order).toHaveLength(TABLE_COLUMNS.length);
    expect(new Set(read.order).size).toBe(TABLE_COLUMNS.length);
    // The two kept in their stored order; the others where they sit by default around them.
    expect(read.order.indexOf('dueDate')).toBeLessThan(read.order.indexOf('er'));
    expect(read.order.indexOf('followers')).toBeLessThan(read.order.indexOf('tier'));
    expect(read.order.indexOf('tier')).toBeLessThan(read.order.indexOf('er'));
    for (const bad of [null, 'x', 42, { order: 'er' }, []]) {
      expect(readColumnPrefs(bad).order).toHaveLength(TABLE_COLUMNS.length);
    }
  });

  it('is stored in extension storage under local:dashboardColumns and watched', async () => {
    fakeBrowser.reset();
    expect(await loadColumnPrefs()).toEqual(DEFAULT_COLUMN_PREFS);
    const seen: string[][] = [];
    const stop = watchColumnPrefs((prefs) => seen.push(visibleColumns(prefs)));
    const mine = moveColumn(setColumnVisible(DEFAULT_COLUMN_PREFS, 'fit', false), 'status', -5);
    await saveColumnPrefs(mine);
    expect(await loadColumnPrefs()).toEqual(mine);
    expect(await fakeBrowser.storage.local.get('dashboardColumns')).toEqual({ dashboardColumns: mine });
    expect(seen.at(-1)).toEqual(visibleColumns(mine));
    stop();
    // A damaged stored value reads as a whole table, not an error.
    await fakeBrowser.storage.local.set({ dashboardColumns: { order: 12 } });
    expect(await loadColumnPrefs()).toEqual(DEFAULT_COLUMN_PREFS);
  });
});
