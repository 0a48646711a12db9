import { useCallback, useEffect, useState } from 'react';
import {
  type ColumnPrefs,
  DEFAULT_COLUMN_PREFS,
  loadColumnPrefs,
  saveColumnPrefs,
  watchColumnPrefs,
} from '@/lib/settings/table-columns';

/** The table's column choice (lib/settings/table-columns.ts): read once, saved on change, followed live. */
export function useColumnPrefs(): [ColumnPrefs, (next: ColumnPrefs) => void] {
  const [prefs, setPrefs] = useState<ColumnPrefs>(DEFAULT_COLUMN_PREFS);
  useEffect(() => {
    let alive = true;
    void loadColumnPrefs()
      .then((value) => {
        if (alive) setPrefs(value);
      })
      .catch(() => {});
    const stop = watchColumnPrefs(setPrefs);
    return () => {
      alive = false;
      stop();
    };
  }, []);
  const update = useCallback((next: ColumnPrefs) => {
    setPrefs(next);
    void saveColumnPrefs(next).catch(() => {});
  }, []);
  return [prefs, update];
}
