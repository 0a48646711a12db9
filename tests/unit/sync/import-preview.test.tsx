// @vitest-environment happy-dom
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, describe, expect, it } from 'vitest';
import { ImportPreview } from '@/components/sync/ImportPreview';
import type { Pending } from '@/components/sync/use-sync-import';
import { createFormatters, createTranslator } from '@/lib/i18n';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let container: HTMLElement | undefined;
afterEach(() => {
  container?.remove();
  container = undefined;
});

function render(pending: Pending, locale: 'en' | 'fr' = 'en'): HTMLElement {
  container = document.createElement('div');
  document.body.append(container);
  const root = createRoot(container);
  act(() =>
    root.render(
      <ImportPreview
        pending={pending}
        t={createTranslator(locale)}
        fmt={createFormatters(locale)}
        busy={false}
        onApply={() => {}}
        onCancel={() => {}}
      />,
    ),
  );
  return container;
}

const byTestId = (root: HTMLElement, id: string) => root.querySelector(`[data-testid="${id}"]`);

describe('the import preview', () => {
  it('shows what a sync file would change, with the conflicts on what teammates edit', () => {
    const root = render({
      kind: 'sync',
      title: 'From Ana',
      digest: {
        from: 'Ana',
        ownFile: false,
        claimsYourNotes: [],
        added: ['instagram:lea.cuisine'],
        removed: [],
        updated: 2,
        unchanged: 5,
        conflicts: [
          {
            key: 'instagram:tom.trails',
            c: { field: 'status', local: 'contacted', incoming: 'declined', winner: 'incoming' },
          },
        ],
        conflictCount: 1,
        entries: 8,
      },
    } as Pending);
    expect(byTestId(root, 'microscope-import-preview')?.getAttribute('data-kind')).toBe('sync');
    expect(byTestId(root, 'microscope-preview-added')?.getAttribute('data-value')).toBe('1');
    expect(byTestId(root, 'microscope-preview-updated')?.getAttribute('data-value')).toBe('2');
    expect(byTestId(root, 'microscope-preview-added-list')?.textContent).toContain('@lea.cuisine');
    const conflict = byTestId(root, 'microscope-preview-conflicts')?.textContent ?? '';
    expect(conflict).toContain('@tom.trails');
    expect(conflict).toContain('Status');
    expect(byTestId(root, 'microscope-import-apply')).not.toBeNull();
  });

  it('shows a CSV’s edits and, in French, why a row was not read', () => {
    const root = render(
      {
        kind: 'csv',
        digest: {
          fileName: 'shortlist.csv',
          encoding: 'utf-8',
          editCount: 1,
          edits: [
            {
              id: 'instagram:lea.cuisine',
              handle: 'lea.cuisine',
              line: 2,
              fields: { status: 'contacted' },
              addTags: [],
              removeTags: [],
              changes: [{ column: 'status', from: 'candidate', to: 'contacted' }],
            },
          ],
          unknownColumns: [],
          unknownRows: [],
          unknownRowCount: 0,
          problems: [{ line: 3, handle: 'tom.trails', issues: [{ code: 'emptyStatus' }] }],
          problemCount: 1,
        },
      },
      'fr',
    );
    expect(byTestId(root, 'microscope-import-preview')?.getAttribute('data-kind')).toBe('csv');
    expect(byTestId(root, 'microscope-preview-edits')?.getAttribute('data-value')).toBe('1');
    const problems = byTestId(root, 'microscope-preview-problems')?.textContent ?? '';
    expect(problems).toContain('#3');
    expect(problems).toContain('@tom.trails');
    expect(problems).not.toMatch(/status is empty|This row was not imported/);
  });
});
