import { tiktokReaders } from '@/lib/content/lazy/tiktok-readers';

// The tiktok extractors, loaded by its content script when first needed (lib/content/lazy/).
// wxt.config.ts builds it as an ES module and lists it in web_accessible_resources.
export default defineUnlistedScript({
  globalName: false,
  main: () => tiktokReaders(),
});
