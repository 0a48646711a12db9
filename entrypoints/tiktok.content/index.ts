import { startContentScript } from '@/lib/content/start';
import { tiktokPage } from '@/lib/content/tiktok-page';

// Always on, on every TikTok page: a URL watch, the capture inbox and the comment reader;
// the Score button on profiles; the card's code only on the first click (lib/content/).
export default defineContentScript({
  matches: ['https://www.tiktok.com/*'],
  runAt: 'document_start',
  main(ctx) {
    startContentScript(ctx.signal, tiktokPage);
  },
});
