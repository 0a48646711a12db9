// Runs in the page's MAIN world: keep it self-contained (no zod, no dynamic import) and
// never send a request of its own — it only looks at responses the page asked for.
import {
  CAPTURE_TAG,
  isCaptureUrl,
  MAX_CAPTURE_CHARS,
  pickPayloads,
  splitJsonPayloads,
} from '../sites/capture-filter';

/** Root field names worth looking for in a `JSON.parse` input (cheap substring test first). */
const PARSE_MARKERS = [
  'xdt_api__v1__feed__user_timeline_graphql_connection',
  'xdt_api__v1__clips__user__connection_v2',
  'xdt_api__v1__media__media_id__comments__connection',
  'xdt_api__v1__media__shortcode__web_info',
  'follower_count',
];

export interface CaptureTarget {
  fetch: typeof fetch;
  XMLHttpRequest: typeof XMLHttpRequest;
  JSON: JSON;
  location: { origin: string; href: string };
  postMessage(message: unknown, targetOrigin: string): void;
}

/** Wraps fetch, XHR and (optionally) JSON.parse of `target` to hand matching JSON to the content script. */
export function installPageCapture(target: CaptureTarget, options: { hookJsonParse: boolean }): void {
  const post = (url: string, json: unknown, depth?: number) => {
    for (const payload of pickPayloads(json, depth)) {
      try {
        target.postMessage(
          { tag: CAPTURE_TAG, kind: payload.kind, url, data: payload.data },
          target.location.origin,
        );
      } catch {
        // A payload that cannot be cloned is skipped; the page goes on untouched.
      }
    }
  };
  const handleText = (url: string, text: string) => {
    if (text.length === 0 || text.length > MAX_CAPTURE_CHARS) return;
    for (const json of splitJsonPayloads(text)) post(url, json);
  };
  const absolute = (url: string) => {
    try {
      return new URL(url, target.location.href).href;
    } catch {
      return url;
    }
  };

  const originalFetch = target.fetch;
  target.fetch = function capturedFetch(this: unknown, ...args: Parameters<typeof fetch>) {
    const promise = originalFetch.apply(this, args);
    try {
      const input = args[0];
      const url = absolute(typeof input === 'string' ? input : input instanceof URL ? input.href : input.url);
      if (isCaptureUrl(url)) {
        promise
          .then((response) => {
            if (!response.ok) return;
            return response
              .clone()
              .text()
              .then((text) => handleText(url, text));
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
      urls.set(this, absolute(String(args[1])));
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
    if (url && isCaptureUrl(url)) {
      this.addEventListener('load', () => {
        try {
          if (this.status < 200 || this.status >= 300) return;
          if (this.responseType === '' || this.responseType === 'text') handleText(url, this.responseText);
          else if (this.responseType === 'json' && this.response !== null) post(url, this.response);
        } catch {
          // ignore
        }
      });
    }
    return originalSend.call(this, body);
  };

  if (options.hookJsonParse) {
    const originalParse = target.JSON.parse;
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
          PARSE_MARKERS.some((marker) => text.includes(marker))
        ) {
          // Parsed server payloads nest the feed deep (ScheduledServerJS → RelayPrefetchedStreamCache → …).
          post(target.location.href, result, 32);
        }
      } catch {
        // ignore
      }
      return result;
    } as JSON['parse'];
  }
}
