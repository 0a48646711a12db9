import { defineConfig } from 'wxt';

// Microscope reads only what Instagram and TikTok pages already show or load.
// Permissions stay minimal: storage, plus host access to the two sites (content scripts).
export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  manifest: {
    name: 'Microscope — creator vetting',
    description:
      'Score Instagram and TikTok creators on their profile page: engagement, comment quality, authenticity risk and fit. Nothing leaves your browser.',
    permissions: ['storage', 'unlimitedStorage'],
    host_permissions: ['https://www.instagram.com/*', 'https://www.tiktok.com/*'],
    browser_specific_settings: {
      gecko: { id: 'microscope@microscope.local', strict_min_version: '128.0' },
    },
  },
});
