import type { Comment, Extraction, Platform, ScoreReport, Status } from '../model';
import { dedupeComments } from '../model/comment-identity';
import type { QueueSpot } from '../queue/decisions';
import type { AppError } from '../result';

/** What the on-page card shows; kept outside React so a re-rendered header brings the same card back. */
export interface CardState {
  /** The profile this state belongs to: the card never shows another creator. */
  handle?: string;
  open: boolean;
  status: 'idle' | 'scoring' | 'ready' | 'error';
  report?: ScoreReport;
  /** The background's id of `report`: what Add sends (the background adds only what it scored). */
  reportId?: string;
  extraction?: Extraction;
  error?: AppError;
  added: boolean;
  addError?: AppError;
  /** The creator's pipeline status when already in the shortlist. */
  shortlistStatus?: Status;
  /** Copy diagnostics text of the last scoring. */
  diagnostics?: string;
  /** Where this profile stands in the current review queue, when Next opened it. */
  queue?: QueueSpot;
  /** A decision on its way to the background, or why it failed. */
  deciding?: boolean;
  decideError?: AppError;
  /** Bumped when the card should take the keyboard focus (opened without the focus on Score). */
  focusRequest?: number;
}

const IDLE: Omit<CardState, 'handle'> = { open: false, status: 'idle', added: false };

/**
 * The content script's memory for the profile in view: the card state and the comments
 * read from the creator's opened posts. Moving to another profile drops all of it.
 */
export class ProfileSession {
  private state: CardState = { ...IDLE };
  private readonly listeners = new Set<() => void>();
  private readonly comments = new Map<string, Comment>();

  constructor(readonly platform: Platform) {}

  get current(): CardState {
    return this.state;
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getSnapshot = (): CardState => this.state;

  update(patch: Partial<CardState>): void {
    this.state = { ...this.state, ...patch };
    for (const listener of this.listeners) listener();
  }

  /** Switches to `handle` (or to no profile); a different handle drops the card and the evidence. */
  focus(handle: string | undefined): boolean {
    const same = handle !== undefined && this.state.handle?.toLowerCase() === handle.toLowerCase();
    if (same) return false;
    this.comments.clear();
    this.state = { ...IDLE, handle };
    for (const listener of this.listeners) listener();
    return true;
  }

  addComments(comments: readonly Comment[]): void {
    for (const comment of comments) {
      // A JSON copy read later never gives way to a DOM copy with the same id.
      const existing = this.comments.get(comment.id);
      if (existing && existing.source !== 'dom' && comment.source === 'dom') continue;
      this.comments.set(comment.id, comment);
    }
  }

  /** The creator's comments, each counted once whether it was read from the DOM, the JSON or both. */
  evidenceComments(): Comment[] {
    return dedupeComments([...this.comments.values()]);
  }

  /** Comment texts by id, for the card's list of judged comments. */
  commentTexts(): Record<string, string> {
    return Object.fromEntries(this.evidenceComments().map((c) => [c.id, c.text]));
  }
}
