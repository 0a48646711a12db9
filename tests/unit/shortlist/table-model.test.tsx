// @vitest-environment happy-dom
import fc from 'fast-check';
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { describe, expect, it } from 'vitest';
import { type ShortlistState, useShortlistView } from '@/components/dashboard/use-shortlist-model';
import type { ShortlistEntry, Status } from '@/lib/model';
import {
  filterEntries,
  type ShortlistFilter,
  type SortSpec,
  sortByTie,
  sortEntries,
} from '@/lib/shortlist/filters';
import { pageOf, rowLine } from '@/lib/shortlist/pages';
import { compareRows, TableModel } from '@/lib/shortlist/table-model';
import { syntheticEntries } from '@/tests/helpers/seed';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

/** The rows as stored: pages of lines, with a revision per row. */
class Store {
  rows = new Map<string, { row: ShortlistEntry; rev: number }>();
  seq = 1;
  put(row: ShortlistEntry) {
    this.rows.set(row.id, { row, rev: this.seq });
  }
  pageText(page: number): string {
    return [...this.pageLines(page)].map(([key, rest]) => `${key}\t${rest}`).join('\n');
  }
  pageLines(page: number): Map<string, string> {
    const lines = new Map<string, string>();
    for (const [id, { row, rev }] of this.rows)
      if (pageOf(id) === page)
        lines.set(id, rowLine({ rev, status: row.status, addedAt: row.addedAt, json: JSON.stringify(row) }));
    return lines;
  }
}

function expected(store: Store, sort: SortSpec | undefined, filter: ShortlistFilter, maxFakeShare: number) {
  return expectedOf(
    [...store.rows.values()].map((r) => r.row),
    sort,
    filter,
    maxFakeShare,
  );
}

function expectedOf(
  rows: ShortlistEntry[],
  sort: SortSpec | undefined,
  filter: ShortlistFilter,
  maxFakeShare: number,
) {
  const all = rows.sort(compareRows);
  return filterEntries(sortEntries(all, sort, { maxFakeShare }), filter, { maxFakeShare }).map((r) => r.id);
}

interface ProbeProps {
  state: ShortlistState;
  sort?: SortSpec;
  filter: ShortlistFilter;
  max: number;
  out: { rows?: readonly ShortlistEntry[] };
}

function Probe(props: ProbeProps) {
  props.out.rows = useShortlistView(props.state, props.sort, props.filter, props.max);
  return null;
}

function renderView() {
  const out: ProbeProps['out'] = {};
  const container = document.createElement('div');
  const root = createRoot(container);
  return {
    show(state: ShortlistState, sort: SortSpec | undefined, filter: ShortlistFilter, max: number) {
      act(() => root.render(<Probe state={state} sort={sort} filter={filter} max={max} out={out} />));
      return (out.rows ?? []).map((r) => r.id);
    },
    unmount: () => act(() => root.unmount()),
  };
}

const SORTS: (SortSpec | undefined)[] = [
  undefined,
  { key: 'followers', desc: true },
  { key: 'handle', desc: false },
  { key: 'status', desc: false },
  { key: 'verdict', desc: true },
];
const FILTERS: ShortlistFilter[] = [
  {},
  { text: 'l' },
  { text: 'le' },
  { text: 'lea' },
  { statuses: ['contacted', 'declined'] },
  { verdicts: ['reject'], text: 'e' },
];

/**
 * A case this property found once on an earlier table model (a row listed twice after rows were
 * added one at a time, then one removed, through the path of large changes): kept as a fixed
 * example so it runs every time.
 */
const FOUND_ONCE = [
  [
    [
      { kind: 'add', i: 0 },
      { kind: 'view', sort: 0, filter: 0 },
    ],
    [
      { kind: 'add', i: 1 },
      { kind: 'add', i: 2 },
      { kind: 'view', sort: 0, filter: 0 },
    ],
    [
      { kind: 'add', i: 3 },
      { kind: 'add', i: 4 },
    ],
    [
      { kind: 'audit', i: 1409111400 },
      { kind: 'remove', i: 1957532205 },
    ],
  ],
  { patchLimit: 0, stageBatch: 1, asText: false, tieFirst: false, restage: true, inSteps: false },
];

/**
 * Another (found by a fresh-clone CI run): a creator added, its page read, then the page read again
 * without it (removed before the change was shown), through the path of large changes: the table
 * listed the creator though the model no longer held it.
 */
const FOUND_TWICE = [
  [
    [
      { kind: 'remove', i: 0 },
      { kind: 'add', i: 0 },
      { kind: 'remove', i: 1799381399 },
    ],
    [{ kind: 'status', i: 0, status: 'candidate' }],
  ],
  { patchLimit: 0, stageBatch: 1, asText: false, tieFirst: false, restage: true, inSteps: false },
];

describe('the dashboard table model', () => {
  it('keeps rows, sorted and filtered views equal to a recomputation after any edits, additions and removals', async () => {
    const initial = syntheticEntries(300);
    const extra = syntheticEntries(340).slice(300);
    type Op =
      | { kind: 'status'; i: number; status: Status }
      | { kind: 'remove'; i: number }
      | { kind: 'add'; i: number }
      | { kind: 'audit'; i: number }
      | { kind: 'echo'; i: number; status: Status; stored: boolean }
      | { kind: 'view'; sort: number; filter: number };
    const op: fc.Arbitrary<Op> = fc.oneof(
      fc.record({
        kind: fc.constant('status' as const),
        i: fc.nat(),
        status: fc.constantFrom<Status>('candidate', 'contacted', 'declined', 'published'),
      }),
      fc.record({ kind: fc.constant('remove' as const), i: fc.nat() }),
      fc.record({ kind: fc.constant('add' as const), i: fc.nat(39) }),
      fc.record({ kind: fc.constant('audit' as const), i: fc.nat() }),
      // A status shown as the user picks it (`showRows`), then stored, or not (the write
      // failed: the row goes back).
      fc.record({
        kind: fc.constant('echo' as const),
        i: fc.nat(),
        status: fc.constantFrom<Status>('candidate', 'contacted', 'declined', 'published'),
        stored: fc.boolean(),
      }),
      fc.record({
        kind: fc.constant('view' as const),
        sort: fc.nat(SORTS.length - 1),
        filter: fc.nat(FILTERS.length - 1),
      }),
    );
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.array(op, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 8 }),
        fc.record({
          patchLimit: fc.constantFrom(0, 2, 2_000),
          stageBatch: fc.constantFrom(1, 3, 256),
          asText: fc.boolean(),
          tieFirst: fc.boolean(),
          restage: fc.boolean(),
          inSteps: fc.boolean(),
        }),
        async (steps, how) => {
          const store = new Store();
          for (const row of initial) store.put(row);
          // Small patch limits take the path of large changes (batches merged) with few rows.
          const model = new TableModel({ patchLimit: how.patchLimit });
          const input = (page: number) => (how.asText ? store.pageText(page) : store.pageLines(page));
          for (let page = 0; page < 256; page++) model.loadPage(page, input(page));
          model.finishLoading();
          if (how.tieFirst) model.byTie();
          const allByTie = () => sortByTie([...store.rows.values()].map((r) => r.row)).map((r) => r.id);
          const view = renderView();
          let sort: SortSpec | undefined;
          let filter: ShortlistFilter = {};
          const max = 20;
          const state = (): ShortlistState => ({
            model,
            entries: model.entries,
            version: model.version,
            echo: () => undefined,
          });
          expect(view.show(state(), sort, filter, max)).toEqual(expected(store, sort, filter, max));
          // The rows the model shows: the store's as last read, with the rows shown since.
          let shownRows = new Map([...store.rows].map(([id, { row }]) => [id, row]));
          for (const batch of steps) {
            store.seq += 1;
            const touched = new Set<number>();
            for (const [k, o] of batch.entries()) {
              // Pages read, then changed again and read again before the change is shown (a
              // page written twice while the dashboard was reading): the later read wins.
              if (how.restage && k === batch.length - 1 && touched.size > 0) {
                model.stagePages(new Map([...touched].map((page) => [page, input(page)])));
                store.seq += 1;
                for (const [id, { row }] of store.rows) if (touched.has(pageOf(id))) store.put({ ...row });
              }
              const ids = [...store.rows.keys()];
              if (o.kind === 'view') {
                sort = SORTS[o.sort];
                filter = FILTERS[o.filter] ?? {};
                continue;
              }
              if (o.kind === 'add') {
                const row = extra[o.i] as ShortlistEntry;
                store.put(row);
                touched.add(pageOf(row.id));
                continue;
              }
              if (ids.length === 0) continue;
              const id = ids[o.i % ids.length] as string;
              const current = store.rows.get(id)?.row as ShortlistEntry;
              if (o.kind === 'echo') {
                const previous = model.get(id);
                const shown = previous && { ...previous, status: o.status };
                // Refused while pages are staged (a read under way): then nothing changes.
                const staged = how.restage && touched.size > 0 && k === batch.length - 1;
                if (shown && model.showRows([shown])) {
                  // Shown at once, in place of the row the model held; nothing else changed.
                  shownRows.set(id, shown);
                  expect(model.get(id)).toBe(shown);
                  expect(model.entries.map((r) => r.id)).toEqual(
                    [...shownRows.values()].sort(compareRows).map((r) => r.id),
                  );
                  expect(view.show(state(), sort, filter, max)).toEqual(
                    expectedOf([...shownRows.values()], sort, filter, max),
                  );
                } else expect(shown === undefined || staged).toBe(true);
                if (o.stored) {
                  store.put({ ...current, status: o.status });
                  touched.add(pageOf(id));
                } else if (previous && model.get(id) === shown) {
                  expect(model.showRows([previous])).toBe(true);
                  shownRows.set(id, previous);
                  expect(model.get(id)).toBe(previous);
                }
                continue;
              }
              if (o.kind === 'remove') store.rows.delete(id);
              else if (o.kind === 'status') store.put({ ...current, status: o.status });
              else store.put({ ...current, auditFakeShare: (current.auditFakeShare ?? 0) + 15 });
              touched.add(pageOf(id));
            }
            // Pages read a few at a time, as the dashboard follows a large import.
            const pages = [...touched];
            for (let i = 0; i < pages.length; i += how.stageBatch)
              model.stagePages(
                new Map(pages.slice(i, i + how.stageBatch).map((page) => [page, input(page)])),
              );
            if (how.inSteps) await model.commitInSteps(async () => {});
            else model.commit();
            expect(model.size).toBe(store.rows.size);
            expect(model.byTie().map((r) => r.id)).toEqual(allByTie());
            expect(model.entries.map((r) => r.id)).toEqual(
              [...store.rows.values()]
                .map((r) => r.row)
                .sort(compareRows)
                .map((r) => r.id),
            );
            expect(view.show(state(), sort, filter, max)).toEqual(expected(store, sort, filter, max));
            // Every row as stored: a shown row whose write was stored was replaced by it.
            for (const [id, { row }] of store.rows) expect(model.get(id)).toEqual(row);
            shownRows = new Map([...store.rows].map(([id, { row }]) => [id, row]));
          }
          view.unmount();
        },
      ),
      { numRuns: 80, examples: [FOUND_ONCE as never, FOUND_TWICE as never] },
    );
    // 80 runs of up to eight changes each, every view drawn by React: seconds on a busy machine.
  }, 60_000);

  it('keeps a row read twice while loading once, as last read', () => {
    const store = new Store();
    const rows = syntheticEntries(40);
    for (const row of rows) store.put(row);
    const model = new TableModel();
    for (let page = 0; page < 256; page++) model.loadPage(page, store.pageText(page));
    const first = rows[0] as ShortlistEntry;
    store.seq += 1;
    store.put({ ...first, status: 'declined' });
    model.loadPage(pageOf(first.id), store.pageText(pageOf(first.id)));
    model.finishLoading();
    expect(model.entries).toHaveLength(40);
    expect(model.entries.filter((r) => r.id === first.id).map((r) => r.status)).toEqual(['declined']);
  });

  it('shows an edit before it is stored, keeps it through reads of its page until the write lands, and refuses while pages are staged', async () => {
    const store = new Store();
    const rows = syntheticEntries(600);
    for (const row of rows) store.put(row);
    // Every change large: committed in steps, with pauses between them.
    const model = new TableModel({ patchLimit: 0 });
    for (let page = 0; page < 256; page++) model.loadPage(page, store.pageText(page));
    model.finishLoading();
    // Two creators on one page.
    const a = rows.find((r) => rows.some((o) => o !== r && pageOf(o.id) === pageOf(r.id))) as ShortlistEntry;
    const b = rows.find((r) => r !== a && pageOf(r.id) === pageOf(a.id)) as ShortlistEntry;
    const page = pageOf(a.id);
    const status: Status = a.status === 'declined' ? 'contacted' : 'declined';
    const shown = { ...(model.get(a.id) as ShortlistEntry), status };
    const version = model.version;
    expect(model.showRows([shown])).toBe(true);
    expect(model.version).toBe(version + 1);
    expect(model.get(a.id)).toBe(shown);

    // A teammate's change to the other creator of the page is read before this write is stored:
    // the shown status stays.
    store.seq += 1;
    store.put({ ...b, status: 'published' });
    model.applyPages(new Map([[page, store.pageText(page)]]));
    expect(model.get(b.id)?.status).toBe('published');
    expect(model.get(a.id)).toBe(shown);

    // The write is stored: the stored row takes its place.
    store.seq += 1;
    store.put({ ...a, status, notes: [] });
    model.applyPages(new Map([[page, store.pageText(page)]]));
    expect(model.get(a.id)).not.toBe(shown);
    expect(model.get(a.id)).toEqual(store.rows.get(a.id)?.row);

    // Not while a read of changed pages is staged, nor between the steps of a commit.
    store.seq += 1;
    store.put({ ...b, status: 'candidate' });
    model.stagePages(new Map([[page, store.pageText(page)]]));
    const current = model.get(a.id) as ShortlistEntry;
    expect(model.showRows([{ ...current, status: 'candidate' }])).toBe(false);
    let refusedInStep: boolean | undefined;
    await model.commitInSteps(async () => {
      refusedInStep ??= !model.showRows([{ ...current, status: 'candidate' }]);
    });
    expect(model.get(a.id)).toBe(current);
    expect(model.get(b.id)?.status).toBe('candidate');
    expect(model.showRows([{ ...current, status: 'candidate' }])).toBe(true);
    // A creator the model does not hold is not added.
    expect(model.showRows([{ ...current, id: 'instagram:not.listed', handle: 'not.listed' }])).toBe(true);
    expect(model.get('instagram:not.listed')).toBeUndefined();
    expect(model.size).toBe(600);
    expect(refusedInStep).toBe(true);
  });

  it('counts tags and campaigns as rows change, for the filter menus', () => {
    const store = new Store();
    const rows = syntheticEntries(50);
    for (const row of rows) store.put(row);
    const model = new TableModel();
    for (let page = 0; page < 256; page++) model.loadPage(page, store.pageLines(page));
    model.finishLoading();
    const tagged = rows.find((r) => r.tags.length > 0) as ShortlistEntry;
    store.seq += 1;
    store.put({ ...tagged, tags: ['only-here'] });
    model.applyPages(new Map([[pageOf(tagged.id), store.pageLines(pageOf(tagged.id))]]));
    const tags = new Set([...store.rows.values()].flatMap((r) => r.row.tags));
    expect(model.facets().tags.sort()).toEqual([...tags].sort());
    expect(model.facets().tags).toContain('only-here');
  });
});

describe('a large change in which rows keep their places', () => {
  it('swaps the changed rows in place and merges only the new ones, in both orders', async () => {
    const store = new Store();
    const rows = syntheticEntries(400);
    for (const row of rows.slice(0, 300)) store.put(row);
    const model = new TableModel({ patchLimit: 10 });
    for (let page = 0; page < 256; page++) model.loadPage(page, store.pageText(page));
    model.finishLoading();
    model.byTie();
    // A teammate's import: every other creator's status changed, 100 new creators, 20 gone.
    store.seq += 1;
    for (const row of rows.slice(0, 300).filter((_, i) => i % 2 === 0))
      store.put({ ...row, status: row.status === 'contacted' ? 'declined' : 'contacted' });
    for (const row of rows.slice(300)) store.put(row);
    for (const row of rows.slice(1, 40).filter((_, i) => i % 2 === 0)) store.rows.delete(row.id);
    const untouched = model.entries.filter((r) => store.rows.get(r.id)?.rev === 1);
    for (let page = 0; page < 256; page += 16)
      model.stagePages(new Map(Array.from({ length: 16 }, (_, i) => [page + i, store.pageText(page + i)])));
    const change = await model.commitInSteps(async () => {});
    expect(change?.large).toBe(true);
    const now = [...store.rows.values()].map((r) => r.row);
    expect(model.entries.map((r) => r.id)).toEqual([...now].sort(compareRows).map((r) => r.id));
    expect(model.byTie().map((r) => r.id)).toEqual(sortByTie(now).map((r) => r.id));
    expect(model.entries.map((r) => r.status)).toEqual([...now].sort(compareRows).map((r) => r.status));
    // Rows that did not change are the same objects as before (views keep what they drew).
    for (const row of untouched) expect(model.get(row.id)).toBe(row);
    expect(model.size).toBe(380);
  });
});
