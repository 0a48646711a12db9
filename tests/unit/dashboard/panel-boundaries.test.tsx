// @vitest-environment happy-dom
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ShortlistTable } from '@/components/dashboard/ShortlistTable';
import { createUiFormatters } from '@/components/use-ui-locale';
import { createTranslator } from '@/lib/i18n';
import type { ShortlistEntry } from '@/lib/model';
import { entryFromReport } from '@/lib/shortlist/repo';
import { makeReport } from '@/tests/helpers/reports';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let container: HTMLElement | undefined;
afterEach(() => {
  container?.remove();
  container = undefined;
  vi.restoreAllMocks();
});

function renderTable(rows: ShortlistEntry[], into?: { root: ReturnType<typeof createRoot> }) {
  // happy-dom lays nothing out: give the scrolling grid a viewport so the virtualiser draws rows.
  vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockReturnValue(600);
  vi.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockReturnValue(1000);
  vi.spyOn(HTMLElement.prototype, 'offsetHeight', 'get').mockReturnValue(600);
  vi.spyOn(HTMLElement.prototype, 'offsetWidth', 'get').mockReturnValue(1000);
  if (!into || !container) {
    container = document.createElement('div');
    document.body.append(container);
  }
  const root = into?.root ?? createRoot(container);
  if (into) into.root = root;
  act(() =>
    root.render(
      <ShortlistTable
        rows={rows}
        t={createTranslator('en')}
        fmt={createUiFormatters('en')}
        sorting={[]}
        onSortingChange={() => {}}
        rowSelection={{}}
        onRowSelectionChange={() => {}}
        allSelected={false}
        someSelected={false}
        onToggleAll={() => {}}
        onOpen={() => {}}
      />,
    ),
  );
  return container;
}

describe('one bad row never takes the page', () => {
  it('shows the other rows when one row holds a date out of range', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const good = entryFromReport(makeReport({ handle: 'good' }), 1_000);
    const bad = { ...entryFromReport(makeReport({ handle: 'bad' }), 1_000), addedAt: 8.64e15 + 1 };
    const page = renderTable([good, bad]);
    const handles = [...page.querySelectorAll('[data-testid="microscope-row"]')].map((r) =>
      r.getAttribute('data-handle'),
    );
    expect(handles).toEqual(['good', 'bad']);
  });

  it('shows a notice in place of a row that cannot be drawn, and the other rows', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const good = entryFromReport(makeReport({ handle: 'good' }), 1_000);
    const broken = { ...entryFromReport(makeReport({ handle: 'broken' }), 1_000), report: undefined };
    const page = renderTable([broken as unknown as ShortlistEntry, good]);
    expect(page.querySelector('[data-testid="microscope-row"][data-handle="good"]')).not.toBeNull();
    const fallback = page.querySelector('[data-testid="microscope-row-error"]');
    expect(fallback?.textContent).toMatch(/@broken/);
  });

  it('gives the place of a row that could not be drawn to the next creator shown there, drawn whole', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const good = entryFromReport(makeReport({ handle: 'good' }), 1_000);
    const other = entryFromReport(makeReport({ handle: 'other' }), 1_000);
    const broken = { ...entryFromReport(makeReport({ handle: 'broken' }), 1_000), report: undefined };
    container = document.createElement('div');
    document.body.append(container);
    const into = { root: createRoot(container) };
    const page = renderTable([broken as unknown as ShortlistEntry, good], into);
    expect(page.querySelector('[data-testid="microscope-row-error"]')?.textContent).toMatch(/@broken/);
    // Another filter puts another creator first: it is drawn, not the notice of the one before.
    renderTable([other, good], into);
    expect(page.querySelector('[data-testid="microscope-row-error"]')).toBeNull();
    const handles = [...page.querySelectorAll('[data-testid="microscope-row"]')].map((r) =>
      r.getAttribute('data-handle'),
    );
    expect(handles).toEqual(['other', 'good']);
    act(() => into.root.unmount());
  });
});
