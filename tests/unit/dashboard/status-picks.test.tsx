// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { DetailPanel } from '@/components/dashboard/DetailPanel';
import { type ShortlistState, useShortlistModel } from '@/components/dashboard/use-shortlist-model';
import { createUiFormatters } from '@/components/use-ui-locale';
import { createTranslator } from '@/lib/i18n';
import { DEFAULT_CAMPAIGN } from '@/lib/model/campaign';
import type { MicroscopeDb } from '@/lib/shortlist/db';
import { listShortlist } from '@/lib/shortlist/repo';
import { seededDb } from '@/tests/helpers/seeded-db';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const open: MicroscopeDb[] = [];
afterAll(async () => {
  for (const db of open) await db.delete();
});
let root: Root | undefined;
let host: HTMLElement | undefined;
afterEach(() => {
  if (root) act(() => root?.unmount());
  host?.remove();
  root = undefined;
  vi.restoreAllMocks();
});

function Dashboard({ db, id, out }: { db: MicroscopeDb; id: string; out: { state?: ShortlistState } }) {
  const state = useShortlistModel(db);
  out.state = state;
  return (
    <DetailPanel
      db={db}
      id={id}
      deviceId="device-a"
      t={createTranslator('en')}
      fmt={createUiFormatters('en')}
      locale="en"
      campaign={DEFAULT_CAMPAIGN}
      onClose={() => undefined}
      onError={(message) => {
        throw new Error(message);
      }}
      echo={state.echo}
    />
  );
}

async function until(check: () => boolean, what: string): Promise<void> {
  const start = Date.now();
  while (!check()) {
    if (Date.now() - start > 20_000) throw new Error(`timed out: ${what}`);
    await act(() => new Promise((resolve) => setTimeout(resolve, 5)));
  }
}

describe('two statuses picked in quick succession', () => {
  it.each([0, 2, 8, 20, 40])(
    'show at once and never show the first again once the second is shown, in the panel or in the table (%i ms apart)',
    async (gapMs) => {
      const db = await seededDb(`status-picks-${Date.now()}`, 40);
      open.push(db);
      const id = (await listShortlist(db))[0]?.id as string;
      const out: { state?: ShortlistState } = {};
      host = document.createElement('div');
      document.body.append(host);
      root = createRoot(host);
      act(() => root?.render(<Dashboard db={db} id={id} out={out} />));
      const pipeline = () => host?.querySelector('[data-testid="microscope-pipeline"]');
      const rowStatus = () => out.state?.model.get(id)?.status;
      await until(() => pipeline() != null && rowStatus() !== undefined, 'the panel and the list');
      const start = pipeline()?.getAttribute('data-value');
      const [first, second] =
        start === 'contacted' ? ['brief-sent', 'in-review'] : ['contacted', 'brief-sent'];

      // Every status the panel and the table's row show, in order, from the first pick on.
      const panelShown: string[] = [];
      const rowShown: string[] = [];
      const note = () => {
        const p = pipeline()?.getAttribute('data-value') ?? '';
        if (panelShown[panelShown.length - 1] !== p) panelShown.push(p);
        const r = rowStatus() ?? '';
        if (rowShown[rowShown.length - 1] !== r) rowShown.push(r);
      };
      const watcher = new MutationObserver(note);
      watcher.observe(host, { attributes: true, subtree: true, attributeFilter: ['data-value'] });
      const timer = setInterval(note, 1);

      const click = (status: string) => {
        const button = host?.querySelector<HTMLElement>(`[data-testid="microscope-status-${status}"]`);
        if (!button) throw new Error(`no ${status} button`);
        act(() => button.click());
      };
      click(first as string);
      note();
      if (gapMs > 0) await act(() => new Promise((resolve) => setTimeout(resolve, gapMs)));
      note();
      click(second as string);
      note();
      await until(
        () => rowStatus() === second && pipeline()?.getAttribute('data-value') === second,
        'the second status shown',
      );
      // Both writes stored, and every read of them taken in by the panel and the list.
      await act(() => new Promise((resolve) => setTimeout(resolve, 300)));
      note();
      clearInterval(timer);
      watcher.disconnect();
      expect((await listShortlist(db)).find((r) => r.id === id)?.status).toBe(second);
      expect(panelShown).toEqual([first, second]);
      expect(rowShown).toEqual([first, second]);
    },
  );
});
