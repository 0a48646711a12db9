import { createRoot, type Root } from 'react-dom/client';
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi, type ShadowRootContentScriptUi } from 'wxt/utils/content-script-ui/shadow-root';
import { CaptureInbox } from '@/lib/content/capture-inbox';
import { buildDiagnostics, probeSelectors } from '@/lib/content/diagnostics';
import { ProfileSession } from '@/lib/content/profile-session';
import type { SiteAdapter } from '@/lib/content/site-adapter';
import { backgroundWarmer } from '@/lib/content/warm-up';
import { createFormatters, createTranslator, pickLocale } from '@/lib/i18n';
import { onMessage, sendMessage, type TabProfile } from '@/lib/messaging';
import { ContentApp } from './ContentApp';

const HOST_TAG = 'microscope-ui';
const COMMENT_KINDS = ['ig-comments', 'ig-post', 'tt-comments'] as const;

function findAnchor(selectors: readonly string[]): Element | null {
  for (const selector of selectors) {
    const found = document.querySelector(selector);
    if (found) return found;
  }
  return null;
}

/**
 * The content script of one site: receives captured JSON from the MAIN world, keeps one
 * Score button next to the profile header (re-mounted if the site re-renders its header),
 * scores on click through the background, and forgets a creator when the user moves on.
 */
export async function runContentScript(ctx: ContentScriptContext, adapter: SiteAdapter): Promise<void> {
  const inbox = new CaptureInbox({ window, origin: location.origin });
  const session = new ProfileSession(adapter.platform);
  const locale = pickLocale(navigator.language);
  const t = createTranslator(locale);
  const fmt = createFormatters(locale);

  // Listen from document_start: the page's first JSON may arrive before the DOM is complete.
  ctx.addEventListener(window, 'message', (event: MessageEvent) => {
    inbox.accept({ source: event.source, origin: event.origin, data: event.data });
  });

  /** Reads the comments of the post on screen into this creator's evidence for the session. */
  const collectComments = (url: string) => {
    const handle = session.current.handle;
    if (!handle || !adapter.isPostPage(url)) return;
    try {
      session.addComments(
        adapter.extractComments({
          doc: document,
          url,
          captured: inbox.payloads(),
          now: Date.now(),
          creatorHandle: handle,
        }),
      );
    } catch (error) {
      console.warn('Microscope: could not read comments', error);
    }
  };

  const syncLocation = () => {
    const handle = adapter.profileHandle(location.href);
    // On a post opened over the profile the creator stays the same; elsewhere there is no profile.
    if (handle !== undefined || !adapter.isPostPage(location.href)) session.focus(handle);
    if (handle === undefined && !adapter.isPostPage(location.href)) inbox.clear();
  };
  syncLocation();
  // The Navigation API event does not always reach the isolated world for the page's own
  // pushState; DOM mutations (checked below) and a slow poll catch every move as well.
  ctx.addEventListener(window, 'wxt:locationchange', syncLocation);
  let lastHref = location.href;
  const checkHref = () => {
    if (location.href === lastHref) return;
    // Leaving a post: keep its comments, then forget the raw payloads so they are not
    // attributed to the next post (a comments response does not name its post).
    collectComments(lastHref);
    if (adapter.isPostPage(lastHref)) inbox.drop(COMMENT_KINDS);
    lastHref = location.href;
    syncLocation();
  };
  ctx.setInterval(checkHref, 500);

  const score = async (): Promise<TabProfile> => {
    syncLocation();
    const handle = session.current.handle;
    if (!handle) return { onProfile: false, platform: adapter.platform, message: 'not-profile' };
    session.update({ open: true, status: 'scoring', error: undefined });
    try {
      collectComments(location.href);
      const extraction = adapter.extractProfile({
        doc: document,
        url: adapter.profileUrl(handle),
        captured: inbox.payloads(),
        now: Date.now(),
      });
      const result = await sendMessage('bg:scoreProfile', {
        extraction,
        evidence: { comments: session.evidenceComments() },
      });
      // The user may have moved to another creator while the background worked.
      if (session.current.handle !== handle) return { onProfile: true, platform: adapter.platform, handle };
      if (result.ok) {
        const diagnostics = buildDiagnostics({
          version: browser.runtime.getManifest().version,
          platform: adapter.platform,
          extraction,
          url: location.href,
          selectors: probeSelectors(document, adapter.selectorTable),
          captured: inbox.payloads(),
          userAgent: navigator.userAgent,
        });
        session.update({
          status: 'ready',
          report: result.value,
          extraction,
          diagnostics,
          added: false,
          addError: undefined,
        });
        // Say whether the team already shortlisted this creator (and where it stands).
        void sendMessage('bg:getShortlistStatus', { platform: adapter.platform, handle: result.value.handle })
          .then((status) => {
            if (session.current.handle === handle)
              session.update({ shortlistStatus: status.shortlisted ? status.status : undefined });
          })
          .catch(() => undefined);
        return { onProfile: true, platform: adapter.platform, handle, report: result.value };
      }
      session.update({ status: 'error', error: result.error });
      return { onProfile: true, platform: adapter.platform, handle, message: result.error };
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      if (session.current.handle === handle) session.update({ status: 'error', error: message });
      return { onProfile: true, platform: adapter.platform, handle, message };
    }
  };

  const add = async () => {
    const { report, handle } = session.current;
    if (!report || report.handle !== handle) return;
    try {
      const result = await sendMessage('bg:addToShortlist', { report });
      if (session.current.handle !== handle) return;
      session.update(result.ok ? { added: true, addError: undefined } : { addError: result.error });
    } catch (error) {
      session.update({ addError: error instanceof Error ? error.message : String(error) });
    }
  };

  onMessage('tab:getProfile', async ({ data }) => {
    syncLocation();
    if (data.score) return score();
    const { handle, report } = session.current;
    return handle
      ? { onProfile: true, platform: adapter.platform, handle, report }
      : { onProfile: false, platform: adapter.platform };
  });

  if (document.readyState === 'loading') {
    await new Promise<void>((resolve) => ctx.addEventListener(document, 'DOMContentLoaded', () => resolve()));
  }

  let ui: ShadowRootContentScriptUi<Root> | undefined;
  const warmer = backgroundWarmer((trigger) => sendMessage('bg:warmUp', { trigger }));
  let mounting = false;
  let dirty = false;
  const mount = async (): Promise<void> => {
    if (mounting) {
      dirty = true;
      return;
    }
    mounting = true;
    try {
      await mountOnce();
    } finally {
      mounting = false;
    }
    if (dirty) {
      dirty = false;
      await mount();
    }
  };
  const mountOnce = async () => {
    const anchor = findAnchor(adapter.anchorSelectors);
    if (!anchor || !session.current.handle) return;
    if (ui?.shadowHost.isConnected && ui.shadowHost.previousElementSibling === anchor) return;
    ui?.remove();
    ui = await createShadowRootUi<Root>(ctx, {
      name: HOST_TAG,
      position: 'inline',
      anchor,
      append: 'after',
      onMount(container) {
        const root = createRoot(container);
        root.render(<ContentApp session={session} t={t} fmt={fmt} onScore={score} onAdd={add} />);
        return root;
      },
      onRemove(root) {
        root?.unmount();
      },
    });
    // Never two buttons: drop strays a re-render may have moved around.
    for (const stray of document.querySelectorAll(HOST_TAG)) {
      if (stray !== ui.shadowHost) stray.remove();
    }
    ui.mount();
    warmer.listenOn(ui.shadowHost);
  };

  let pending = false;
  // Comments shown only in a post's dialog disappear with it: read them while the post is
  // open, as its content changes (at most every 300 ms), not only once the user has left.
  let lastPostRead = 0;
  const readOpenPost = () => {
    if (!adapter.isPostPage(location.href)) return;
    const now = Date.now();
    if (now - lastPostRead < 300) {
      ctx.setTimeout(scheduleMount, 300);
      return;
    }
    lastPostRead = now;
    collectComments(location.href);
  };
  const scheduleMount = () => {
    if (pending) return;
    pending = true;
    requestAnimationFrame(() => {
      pending = false;
      checkHref();
      readOpenPost();
      void mount();
    });
  };
  const observer = new MutationObserver(scheduleMount);
  observer.observe(document.body, { childList: true, subtree: true });
  ctx.onInvalidated(() => {
    observer.disconnect();
    ui?.remove();
  });
  session.subscribe(scheduleMount);
  scheduleMount();
}
