import '@/components/styles/tokens.css';
import '@/components/styles/controls.css';
import { runContentScript } from '@/components/content/run-content-script';
import { instagramAdapter } from '@/lib/content/adapters';

export default defineContentScript({
  matches: ['https://www.instagram.com/*'],
  runAt: 'document_start',
  cssInjectionMode: 'ui',
  main(ctx) {
    return runContentScript(ctx, instagramAdapter);
  },
});
