import { installPageCapture } from '@/lib/content/page-capture';

export default defineContentScript({
  matches: ['https://www.instagram.com/*', 'https://www.tiktok.com/*'],
  world: 'MAIN',
  runAt: 'document_start',
  main() {
    // Instagram parses some feed payloads itself from multi-part bodies: watch JSON.parse there too.
    installPageCapture(window, { hookJsonParse: location.hostname === 'www.instagram.com' });
  },
});
