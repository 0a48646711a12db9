import '@/components/styles/tokens.css';
import '@/components/styles/controls.css';
import '@/components/styles/forms.css';
import '@/components/styles/page.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { PanelBoundary } from '@/components/dashboard/PanelBoundary';
import { prefetchShortlist } from '@/components/dashboard/use-shortlist-model';
import { watchShortlistWrites } from '@/lib/badges/stamp-writer';
import { createTranslator, pickLocale } from '@/lib/i18n';
import { storeAndSignal } from '@/lib/page-signal/browser-sync';
import { queueStampWriter } from '@/lib/queue/stamp-writer';
import { getDb } from '@/lib/shortlist/db';
import { takeEarlyRead } from '@/lib/shortlist/early-read';
import { App } from './App';

// The newest rows the page's head began to read (dashboard-early.ts), usually read by now.
const early = takeEarlyRead(globalThis as unknown as Record<string, unknown>);
// The whole list starts loading while the page is being drawn.
prefetchShortlist(getDb());
// Edits, imports and undos here (and in the sync worker) tell the open tabs' badges.
watchShortlistWrites(getDb(), storeAndSignal);
// Next (and any change of the current queue) writes the queue's stamp before the profile opens.
queueStampWriter(getDb(), storeAndSignal).watch();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    {/* The last net: a failure no panel caught still leaves a message and a way to retry. */}
    <PanelBoundary t={createTranslator(pickLocale(navigator.language))} name="dashboard">
      <App early={early} />
    </PanelBoundary>
  </StrictMode>,
);
