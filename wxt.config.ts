import { defineConfig } from 'wxt';

/** Modules the content scripts import when first needed (lib/content/lazy/). */
const LAZY_MODULES = ['readers-instagram', 'readers-tiktok', 'score-card'];

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
    // The extractors and the score card, imported by the content scripts when first needed
    // (README, "Performance"). A per-session address, so pages cannot probe for them.
    web_accessible_resources: [
      {
        resources: ['readers-instagram.js', 'readers-tiktok.js', 'score-card.js'],
        matches: ['https://www.instagram.com/*', 'https://www.tiktok.com/*'],
        use_dynamic_url: true,
      },
    ],
  },
  hooks: {
    // Those two are imported with import(), so they are built as ES modules, not classic scripts.
    'vite:build:extendConfig'(entrypoints, config) {
      if (!entrypoints.some((e) => LAZY_MODULES.includes(e.name))) return;
      if (!config.build?.lib) return;
      config.build.lib.formats = ['es'];
      // Vite keeps an ES library's whitespace for downstream bundlers; this one goes to the browser.
      const output = config.build.rollupOptions?.output;
      if (output && !Array.isArray(output)) output.minify = { codegen: { removeWhitespace: true } };
      // The model's schema files have no side effects: those the extractors do not use (report,
      // shortlist, campaign) are left out, and zod does not build them when the module loads.
      config.build.rollupOptions = {
        ...config.build.rollupOptions,
        treeshake: { moduleSideEffects: [{ test: /[\\/]lib[\\/]model[\\/]/, sideEffects: false }] },
      };
    },
  },
});
