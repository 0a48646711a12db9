/**
 * The always-on part of the badges on links to shortlisted creators (lib/badges): once the page
 * has loaded, one read of two small records in the extension's storage — the page settings
 * (badges on or off) and the shortlist's stamp (how many creators). Only when badges are on and
 * the shortlist has creators is the badge module imported; it asks the background for the index
 * once. A change of either record (`storage.onChanged`: the user turned badges off, the
 * shortlist changed in another tab) starts, refreshes or stops it. No validation library, no DOM
 * work here.
 */
import type { BadgeController, BadgeModule } from '../badges/module';
import { readStamp, SHORTLIST_STAMP_KEY } from '../badges/stamp';
import { PAGE_SETTINGS_KEY, readPageSettings } from '../settings/page-settings-read';

type Changes = Record<string, { newValue?: unknown }>;

export interface BadgeLoaderDeps {
  win: Window;
  storage: {
    get(keys: string[]): Promise<Record<string, unknown>>;
    onChanged: {
      addListener(listener: (changes: Changes, area: string) => void): void;
      removeListener(listener: (changes: Changes, area: string) => void): void;
    };
  };
  load(): Promise<BadgeModule>;
  fetchIndex: Parameters<BadgeModule['start']>[1]['fetchIndex'];
}

export function watchBadges(signal: AbortSignal, deps: BadgeLoaderDeps): void {
  const { win } = deps;
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

  const onChanged = (changes: Changes, area: string) => {
    if (area !== 'local') return;
    const stampChanged = SHORTLIST_STAMP_KEY in changes;
    if (stampChanged) stamp = changes[SHORTLIST_STAMP_KEY]?.newValue;
    if (PAGE_SETTINGS_KEY in changes) settings = changes[PAGE_SETTINGS_KEY]?.newValue;
    const wasOn = wanted;
    apply();
    if (wasOn && wanted && stampChanged) void controller?.then((c) => c?.refresh());
  };

  const begin = () => {
    if (signal.aborted) return;
    deps.storage.onChanged.addListener(onChanged);
    deps.storage
      .get([SHORTLIST_STAMP_KEY, PAGE_SETTINGS_KEY])
      .then((stored) => {
        stamp = stored[SHORTLIST_STAMP_KEY];
        settings = stored[PAGE_SETTINGS_KEY];
        apply();
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
      deps.storage.onChanged.removeListener(onChanged);
      win.removeEventListener('load', idle);
      wanted = false;
      void controller?.then((c) => c?.stop());
    },
    { once: true },
  );
}
