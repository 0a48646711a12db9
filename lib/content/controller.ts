import type {
  onMessage as onMessageFn,
  ShortlistStatus,
  sendMessage as sendMessageFn,
  TabProfile,
} from '../messaging';
import type { Decision } from '../queue/queue';
import { ok, toAppError } from '../result';
import { PULL_TAG, SETTLE_TAG } from '../sites/capture-filter';
import { buttonLocale } from './button-labels';
import { CaptureInbox } from './capture-inbox';
import { HostPlacement } from './host-placement';
import type { CardModule, ReaderModule } from './lazy/modules';
import { type LocationSource, watchLocation } from './location-watch';
import { ProfileSession } from './profile-session';
import { createScoreButton, type ScoreButtonView } from './score-button';
import type { SitePage } from './site-adapter';
import { type BackgroundWarmer, backgroundWarmer } from './warm-up';

/** Captured payloads that belong to the post on screen (a comments response does not name its post). */
const COMMENT_KINDS = ['ig-comments', 'ig-post', 'tt-comments'] as const;

/** When the comments of an opened post are read while it stays open (ms after it opened, then every). */
const POST_READS_MS = [300, 1000] as const;
const POST_READ_EVERY_MS = 2000;
/** How long a shortlist status asked for when the pointer reached the button stays good for the click. */
const WARM_STATUS_MS = 10_000;
/** How long a pull waits for the capture script's answer (it is absent if the page blocked it). */
const PULL_TIMEOUT_MS = 300;
/** Once the capture script has acknowledged a pull, how long its delivery may take at most. */
const PULL_DELIVERY_MS = 10_000;
/**
 * Scoring on arrival (a queue's Next, or the automatic option) waits for the page to have drawn
 * the profile header and loaded its posts: checked this often, for at most this long.
 */
const ARRIVAL_CHECK_MS = 200;
const ARRIVAL_WAIT_MS = 4_000;

/** The browser window as the controller uses it (a happy-dom window in tests). */
export type ContentWindow = Window &
  typeof globalThis &
  LocationSource & {
    navigation?: EventTarget;
  };

export interface ContentDeps {
  window: ContentWindow;
  page: SitePage;
  /** Loads the extractors (on the first post opened from a profile, or the first click). */
  loadReaders(): Promise<ReaderModule>;
  /** Loads the card's view (on the first click, or when the pointer reaches the button). */
  loadCard(): Promise<CardModule>;
  sendMessage: typeof sendMessageFn;
  onMessage: typeof onMessageFn;
  /** The extension version, for Copy diagnostics (asked for only then). */
  version(): string;
  now?: () => number;
  /** How long a pull waits for the MAIN-world capture to answer. */
  pullTimeoutMs?: number;
  /** How long a pull the capture acknowledged waits for the rest of its answer. */
  pullDeliveryMs?: number;
  /** The design tokens (components/styles/tokens.css), put in the button's shadow root. */
  tokensCss?: string;
  /**
   * Whether a profile that opened may have to be scored on arrival: automatic scoring is on, or
   * it is the review queue's current item (lib/content/page-records.ts `mayScoreOnArrival`).
   * Only then is the background asked; without it, it is asked on every profile.
   */
  mayScoreOnArrival?(platform: SitePage['platform'], handle: string): Promise<boolean>;
}

/**
 * The content script of one site, as plain logic over its environment. It watches the URL
 * (not the DOM), keeps one Score button under the profile header on profile pages only, keeps
 * what the MAIN-world capture hands over, reads the comments of posts the user opens from a
 * profile, and loads the extractors and the card only when they are needed. On other pages
 * (feed, reels, messages) it only keeps an eye on the URL.
 */
export class ContentController {
  readonly session: ProfileSession;
  readonly inbox: CaptureInbox;
  private readonly win: ContentWindow;
  private readonly page: SitePage;
  private readonly now: () => number;
  private view: ScoreButtonView | undefined;
  private placement: HostPlacement | undefined;
  private readers: Promise<ReaderModule> | undefined;
  private readersLoaded: ReaderModule | undefined;
  private card: Promise<CardModule> | undefined;
  private unmountCard: (() => void) | undefined;
  private postTimer: unknown;
  private postReads = 0;
  private checkLocation: () => void = () => undefined;
  private warm: { handle: string; at: number; status: Promise<ShortlistStatus | undefined> } | undefined;
  /** Pulls waiting for the capture script's answer, by id. */
  private readonly pulls = new Map<string, { done: () => void; ack: () => void; settled: () => void }>();
  private pullCount = 0;
  private listening = false;
  /**
   * The page's messages are listened to from the first pull on: the capture posts nothing
   * unasked, so until then there is nothing to hear (and no cost on pages nobody scores).
   */
  private readonly onPageMessage = (event: MessageEvent) => {
    const data = event.data as { tag?: unknown; id?: unknown } | null;
    if (typeof data === 'object' && data !== null && data.tag === SETTLE_TAG) {
      // The page can post one too (it sees every message of the window): that only ends the
      // wait sooner, as the timer used to.
      if (typeof data.id === 'string') this.pulls.get(data.id)?.settled();
      return;
    }
    this.inbox.accept(
      { source: event.source, origin: event.origin, data: event.data },
      this.win.location.href,
      (id) => {
        if (typeof id === 'string') this.pulls.get(id)?.done();
      },
      (id) => {
        if (typeof id === 'string') this.pulls.get(id)?.ack();
      },
    );
  };
  /** Posts opened while the creator in view stayed the same: whose captured comments count. */
  private readonly postsOpened = new Set<string>();
  /** Starts the background ahead of a likely click (lib/content/warm-up.ts). */
  private readonly warmer: BackgroundWarmer;
  /** The creator whose profile was last opened (the background was warmed for), and its remover. */
  private shownFor: string | undefined;
  private stopShown: (() => void) | undefined;
  private stopArrival: (() => void) | undefined;
  private focusRequests = 0;

  constructor(private readonly deps: ContentDeps) {
    this.win = deps.window;
    this.page = deps.page;
    this.now = deps.now ?? (() => Date.now());
    this.session = new ProfileSession(deps.page.platform);
    this.inbox = new CaptureInbox({ window: deps.window, origin: deps.window.location.origin });
    this.warmer = backgroundWarmer((trigger) => deps.sendMessage('bg:warmUp', { trigger }), {
      now: this.now,
    });
  }

  /** Wires everything to the page until `signal` aborts (the extension was reloaded or removed). */
  start(signal: AbortSignal): void {
    const win = this.win;
    this.checkLocation = watchLocation(
      win,
      {
        onLeave: (url) => this.collectComments(url),
        // The captured JSON of a post left without notice is stamped with its page: it is read
        // later (catchUpComments). Its DOM is not: the page may already show the next one.
        onChange: (_from, to) => this.syncLocation(to),
      },
      signal,
    );
    const removeListener = this.deps.onMessage('tab:getProfile', async ({ data }) => {
      this.checkLocation();
      if (data.score) return ok(await this.score({ focusCard: true }));
      const { handle, report, reportId } = this.session.current;
      return ok<TabProfile>(
        handle
          ? { onProfile: true, platform: this.page.platform, handle, report, reportId }
          : { onProfile: false, platform: this.page.platform },
      );
    });
    this.session.subscribe(() => this.view?.render(this.session.current));
    signal.addEventListener(
      'abort',
      () => {
        removeListener();
        this.win.removeEventListener('message', this.onPageMessage);
        this.stopPostReads();
        this.placement?.stop();
        this.stopShown?.();
        this.stopArrival?.();
        this.unmountCard?.();
      },
      { once: true },
    );
    this.syncLocation(win.location.href);
  }

  /** Moves the session and the watchers to what `url` shows. */
  private syncLocation(url: string): void {
    const handle = this.page.profileHandle(url);
    const onPost = handle === undefined && this.page.isPostPage(url);
    // On a post opened over the profile the creator stays the same; elsewhere there is no profile.
    // A new creator: the comments captured on the previous one's posts are not theirs.
    if ((handle !== undefined || !onPost) && this.session.focus(handle)) {
      this.inbox.drop(COMMENT_KINDS);
      this.postsOpened.clear();
    }
    if (onPost && this.session.current.handle) this.postsOpened.add(url);
    if (handle === undefined && !onPost) this.inbox.clear();
    if (this.session.current.handle) this.ensurePlacement().start();
    else this.placement?.stop();
    this.warmForProfile(handle, onPost);
    if (onPost && this.session.current.handle) this.startPostReads();
    else this.stopPostReads();
  }

  /**
   * A creator's profile opening on a visible page (or becoming visible) starts the background:
   * the click is likely seconds away, and a stopped background (Firefox's event page above all)
   * takes longer to start than the page takes to draw its header. Once per creator; nothing on
   * posts opened over the profile nor on pages that are not profiles.
   */
  private warmForProfile(handle: string | undefined, onPost: boolean): void {
    if (handle === undefined) {
      if (!onPost) {
        this.stopShown?.();
        this.stopShown = undefined;
        this.stopArrival?.();
        this.stopArrival = undefined;
        this.shownFor = undefined;
      }
      return;
    }
    if (handle === this.shownFor) return;
    this.shownFor = handle;
    this.stopShown?.();
    this.stopShown = this.warmer.shown(this.win.document.documentElement);
    this.stopArrival?.();
    this.stopArrival = this.whenVisible(() => this.arrive(handle));
  }

  /** Runs `then` now if the page is visible, else once it becomes visible; returns its remover. */
  private whenVisible(then: () => void): () => void {
    const doc = this.win.document;
    if (doc.visibilityState === 'visible') {
      then();
      return () => undefined;
    }
    const onVisible = () => {
      if (doc.visibilityState !== 'visible') return;
      doc.removeEventListener('visibilitychange', onVisible);
      then();
    };
    doc.addEventListener('visibilitychange', onVisible);
    return () => doc.removeEventListener('visibilitychange', onVisible);
  }

  /**
   * A creator's profile is on screen: when it may have to be scored now (the page's records say
   * automatic scoring is on, or it is the review queue's current item), asks the background
   * whether it is the queue's current item (the card then shows the queue and its keys) and
   * whether to score it; the background decides. Scoring waits for the profile to be drawn.
   * Otherwise — no queue on this creator, automatic scoring off — no message at all.
   */
  private arrive(handle: string): void {
    const platform = this.page.platform;
    const since = this.now();
    const payloadsAtArrival = this.inbox.payloads().length;
    const mayScore = this.deps.mayScoreOnArrival?.(platform, handle) ?? Promise.resolve(true);
    mayScore
      .then((ask) =>
        ask && this.session.current.handle === handle
          ? this.deps.sendMessage('bg:queueArrival', { platform, handle })
          : undefined,
      )
      .then((answer) => {
        if (!answer || this.session.current.handle !== handle) return;
        if (!answer.ok) return;
        const arrival = answer.value;
        if (arrival.queue) this.session.update({ queue: arrival.queue });
        if (!arrival.score) return;
        const check = () => {
          if (this.session.current.handle !== handle || this.session.current.status !== 'idle') return;
          void this.pull().then(() => {
            if (this.session.current.handle !== handle || this.session.current.status !== 'idle') return;
            const drawn = this.placement?.placed === true && this.win.document.readyState === 'complete';
            const loaded = this.inbox.payloads().length > payloadsAtArrival;
            if ((drawn && loaded) || this.now() - since >= ARRIVAL_WAIT_MS)
              void this.score({ focusCard: true });
            else this.win.setTimeout(check, ARRIVAL_CHECK_MS);
          });
        };
        check();
      })
      .catch(() => undefined);
  }

  private ensureView(): ScoreButtonView {
    if (!this.view) {
      this.view = createScoreButton(this.win.document, {
        locale: buttonLocale(this.win.navigator.language),
        tokensCss: this.deps.tokensCss,
        onScore: () => void this.score(),
        onIntent: () => this.prepare(),
      });
      this.view.render(this.session.current);
      // The pointer or focus reaching Score, and the press, wake the background (warm-up.ts).
      this.warmer.intents(this.view.host);
    }
    return this.view;
  }

  private ensurePlacement(): HostPlacement {
    if (!this.placement) {
      this.placement = new HostPlacement(
        this.win.document,
        () => this.ensureView().host,
        this.page.anchorSelectors,
        {
          setTimeout: (handler, ms) => this.win.setTimeout(handler, ms),
          clearTimeout: (id) => this.win.clearTimeout(id as number),
        },
      );
    }
    return this.placement;
  }

  /**
   * The pointer reached the Score button (or it got the focus): load what a click needs — the
   * extractors, the card, and the background, which sleeps after 30 s idle and takes 30–80 ms to
   * start — so that the click finds them ready.
   */
  prepare(): void {
    void this.pull();
    void this.loadReaders().catch(() => undefined);
    void this.loadCard().catch(() => undefined);
    const handle = this.session.current.handle;
    if (handle) void this.wakeBackground(handle);
  }

  /**
   * Wakes the background by asking whether the team already shortlisted `handle` (the card shows
   * it); a recent answer for the same creator is reused.
   */
  private wakeBackground(handle: string): Promise<ShortlistStatus | undefined> {
    const now = this.now();
    if (!this.warm || this.warm.handle !== handle || now - this.warm.at > WARM_STATUS_MS) {
      const status = this.deps
        .sendMessage('bg:getShortlistStatus', { platform: this.page.platform, handle })
        .then((answer) => (answer.ok ? answer.value : undefined))
        .catch(() => undefined);
      this.warm = { handle, at: now, status };
    }
    return this.warm.status;
  }

  /**
   * On a post opened from a profile: loads the readers, then reads the post's comments a few
   * times while it stays open (comments shown only in a post's dialog vanish with it).
   */
  private startPostReads(): void {
    this.stopPostReads();
    void this.loadReaders()
      .then(() => this.pull())
      .then(() => this.catchUpComments())
      .catch(() => undefined);
    const next = () => {
      const delay = POST_READS_MS[this.postReads] ?? POST_READ_EVERY_MS;
      this.postTimer = this.win.setTimeout(() => {
        this.postReads += 1;
        const url = this.win.location.href;
        void this.pull().then(() => this.collectComments(url));
        next();
      }, delay);
    };
    next();
  }

  /**
   * Asks the MAIN-world capture for what it kept (it parses and copies nothing until asked);
   * resolves once it has all arrived, or after a short wait if the capture script is not there.
   */
  pull(): Promise<void> {
    const id = `pull-${++this.pullCount}`;
    return new Promise<void>((resolve) => {
      if (!this.listening) {
        this.listening = true;
        this.win.addEventListener('message', this.onPageMessage);
      }
      const origin = this.win.location.origin;
      let timer: number | undefined;
      let acked = false;
      /** Settle messages still to come back before the capture is taken to be absent. */
      let settling = 0;
      const done = () => {
        if (timer !== undefined) this.win.clearTimeout(timer);
        this.pulls.delete(id);
        resolve();
      };
      // The short wait only covers a capture script that is not there (a page that blocked it);
      // once it answers "ack", its delivery is awaited (bounded, in case the page dies mid-way).
      const ack = () => {
        acked = true;
        if (timer !== undefined) this.win.clearTimeout(timer);
        timer = this.win.setTimeout(done, this.deps.pullDeliveryMs ?? PULL_DELIVERY_MS) as unknown as number;
      };
      // The short wait ran out without an "ack". On a page busy with its own work, the pull and
      // the capture's answer may both still be queued behind it, and the timer can come first
      // (the page's long tasks hold messages back, not the clock). Messages to a window arrive in
      // the order they were posted: once a first settle message comes back, the pull has been
      // received, and the capture answers "ack" as it receives it; once a second comes back, that
      // "ack" has arrived. Only then is the capture taken to be absent.
      const settle = () => {
        settling -= 1;
        if (acked) return;
        if (settling > 0) this.win.postMessage({ tag: SETTLE_TAG, id }, origin);
        else done();
      };
      const expire = () => {
        settling = 2;
        this.win.postMessage({ tag: SETTLE_TAG, id }, origin);
        // Bounded as well, as a delivery is: a page that stops the window's message events
        // would otherwise hold it forever.
        timer = this.win.setTimeout(done, this.deps.pullDeliveryMs ?? PULL_DELIVERY_MS) as unknown as number;
      };
      this.pulls.set(id, { done, ack, settled: settle });
      timer = this.win.setTimeout(expire, this.deps.pullTimeoutMs ?? PULL_TIMEOUT_MS) as unknown as number;
      this.win.postMessage({ tag: PULL_TAG, id }, origin);
    });
  }

  private stopPostReads(): void {
    if (this.postTimer !== undefined) this.win.clearTimeout(this.postTimer as number);
    this.postTimer = undefined;
    this.postReads = 0;
  }

  /**
   * Reads the comments of the post at `url` into this creator's evidence for the session: its
   * captured JSON, and the page's DOM when it still shows that post. Needs the readers loaded
   * (it never waits: the DOM may be gone by then); a no-op before.
   */
  collectComments(url: string, options: { domToo?: boolean } = {}): void {
    const handle = this.session.current.handle;
    const readers = this.readersLoaded;
    if (!handle || !readers || !this.page.isPostPage(url)) return;
    const domToo = (options.domToo ?? true) && url === this.win.location.href;
    try {
      this.session.addComments(
        readers.readComments(this.page.platform, {
          doc: domToo ? this.win.document : this.win.document.implementation.createHTMLDocument(''),
          url,
          captured: this.inbox.payloadsFor(url, COMMENT_KINDS),
          now: this.now(),
          creatorHandle: handle,
        }),
      );
    } catch (error) {
      console.warn('Microscope: could not read comments', error);
    }
  }

  /** Reads the captured comments of every post opened so far (a no-op for those already read). */
  private catchUpComments(): void {
    for (const url of this.inbox.pagesWith(COMMENT_KINDS)) {
      if (this.postsOpened.has(url)) this.collectComments(url, { domToo: url === this.win.location.href });
    }
  }

  /** The extractors, loaded once. */
  loadReaders(): Promise<ReaderModule> {
    if (!this.readers) {
      this.readers = this.deps.loadReaders().then(
        (readers) => {
          this.readersLoaded = readers;
          return readers;
        },
        (error: unknown) => {
          this.readers = undefined;
          throw error;
        },
      );
    }
    return this.readers;
  }

  /** The card's view, loaded once; it mounts under the button when it arrives. */
  loadCard(): Promise<CardModule> {
    if (!this.card) {
      this.card = this.deps.loadCard().then(
        (card) => {
          const view = this.ensureView();
          this.unmountCard = card.mount(view.cardSlot, view.shadow, {
            session: this.session,
            language: this.win.navigator.language,
            onRescore: () => void this.score(),
            onAdd: () => void this.add(),
            onDecide: (decision) => void this.decide(decision),
          });
          return card;
        },
        (error: unknown) => {
          this.card = undefined;
          throw error;
        },
      );
    }
    return this.card;
  }

  /**
   * Scores the profile on screen through the background; the card shows the result. `focusCard`:
   * the card takes the keyboard focus when it opens (scored by the shortcut or on arrival, the
   * focus is not on Score; a press of Score keeps it there, the card next in the tab order).
   */
  async score(options: { focusCard?: boolean } = {}): Promise<TabProfile> {
    const platform = this.page.platform;
    this.checkLocation();
    const handle = this.session.current.handle;
    if (!handle) return { onProfile: false, platform };
    this.session.update({ open: true, status: 'scoring', error: undefined });
    this.view?.showError(undefined);
    // Wake the background now (it sleeps after 30 s idle) and learn whether the team already
    // shortlisted this creator, while the extractors load.
    // Asked for at the pointer's arrival, or now; used once (an Add changes the answer).
    const status = this.wakeBackground(handle);
    this.warm = undefined;
    const pulled = this.pull();
    try {
      const readers = await this.loadReaders();
      await pulled;
      // The card's code is fetched while the profile is read, and runs while the background scores.
      const card = this.loadCard();
      this.catchUpComments();
      this.collectComments(this.win.location.href);
      const captured = this.inbox.payloads();
      const extraction = readers.readProfile(platform, {
        doc: this.win.document,
        url: this.page.profileUrl(handle),
        captured,
        now: this.now(),
      });
      const scored = this.deps.sendMessage('bg:scoreProfile', {
        extraction,
        evidence: { comments: this.session.evidenceComments() },
      });
      const [result] = await Promise.all([scored, card]);
      // The user may have moved to another creator while the background worked.
      if (this.session.current.handle !== handle) return { onProfile: true, platform, handle };
      if (!result.ok) {
        this.session.update({ status: 'error', error: result.error });
        return { onProfile: true, platform, handle, error: result.error };
      }
      const { report, reportId } = result.value;
      const known = await status;
      this.session.update({
        status: 'ready',
        report,
        reportId,
        extraction,
        added: false,
        addError: undefined,
        decideError: undefined,
        shortlistStatus: known?.shortlisted ? known.status : undefined,
        ...(options.focusCard ? { focusRequest: ++this.focusRequests } : {}),
      });
      // Copy diagnostics probes every selector of the site: after the card is on screen.
      this.win.setTimeout(() => {
        if (this.session.current.reportId !== reportId) return;
        this.session.update({
          diagnostics: readers.diagnostics({
            doc: this.win.document,
            version: this.deps.version(),
            platform,
            extraction,
            url: this.win.location.href,
            captured,
            userAgent: this.win.navigator.userAgent,
          }),
        });
      }, 0);
      return { onProfile: true, platform, handle, report, reportId };
    } catch (error) {
      const failure = toAppError(error);
      if (this.session.current.handle === handle) {
        this.session.update({ status: 'error', error: failure });
        // Without the card's code (and its texts) there is nothing to word the error in: say
        // what it said under the button.
        if (!this.unmountCard) this.view?.showError(failure.detail ?? failure.code);
      }
      return { onProfile: true, platform, handle, error: failure };
    }
  }

  /** Adds the creator the card shows, by the id of the report the background computed. */
  async add(): Promise<void> {
    const { reportId, report, handle } = this.session.current;
    if (!reportId || !report || report.handle !== handle) return;
    try {
      const result = await this.deps.sendMessage('bg:addToShortlist', { reportId });
      if (this.session.current.handle !== handle) return;
      this.session.update(result.ok ? { added: true, addError: undefined } : { addError: result.error });
    } catch (error) {
      this.session.update({ addError: toAppError(error) });
    }
  }

  /**
   * A decision key of the review queue on the card: the background records it in the queue, and
   * in the shortlist with the report it computed (named by id); then the queue's next profile
   * opens in this tab — the user's own key press, one profile at a time.
   */
  async decide(decision: Decision): Promise<void> {
    const { queue, reportId, report, handle, deciding } = this.session.current;
    if (!queue || deciding) return;
    // Every decision but skip writes the score: it must be this creator's, already computed.
    if (
      decision !== 'skip' &&
      (!reportId || !report || report.handle.toLowerCase() !== handle?.toLowerCase())
    )
      return;
    this.session.update({ deciding: true, decideError: undefined });
    try {
      const result = await this.deps.sendMessage('bg:queueDecide', {
        queueId: queue.queueId,
        index: queue.index,
        decision,
        ...(decision !== 'skip' && reportId ? { reportId } : {}),
      });
      if (this.session.current.handle !== handle) return;
      if (!result.ok) {
        this.session.update({ deciding: false, decideError: result.error });
        return;
      }
      const { nextUrl, done, total } = result.value;
      this.session.update({
        deciding: false,
        queue: { ...queue, decision, done, total },
        ...(decision === 'skip' ? {} : { added: true }),
      });
      if (nextUrl) this.win.location.assign(nextUrl);
    } catch (error) {
      this.session.update({ deciding: false, decideError: toAppError(error) });
    }
  }
}
