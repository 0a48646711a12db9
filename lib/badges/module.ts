/**
 * The badges' lazily loaded module (`/badges.js`, built by wxt.config.ts as an ES module): the
 * always-on content script imports it only when badges are on and the shortlist has creators
 * (lib/content/badge-loader.ts).
 */
import { createFormatters, createTranslator, pickLocale } from '../i18n';
import { BadgeIndex } from './badge-index';
import { badgeLabels, badgeStatus, badgeTooltip } from './badge-text';
import { canvasMeasure } from './badge-width';
import { Badger } from './badger';
import type { BadgeIndexPayload } from './index-data';

export interface BadgeModule {
  start(doc: Document, options: BadgeStartOptions): BadgeController;
}

export interface BadgeStartOptions {
  /** The browser language (English or French badges). */
  language: string;
  /** Asks the background for the index (once at start, then at each refresh). */
  fetchIndex(): Promise<BadgeIndexPayload>;
}

export interface BadgeController {
  /** The shortlist changed: fetch the index again and redraw what changed. */
  refresh(): Promise<void>;
  stop(): void;
}

export function startBadges(doc: Document, options: BadgeStartOptions): BadgeController {
  const locale = pickLocale(options.language);
  const t = createTranslator(locale);
  const fmt = createFormatters(locale);
  let index = new BadgeIndex();
  const badger = new Badger(doc, index, {
    status: (entry) => badgeStatus(entry, t),
    labels: badgeLabels(t),
    measure: canvasMeasure(),
    tooltip: (entry) => badgeTooltip(entry, t, fmt),
  });
  let stopped = false;
  let started = false;
  let asked = 0;
  const refresh = async () => {
    const mine = ++asked;
    const next = new BadgeIndex(await options.fetchIndex());
    // An older answer arriving after a newer one is dropped.
    if (stopped || mine !== asked) return;
    if (started && next.sameAs(index)) return;
    index = next;
    if (started) badger.setIndex(index);
    else {
      started = true;
      badger.setIndex(index);
      badger.start();
    }
  };
  void refresh().catch((error: unknown) => console.warn('Microscope: could not load the badges', error));
  return {
    refresh,
    stop() {
      stopped = true;
      badger.stop();
    },
  };
}

export const badgeModule: BadgeModule = { start: startBadges };
