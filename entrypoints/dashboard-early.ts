import { startEarlyRead } from '@/lib/shortlist/early-read';

// Loaded as a classic script in the head of the dashboard page (entrypoints/dashboard/index.html),
// before the page's code: opens the database and reads the newest rows while that code loads, so
// the table can draw them with its first render (lib/shortlist/early-read.ts).
export default defineUnlistedScript(() => {
  startEarlyRead(globalThis as unknown as Record<string, unknown>, globalThis.indexedDB);
});
