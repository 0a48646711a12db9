import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useRef, useState } from 'react';
import type { ShortlistEntry } from '@/lib/model';
import type { MicroscopeDb } from '@/lib/shortlist/db';
import type { EarlyRead } from '@/lib/shortlist/early-read';
import { readNewestLines, rowsOfNewestLines } from '@/lib/shortlist/pages';

/** Same lines, in the same order. */
function sameLines(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/**
 * The newest rows the dashboard shows until its whole list has loaded (`wanted` false: null).
 *
 * The database's record of them, followed live; until that query first answers, the lines the
 * page's early read found as the page started (lib/shortlist/early-read.ts), so the table can
 * draw them with its first render. When the query answers with the same lines, the rows stay
 * the same objects and the table is not drawn again; other lines (a write in between) replace
 * them. Undefined while neither has answered.
 */
export function useNewestRows(
  db: MicroscopeDb,
  early: EarlyRead | undefined,
  limit: number,
  wanted: boolean,
): readonly ShortlistEntry[] | null | undefined {
  const [earlyLines, setEarlyLines] = useState<string[] | undefined>(() =>
    early?.done ? early.lines : undefined,
  );
  useEffect(() => {
    if (early === undefined || early.done) return;
    let current = true;
    void early.result.then((lines) => {
      if (current) setEarlyLines(lines);
    });
    return () => {
      current = false;
    };
  }, [early]);
  const stored = useLiveQuery(() => (wanted ? readNewestLines(db) : null), [db, wanted]);
  const lines = stored === undefined ? earlyLines : stored;
  const last = useRef<{ lines: readonly string[]; rows: readonly ShortlistEntry[] }>(undefined);
  if (lines === null) return null;
  if (lines === undefined) return undefined;
  if (last.current && sameLines(last.current.lines, lines)) return last.current.rows;
  const rows = rowsOfNewestLines(lines, limit);
  last.current = { lines, rows };
  return rows;
}
