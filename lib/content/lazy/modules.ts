import type { Comment, Extraction, Platform } from '../../model';
import type { Decision } from '../../queue/queue';
import type { CapturedPayload } from '../../sites/capture';
import type { ProfileSession } from '../profile-session';
import type { ExtractInput } from '../site-adapter';

/**
 * The two parts of the content script that load only when needed, each an ES module in the
 * extension (`/site-readers.js`, `/score-card.js`, built by wxt.config.ts) imported with
 * `import()` into the content script's isolated world:
 *
 * - the readers (the extractors and their zod schemas): on the first post opened from a
 *   profile (to read its comments) or on the first click on Score;
 * - the card (React and the card's view): on the first click on Score.
 */
export interface ReaderModule {
  readProfile(platform: Platform, input: ExtractInput): Extraction;
  readComments(platform: Platform, input: ExtractInput & { creatorHandle: string }): Comment[];
  diagnostics(request: DiagnosticsRequest): string;
}

export interface DiagnosticsRequest {
  doc: Document;
  version: string;
  platform: Platform;
  extraction: Extraction;
  url: string;
  captured: readonly CapturedPayload[];
  userAgent: string;
}

export interface CardModule {
  /** Renders the card of `props.session` into `slot` (its styles go into `shadow`); returns unmount. */
  mount(slot: HTMLElement, shadow: ShadowRoot, props: CardMountProps): () => void;
}

/** What the card shows and does, wired by the always-on controller. */
export interface CardMountProps {
  session: ProfileSession;
  /** The browser language (the card picks English or French from it). */
  language: string;
  onRescore(): void;
  onAdd(): void;
  /** A decision key of the review queue, pressed or clicked by the user on the card. */
  onDecide(decision: Decision): void;
}
