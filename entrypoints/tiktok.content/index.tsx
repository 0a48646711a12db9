import '@/components/styles/tokens.css';
import '@/components/styles/controls.css';
import { runContentScript } from '@/components/content/run-content-script';
import { tiktokAdapter } from '@/lib/content/adapters';

export default defineContentScript({
  matches: ['https://www.tiktok.com/*'],
  runAt: 'document_start',
  cssInjectionMode: 'ui',
  main(ctx) {
    return runContentScript(ctx, tiktokAdapter);
  },
});
