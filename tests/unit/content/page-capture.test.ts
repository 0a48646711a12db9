import { describe, expect, it, vi } from 'vitest';
import { type CaptureTarget, installPageCapture } from '@/lib/content/page-capture';
import { CAPTURE_TAG, PULL_TAG } from '@/lib/sites/capture-filter';

const ORIGIN = 'https://www.instagram.com';
const TIMELINE = {
  data: { xdt_api__v1__feed__user_timeline_graphql_connection: { edges: [{ node: { code: 'A1' } }] } },
};
const CONNECTION = TIMELINE.data.xdt_api__v1__feed__user_timeline_graphql_connection;

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

interface Posted {
  tag: string;
  kind?: string;
  url?: string;
  page?: string;
  data?: unknown;
  size?: number;
  done?: unknown;
  ack?: unknown;
}

function target(fetchBody: string) {
  const posted: Posted[] = [];
  const clones: string[] = [];
  const listeners: ((event: MessageEvent) => void)[] = [];
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
    JSON: { parse: JSON.parse, stringify: JSON.stringify, [Symbol.toStringTag]: 'JSON' } as JSON,
    location: { origin: ORIGIN, href: `${ORIGIN}/lea/` },
    postMessage: (message: unknown, targetOrigin: string) => {
      expect(targetOrigin).toBe(ORIGIN);
      posted.push(message as Posted);
    },
    setTimeout: (handler: () => void, ms: number) => setTimeout(handler, ms),
    addEventListener: (_type: 'message', listener: (event: MessageEvent) => void) => {
      listeners.push(listener);
    },
  } satisfies CaptureTarget;
  /** What the content script does when it needs the data: ask, and take what comes back. */
  const pull = (from: unknown = t) => {
    const before = posted.length;
    for (const listener of listeners)
      listener({ source: from, data: { tag: PULL_TAG, id: 'p1' } } as MessageEvent);
    const answer = posted.slice(before);
    // The capture acknowledges a pull it answers before handing anything over.
    if (answer.length > 0) expect(answer[0]).toEqual({ tag: CAPTURE_TAG, ack: 'p1' });
    return answer.slice(1).filter((m) => !('done' in m));
  };
  return { t, posted, clones, pull };
}

const flush = () => new Promise((resolve) => setTimeout(resolve, 10));

describe('the page capture script (MAIN world)', () => {
  it('tees the body of the page’s own posts request and hands the payload over when asked, response untouched', async () => {
    const { t, posted, pull } = target(JSON.stringify(TIMELINE));
    installPageCapture(t, { hookJsonParse: false });
    const response = await t.fetch('/graphql/query', { method: 'POST' });
    expect(await response.json()).toEqual(TIMELINE);
    await flush();
    expect(posted).toEqual([]);
    expect(pull()).toEqual([
      {
        tag: CAPTURE_TAG,
        kind: 'ig-timeline',
        url: `${ORIGIN}/graphql/query`,
        page: `${ORIGIN}/lea/`,
        data: CONNECTION,
        size: JSON.stringify(TIMELINE).length,
      },
    ]);
    expect(posted.at(-1)).toEqual({ tag: CAPTURE_TAG, done: 'p1' });
    expect(pull()).toEqual([]);
  });

  it('parses and copies nothing until asked: a profile the user does not score costs neither', async () => {
    const { t, pull } = target(JSON.stringify(TIMELINE));
    const parse = vi.spyOn(JSON, 'parse');
    try {
      const mainWorld = { ...t, JSON };
      installPageCapture(mainWorld, { hookJsonParse: false });
      await mainWorld.fetch('/graphql/query', { method: 'POST' });
      await flush();
      expect(parse).not.toHaveBeenCalled();
      expect(pull(mainWorld).map((p) => p.kind)).toEqual(['ig-timeline']);
      expect(parse).toHaveBeenCalled();
    } finally {
      parse.mockRestore();
    }
  });

  it('answers only its own window’s requests', async () => {
    const { t, posted, pull } = target(JSON.stringify(TIMELINE));
    installPageCapture(t, { hookJsonParse: false });
    await t.fetch('/graphql/query', { method: 'POST' });
    await flush();
    pull({ name: 'another window' });
    expect(posted).toEqual([]);
  });

  it('neither clones nor reads responses of URLs that cannot carry a profile', async () => {
    const { t, clones, pull } = target(JSON.stringify(TIMELINE));
    installPageCapture(t, { hookJsonParse: false });
    await t.fetch('/static/bundle.js');
    await t.fetch('/api/v1/direct_v2/inbox/');
    await t.fetch('/api/v1/feed/timeline/');
    await flush();
    expect(clones).toEqual([]);
    expect(pull()).toEqual([]);
  });

  it('keeps an Instagram body only when it mentions a payload the extractors read', async () => {
    const { t, pull } = target(JSON.stringify({ data: { viewer: { id: '1' } } }));
    const parse = vi.spyOn(JSON, 'parse');
    try {
      const mainWorld = { ...t, JSON };
      installPageCapture(mainWorld, { hookJsonParse: false });
      await mainWorld.fetch('/graphql/query', { method: 'POST' });
      await flush();
      expect(pull(mainWorld)).toEqual([]);
      expect(parse).not.toHaveBeenCalled();
    } finally {
      parse.mockRestore();
    }
  });

  it('reads XHR responses off the page’s load handler, several JSON documents in one body included', async () => {
    const { t, pull } = target('');
    installPageCapture(t, { hookJsonParse: false });
    FakeXhr.body = `${JSON.stringify({ data: {} })}\n${JSON.stringify(TIMELINE)}`;
    const xhr = new t.XMLHttpRequest();
    xhr.open('POST', '/graphql/query');
    xhr.send();
    await flush();
    expect(pull().map((p) => p.kind)).toEqual(['ig-timeline']);
  });

  it('parses a teed body with the page’s original JSON.parse, so the hook does not keep it twice', async () => {
    const { t, pull } = target(JSON.stringify(TIMELINE));
    // In the MAIN world the target's JSON is the global one every script shares.
    const savedParse = JSON.parse;
    try {
      const mainWorld = { ...t, JSON };
      installPageCapture(mainWorld, { hookJsonParse: true });
      await mainWorld.fetch('/graphql/query', { method: 'POST' });
      await flush();
      expect(pull(mainWorld).map((p) => p.kind)).toEqual(['ig-timeline']);
    } finally {
      JSON.parse = savedParse;
    }
  });

  it('keeps a body only once when the page parsed its lines itself (the hook saw them)', async () => {
    const { t, pull } = target('');
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
    expect(pull().map((p) => p.kind)).toEqual(['ig-timeline', 'ig-profile']);
  });

  it('returns the page’s parse result first and looks inside it only in a later task', async () => {
    const { t, pull } = target('');
    installPageCapture(t, { hookJsonParse: true });
    const text = JSON.stringify(TIMELINE);
    const result = t.JSON.parse(text);
    expect(result).toEqual(TIMELINE);
    const inTheSameTask = pull();
    // The pull runs the pending look itself, so a content script never misses a fresh parse.
    expect(inTheSameTask).toEqual([
      {
        tag: CAPTURE_TAG,
        kind: 'ig-timeline',
        url: `${ORIGIN}/lea/`,
        page: `${ORIGIN}/lea/`,
        data: CONNECTION,
        size: text.length,
      },
    ]);
  });

  it('keeps a text the page parses over and over once, and again when the page loads it later', async () => {
    const { t, pull } = target('');
    installPageCapture(t, { hookJsonParse: true });
    const text = JSON.stringify(TIMELINE);
    for (let i = 0; i < 5; i++) t.JSON.parse(text);
    await flush();
    expect(pull()).toHaveLength(1);
    const later = Date.now() + 2_500;
    const now = vi.spyOn(Date, 'now').mockReturnValue(later);
    try {
      t.JSON.parse(text);
      await flush();
    } finally {
      now.mockRestore();
    }
    expect(pull()).toHaveLength(1);
  });

  it('passes a reviver through and leaves parse errors to the page', () => {
    const { t } = target('');
    installPageCapture(t, { hookJsonParse: true });
    expect(t.JSON.parse('{"a":1}', (key, value) => (key === 'a' ? value + 1 : value))).toEqual({ a: 2 });
    expect(() => t.JSON.parse('{oops')).toThrow(SyntaxError);
  });

  it('follows only wrapper keys inside a parsed object, never the posts’ own fields', async () => {
    const { t, pull } = target('');
    installPageCapture(t, { hookJsonParse: true });
    // A user object with follower_count nested in a post's fields: not a profile payload.
    const inPost = {
      data: { feed: { edges: [{ node: { owner: { user: { username: 'x', follower_count: 3 } } } }] } },
    };
    t.JSON.parse(JSON.stringify(inPost));
    await flush();
    expect(pull()).toEqual([]);
  });

  it('sees feed objects the page parses itself, however deep the server nested them', async () => {
    const { t, pull } = target('');
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
    expect(pull().map((p) => p.kind)).toEqual(['ig-timeline']);
    t.JSON.parse(
      '{"unrelated": true, "padding": "................................................................"}',
    );
    await flush();
    expect(pull()).toEqual([]);
  });
});
