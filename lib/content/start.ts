import { browser } from 'wxt/browser';
import type { BadgeModule } from '../badges/module';
import { onMessage, sendMessage } from '../messaging';
import { AppFailure } from '../result';
import { watchBadges } from './badge-loader';
import { ContentController, type ContentWindow } from './controller';
import type { CardModule, ReaderModule } from './lazy/modules';
import { mayScoreOnArrival, pageRecords } from './page-records';
import { pageSignalGate } from './page-signal';
import type { SitePage } from './site-adapter';

/** The lazily loaded modules, built by wxt.config.ts as ES modules the content scripts may import. */
export const LAZY_MODULES = {
  instagram: '/readers-instagram.js',
  tiktok: '/readers-tiktok.js',
  card: '/score-card.js',
  badges: '/badges.js',
} as const;

/**
 * Imports one of the extension's own modules into this isolated world. `runtime.getURL` gives
 * this session's address of it (use_dynamic_url), so pages cannot probe for the extension.
 */
async function importModule<T>(path: (typeof LAZY_MODULES)[keyof typeof LAZY_MODULES]): Promise<T> {
  const module = (await import(/* @vite-ignore */ browser.runtime.getURL(path))) as { default: T };
  return module.default;
}

/**
 * Starts the always-on content script of one site in this tab until `signal` aborts;
 * `tokensCss` is the design tokens' stylesheet (the entrypoint imports it: lib/ does not import
 * components/).
 */
export function startContentScript(
  signal: AbortSignal,
  page: SitePage,
  tokensCss?: string,
): ContentController {
  // The extension's small records this page needs (badges, queue, automatic scoring): read once,
  // when first needed, and only once the extension signalled that they matter (never in the
  // default state); the storage API is not touched before. storage.onChanged (every area,
  // named): storage.local.onChanged would not name its area.
  const records = pageRecords(
    {
      get: (keys) => browser.storage.local.get(keys),
      get onChanged() {
        return browser.storage.onChanged;
      },
    },
    signal,
    pageSignalGate(globalThis as unknown as Record<string, unknown>, document, signal),
  );
  const controller = new ContentController({
    window: window as ContentWindow,
    page,
    loadReaders: () => importModule<ReaderModule>(LAZY_MODULES[page.platform]),
    loadCard: () => importModule<CardModule>(LAZY_MODULES.card),
    sendMessage,
    onMessage,
    version: () => browser.runtime.getManifest().version,
    tokensCss,
    // A failed read asks the background, as before the records existed.
    mayScoreOnArrival: (platform, handle) =>
      records.read().then(
        (values) => mayScoreOnArrival(values, platform, handle),
        () => true,
      ),
  });
  controller.start(signal);
  // Badges on links to shortlisted creators, on every page of the site (lib/badges).
  watchBadges(signal, {
    win: window,
    records,
    load: () => importModule<BadgeModule>(LAZY_MODULES.badges),
    fetchIndex: async () => {
      const answer = await sendMessage('bg:badgeIndex', {});
      if (!answer.ok) throw new AppFailure(answer.error);
      return answer.value;
    },
  });
  return controller;
}
