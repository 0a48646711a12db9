import { sendPageSignal } from '@/lib/content/page-signal';

// Registered by the extension only while the page's records matter (lib/page-signal/), run at
// the start of every Instagram and TikTok page in the content scripts' world, and sent once to
// the pages already open: tells the always-on content script to read the records.
export default defineUnlistedScript(() => {
  sendPageSignal(globalThis as unknown as Record<string, unknown>);
});
