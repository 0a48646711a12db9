import { describe, expect, it } from 'vitest';
import { type CaptureTarget, installPageCapture } from '@/lib/content/page-capture';
import { CAPTURE_TAG } from '@/lib/sites/capture-filter';

const ORIGIN = 'https://www.instagram.com';
const TIMELINE = {
  data: { xdt_api__v1__feed__user_timeline_graphql_connection: { edges: [{ node: { code: 'A1' } }] } },
};

/** A minimal XHR whose send() answers with `body` after the listeners run. */
class FakeXhr {
  static body = '';
  status = 200;
  responseType = '';
  responseText = '';
  response: unknown = null;
  private listeners: (() => void)[] = [];
  open(_method: string, _url: string) {}
  addEventListener(_type: string, fn: () => void) {
    this.listeners.push(fn);
  }
  send(_body?: unknown) {
    this.responseText = FakeXhr.body;
    for (const fn of this.listeners) fn();
  }
}

function target(fetchBody: string) {
  const posted: { tag: string; kind: string; url: string; data: unknown }[] = [];
  const t = {
    fetch: (async () => new Response(fetchBody, { status: 200 })) as typeof fetch,
    XMLHttpRequest: FakeXhr as unknown as typeof XMLHttpRequest,
    JSON: { parse: JSON.parse, stringify: JSON.stringify, [Symbol.toStringTag]: 'JSON' } as JSON,
    location: { origin: ORIGIN, href: `${ORIGIN}/lea/` },
    postMessage: (message: unknown, targetOrigin: string) => {
      expect(targetOrigin).toBe(ORIGIN);
      posted.push(message as never);
    },
  } satisfies CaptureTarget;
  return { t, posted };
}

const flush = () => new Promise((resolve) => setTimeout(resolve, 10));

describe('the page capture script (MAIN world)', () => {
  it('tees the body of the page’s own posts request and hands the matching payload over, response untouched', async () => {
    const { t, posted } = target(JSON.stringify(TIMELINE));
    installPageCapture(t, { hookJsonParse: false });
    const response = await t.fetch('/graphql/query', { method: 'POST' });
    expect(await response.json()).toEqual(TIMELINE);
    await flush();
    expect(posted).toEqual([
      {
        tag: CAPTURE_TAG,
        kind: 'ig-timeline',
        url: `${ORIGIN}/graphql/query`,
        data: TIMELINE.data.xdt_api__v1__feed__user_timeline_graphql_connection,
      },
    ]);
  });

  it('ignores requests that are not the site’s data endpoints', async () => {
    const { t, posted } = target(JSON.stringify(TIMELINE));
    installPageCapture(t, { hookJsonParse: false });
    await t.fetch('/static/bundle.js');
    await flush();
    expect(posted).toEqual([]);
  });

  it('reads XHR responses, several JSON documents in one body included', () => {
    const { t, posted } = target('');
    installPageCapture(t, { hookJsonParse: false });
    FakeXhr.body = `${JSON.stringify({ data: {} })}\n${JSON.stringify(TIMELINE)}`;
    const xhr = new t.XMLHttpRequest();
    xhr.open('POST', '/graphql/query');
    xhr.send();
    expect(posted.map((p) => p.kind)).toEqual(['ig-timeline']);
  });

  it('sees feed objects the page parses itself, however deep the server nested them', () => {
    const { t, posted } = target('');
    installPageCapture(t, { hookJsonParse: true });
    const deep = {
      require: [
        [
          'ScheduledServerJS',
          'handle',
          null,
          [
            {
              __bbox: {
                require: [
                  ['RelayPrefetchedStreamCache', 'next', [], ['adp', { __bbox: { result: TIMELINE } }]],
                ],
              },
            },
          ],
        ],
      ],
    };
    expect(t.JSON.parse(JSON.stringify(deep))).toEqual(deep);
    expect(posted.map((p) => p.kind)).toEqual(['ig-timeline']);
    t.JSON.parse(
      '{"unrelated": true, "padding": "................................................................"}',
    );
    expect(posted).toHaveLength(1);
  });
});
