import { createReaderModule } from '@/lib/content/lazy/reader-module';

// The extractors, loaded by the site content scripts when first needed (lib/content/lazy/).
// wxt.config.ts builds it as an ES module and lists it in web_accessible_resources.
export default defineUnlistedScript({
  globalName: false,
  main: () => createReaderModule(),
});
