import { instagramPage } from '@/lib/content/instagram-page';
import { startContentScript } from '@/lib/content/start';

// Always on, on every Instagram page: a URL watch, the capture inbox and the comment reader;
// the Score button on profiles; the card's code only on the first click (lib/content/).
export default defineContentScript({
  matches: ['https://www.instagram.com/*'],
  runAt: 'document_start',
  main(ctx) {
    startContentScript(ctx.signal, instagramPage);
  },
});
