// @vitest-environment happy-dom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CompareView } from '@/components/compare/CompareView';
import { createUiFormatters } from '@/components/use-ui-locale';
import { createTranslator } from '@/lib/i18n';
import type { ScoredEntry, SubScore } from '@/lib/model';
import { makeScoredEntry } from '@/tests/helpers/entries';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const noComments = { code: 'commentQuality.no-comments' } as const;

function quality(value: number | undefined): SubScore {
  return {
    key: 'commentQuality',
    ...(value === undefined ? {} : { value }),
    inputs: {},
    used: [],
    excluded: [],
    confidence: value === undefined ? 'none' : 'high',
    explanation: value === undefined ? noComments : { code: 'commentQuality.x' },
  };
}

/** A creator whose comments were read (`read`) or not. */
function creator(handle: string, read: boolean): ScoredEntry {
  return makeScoredEntry(
    { handle },
    read
      ? {
          subscores: [quality(64)],
          commentCounts: { spam: 1, generic: 3, substantive: 8, neutral: 0, creatorReplies: 0, posts: 2 },
        }
      : { subscores: [quality(undefined)] },
  );
}

let root: Root;
let host: HTMLElement;
beforeEach(() => {
  host = document.createElement('div');
  document.body.append(host);
  root = createRoot(host);
});
afterEach(() => {
  act(() => root.unmount());
  host.remove();
  for (const el of document.body.querySelectorAll('.ms-compare-backdrop')) el.remove();
});

function show(entries: ScoredEntry[], locale: 'en' | 'fr' = 'en') {
  act(() => {
    root.render(
      <CompareView
        entries={entries}
        t={createTranslator(locale)}
        fmt={createUiFormatters(locale)}
        locale={locale}
        onClose={() => undefined}
      />,
    );
  });
  const row = (key: string) => {
    const tr = document.querySelector(`[data-testid="microscope-compare-row"][data-key="${key}"]`);
    if (!tr) throw new Error(`no row ${key}`);
    return {
      shared: tr.querySelector('th [data-testid="microscope-compare-why-row"]')?.textContent ?? null,
      cells: [...tr.querySelectorAll('td')].map(
        (td) => td.querySelector('[data-testid="microscope-compare-why"]')?.textContent ?? null,
      ),
    };
  };
  return row;
}

describe('the comparison says why a figure is missing', () => {
  const sentence = 'No comments read yet: open a few posts to judge comment quality.';

  it('once under the row’s name when every creator has the same reason', () => {
    const row = show([creator('ana.one', false), creator('ben.two', false), creator('cy.three', false)]);
    for (const key of ['sub:commentQuality', 'comments', 'lowEffort'])
      expect(row(key), key).toEqual({ shared: sentence, cells: [null, null, null] });
  });

  it('in the cell of the creator it concerns when the others have a figure', () => {
    const row = show([creator('ana.one', true), creator('ben.two', false)]);
    expect(row('sub:commentQuality')).toEqual({ shared: null, cells: [null, sentence] });
    expect(row('comments')).toEqual({ shared: null, cells: [null, sentence] });
  });

  it('in the interface language', () => {
    const row = show([creator('ana.one', false), creator('ben.two', false)], 'fr');
    const shared = row('sub:commentQuality').shared;
    expect(shared).not.toBe(sentence);
    expect(shared).toMatch(/commentaire/i);
  });
});
