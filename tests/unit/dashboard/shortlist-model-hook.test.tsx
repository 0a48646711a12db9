// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { afterAll, describe, expect, it, vi } from 'vitest';
import {
  prefetchShortlist,
  type ShortlistState,
  useShortlistModel,
} from '@/components/dashboard/use-shortlist-model';
import type { MicroscopeDb } from '@/lib/shortlist/db';
import { pageOf } from '@/lib/shortlist/pages';
import { editEntries, listShortlist, removeFromShortlist } from '@/lib/shortlist/repo';
import { seededDb } from '@/tests/helpers/seeded-db';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const open: MicroscopeDb[] = [];
afterAll(async () => {
  for (const db of open) await db.delete();
});

function Probe({ db, out }: { db: MicroscopeDb; out: { state?: ShortlistState } }) {
  out.state = useShortlistModel(db);
  return null;
}

/** The hook of a given copy of its module, its longest wait for the first rows given. */
function WaitingProbe({
  db,
  out,
  use,
  waitMs,
}: {
  db: MicroscopeDb;
  out: { state?: ShortlistState };
  use: typeof useShortlistModel;
  waitMs: number;
}) {
  out.state = use(db, { firstRowsWaitMs: waitMs });
  return null;
}

/** Waits (letting the database and React run) until `check` holds. */
async function until(check: () => boolean, what: string): Promise<void> {
  const start = Date.now();
  while (!check()) {
    if (Date.now() - start > 20_000) throw new Error(`timed out: ${what}`);
    await act(() => new Promise((resolve) => setTimeout(resolve, 10)));
  }
}

/** The rows the dashboard shows, as the database holds them (newest first). */
async function stored(db: MicroscopeDb): Promise<string[]> {
  return (await listShortlist(db)).map((r) => `${r.id} ${r.status}`);
}

/** A database holding `count` generated creators, as the extension stores them. */
async function seeded(count: number): Promise<MicroscopeDb> {
  const db = await seededDb(`model-hook-${Date.now()}-${Math.random()}`, count);
  open.push(db);
  return db;
}

describe('the dashboard following the database', () => {
  it('follows a write made after the page asked for the first rows and before the dashboard followed the database', async () => {
    const db = await seeded(600);
    // Creators whose page is in the first batch (pages 0–15), which the page asks for as it starts.
    const ids = (await listShortlist(db)).map((r) => r.id).filter((id) => pageOf(id) < 16);
    expect(ids.length).toBeGreaterThan(3);
    prefetchShortlist(db);
    // The read is asked for; the write comes after it (an edit from the popup meanwhile).
    await editEntries(db, ids.slice(0, 3), { status: 'declined' }, Date.now());
    const after = await stored(db);
    const out: { state?: ShortlistState } = {};
    const root = createRoot(document.createElement('div'));
    act(() => root.render(<Probe db={db} out={out} />));
    const shown = () => (out.state?.entries ?? []).map((r) => `${r.id} ${r.status}`);
    await until(() => JSON.stringify(shown()) === JSON.stringify(after), 'the write followed');
    act(() => root.unmount());
  }, 60_000);

  it('loads every row, then follows a change of most pages (read a batch ahead) and a change of one row', async () => {
    const db = await seeded(600);
    const out: { state?: ShortlistState } = {};
    const root = createRoot(document.createElement('div'));
    act(() => root.render(<Probe db={db} out={out} />));
    const shown = () => (out.state?.entries ?? []).map((r) => `${r.id} ${r.status}`);
    await until(() => out.state?.entries?.length === 600, 'the rows loaded');
    expect(shown()).toEqual(await stored(db));

    // Most pages at once (as an import changes them): statuses of 400 creators, 50 removed.
    const ids = (out.state?.entries ?? []).map((r) => r.id);
    await editEntries(db, ids.slice(0, 400), { status: 'declined' }, Date.now());
    await removeFromShortlist(db, ids.slice(500, 550), Date.now());
    const after = await stored(db);
    await until(() => JSON.stringify(shown()) === JSON.stringify(after), 'the change followed');
    expect(out.state?.entries).toHaveLength(550);

    // One row.
    await editEntries(db, [ids[450] as string], { status: 'contacted' }, Date.now());
    const last = await stored(db);
    await until(() => JSON.stringify(shown()) === JSON.stringify(last), 'the edit followed');
    act(() => root.unmount());
  }, 60_000);

  it('shows a status picked on the page at once, then the stored row; a failed write takes it back', async () => {
    const db = await seeded(300);
    const out: { state?: ShortlistState } = {};
    const root = createRoot(document.createElement('div'));
    act(() => root.render(<Probe db={db} out={out} />));
    await until(() => out.state?.entries?.length === 300, 'the rows loaded');
    const row = (id: string) => out.state?.entries?.find((r) => r.id === id);
    const [first, second] = (out.state?.entries ?? []).filter((r) => r.status !== 'declined');
    if (!first || !second) throw new Error('no creator to edit');

    // Shown before anything is written: the same render that takes the click.
    let takeBack: (() => void) | undefined;
    act(() => {
      takeBack = out.state?.echo(first.id, { status: 'declined' });
    });
    expect(takeBack).toBeTypeOf('function');
    expect(row(first.id)?.status).toBe('declined');
    expect(await stored(db)).toContain(`${first.id} ${first.status}`);
    // The write lands: the stored row (its new date of change with it) replaces the one shown.
    await editEntries(db, [first.id], { status: 'declined' }, Date.now());
    const storedRow = (await listShortlist(db)).find((r) => r.id === first.id);
    await until(() => row(first.id)?.updatedAt === storedRow?.updatedAt, 'the stored row shown');
    expect(row(first.id)).toEqual(storedRow);

    // The write fails (nothing stored): the row goes back to what the database holds.
    act(() => {
      takeBack = out.state?.echo(second.id, { status: 'declined' });
    });
    expect(row(second.id)?.status).toBe('declined');
    act(() => takeBack?.());
    await until(() => row(second.id)?.status === second.status, 'the row taken back');
    expect(row(second.id)).toBe(second);
    // Unknown creators are not shown.
    expect(out.state?.echo('instagram:not.listed', { status: 'declined' })).toBeUndefined();
    expect(out.state?.entries?.map((r) => `${r.id} ${r.status}`)).toEqual(await stored(db));
    act(() => root.unmount());
  }, 60_000);

  it('parses the whole list once the first rows are shown, or after its longest wait', async () => {
    const db = await seeded(300);
    // A fresh copy of the module: the first rows are shown once per page.
    vi.resetModules();
    const hook = await import('@/components/dashboard/use-shortlist-model');
    const out: { state?: ShortlistState } = {};
    const root = createRoot(document.createElement('div'));
    act(() => root.render(<WaitingProbe db={db} out={out} use={hook.useShortlistModel} waitMs={60_000} />));
    // A second with the database and React running: the rows are read but not parsed.
    await act(() => new Promise((resolve) => setTimeout(resolve, 1_000)));
    expect(out.state?.entries).toBeUndefined();
    act(() => hook.firstRowsShown());
    await until(() => out.state?.entries?.length === 300, 'the rows loaded once the first were shown');
    expect(out.state?.entries?.map((r) => `${r.id} ${r.status}`)).toEqual(await stored(db));
    act(() => root.unmount());

    // First rows never shown (another fresh copy): the list still loads after the longest wait.
    vi.resetModules();
    const late = await import('@/components/dashboard/use-shortlist-model');
    const outLate: { state?: ShortlistState } = {};
    const rootLate = createRoot(document.createElement('div'));
    act(() =>
      rootLate.render(<WaitingProbe db={db} out={outLate} use={late.useShortlistModel} waitMs={300} />),
    );
    await until(() => outLate.state?.entries?.length === 300, 'the rows loaded after the longest wait');
    act(() => rootLate.unmount());
  }, 60_000);
});
