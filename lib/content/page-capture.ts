// Runs in the page's MAIN world: keep it self-contained (no zod, no dynamic import) and
// never send a request of its own — it only looks at responses the page asked for.
import {
  CAPTURE_TAG,
  hasInstagramMarker,
  isCaptureUrl,
  isInstagramUrl,
  MAX_CAPTURE_CHARS,
  type PickedPayload,
  PULL_TAG,
  pickPayloads,
  pickWrappedPayloads,
  splitJsonPayloads,
  stripPrefix,
} from '../sites/capture-filter';

export interface CaptureTarget {
  fetch: typeof fetch;
  XMLHttpRequest: typeof XMLHttpRequest;
  JSON: JSON;
  location: { origin: string; href: string };
  postMessage(message: unknown, targetOrigin: string): void;
  setTimeout(handler: () => void, ms: number): unknown;
  addEventListener(type: 'message', listener: (event: MessageEvent) => void): void;
}

/**
 * How much of a text the JSON.parse hook looks at for a marker. The root fields of a GraphQL
 * response come first, and a server script names its preloaded query in its first few hundred
 * characters; scanning a whole 1.5 MB text would cost the page's parse 7 % more (0.3 ms on
 * 4 ms), scanning this much costs it nothing measurable. Whole bodies are still scanned by the
 * fetch/XHR tee (off the page's call stack), and the extractors read embedded scripts whole.
 */
const PARSE_WINDOW = 64 * 1024;
/** Deferred jobs kept at most; past it the page is producing payloads faster than we should look. */
const MAX_PENDING = 64;
/** What is held for the content script at most: entries, and characters of the texts they came from. */
const MAX_HELD = 128;
const MAX_HELD_CHARS = 16_000_000;
/**
 * Texts the `JSON.parse` hook already looked at are remembered (by fingerprint) for a moment, so
 * the tee does not keep the same response again and a text parsed over and over is looked at
 * once — but a page that loads the same data again later (the user came back) is captured again.
 */
const MAX_SEEN = 64;
const SEEN_MS = 2_000;

/** A cheap identity for a JSON text: its length and both ends. */
const fingerprint = (text: string) => `${text.length}:${text.slice(0, 96)}:${text.slice(-96)}`;

/** One response or parse the capture keeps until the content script asks for it. */
interface Held {
  /** The request's address (or the page's, for a parse). */
  url: string;
  /** The page's address when it arrived: which post a comments response belongs to. */
  page: string;
  /** Length of the text it came from. */
  size: number;
  /** Turns it into payloads: parsing a body happens only then. */
  payloads(): PickedPayload[];
}

/**
 * Wraps fetch, XHR and (optionally) JSON.parse of `target` to keep the matching JSON for the
 * content script, which asks for it (a `PULL_TAG` message) when it needs it: on Score, and while
 * a post is open. What the page feels is kept to a minimum:
 * - fetch and XHR bodies are cloned or read only for URLs that can carry a profile's payload
 *   ({@link isCaptureUrl}); an Instagram body is kept only if it mentions a known root field, and
 *   not at all when the page parsed it itself (the hook saw it);
 * - the `JSON.parse` wrapper returns the page's own result after one regular-expression pass
 *   over the head of the text; looking inside the parsed object (along wrapper keys only)
 *   happens later, in a task of its own, off the page's call stack;
 * - parsing a kept body and copying payloads to the content script happen only when it asks:
 *   a profile the user does not score costs neither.
 */
export function installPageCapture(target: CaptureTarget, options: { hookJsonParse: boolean }): void {
  const originalParse = target.JSON.parse;
  const parse = (text: string): unknown => originalParse.call(target.JSON, text);
  const schedule = target.setTimeout.bind(target);

  // Two queues: what the JSON.parse hook saw goes first, so a body teed in the same round can
  // tell it was already read.
  const parsed: (() => void)[] = [];
  const bodies: (() => void)[] = [];
  let scheduled = false;
  const flush = () => {
    scheduled = false;
    for (const job of [...parsed.splice(0), ...bodies.splice(0)]) {
      try {
        job();
      } catch {
        // One bad payload never stops the others, nor the page.
      }
    }
  };
  const queue =
    (jobs: (() => void)[]) =>
    (job: () => void): void => {
      if (parsed.length + bodies.length >= MAX_PENDING) return;
      jobs.push(job);
      if (!scheduled) {
        scheduled = true;
        schedule(flush, 0);
      }
    };
  const later = queue(bodies);
  const afterParse = queue(parsed);

  const held: Held[] = [];
  let heldChars = 0;
  const keep = (entry: Held) => {
    held.push(entry);
    heldChars += entry.size;
    while (held.length > MAX_HELD || (heldChars > MAX_HELD_CHARS && held.length > 1)) {
      heldChars -= held.shift()?.size ?? 0;
    }
  };

  /** Hands everything kept so far to the content script, then says it is done. */
  const deliver = (id: unknown) => {
    const origin = target.location.origin;
    // Said first, before any parsing: the content script then knows the capture is here and
    // waits for "done" however long a big page's parsing takes, instead of giving up on a timer.
    target.postMessage({ tag: CAPTURE_TAG, ack: id }, origin);
    flush();
    for (const entry of held.splice(0)) {
      let payloads: PickedPayload[] = [];
      try {
        payloads = entry.payloads();
      } catch {
        // A body that does not parse is skipped.
      }
      for (const payload of payloads) {
        try {
          target.postMessage(
            {
              tag: CAPTURE_TAG,
              kind: payload.kind,
              url: entry.url,
              page: entry.page,
              data: payload.data,
              size: entry.size,
            },
            origin,
          );
        } catch {
          // A payload that cannot be cloned is skipped; the page goes on untouched.
        }
      }
    }
    heldChars = 0;
    target.postMessage({ tag: CAPTURE_TAG, done: id }, origin);
  };
  target.addEventListener('message', (event: MessageEvent) => {
    if ((event.source as unknown) !== target) return;
    const data = event.data as { tag?: unknown; id?: unknown } | null;
    if (typeof data === 'object' && data !== null && data.tag === PULL_TAG) deliver(data.id);
  });

  // Instagram parses its response bodies with JSON.parse, one document per line: when the hook
  // has seen every line of a body, keeping the body too would only give the same payloads twice.
  const seen = new Map<string, number>();
  const remember = (key: string) => {
    if (seen.size >= MAX_SEEN) seen.delete(seen.keys().next().value as string);
    seen.set(key, Date.now());
  };
  const wasSeen = (key: string) => {
    const at = seen.get(key);
    return at !== undefined && Date.now() - at < SEEN_MS;
  };
  /** The lines of a body the hook has not seen; undefined when it saw none of them. */
  const unseenLines = (text: string): string[] | undefined => {
    if (seen.size === 0) return undefined;
    const lines = text
      .split('\n')
      .map((line) => stripPrefix(line).trim())
      .filter((line) => line.length > 0);
    const fresh = lines.filter((line) => !wasSeen(fingerprint(line)));
    return fresh.length === lines.length ? undefined : fresh;
  };
  const keepText = (url: string, page: string, text: string) => {
    if (text.length === 0 || text.length > MAX_CAPTURE_CHARS) return;
    if (isInstagramUrl(url) && !hasInstagramMarker(text)) return;
    const fresh = unseenLines(text);
    if (fresh?.length === 0) return;
    keep({
      url,
      page,
      size: text.length,
      payloads: () => {
        if (fresh) {
          try {
            return fresh.flatMap((line) => pickPayloads(parse(line)));
          } catch {
            // A line that is not a whole document: read the body as a whole below.
          }
        }
        return splitJsonPayloads(text, parse).flatMap((json) => pickPayloads(json));
      },
    });
  };
  const absolute = (url: string) => {
    try {
      return new URL(url, target.location.href).href;
    } catch {
      return url;
    }
  };
  /** Every address the capture reads has one of these in its path: most requests stop here, unparsed. */
  const mayCapture = (url: string) => url.includes('/api/') || url.includes('/graphql');

  const originalFetch = target.fetch;
  target.fetch = function capturedFetch(this: unknown, ...args: Parameters<typeof fetch>) {
    const promise = originalFetch.apply(this, args);
    try {
      const input = args[0];
      const raw = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
      const url = mayCapture(raw) ? absolute(raw) : '';
      if (url && isCaptureUrl(url)) {
        const page = target.location.href;
        promise
          .then((response) => {
            if (!response.ok) return;
            return response
              .clone()
              .text()
              .then((text) => later(() => keepText(url, page, text)));
          })
          .catch(() => undefined);
      }
    } catch {
      // Never break the page's own request.
    }
    return promise;
  } as typeof fetch;

  const xhrProto = target.XMLHttpRequest.prototype;
  const originalOpen = xhrProto.open;
  const originalSend = xhrProto.send;
  const urls = new WeakMap<XMLHttpRequest, string>();
  xhrProto.open = function capturedOpen(this: XMLHttpRequest, ...args: unknown[]) {
    try {
      const raw = String(args[1]);
      const url = mayCapture(raw) ? absolute(raw) : '';
      if (url && isCaptureUrl(url)) urls.set(this, url);
      else urls.delete(this);
    } catch {
      // ignore
    }
    return (originalOpen as (...a: unknown[]) => void).apply(this, args);
  } as typeof xhrProto.open;
  xhrProto.send = function capturedSend(
    this: XMLHttpRequest,
    body?: Document | XMLHttpRequestBodyInit | null,
  ) {
    const url = urls.get(this);
    if (url) {
      const page = target.location.href;
      this.addEventListener(
        'loadend',
        () => {
          try {
            if (this.status < 200 || this.status >= 300) return;
            if (this.responseType === '' || this.responseType === 'text') {
              const text = this.responseText;
              later(() => keepText(url, page, text));
            } else if (this.responseType === 'json' && this.response !== null) {
              const json: unknown = this.response;
              keep({ url, page, size: 0, payloads: () => pickPayloads(json) });
            }
          } catch {
            // ignore
          }
        },
        { once: true },
      );
    }
    return originalSend.call(this, body);
  };

  if (options.hookJsonParse) {
    target.JSON.parse = function capturedParse(
      this: JSON,
      text: string,
      reviver?: Parameters<JSON['parse']>[1],
    ) {
      const result = originalParse.call(this, text, reviver);
      try {
        if (
          typeof text === 'string' &&
          text.length > 64 &&
          text.length <= MAX_CAPTURE_CHARS &&
          hasInstagramMarker(text, PARSE_WINDOW)
        ) {
          // The same text parsed again (a page re-reading its data) is not looked at again.
          const key = fingerprint(text.trim());
          if (!wasSeen(key)) {
            remember(key);
            const page = target.location.href;
            const size = text.length;
            // Server payloads nest the feed deep (ScheduledServerJS → RelayPrefetchedStreamCache → …):
            // follow the wrappers, later, never on the page's own call, and keep only what is found.
            afterParse(() => {
              const picked = pickWrappedPayloads(result);
              if (picked.length > 0) keep({ url: page, page, size, payloads: () => picked });
            });
          }
        }
      } catch {
        // ignore
      }
      return result;
    } as JSON['parse'];
  }
}
