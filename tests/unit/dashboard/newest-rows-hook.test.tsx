// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { afterAll, describe, expect, it } from 'vitest';
import { useNewestRows } from '@/components/dashboard/use-newest-rows';
import type { ShortlistEntry } from '@/lib/model';
import type { MicroscopeDb } from '@/lib/shortlist/db';
import type { EarlyRead } from '@/lib/shortlist/early-read';
import { readNewestLines, readNewestRows } from '@/lib/shortlist/pages';
import { editEntries } from '@/lib/shortlist/repo';
import { seededDb } from '@/tests/helpers/seeded-db';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const open: MicroscopeDb[] = [];
afterAll(async () => {
  for (const db of open) await db.delete();
});

async function seeded(count: number): Promise<MicroscopeDb> {
  const db = await seededDb(`newest-hook-${Date.now()}-${Math.random()}`, count);
  open.push(db);
  return db;
}

type Shown = readonly ShortlistEntry[] | null | undefined;

function Probe(props: { db: MicroscopeDb; early?: EarlyRead; wanted: boolean; renders: Shown[] }) {
  props.renders.push(useNewestRows(props.db, props.early, 60, props.wanted));
  return null;
}

/** Lets the database and React run for a while. */
async function settle(ms = 300): Promise<void> {
  for (let waited = 0; waited < ms; waited += 20) await act(() => new Promise((r) => setTimeout(r, 20)));
}

function earlyDone(lines: string[] | undefined): EarlyRead {
  return { done: true, lines, result: Promise.resolve(lines) };
}

function mount(node: React.ReactNode) {
  const root = createRoot(document.createElement('div'));
  act(() => root.render(node));
  return root;
}

describe('the newest rows until the whole list is in', () => {
  it('draws the rows the early read found with the first render, and keeps them when the database says the same', async () => {
    const db = await seeded(300);
    const lines = await readNewestLines(db);
    const renders: Shown[] = [];
    const root = mount(<Probe db={db} early={earlyDone(lines)} wanted renders={renders} />);
    const first = renders[0];
    expect(first?.map((r) => r.id)).toEqual((await readNewestRows(db, 60)).map((r) => r.id));
    await settle();
    // The database's answer came (the query ran) and changed nothing: the same rows, and the
    // component was not drawn again for it.
    expect(renders).toHaveLength(1);
    // It follows the database all the same: an edit of the newest creator shows.
    const newest = first?.[0];
    const status = newest?.status === 'declined' ? 'contacted' : 'declined';
    await editEntries(db, [newest?.id as string], { status }, Date.now());
    await settle();
    expect(renders.length).toBeGreaterThan(1);
    expect(renders.at(-1)?.[0]).toMatchObject({ id: newest?.id, status });
    act(() => root.unmount());
  });

  it('follows the database when it holds other rows than the early read saw', async () => {
    const db = await seeded(300);
    const lines = await readNewestLines(db);
    const renders: Shown[] = [];
    // As if a creator was added after the early read: it saw one row fewer.
    const root = mount(<Probe db={db} early={earlyDone(lines.slice(1))} wanted renders={renders} />);
    expect(renders[0]?.map((r) => r.id)).toEqual((await readNewestRows(db, 61)).slice(1).map((r) => r.id));
    await settle();
    expect(renders.at(-1)?.map((r) => r.id)).toEqual((await readNewestRows(db, 60)).map((r) => r.id));
    act(() => root.unmount());
  });

  it('waits for the early read or the database, whichever answers first', async () => {
    const db = await seeded(200);
    const lines = await readNewestLines(db);
    let finish: (lines: string[] | undefined) => void = () => undefined;
    const early: EarlyRead = {
      done: false,
      lines: undefined,
      result: new Promise((resolve) => {
        finish = resolve;
      }),
    };
    const renders: Shown[] = [];
    const root = mount(<Probe db={db} early={early} wanted renders={renders} />);
    expect(renders[0]).toBeUndefined();
    await act(async () => finish(lines));
    await settle();
    expect(renders.at(-1)?.map((r) => r.id)).toEqual((await readNewestRows(db, 60)).map((r) => r.id));
    act(() => root.unmount());
  });

  it('reads the database alone without an early read, and nothing once the whole list is in', async () => {
    const db = await seeded(200);
    const renders: Shown[] = [];
    const root = mount(<Probe db={db} wanted renders={renders} />);
    expect(renders[0]).toBeUndefined();
    await settle();
    expect(renders.at(-1)?.map((r) => r.id)).toEqual((await readNewestRows(db, 60)).map((r) => r.id));
    act(() => root.render(<Probe db={db} wanted={false} renders={renders} />));
    await settle();
    expect(renders.at(-1)).toBeNull();
    act(() => root.unmount());
  });
});
