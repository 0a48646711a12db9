/**
 * The queue's decision keys on the card, and what each decision does to the shortlist. Pure and
 * free of the validation library (the card's key handling imports it).
 */
import type { Status } from '../model/shortlist';
import type { Decision } from './queue';

/** The four decisions, in the order the card shows them. */
export const DECISIONS = ['shortlist', 'later', 'reject', 'skip'] as const satisfies readonly Decision[];

/**
 * One letter per decision and interface language, the initial of its word where it can be:
 * English S(hortlist) L(ater) R(eject), N (next, no decision); French S(électionner)
 * P(lus tard) R(ejeter) I(gnorer). Letters, not digits: digits need Shift on a French keyboard.
 */
export const DECISION_KEYS: Record<'en' | 'fr', Record<Decision, string>> = {
  en: { shortlist: 's', later: 'l', reject: 'r', skip: 'n' },
  fr: { shortlist: 's', later: 'p', reject: 'r', skip: 'i' },
};

/** What a key press on the card decides, if anything: a plain letter, no modifier. */
export function decisionForKey(
  event: Pick<KeyboardEvent, 'key' | 'altKey' | 'ctrlKey' | 'metaKey' | 'repeat'>,
  locale: 'en' | 'fr',
): Decision | undefined {
  if (event.altKey || event.ctrlKey || event.metaKey || event.repeat) return undefined;
  const key = event.key.toLowerCase();
  const keys = DECISION_KEYS[locale];
  return DECISIONS.find((d) => keys[d] === key);
}

/**
 * What a decision writes into the shortlist: nothing (skip), or the score (a new creator comes in
 * as a candidate), with a pipeline status set whatever it was, and a tag.
 */
export type ShortlistWrite = { add: false } | { add: true; status?: Status; tag?: string };

/** The tag a "review later" decision puts on the creator, to find them again in the dashboard. */
export const LATER_TAG = 'review later';

/**
 * Shortlist and review later add the creator as a candidate, or record the new score of one
 * already listed without moving them back in the pipeline (review later also tags them
 * `review later`); reject records the score with the status declined, so the creator is
 * recognised everywhere as turned down; skip writes nothing.
 */
export function shortlistWriteOf(decision: Decision): ShortlistWrite {
  switch (decision) {
    case 'shortlist':
      return { add: true };
    case 'later':
      return { add: true, tag: LATER_TAG };
    case 'reject':
      return { add: true, status: 'declined' };
    case 'skip':
      return { add: false };
  }
}

/** Where the profile in view stands in the current queue, as the card shows it. */
export interface QueueSpot {
  queueId: string;
  name: string;
  /** The item's index in the queue. */
  index: number;
  /** 1-based position shown as "12 / 40". */
  position: number;
  total: number;
  /** Items with a decision. */
  done: number;
  /** The decision already taken on this item, if any. */
  decision?: Decision;
}
