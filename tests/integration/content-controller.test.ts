// @vitest-environment happy-dom
// @vitest-environment-options { "url": "https://www.instagram.com/" }
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { registerBackgroundHandlers } from '@/lib/background/handlers';
import { createReportStore } from '@/lib/background/report-store';
import { registerWarmUp } from '@/lib/background/warm-up';
import { ContentController, type ContentWindow } from '@/lib/content/controller';
import { instagramPage } from '@/lib/content/instagram-page';
import { instagramReaders } from '@/lib/content/lazy/instagram-readers';
import { onMessage, sendMessage } from '@/lib/messaging';
import { DEFAULT_CAMPAIGN } from '@/lib/model';
import { MicroscopeDb } from '@/lib/shortlist/db';
import { countShortlist, listShortlist } from '@/lib/shortlist/repo';
import { fixtureText, NOW } from '@/tests/sites/fixture-loader';

/*
 * The content script's controller against the real message protocol and the real background
 * handlers, over WXT's fake browser (one process: what the content script sends, the
 * background's listeners answer), with the extractors of the built readers module and a saved
 * Instagram page in happy-dom.
 */

const PROFILE = 'https://www.instagram.com/alba.travels/';

function showPage(name: string, url: string) {
  history.pushState({}, '', url);
  const page = new DOMParser().parseFromString(fixtureText('instagram', name), 'text/html');
  document.head.innerHTML = page.head.innerHTML;
  document.body.innerHTML = page.body.innerHTML;
}

let db: MicroscopeDb;
let stops: (() => void)[] = [];
let n = 0;
const primed: number[] = [];

beforeEach(() => {
  fakeBrowser.reset();
  db = new MicroscopeDb(`content-controller-${n++}-${Date.now()}`);
  const activeCampaign = async () => DEFAULT_CAMPAIGN;
  stops = [
    registerBackgroundHandlers({
      db,
      now: () => NOW,
      activeCampaign,
      reports: createReportStore(fakeBrowser.storage.session, { now: () => NOW }),
    }),
    registerWarmUp({ db, now: () => NOW, activeCampaign, prime: (_campaign, now) => primed.push(now) }),
  ];
});
afterEach(async () => {
  for (const stop of stops) stop();
  await db.delete();
});

function startController() {
  const controller = new ContentController({
    window: window as unknown as ContentWindow,
    page: instagramPage,
    loadReaders: async () => instagramReaders(),
    loadCard: async () => ({ mount: () => () => undefined }),
    sendMessage,
    onMessage,
    version: () => '0.0.0-test',
    now: () => NOW,
    pullTimeoutMs: 20,
  });
  const stop = new AbortController();
  controller.start(stop.signal);
  stops.push(() => stop.abort());
  return controller;
}

describe('the content script and the background, over the extension’s messaging', () => {
  it('warms the background as the profile opens, scores it, and adds it by report id', async () => {
    showPage('en-older-header.html', PROFILE);
    const controller = startController();
    // A profile opened on a visible page: the background opened its database meanwhile.
    await vi.waitFor(() => expect(db.isOpen()).toBe(true));
    await vi.waitFor(() => expect(primed).toHaveLength(1));

    const scored = await controller.score();
    expect(scored).toMatchObject({ onProfile: true, handle: 'alba.travels' });
    expect(scored.report?.followers).toBe(1_179_867);
    expect(scored.reportId).toMatch(/^[0-9a-f-]{36}$/);
    expect(controller.session.current).toMatchObject({ status: 'ready', reportId: scored.reportId });

    await controller.add();
    expect(controller.session.current.added).toBe(true);
    const entries = await listShortlist(db);
    expect(entries.map((e) => [e.platform, e.handle])).toEqual([['instagram', 'alba.travels']]);
    // What was stored is the background's own report of that score.
    expect(entries[0]?.report.followers).toBe(1_179_867);
  });

  it('a message naming a report the background never scored adds nothing', async () => {
    showPage('en-older-header.html', PROFILE);
    startController();
    const forged = await sendMessage('bg:addToShortlist', { reportId: 'not-a-report-of-ours' });
    expect(forged.ok).toBe(false);
    expect(await countShortlist(db)).toBe(0);
  });
});
