// @vitest-environment happy-dom
import type { RowSelectionState } from '@tanstack/react-table';
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ShortlistTable } from '@/components/dashboard/ShortlistTable';
import { createUiFormatters } from '@/components/use-ui-locale';
import { createTranslator } from '@/lib/i18n';
import type { ShortlistEntry } from '@/lib/model';
import { type ColumnPrefs, DEFAULT_COLUMN_PREFS } from '@/lib/settings/table-columns';
import { entryFromReport } from '@/lib/shortlist/repo';
import { makeReport } from '@/tests/helpers/reports';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let container: HTMLElement;
let root: Root;
beforeEach(() => {
  // happy-dom lays nothing out: give the scrolling grid a viewport so the virtualiser draws rows.
  vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockReturnValue(600);
  vi.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockReturnValue(1000);
  vi.spyOn(HTMLElement.prototype, 'offsetHeight', 'get').mockReturnValue(600);
  vi.spyOn(HTMLElement.prototype, 'offsetWidth', 'get').mockReturnValue(1000);
  container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
});
afterEach(() => {
  act(() => root.unmount());
  container.remove();
  vi.restoreAllMocks();
});

const t = createTranslator('en');
const fmt = createUiFormatters('en');

function draw(
  rows: readonly ShortlistEntry[],
  options: {
    maxFakeShare?: number;
    selection?: RowSelectionState;
    openId?: string;
    lang?: 'en' | 'fr';
    prefs?: ColumnPrefs;
  } = {},
) {
  act(() =>
    root.render(
      <ShortlistTable
        rows={rows}
        t={options.lang === 'fr' ? createTranslator('fr') : t}
        fmt={fmt}
        maxFakeShare={options.maxFakeShare}
        sorting={[]}
        onSortingChange={() => {}}
        rowSelection={options.selection ?? {}}
        onRowSelectionChange={() => {}}
        allSelected={false}
        someSelected={false}
        onToggleAll={() => {}}
        openId={options.openId}
        onOpen={() => {}}
        columnPrefs={options.prefs}
      />,
    ),
  );
}

const row = (handle: string) =>
  container.querySelector(`[data-testid="microscope-row"][data-handle="${handle}"]`);

describe('the shortlist table draws rows again only when something they show changes, and then always', () => {
  it('follows the campaign threshold, the selection, the open row and the language with the same rows', () => {
    const audited = {
      ...entryFromReport(makeReport({ handle: 'audited', verdict: 'shortlist' }), 1_000),
      auditFakeShare: 30,
    };
    const other = entryFromReport(makeReport({ handle: 'other' }), 2_000);
    const rows = [other, audited];
    draw(rows, { maxFakeShare: 50 });
    const verdict = () => row('audited')?.querySelector('.ms-verdict')?.getAttribute('data-value');
    expect(verdict()).toBe('shortlist');
    // The same row objects, a stricter campaign: the audit share now rejects.
    draw(rows, { maxFakeShare: 20 });
    expect(verdict()).toBe('reject');
    draw(rows, { maxFakeShare: 20, selection: { [audited.id]: true } });
    expect(row('audited')?.getAttribute('aria-selected')).toBe('true');
    expect(row('other')?.getAttribute('aria-selected')).toBe('false');
    draw(rows, { maxFakeShare: 20, openId: other.id });
    expect(row('other')?.classList.contains('ms-row-open')).toBe(true);
    expect(row('audited')?.classList.contains('ms-row-selected')).toBe(false);
    draw(rows, { maxFakeShare: 20, openId: other.id, lang: 'fr' });
    expect(row('audited')?.querySelector('.ms-verdict')?.textContent).toBe(
      `${createTranslator('fr')('verdict.reject')} *`,
    );
    // Columns hidden and moved: the same rows drawn with the columns now shown, in their order.
    const cells = () =>
      [...(row('audited')?.querySelectorAll('td') ?? [])].map((td) =>
        [...td.classList].find((c) => c.startsWith('ms-col-')),
      );
    expect(cells()).toContain('ms-col-tier');
    const order = [...DEFAULT_COLUMN_PREFS.order].filter((c) => c !== 'status');
    draw(rows, { maxFakeShare: 20, prefs: { order: ['status', ...order], hidden: ['tier'] } });
    expect(cells()).not.toContain('ms-col-tier');
    expect(cells().slice(0, 3)).toEqual(['ms-col-select', 'ms-col-handle', 'ms-col-status']);
    // A changed row (a new object, as every edit brings) is drawn with its new value.
    draw([other, { ...audited, status: 'contacted' }], { maxFakeShare: 20 });
    expect(row('audited')?.querySelector('.ms-status')?.getAttribute('data-value')).toBe('contacted');
  });
});

describe('a new filter or sort updates the rows already drawn in their places', () => {
  it('keeps the row elements and their cells, with the other creators in them', () => {
    const a = entryFromReport(makeReport({ handle: 'anna.eats', followers: 1_000 }), 3_000);
    const b = entryFromReport(makeReport({ handle: 'bob.runs', followers: 2_000 }), 2_000);
    const c = entryFromReport(makeReport({ handle: 'cleo.reads', followers: 3_000 }), 1_000);
    draw([a, b]);
    const drawn = [...container.querySelectorAll('[data-testid="microscope-row"]')];
    const cells = drawn.map((tr) => [...tr.querySelectorAll('td')]);
    // Another query: other creators at the same places.
    draw([c, a]);
    const now = [...container.querySelectorAll('[data-testid="microscope-row"]')];
    expect(now.map((tr) => tr.getAttribute('data-handle'))).toEqual(['cleo.reads', 'anna.eats']);
    expect(now).toEqual(drawn);
    expect(now.every((tr, i) => tr === drawn[i])).toBe(true);
    expect(now.every((tr, i) => [...tr.querySelectorAll('td')].every((td, j) => td === cells[i]?.[j]))).toBe(
      true,
    );
    // Each shows its own creator, whole.
    expect(now[0]?.getAttribute('data-id')).toBe(c.id);
    expect(now[0]?.querySelector('.ms-cell-handle')?.textContent).toBe('@cleo.reads');
    expect(now[0]?.querySelector('.ms-col-followers')?.textContent).toBe(fmt.integer(3_000));
    expect(now[1]?.querySelector('.ms-cell-handle')?.textContent).toBe('@anna.eats');
    // Fewer rows: the place left is emptied.
    draw([b]);
    expect(
      [...container.querySelectorAll('[data-testid="microscope-row"]')].map((tr) =>
        tr.getAttribute('data-handle'),
      ),
    ).toEqual(['bob.runs']);
  });

  it('keeps the keyboard focus on its creator when a filter or sort brings others to its place', () => {
    const a = entryFromReport(makeReport({ handle: 'anna.eats' }), 3_000);
    const b = entryFromReport(makeReport({ handle: 'bob.runs' }), 2_000);
    const c = entryFromReport(makeReport({ handle: 'cleo.reads' }), 1_000);
    const checkbox = (handle: string) =>
      row(handle)?.querySelector<HTMLInputElement>('[data-testid="microscope-select-row"]');
    draw([a, b]);
    checkbox('bob.runs')?.focus();
    expect(document.activeElement).toBe(checkbox('bob.runs'));
    // Sorted the other way: bob's checkbox is now the first place's; the focus goes with bob.
    draw([b, a]);
    expect(document.activeElement?.closest('tr')?.getAttribute('data-handle')).toBe('bob.runs');
    expect(document.activeElement?.getAttribute('data-testid')).toBe('microscope-select-row');
    // Filtered out: the focus goes to the table, not to cleo's checkbox in bob's old place.
    draw([c, a]);
    expect(document.activeElement).toBe(container.querySelector('[data-testid="microscope-table"]'));
    // The focus on the table stays there as rows change.
    draw([a, c]);
    expect(document.activeElement).toBe(container.querySelector('[data-testid="microscope-table"]'));
  });
});

describe('a creator cut short by a narrow column', () => {
  it('shows the whole handle and name on hover', () => {
    const long = {
      ...entryFromReport(makeReport({ handle: 'a.very.long.creator.handle_2026' }), 1_000),
      displayName: 'A Very Long Display Name For A Narrow Column',
    };
    draw([long]);
    const cell = row('a.very.long.creator.handle_2026');
    expect(cell?.querySelector('[data-testid="microscope-open-detail"]')?.getAttribute('title')).toBe(
      '@a.very.long.creator.handle_2026',
    );
    expect(cell?.querySelector('.ms-sub')?.getAttribute('title')).toBe(
      'A Very Long Display Name For A Narrow Column',
    );
  });
});
