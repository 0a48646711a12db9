import '@/components/styles/tokens.css';
import '@/components/styles/controls.css';
import '@/components/styles/forms.css';
import '@/components/styles/page.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { browser } from 'wxt/browser';
import { watchShortlistWrites } from '@/lib/badges/stamp-writer';
import { getDb } from '@/lib/shortlist/db';
import { App } from './App';

// A status changed here tells the open tabs' badges.
watchShortlistWrites(getDb(), (items) => browser.storage.local.set(items));

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
