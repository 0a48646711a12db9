import tokensCss from '@/components/styles/tokens.css?inline';
import { startContentScript } from '@/lib/content/start';
import { tiktokPage } from '@/lib/content/tiktok-page';

// Always on, on every TikTok page: a URL watch, the capture inbox and the comment reader;
// the Score button on profiles; the card's code only on the first click (lib/content/).
export default defineContentScript({
  matches: ['https://www.tiktok.com/*'],
  runAt: 'document_start',
  // WXT would announce the script to the page with window.postMessage (the extension's id, in
  // every tab, at a cost of 1.5–3 ms per page): there is only one copy of this script to stop.
  noScriptStartedPostMessage: true,
  main(ctx) {
    startContentScript(ctx.signal, tiktokPage, tokensCss);
  },
});
