import { describe, expect, it, vi } from 'vitest';
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
  /** Every text the capture itself parsed (the page's own JSON.parse before the hook). */
  const parsedByCapture: string[] = [];
  const clones: string[] = [];
  const t = {
    fetch: (async (input: RequestInfo | URL) => {
      const response = new Response(fetchBody, { status: 200 });
      const clone = response.clone.bind(response);
      response.clone = () => {
        clones.push(String(input));
        return clone();
      };
      return response;
    }) as typeof fetch,
    XMLHttpRequest: FakeXhr as unknown as typeof XMLHttpRequest,
    JSON: {
      parse: (text: string, reviver?: Parameters<JSON['parse']>[1]) => {
        parsedByCapture.push(text);
        return JSON.parse(text, reviver);
      },
      stringify: JSON.stringify,
      [Symbol.toStringTag]: 'JSON',
    } as JSON,
    location: { origin: ORIGIN, href: `${ORIGIN}/lea/` },
    postMessage: (message: unknown, targetOrigin: string) => {
      expect(targetOrigin).toBe(ORIGIN);
      posted.push(message as never);
    },
    setTimeout: (handler: () => void, ms: number) => setTimeout(handler, ms),
  } satisfies CaptureTarget;
  return { t, posted, parsedByCapture, clones };
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
        size: JSON.stringify(TIMELINE).length,
      },
    ]);
  });

  it('neither clones nor reads responses of URLs that cannot carry a profile', async () => {
    const { t, posted, clones } = target(JSON.stringify(TIMELINE));
    installPageCapture(t, { hookJsonParse: false });
    await t.fetch('/static/bundle.js');
    await t.fetch('/api/v1/direct_v2/inbox/');
    await t.fetch('/api/v1/feed/timeline/');
    await flush();
    expect(clones).toEqual([]);
    expect(posted).toEqual([]);
  });

  it('parses an Instagram body only when it mentions a payload the extractors read', async () => {
    const { t, posted } = target(JSON.stringify({ data: { viewer: { id: '1' } } }));
    const parse = vi.spyOn(JSON, 'parse');
    try {
      const mainWorld = { ...t, JSON };
      installPageCapture(mainWorld, { hookJsonParse: false });
      await mainWorld.fetch('/graphql/query', { method: 'POST' });
      await flush();
      expect(parse).not.toHaveBeenCalled();
    } finally {
      parse.mockRestore();
    }
    expect(posted).toEqual([]);
  });

  it('reads XHR responses later, off the page’s load handler, several JSON documents in one body included', async () => {
    const { t, posted } = target('');
    installPageCapture(t, { hookJsonParse: false });
    FakeXhr.body = `${JSON.stringify({ data: {} })}\n${JSON.stringify(TIMELINE)}`;
    const xhr = new t.XMLHttpRequest();
    xhr.open('POST', '/graphql/query');
    xhr.send();
    expect(posted).toEqual([]);
    await flush();
    expect(posted.map((p) => p.kind)).toEqual(['ig-timeline']);
  });

  it('parses a teed body with the page’s original JSON.parse, so the hook does not post it twice', async () => {
    const { t, posted } = target(JSON.stringify(TIMELINE));
    // In the MAIN world the target's JSON is the global one every script shares.
    const savedParse = JSON.parse;
    try {
      const mainWorld = { ...t, JSON };
      installPageCapture(mainWorld, { hookJsonParse: true });
      await mainWorld.fetch('/graphql/query', { method: 'POST' });
      await flush();
    } finally {
      JSON.parse = savedParse;
    }
    expect(posted.map((p) => p.kind)).toEqual(['ig-timeline']);
  });

  it('reads a body only once when the page parsed its lines itself (the hook saw them)', async () => {
    const { t, posted } = target('');
    installPageCapture(t, { hookJsonParse: true });
    const profile = { data: { user: { username: 'lea', follower_count: 5 } } };
    FakeXhr.body = `${JSON.stringify(TIMELINE)}\n${JSON.stringify(profile)}`;
    const xhr = new t.XMLHttpRequest();
    xhr.open('POST', '/graphql/query');
    // The page's own load handler runs first and parses every line, as Instagram does.
    xhr.addEventListener('load', () => {
      for (const line of xhr.responseText.split('\n')) t.JSON.parse(line);
    });
    xhr.send();
    await flush();
    expect(posted.map((p) => p.kind)).toEqual(['ig-timeline', 'ig-profile']);
  });

  it('returns the page’s parse result first and looks inside it only in a later task', async () => {
    const { t, posted } = target('');
    installPageCapture(t, { hookJsonParse: true });
    const text = JSON.stringify(TIMELINE);
    const result = t.JSON.parse(text);
    expect(result).toEqual(TIMELINE);
    expect(posted).toEqual([]);
    await flush();
    expect(posted).toEqual([
      {
        tag: CAPTURE_TAG,
        kind: 'ig-timeline',
        url: `${ORIGIN}/lea/`,
        data: TIMELINE.data.xdt_api__v1__feed__user_timeline_graphql_connection,
        size: text.length,
      },
    ]);
  });

  it('posts a text the page parses over and over once, and again when the page loads it later', async () => {
    const { t, posted } = target('');
    installPageCapture(t, { hookJsonParse: true });
    const text = JSON.stringify(TIMELINE);
    for (let i = 0; i < 5; i++) t.JSON.parse(text);
    await flush();
    expect(posted).toHaveLength(1);
    const later = Date.now() + 2_500;
    const now = vi.spyOn(Date, 'now').mockReturnValue(later);
    try {
      t.JSON.parse(text);
      await flush();
    } finally {
      now.mockRestore();
    }
    expect(posted).toHaveLength(2);
  });

  it('passes a reviver through and leaves parse errors to the page', () => {
    const { t } = target('');
    installPageCapture(t, { hookJsonParse: true });
    expect(t.JSON.parse('{"a":1}', (key, value) => (key === 'a' ? value + 1 : value))).toEqual({ a: 2 });
    expect(() => t.JSON.parse('{oops')).toThrow(SyntaxError);
  });

  it('follows only wrapper keys inside a parsed object, never the posts’ own fields', async () => {
    const { t, posted } = target('');
    installPageCapture(t, { hookJsonParse: true });
    // A user object with follower_count nested in a post's fields: not a profile payload.
    const inPost = {
      data: { feed: { edges: [{ node: { owner: { user: { username: 'x', follower_count: 3 } } } }] } },
    };
    t.JSON.parse(JSON.stringify(inPost));
    await flush();
    expect(posted).toEqual([]);
  });

  it('sees feed objects the page parses itself, however deep the server nested them', async () => {
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
    await flush();
    expect(posted.map((p) => p.kind)).toEqual(['ig-timeline']);
    t.JSON.parse(
      '{"unrelated": true, "padding": "................................................................"}',
    );
    await flush();
    expect(posted).toHaveLength(1);
  });
});
