import { type BadgeModule, badgeModule } from '@/lib/badges/module';

// The badges on links to shortlisted creators, loaded by the site content scripts only when badges
// are on and the shortlist has creators (lib/content/badge-loader.ts). wxt.config.ts builds it as
// an ES module and lists it in web_accessible_resources.
export default defineUnlistedScript({
  globalName: false,
  main: (): BadgeModule => badgeModule,
});
