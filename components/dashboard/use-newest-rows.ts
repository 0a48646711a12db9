import { liveQuery } from 'dexie';
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
  // The lines shown: the early read's until the database answers, then the database's. A
  // new answer with the same lines keeps the lines held, so the dashboard is not drawn again
  // for it (at 50,000 creators that drawing took the main thread as the whole list loaded).
  const [lines, setLines] = useState<readonly string[] | undefined>(() =>
    early?.done ? early.lines : undefined,
  );
  const answered = useRef(false);
  useEffect(() => {
    if (early === undefined || early.done) return;
    let current = true;
    void early.result.then((found) => {
      if (current && !answered.current && found !== undefined) setLines(found);
    });
    return () => {
      current = false;
    };
  }, [early]);
  useEffect(() => {
    if (!wanted) return;
    const subscription = liveQuery(() => readNewestLines(db)).subscribe({
      next: (stored) => {
        answered.current = true;
        setLines((held) => (held !== undefined && sameLines(held, stored) ? held : stored));
      },
      // A failed read leaves the rows as they are; the whole list's load reports its own errors.
      error: () => undefined,
    });
    return () => subscription.unsubscribe();
  }, [db, wanted]);
  const last = useRef<{ lines: readonly string[]; rows: readonly ShortlistEntry[] }>(undefined);
  if (!wanted) return null;
  if (lines === undefined) return undefined;
  if (last.current?.lines !== lines) last.current = { lines, rows: rowsOfNewestLines(lines, limit) };
  return last.current.rows;
}
