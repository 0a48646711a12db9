import { instagramReaders } from '@/lib/content/lazy/instagram-readers';

// The instagram extractors, loaded by its content script when first needed (lib/content/lazy/).
// wxt.config.ts builds it as an ES module and lists it in web_accessible_resources.
export default defineUnlistedScript({
  globalName: false,
  main: () => instagramReaders(),
});
