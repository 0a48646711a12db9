import type { CapturedPayload } from '../sites/capture';
import { CAPTURE_KINDS, CAPTURE_TAG, type CaptureKind } from '../sites/capture-filter';

export interface InboxEvent {
  source: unknown;
  origin: string;
  data: unknown;
}

/** A captured payload and the page address it arrived on (which post its comments belong to). */
export interface InboxItem extends CapturedPayload {
  pageUrl: string;
  /** Length of the text it came from (the capture script says), for the memory bound. */
  size: number;
}

const KINDS: ReadonlySet<string> = new Set(CAPTURE_KINDS);
const MAX_URL_CHARS = 4096;

/**
 * The envelope check of lib/sites/capture.ts's `CaptureMessageSchema`, written out by hand: this
 * runs in the always-on script, which stays free of the validation library (a unit test holds
 * the two to the same verdicts). `data` stays `unknown`; the extractors validate it.
 */
export function readCaptureEnvelope(data: unknown): CapturedPayload | undefined {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return undefined;
  const { tag, kind, url } = data as { tag?: unknown; kind?: unknown; url?: unknown };
  if (tag !== CAPTURE_TAG || typeof kind !== 'string' || !KINDS.has(kind) || typeof url !== 'string')
    return undefined;
  if (url.length > MAX_URL_CHARS) return undefined;
  return { kind: kind as CaptureKind, url, data: (data as { data?: unknown }).data };
}

/**
 * Receives the JSON the MAIN-world capture script observed. Only messages from this very
 * window and origin, with our tag and a valid shape, are kept; the oldest go first past `max`
 * payloads or past `maxChars` of the texts they came from (a page that keeps loading big
 * responses never makes the inbox grow without bound).
 */
export class CaptureInbox {
  private readonly items: InboxItem[] = [];
  private chars = 0;
  rejected = 0;

  constructor(
    private readonly expected: { window: unknown; origin: string },
    private readonly max = 400,
    private readonly maxChars = 32_000_000,
  ) {}

  /**
   * Keeps a message's payload with the page address it arrived on (as the capture script says,
   * else `pageUrl`). The capture script's "done" answers to a pull go to `onDone`, and its
   * "ack" (sent before it starts handing anything over) to `onAck`.
   */
  accept(
    event: InboxEvent,
    pageUrl = '',
    onDone?: (id: unknown) => void,
    onAck?: (id: unknown) => void,
  ): boolean {
    if (event.source !== this.expected.window || event.origin !== this.expected.origin) return false;
    const data = event.data as { tag?: unknown; done?: unknown; page?: unknown } | null;
    if (typeof data !== 'object' || data === null || data.tag !== CAPTURE_TAG) return false;
    if ('done' in data) {
      onDone?.(data.done);
      return false;
    }
    if ('ack' in data) {
      onAck?.((data as { ack?: unknown }).ack);
      return false;
    }
    const payload = readCaptureEnvelope(data);
    if (!payload) {
      this.rejected += 1;
      return false;
    }
    const claimed = (data as { size?: unknown }).size;
    const size = typeof claimed === 'number' && Number.isFinite(claimed) && claimed > 0 ? claimed : 0;
    const page = typeof data.page === 'string' && data.page.length <= MAX_URL_CHARS ? data.page : pageUrl;
    this.items.push({ ...payload, pageUrl: page, size });
    this.chars += size;
    while (this.items.length > this.max || (this.chars > this.maxChars && this.items.length > 1)) {
      this.chars -= this.items.shift()?.size ?? 0;
    }
    return true;
  }

  payloads(): CapturedPayload[] {
    return this.items.map(({ kind, url, data }) => ({ kind, url, data }));
  }

  /**
   * What the extractors get for the page at `pageUrl`: every payload, except that payloads of
   * the `local` kinds (a post's comments, which do not name their post) count only on the page
   * they arrived on.
   */
  payloadsFor(pageUrl: string, local: readonly string[]): CapturedPayload[] {
    return this.items
      .filter((item) => !local.includes(item.kind) || item.pageUrl === pageUrl)
      .map(({ kind, url, data }) => ({ kind, url, data }));
  }

  /** The pages on which payloads of these kinds arrived, oldest first. */
  pagesWith(kinds: readonly string[]): string[] {
    return [...new Set(this.items.filter((item) => kinds.includes(item.kind)).map((item) => item.pageUrl))];
  }

  /** Forgets payloads of these kinds. */
  drop(kinds: readonly string[]): void {
    const keep = this.items.filter((item) => !kinds.includes(item.kind));
    this.items.length = 0;
    this.items.push(...keep);
    this.chars = keep.reduce((sum, item) => sum + item.size, 0);
  }

  clear(): void {
    this.items.length = 0;
    this.chars = 0;
  }
}
