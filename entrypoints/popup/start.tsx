// The popup's app: entrypoints/popup/main.tsx loads this module once the page's shell has painted.
import '@/components/styles/tokens.css';
import '@/components/styles/controls.css';
import '@/components/styles/forms.css';
import '@/components/styles/page.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { watchShortlistWrites } from '@/lib/badges/stamp-writer';
import { storeAndSignal } from '@/lib/page-signal/browser-sync';
import { queueStampWriter } from '@/lib/queue/stamp-writer';
import { getDb } from '@/lib/shortlist/db';
import { App } from './App';

// A status changed here tells the open tabs' badges.
watchShortlistWrites(getDb(), storeAndSignal);
// Next (and any change of the current queue) writes the queue's stamp before the profile opens.
queueStampWriter(getDb(), storeAndSignal).watch();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
