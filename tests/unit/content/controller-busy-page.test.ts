// @vitest-environment happy-dom
// @vitest-environment-options { "url": "https://www.instagram.com/" }
/**
 * The content script asks the page's capture for what it kept, with a short wait in case the
 * capture is not there. On a page busy with its own work, messages are held back while the clock
 * runs on, so that wait can run out before the capture has even received the request. A file of
 * its own: a capture installed in a window stays there, and those of other tests would answer too.
 */
import { describe, expect, it, vi } from 'vitest';
import { ContentController, type ContentWindow } from '@/lib/content/controller';
import { instagramPage } from '@/lib/content/instagram-page';
import { instagramReaders } from '@/lib/content/lazy/instagram-readers';
import type { CardModule } from '@/lib/content/lazy/modules';
import { installPageCapture } from '@/lib/content/page-capture';
import type { onMessage, sendMessage } from '@/lib/messaging';
import { makeReport } from '@/tests/helpers/reports';
import { fixtureText, NOW } from '@/tests/sites/fixture-loader';

const PROFILE = 'https://www.instagram.com/alba.travels/';

describe('the content script on a busy page', () => {
  it('waits for the capture when the page delivers the request only after the short wait', async () => {
    history.pushState({}, '', PROFILE);
    const page = new DOMParser().parseFromString(
      fixtureText('instagram', 'en-older-header.html'),
      'text/html',
    );
    document.head.innerHTML = page.head.innerHTML;
    document.body.innerHTML = page.body.innerHTML;

    // Every message of the window is held back, in the order posted (as a browser keeps them):
    // the first (the request) for 60 ms, payloads for 100 ms; the short wait is 20 ms.
    const queue: { due: number; data: unknown; origin: string }[] = [];
    const delivered: string[] = [];
    const pump = () => {
      while (queue.length > 0 && (queue[0]?.due ?? 0) <= performance.now()) {
        const { data, origin } = queue.shift() as (typeof queue)[number];
        const message = data as { tag?: unknown; kind?: unknown; done?: unknown; ack?: unknown };
        delivered.push(
          message.ack !== undefined
            ? 'ack'
            : message.done !== undefined
              ? 'done'
              : message.kind !== undefined
                ? 'payload'
                : String(message.tag),
        );
        window.dispatchEvent(new MessageEvent('message', { data, origin, source: window }));
      }
    };
    let posted = 0;
    const post = vi.spyOn(window, 'postMessage').mockImplementation((data: unknown, origin: unknown) => {
      const now = performance.now();
      const hold = posted++ === 0 ? 60 : (data as { kind?: unknown }).kind !== undefined ? 100 : 0;
      const due = Math.max(queue.at(-1)?.due ?? 0, now + hold);
      queue.push({ due, data, origin: String(origin) });
      setTimeout(pump, Math.max(0, due - now) + 1);
    });
    const parse = window.JSON.parse;
    installPageCapture(window as unknown as Parameters<typeof installPageCapture>[0], {
      hookJsonParse: true,
    });
    const stop = new AbortController();
    try {
      const report = makeReport({ handle: 'alba.travels', url: PROFILE });
      const send = async (type: string) => {
        if (type === 'bg:scoreProfile') return { ok: true, value: { report, reportId: 'report-1' } };
        if (type === 'bg:getShortlistStatus') return { ok: true, value: { shortlisted: false, count: 0 } };
        if (type === 'bg:warmUp') return { ok: true, value: { ready: true } };
        throw new Error(`unexpected ${type}`);
      };
      const card: CardModule = { mount: () => () => undefined };
      const controller = new ContentController({
        window: window as unknown as ContentWindow,
        page: instagramPage,
        loadReaders: async () => instagramReaders(),
        loadCard: async () => card,
        sendMessage: send as unknown as typeof sendMessage,
        onMessage: (() => () => undefined) as unknown as typeof onMessage,
        version: () => '0.0.0-test',
        now: () => NOW,
        pullTimeoutMs: 20,
      });
      controller.start(stop.signal);
      // The page parses its posts response itself (as Instagram does), long before any click.
      window.JSON.parse(fixtureText('instagram', 'en-older-header.ig-timeline.json'));
      await controller.score();
      expect(controller.inbox.payloads().map((p) => p.kind)).toEqual(['ig-timeline']);
      // The wait ran out before the request arrived: a settle message went out after it, and
      // the capture's answer, which followed the request, was taken.
      expect(delivered.slice(0, 3)).toEqual(['microscope:pull:v1', 'microscope:pull-settle:v1', 'ack']);
    } finally {
      stop.abort();
      post.mockRestore();
      window.JSON.parse = parse;
    }
  });
});
