import '@/components/styles/tokens.css';
import '@/components/styles/controls.css';
import '@/components/styles/forms.css';
import '@/components/styles/page.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
