// @vitest-environment happy-dom
// @vitest-environment-options { "url": "https://www.instagram.com/" }
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { mountCard } from '@/components/content/mount-card';
import { ContentController, type ContentDeps, type ContentWindow } from '@/lib/content/controller';
import { instagramPage } from '@/lib/content/instagram-page';
import { instagramReaders } from '@/lib/content/lazy/instagram-readers';
import type { CardModule, ReaderModule } from '@/lib/content/lazy/modules';
import { installPageCapture } from '@/lib/content/page-capture';
import type { onMessage, sendMessage, TabProfile } from '@/lib/messaging';
import type { QueueArrival } from '@/lib/queue/messages';
import type { Result } from '@/lib/result';
import { makeReport } from '@/tests/helpers/reports';
import { fixtureText, NOW } from '@/tests/sites/fixture-loader';

const IG = 'https://www.instagram.com';
const PROFILE = `${IG}/alba.travels/`;
const POST = `${IG}/p/C2recentBBB/`;

/** Shows a saved page of the fixture set at `url`, as the site would after a navigation. */
function showPage(name: string, url: string) {
  history.pushState({}, '', url);
  const page = new DOMParser().parseFromString(fixtureText('instagram', name), 'text/html');
  document.head.innerHTML = page.head.innerHTML;
  document.body.innerHTML = page.body.innerHTML;
}

/** The page's own in-app navigation: the Navigation API's `navigate` event, then the new URL. */
function navigate(navigation: EventTarget, name: string, url: string) {
  navigation.dispatchEvent(Object.assign(new Event('navigate'), { destination: { url } }));
  showPage(name, url);
  navigation.dispatchEvent(new Event('currententrychange'));
}

type Sent = [string, unknown];

/** The controller's clock (the warm-up sends at most one message a second). */
const clock = { now: NOW };

function setup(
  options: {
    card?: CardModule;
    pullTimeoutMs?: number;
    mayScoreOnArrival?: ContentDeps['mayScoreOnArrival'];
    arrival?: QueueArrival;
  } = {},
) {
  const sent: Sent[] = [];
  const handlers = new Map<string, (message: { data: unknown }) => unknown>();
  const report = makeReport({ handle: 'alba.travels', url: PROFILE });
  const send = async (type: string, data: unknown) => {
    sent.push([type, data]);
    if (type === 'bg:scoreProfile') return { ok: true, value: { report, reportId: 'report-1' } };
    if (type === 'bg:addToShortlist') return { ok: true, value: { entry: {}, count: 1 } };
    if (type === 'bg:getShortlistStatus') return { ok: true, value: { shortlisted: false, count: 0 } };
    if (type === 'bg:warmUp') return { ok: true, value: { ready: true } };
    if (type === 'bg:queueArrival' && options.arrival) return { ok: true, value: options.arrival };
    throw new Error(`unexpected ${type}`);
  };
  const listen = (type: string, handler: (message: { data: unknown }) => unknown) => {
    handlers.set(type, handler);
    return () => handlers.delete(type);
  };
  const mounted: { slot: HTMLElement; shadow: ShadowRoot }[] = [];
  const card: CardModule = options.card ?? {
    mount: (slot, shadow) => {
      mounted.push({ slot, shadow });
      return () => undefined;
    },
  };
  const loadReaders = vi.fn(async (): Promise<ReaderModule> => instagramReaders());
  const loadCard = vi.fn(async () => card);
  const navigation = new EventTarget();
  Object.defineProperty(window, 'navigation', { value: navigation, configurable: true });
  const deps: ContentDeps = {
    window: window as unknown as ContentWindow,
    page: instagramPage,
    loadReaders,
    loadCard,
    sendMessage: send as unknown as typeof sendMessage,
    onMessage: listen as unknown as typeof onMessage,
    version: () => '0.0.0-test',
    now: () => clock.now,
    pullTimeoutMs: options.pullTimeoutMs ?? 20,
    ...(options.mayScoreOnArrival ? { mayScoreOnArrival: options.mayScoreOnArrival } : {}),
  };
  const controller = new ContentController(deps);
  const stop = new AbortController();
  return { controller, stop, sent, handlers, mounted, loadReaders, loadCard, navigation };
}

const host = () => document.querySelector('microscope-ui') as HTMLElement | null;

describe('the content script on Instagram', () => {
  let stops: AbortController[] = [];
  beforeEach(() => {
    stops = [];
  });
  afterEach(() => {
    for (const stop of stops) stop.abort();
    Reflect.deleteProperty(window, 'navigation');
  });
  const start = (ctx: ReturnType<typeof setup>) => {
    ctx.controller.start(ctx.stop.signal);
    stops.push(ctx.stop);
    return ctx;
  };

  it('does nothing on the feed but watch the URL: no button, no extractors, no card', () => {
    showPage('not-found.html', `${IG}/`);
    const ctx = start(setup());
    expect(host()).toBeNull();
    expect(ctx.loadReaders).not.toHaveBeenCalled();
    expect(ctx.loadCard).not.toHaveBeenCalled();
  });

  it('puts one Score button under a profile’s header, in a closed shadow root', () => {
    showPage('en-older-header.html', PROFILE);
    start(setup());
    expect(host()?.previousElementSibling?.localName).toBe('header');
    expect(host()?.shadowRoot).toBeNull();
    expect(document.querySelectorAll('microscope-ui')).toHaveLength(1);
  });

  it('loads the extractors and the card on Score, scores through the background and keeps the report’s id', async () => {
    showPage('en-older-header.html', PROFILE);
    const ctx = start(setup());
    expect(ctx.loadCard).not.toHaveBeenCalled();
    const result = await ctx.controller.score();
    expect(ctx.loadReaders).toHaveBeenCalledTimes(1);
    expect(ctx.loadCard).toHaveBeenCalledTimes(1);
    const [, request] = ctx.sent.find(([type]) => type === 'bg:scoreProfile') ?? [];
    expect(request).toMatchObject({
      extraction: { snapshot: { handle: 'alba.travels', url: PROFILE, followers: 1_179_867 } },
      evidence: { comments: [] },
    });
    expect(result).toMatchObject({ onProfile: true, handle: 'alba.travels', reportId: 'report-1' });
    expect(ctx.controller.session.current).toMatchObject({
      status: 'ready',
      open: true,
      reportId: 'report-1',
    });
    // The card renders inside the button's closed shadow root.
    const [{ slot, shadow }] = ctx.mounted as [{ slot: HTMLElement; shadow: ShadowRoot }];
    expect(slot.getRootNode()).toBe(shadow);
    expect(host()?.shadowRoot).toBeNull();
    // Scoring again reuses both modules.
    await ctx.controller.score();
    expect(ctx.loadReaders).toHaveBeenCalledTimes(1);
    expect(ctx.loadCard).toHaveBeenCalledTimes(1);
  });

  /** The MAIN-world capture in this window, its messages delivered as a browser would (later, naming the window). */
  function withCapture(delayOf: (data: unknown) => number) {
    const parse = window.JSON.parse;
    const post = vi.spyOn(window, 'postMessage').mockImplementation((data: unknown, origin: unknown) => {
      setTimeout(
        () =>
          window.dispatchEvent(new MessageEvent('message', { data, origin: String(origin), source: window })),
        delayOf(data),
      );
    });
    installPageCapture(window as unknown as Parameters<typeof installPageCapture>[0], {
      hookJsonParse: true,
    });
    return () => {
      post.mockRestore();
      window.JSON.parse = parse;
    };
  }

  it('asks the page’s capture for the JSON it kept before reading the profile', async () => {
    showPage('en-older-header.html', PROFILE);
    const restore = withCapture(() => 0);
    try {
      // The short wait for an absent capture is long here, so a loaded machine cannot make it
      // expire before the capture's first answer; the next test covers a slow delivery.
      const ctx = start(setup({ pullTimeoutMs: 5_000 }));
      // The page parses its posts response itself (as Instagram does), long before any click.
      window.JSON.parse(fixtureText('instagram', 'en-older-header.ig-timeline.json'));
      await new Promise((resolve) => setTimeout(resolve, 20));
      expect(ctx.controller.inbox.payloads()).toEqual([]);
      await ctx.controller.score();
      expect(ctx.controller.inbox.payloads().map((p) => p.kind)).toEqual(['ig-timeline']);
      const [, request] = ctx.sent.find(([type]) => type === 'bg:scoreProfile') ?? [];
      expect(
        (request as { extraction: { provenance: Record<string, string> } }).extraction.provenance.posts,
      ).toBe('json');
    } finally {
      restore();
    }
  });

  it('waits for a capture that acknowledged the pull, however long after the short wait it delivers', async () => {
    showPage('en-older-header.html', PROFILE);
    // The acknowledgement arrives at once; the payloads and "done" only well after the 20 ms
    // that a missing capture is given (a big page parsing on a slow machine).
    // ("done" comes last, as in a browser, where every message of one delivery keeps its order.)
    const restore = withCapture((data) => {
      const message = data as { kind?: unknown; done?: unknown };
      return message.kind !== undefined ? 150 : message.done !== undefined ? 200 : 0;
    });
    try {
      const ctx = start(setup());
      window.JSON.parse(fixtureText('instagram', 'en-older-header.ig-timeline.json'));
      await ctx.controller.score();
      expect(ctx.controller.inbox.payloads().map((p) => p.kind)).toEqual(['ig-timeline']);
    } finally {
      restore();
    }
  });

  it('adds by the id of the report the background scored, never by sending a report', async () => {
    showPage('en-older-header.html', PROFILE);
    const ctx = start(setup());
    await ctx.controller.score();
    await ctx.controller.add();
    expect(ctx.sent.filter(([type]) => type === 'bg:addToShortlist')).toEqual([
      ['bg:addToShortlist', { reportId: 'report-1' }],
    ]);
    expect(ctx.controller.session.current.added).toBe(true);
  });

  it('gets ready when the pointer reaches Score: extractors, card and the background woken, once', async () => {
    showPage('en-older-header.html', PROFILE);
    const ctx = start(setup());
    ctx.controller.prepare();
    ctx.controller.prepare();
    await vi.waitFor(() => expect(ctx.loadCard).toHaveBeenCalledTimes(1));
    expect(ctx.loadReaders).toHaveBeenCalledTimes(1);
    expect(ctx.sent.filter(([type]) => type === 'bg:getShortlistStatus')).toHaveLength(1);
    // The click uses what was asked for, and asks again next time (an Add changes the answer).
    await ctx.controller.score();
    expect(ctx.sent.filter(([type]) => type === 'bg:getShortlistStatus')).toHaveLength(1);
    await ctx.controller.score();
    expect(ctx.sent.filter(([type]) => type === 'bg:getShortlistStatus')).toHaveLength(2);
  });

  it('warms the background as a creator’s profile opens on a visible page, once per creator', () => {
    // The page has not drawn its header yet: the background starts meanwhile.
    history.pushState({}, '', PROFILE);
    document.body.innerHTML = '<main></main>';
    const ctx = start(setup());
    const warmUps = () => ctx.sent.filter(([type]) => type === 'bg:warmUp');
    expect(host()).toBeNull();
    expect(warmUps()).toEqual([['bg:warmUp', { trigger: 'shown' }]]);
    // The header arrives, the site re-renders it, a post opens over the profile and closes:
    // the same creator, no second warm-up.
    clock.now += 5_000;
    showPage('en-older-header.html', PROFILE);
    const placement = (ctx.controller as unknown as { placement: { place(): boolean } }).placement;
    placement.place();
    const header = document.querySelector('main header') ?? document.querySelector('header');
    header?.replaceWith(header.cloneNode(true));
    placement.place();
    expect(host()?.previousElementSibling?.localName).toBe('header');
    navigate(ctx.navigation, 'post-over-profile.html', POST);
    navigate(ctx.navigation, 'en-older-header.html', PROFILE);
    expect(warmUps()).toHaveLength(1);
    // Another creator: a new warm-up.
    navigate(ctx.navigation, 'fr-newer-header.html', `${IG}/camille.mode/`);
    expect(warmUps()).toEqual([
      ['bg:warmUp', { trigger: 'shown' }],
      ['bg:warmUp', { trigger: 'shown' }],
    ]);
  });

  it('on a profile opened in a background tab, warms the background once the tab is shown', () => {
    Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
    try {
      showPage('en-older-header.html', PROFILE);
      const ctx = start(setup());
      const warmUps = () => ctx.sent.filter(([type]) => type === 'bg:warmUp');
      expect(warmUps()).toEqual([]);
      Object.defineProperty(document, 'visibilityState', { value: 'visible', configurable: true });
      document.dispatchEvent(new Event('visibilitychange'));
      expect(warmUps()).toEqual([['bg:warmUp', { trigger: 'shown' }]]);
    } finally {
      Object.defineProperty(document, 'visibilityState', { value: 'visible', configurable: true });
    }
  });

  it('warms the background when the pointer reaches Score and at the press, not on the feed', () => {
    showPage('not-found.html', `${IG}/`);
    const feed = start(setup());
    expect(feed.sent).toEqual([]);
    feed.stop.abort();
    showPage('en-older-header.html', PROFILE);
    const ctx = start(setup());
    const warmUps = () => ctx.sent.filter(([type]) => type === 'bg:warmUp').map(([, data]) => data);
    clock.now += 5_000;
    host()?.dispatchEvent(new Event('pointerenter'));
    clock.now += 5_000;
    host()?.dispatchEvent(new Event('pointerdown'));
    expect(warmUps()).toEqual([{ trigger: 'shown' }, { trigger: 'pointer' }, { trigger: 'press' }]);
  });

  it('asks nothing as a profile opens while no queue names it and automatic scoring is off', async () => {
    showPage('en-older-header.html', PROFILE);
    const mayScore = vi.fn(async () => false);
    const ctx = start(setup({ mayScoreOnArrival: mayScore }));
    await vi.waitFor(() => expect(mayScore).toHaveBeenCalledWith('instagram', 'alba.travels'));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(ctx.sent.map(([type]) => type)).toEqual(['bg:warmUp']);
    expect(ctx.controller.session.current.queue).toBeUndefined();
  });

  it('asks the background when the page’s records say the profile may be scored; it has the last word', async () => {
    showPage('en-older-header.html', PROFILE);
    const spot = { queueId: 'q1', name: 'Afternoon', index: 2, position: 3, total: 5, done: 2 };
    const ctx = start(setup({ mayScoreOnArrival: async () => true, arrival: { score: false, queue: spot } }));
    await vi.waitFor(() =>
      expect(ctx.sent).toContainEqual(['bg:queueArrival', { platform: 'instagram', handle: 'alba.travels' }]),
    );
    await vi.waitFor(() => expect(ctx.controller.session.current.queue).toEqual(spot));
    // Told not to score: nothing is scored.
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(ctx.sent.some(([type]) => type === 'bg:scoreProfile')).toBe(false);
  });

  it('asks nothing for a creator the user already left when the records arrive', async () => {
    showPage('en-older-header.html', PROFILE);
    let answer: (may: boolean) => void = () => undefined;
    const ctx = start(
      setup({
        mayScoreOnArrival: () => new Promise<boolean>((resolve) => (answer = resolve)),
        arrival: { score: true },
      }),
    );
    navigate(ctx.navigation, 'not-found.html', `${IG}/`);
    answer(true);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(ctx.sent.some(([type]) => type === 'bg:queueArrival')).toBe(false);
  });

  it('answers the popup with the report and its id', async () => {
    showPage('en-older-header.html', PROFILE);
    const ctx = start(setup());
    const ask = ctx.handlers.get('tab:getProfile');
    expect(await ask?.({ data: { score: false } })).toEqual({
      ok: true,
      value: {
        onProfile: true,
        platform: 'instagram',
        handle: 'alba.travels',
        report: undefined,
        reportId: undefined,
      },
    });
    const scored = (await ask?.({ data: { score: true } })) as Result<TabProfile>;
    expect(scored.ok && scored.value.reportId).toBe('report-1');
  });

  it('reads the comments of a post opened from the profile, and forgets them for the next creator', async () => {
    showPage('en-older-header.html', PROFILE);
    const ctx = start(setup());
    navigate(ctx.navigation, 'post-over-profile.html', POST);
    // The extractors load on the first post opened; the post is read while it stays open.
    await vi.waitFor(() => expect(ctx.controller.session.evidenceComments().length).toBeGreaterThan(0), {
      timeout: 2_000,
    });
    expect(ctx.loadCard).not.toHaveBeenCalled();
    expect(ctx.controller.session.evidenceComments().map((c) => c.author)).toContain('traveler_jo');
    navigate(ctx.navigation, 'en-older-header.html', PROFILE);
    expect(ctx.controller.session.evidenceComments().length).toBeGreaterThan(0);
    navigate(ctx.navigation, 'fr-newer-header.html', `${IG}/camille.mode/`);
    expect(ctx.controller.session.evidenceComments()).toEqual([]);
  });

  it('reads a post’s DOM-only comments as it is left (the Navigation API says so before the page changes)', async () => {
    showPage('en-older-header.html', PROFILE);
    const ctx = start(setup());
    await ctx.controller.loadReaders();
    showPage('post-over-profile.html', POST);
    for (const script of document.querySelectorAll('script[data-sjs]')) script.remove();
    ctx.navigation.dispatchEvent(new Event('currententrychange'));
    // Leave before the first timed read: only the leave announcement can catch the comments.
    navigate(ctx.navigation, 'en-older-header.html', PROFILE);
    expect(ctx.controller.session.evidenceComments().map((c) => [c.author, c.source])).toEqual([
      ['traveler_jo', 'dom'],
      ['alba.travels', 'dom'],
    ]);
  });

  it('stops when the extension goes away: the button leaves the page', () => {
    showPage('en-older-header.html', PROFILE);
    const ctx = start(setup());
    expect(host()).not.toBeNull();
    ctx.stop.abort();
    expect(host()).toBeNull();
  });
});

describe('the card a page script tries to use', () => {
  afterEach(() => {
    Reflect.deleteProperty(window, 'navigation');
  });

  it('cannot be read from the page, and a scripted click on Add to shortlist adds nothing', async () => {
    showPage('en-older-header.html', PROFILE);
    const ctx = setup({ card: { mount: mountCard } });
    ctx.controller.start(ctx.stop.signal);
    await ctx.controller.score();
    const page = host();
    expect(page?.shadowRoot).toBeNull();
    expect(document.querySelector('[data-testid="microscope-card"]')).toBeNull();
    // Even with the element in hand (only the extension has it), a synthesised click does nothing.
    const shadow = ctx.mounted[0]?.shadow ?? (await vi.waitFor(() => findShadow(ctx)));
    const add = await vi.waitFor(() => {
      const button = shadow.querySelector<HTMLButtonElement>('[data-testid="microscope-add"]');
      if (!button) throw new Error('no Add button yet');
      return button;
    });
    add.click();
    add.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(ctx.sent.some(([type]) => type === 'bg:addToShortlist')).toBe(false);
    ctx.stop.abort();
  });
});

/** The card's shadow root as the extension sees it (the slot's root node). */
function findShadow(ctx: ReturnType<typeof setup>): ShadowRoot {
  const slot = (ctx.controller as unknown as { view?: { shadow: ShadowRoot } }).view?.shadow;
  if (!slot) throw new Error('no view');
  return slot;
}
