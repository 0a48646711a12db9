import { mountCard } from '@/components/content/mount-card';
import type { CardModule } from '@/lib/content/lazy/modules';

// The score card's view, loaded by the site content scripts on the first click on Score
// (lib/content/lazy/). wxt.config.ts builds it as an ES module and lists it in
// web_accessible_resources.
export default defineUnlistedScript({
  globalName: false,
  main: (): CardModule => ({ mount: mountCard }),
});
