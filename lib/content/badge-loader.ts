/**
 * The always-on part of the badges on links to shortlisted creators (lib/badges): once the page
 * has loaded, the page settings (badges on or off) and the shortlist's stamp (how many creators),
 * from the page's records (lib/content/page-records.ts: one storage read per page, shared with
 * the queue's arrival, and none while the records keep their defaults). Only when badges are on and the shortlist has creators is the badge
 * module imported; it asks the background for the index once. A change of either record (the
 * user turned badges off, the shortlist changed in another tab) starts, refreshes or stops it.
 * No validation library, no DOM work here.
 */
import type { BadgeController, BadgeModule } from '../badges/module';
import { readStamp, SHORTLIST_STAMP_KEY } from '../badges/stamp';
import { PAGE_SETTINGS_KEY, readPageSettings } from '../settings/page-settings-read';
import type { PageRecords } from './page-records';

export interface BadgeLoaderDeps {
  win: Window;
  records: PageRecords;
  load(): Promise<BadgeModule>;
  fetchIndex: Parameters<BadgeModule['start']>[1]['fetchIndex'];
}

export function watchBadges(signal: AbortSignal, deps: BadgeLoaderDeps): void {
  const { win, records } = deps;
  let wanted = false;
  let controller: Promise<BadgeController | undefined> | undefined;
  let stamp: unknown;
  let settings: unknown;

  const apply = () => {
    if (signal.aborted) return;
    const on = readPageSettings(settings).badges && (readStamp(stamp)?.total ?? 0) > 0;
    if (on && !wanted) {
      wanted = true;
      controller ??= deps
        .load()
        .then((module) =>
          wanted && !signal.aborted
            ? module.start(win.document, { language: win.navigator.language, fetchIndex: deps.fetchIndex })
            : undefined,
        )
        .catch((error: unknown) => {
          console.warn('Microscope: could not load the badges', error);
          return undefined;
        });
    } else if (!on && wanted) {
      wanted = false;
      const stopping = controller;
      controller = undefined;
      void stopping?.then((c) => c?.stop());
    }
  };

  let unsubscribe: (() => void) | undefined;
  const begin = () => {
    if (signal.aborted) return;
    records
      .read()
      .then((values) => {
        if (signal.aborted) return;
        stamp = values[SHORTLIST_STAMP_KEY];
        settings = values[PAGE_SETTINGS_KEY];
        apply();
        unsubscribe = records.subscribe((changed) => {
          const stampChanged = changed.has(SHORTLIST_STAMP_KEY);
          if (!stampChanged && !changed.has(PAGE_SETTINGS_KEY)) return;
          stamp = values[SHORTLIST_STAMP_KEY];
          settings = values[PAGE_SETTINGS_KEY];
          const wasOn = wanted;
          apply();
          if (wasOn && wanted && stampChanged) void controller?.then((c) => c?.refresh());
        });
      })
      .catch(() => undefined);
  };
  // After the page's own start: its load event, then a moment the main thread is free.
  const idle = () => {
    if (typeof win.requestIdleCallback === 'function') win.requestIdleCallback(begin, { timeout: 2000 });
    else win.setTimeout(begin, 200);
  };
  if (win.document.readyState === 'complete') idle();
  else win.addEventListener('load', idle, { once: true });

  signal.addEventListener(
    'abort',
    () => {
      unsubscribe?.();
      win.removeEventListener('load', idle);
      wanted = false;
      void controller?.then((c) => c?.stop());
    },
    { once: true },
  );
}
