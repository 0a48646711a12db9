import '@/components/styles/tokens.css';
import '@/components/styles/controls.css';
import '@/components/styles/forms.css';
import '@/components/styles/page.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { PanelBoundary } from '@/components/dashboard/PanelBoundary';
import { createTranslator, pickLocale } from '@/lib/i18n';
import { App } from './App';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    {/* The last net: a failure no panel caught still leaves a message and a way to retry. */}
    <PanelBoundary t={createTranslator(pickLocale(navigator.language))} name="dashboard">
      <App />
    </PanelBoundary>
  </StrictMode>,
);
