import { defineConfig } from 'wxt';
import { zodJitless } from './scripts/zod-jitless.mjs';

// Microscope reads only what Instagram and TikTok pages already show or load.
// Permissions stay minimal: storage, plus host access to the two sites (content scripts).
export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  // zod without generated code or its `Function` probe, in every bundle (see the plugin).
  vite: () => ({ plugins: [zodJitless()] }),
  // `npm run zip`: the Chrome and Firefox store packages, and for addons.mozilla.org the sources
  // that build them (README, "Store packages"); tests and local output stay out.
  zip: { excludeSources: ['tests/**', 'stats.html', '**/*.log', 'test-results/**'] },
  manifest: {
    name: 'Microscope — creator vetting',
    // At most 132 characters: the Chrome Web Store refuses a longer one (store/listing.en.md).
    description:
      'Vet Instagram and TikTok creators on their profile: engagement, comment quality, authenticity, fit. Nothing leaves your browser.',
    permissions: ['storage', 'unlimitedStorage'],
    host_permissions: ['https://www.instagram.com/*', 'https://www.tiktok.com/*'],
    // Toolbar button: the product mark (public/icon/, drawn by scripts/make-icons.mjs).
    action: { default_icon: { 16: 'icon/16.png', 32: 'icon/32.png' } },
    browser_specific_settings: {
      gecko: {
        id: 'microscope@microscope.local',
        // 140: the first Firefox that reads data_collection_permissions (built-in data consent).
        strict_min_version: '140.0',
        data_collection_permissions: { required: ['none'] },
      },
      // Firefox for Android reads it from 142.
      gecko_android: { strict_min_version: '142.0' },
    },
  },
});
