import { type CapturedPayload, CaptureMessageSchema } from '../sites/capture';
import { CAPTURE_TAG } from '../sites/capture-filter';

export interface InboxEvent {
  source: unknown;
  origin: string;
  data: unknown;
}

/**
 * Receives the JSON the MAIN-world capture script observed. Only messages from this very
 * window and origin, with our tag and a valid shape, are kept; the oldest go first past `max`.
 */
export class CaptureInbox {
  private readonly items: CapturedPayload[] = [];
  rejected = 0;

  constructor(
    private readonly expected: { window: unknown; origin: string },
    private readonly max = 400,
  ) {}

  accept(event: InboxEvent): boolean {
    if (event.source !== this.expected.window || event.origin !== this.expected.origin) return false;
    const data = event.data as { tag?: unknown } | null;
    if (typeof data !== 'object' || data === null || data.tag !== CAPTURE_TAG) return false;
    const parsed = CaptureMessageSchema.safeParse(data);
    if (!parsed.success) {
      this.rejected += 1;
      return false;
    }
    this.items.push({ kind: parsed.data.kind, data: parsed.data.data, url: parsed.data.url });
    if (this.items.length > this.max) this.items.splice(0, this.items.length - this.max);
    return true;
  }

  payloads(): CapturedPayload[] {
    return [...this.items];
  }

  /** Forgets payloads of these kinds. */
  drop(kinds: readonly string[]): void {
    const keep = this.items.filter((item) => !kinds.includes(item.kind));
    this.items.length = 0;
    this.items.push(...keep);
  }

  clear(): void {
    this.items.length = 0;
  }
}
