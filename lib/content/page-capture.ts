// Runs in the page's MAIN world: keep it self-contained (no zod, no dynamic import) and
// never send a request of its own — it only looks at responses the page asked for.
import {
  CAPTURE_TAG,
  hasInstagramMarker,
  isCaptureUrl,
  isInstagramUrl,
  MAX_CAPTURE_CHARS,
  type PickedPayload,
  pickPayloads,
  pickWrappedPayloads,
  splitJsonPayloads,
} from '../sites/capture-filter';

export interface CaptureTarget {
  fetch: typeof fetch;
  XMLHttpRequest: typeof XMLHttpRequest;
  JSON: JSON;
  location: { origin: string; href: string };
  postMessage(message: unknown, targetOrigin: string): void;
  setTimeout(handler: () => void, ms: number): unknown;
}

/** Deferred jobs kept at most; past it the page is producing payloads faster than we should look. */
const MAX_PENDING = 64;

/**
 * Wraps fetch, XHR and (optionally) JSON.parse of `target` to hand matching JSON to the content
 * script. What the page feels is kept to a minimum:
 * - fetch and XHR bodies are cloned or read only for URLs that can carry a profile's payload
 *   ({@link isCaptureUrl}); an Instagram body is parsed only if it mentions a known root field;
 * - the `JSON.parse` wrapper returns the page's own result after one regular-expression pass
 *   over the text; looking inside the parsed object (along wrapper keys only) and posting it
 *   happen later, in a task of their own, off the page's call stack.
 */
export function installPageCapture(target: CaptureTarget, options: { hookJsonParse: boolean }): void {
  const originalParse = target.JSON.parse;
  const parse = (text: string): unknown => originalParse.call(target.JSON, text);
  const schedule = target.setTimeout.bind(target);

  const pending: (() => void)[] = [];
  let scheduled = false;
  const flush = () => {
    scheduled = false;
    for (const job of pending.splice(0)) {
      try {
        job();
      } catch {
        // One bad payload never stops the others, nor the page.
      }
    }
  };
  const later = (job: () => void) => {
    if (pending.length >= MAX_PENDING) return;
    pending.push(job);
    if (!scheduled) {
      scheduled = true;
      schedule(flush, 0);
    }
  };

  const post = (url: string, payloads: readonly PickedPayload[]) => {
    for (const payload of payloads) {
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
    if (isInstagramUrl(url) && !hasInstagramMarker(text)) return;
    for (const json of splitJsonPayloads(text, parse)) post(url, pickPayloads(json));
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
              .then((text) => later(() => handleText(url, text)));
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
      const url = absolute(String(args[1]));
      if (isCaptureUrl(url)) urls.set(this, url);
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
      this.addEventListener(
        'loadend',
        () => {
          try {
            if (this.status < 200 || this.status >= 300) return;
            if (this.responseType === '' || this.responseType === 'text') {
              const text = this.responseText;
              later(() => handleText(url, text));
            } else if (this.responseType === 'json' && this.response !== null) {
              const json: unknown = this.response;
              later(() => post(url, pickPayloads(json)));
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
          hasInstagramMarker(text)
        ) {
          const url = target.location.href;
          // Server payloads nest the feed deep (ScheduledServerJS → RelayPrefetchedStreamCache → …):
          // follow the wrappers, later, never the page's own call.
          later(() => post(url, pickWrappedPayloads(result)));
        }
      } catch {
        // ignore
      }
      return result;
    } as JSON['parse'];
  }
}
