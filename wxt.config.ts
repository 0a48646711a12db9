import { defineConfig } from 'wxt';
import { scoreCommandManifest } from './lib/commands/score-command';
import { tinyldLazy } from './scripts/tinyld-lazy.mjs';
import { zodJitless } from './scripts/zod-jitless.mjs';

/** Modules the content scripts import when first needed (lib/content/lazy/). */
const LAZY_MODULES = ['readers-instagram', 'readers-tiktok', 'score-card', 'badges'];
/** The content scripts every Instagram and TikTok page runs (README, "Performance"). */
const ALWAYS_ON = ['instagram', 'tiktok', 'page-capture'];
/**
 * V8's explicit compile hint: every function of the file is compiled with the script instead of
 * on its first call. The always-on scripts run most of their code on every page, where compiling
 * each function lazily on first use cost more than the rest of their work (README, "Performance").
 * Chromium reads it from version 136; other engines see a comment.
 */
const COMPILE_ALL_HINT = '//# allFunctionsCalledOnLoad';

// Microscope reads only what Instagram and TikTok pages already show or load.
// Permissions stay minimal: storage, plus host access to the two sites (content scripts), and
// scripting for the small content script registered only while the pages' records matter
// (lib/page-signal/registration.ts): no install warning in Chrome or Firefox.
export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  // zod without generated code or its `Function` probe, in every bundle; tinyld's tables unpacked
  // on first use, not at each background start (see the plugins). CSS for the browsers the
  // manifest allows (Chrome 123, Firefox 140): light-dark() stays as written. Transpiled for older
  // ones, it would be resolved once at the root of each page, and the card could no longer take the
  // site's theme when it differs from the system's.
  vite: () => ({
    plugins: [zodJitless(), tinyldLazy()],
    build: { cssTarget: ['chrome123', 'firefox140'] },
  }),
  // `npm run zip`: the Chrome and Firefox store packages, and for addons.mozilla.org the sources
  // that build them (README, "Store packages"); tests and local output stay out.
  zip: { excludeSources: ['tests/**', 'stats.html', '**/*.log', 'test-results/**'] },
  manifest: ({ browser }) => ({
    name: 'Microscope — creator vetting',
    // At most 132 characters: the Chrome Web Store refuses a longer one (store/listing.en.md).
    description:
      'Vet Instagram and TikTok creators on their profile: engagement, comment quality, authenticity, fit. Nothing leaves your browser.',
    // 123: the first Chrome with CSS light-dark(), which the light and dark themes are written with.
    minimum_chrome_version: '123',
    permissions: ['storage', 'unlimitedStorage', 'scripting'],
    host_permissions: ['https://www.instagram.com/*', 'https://www.tiktok.com/*'],
    // The keyboard shortcut that scores the profile in view (lib/commands/score-command.ts):
    // Alt+Shift+S, in Firefox Alt+Shift+I (there Alt+Shift+S opens the History menu); the user
    // changes it in the browser's extension shortcuts page.
    commands: scoreCommandManifest(browser),
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
    // The extractors and the score card, imported by the content scripts when first needed
    // (README, "Performance"). A per-session address, so pages cannot probe for them.
    web_accessible_resources: [
      {
        resources: ['readers-instagram.js', 'readers-tiktok.js', 'score-card.js', 'badges.js'],
        matches: ['https://www.instagram.com/*', 'https://www.tiktok.com/*'],
        use_dynamic_url: true,
      },
    ],
  }),
  hooks: {
    'vite:build:extendConfig'(entrypoints, config) {
      if (entrypoints.some((e) => ALWAYS_ON.includes(e.name))) {
        // Added once the bundle is minified (the minifier drops a banner): the hint must open the file.
        config.plugins = [
          ...(config.plugins ?? []),
          {
            name: 'microscope:compile-all-hint',
            generateBundle(_options, bundle) {
              for (const chunk of Object.values(bundle)) {
                if (chunk.type === 'chunk' && chunk.isEntry)
                  chunk.code = `${COMPILE_ALL_HINT}\n${chunk.code}`;
              }
            },
          },
        ];
        return;
      }
      // The lazy modules are imported with import(), so they are built as ES modules, not classic scripts.
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
