import type { Platform } from '../model';
import type { BadgeEntry, BadgeIndexPayload } from './index-data';

/**
 * The tab's one in-memory index of shortlisted creators, by platform and handle: every link on
 * the page is looked up here, never through a message. Replaced whole when the shortlist changes.
 */
export class BadgeIndex {
  /** By handle in lower case, one map per platform: a link is looked up without a key string. */
  private readonly byHandle: Record<Platform, Map<string, BadgeEntry>> = {
    instagram: new Map(),
    tiktok: new Map(),
  };

  constructor(payload: BadgeIndexPayload = { entries: [] }) {
    for (const e of payload.entries) this.byHandle[e.platform].set(e.handle.toLowerCase(), e);
  }

  get size(): number {
    return this.byHandle.instagram.size + this.byHandle.tiktok.size;
  }

  get(platform: Platform, handle: string): BadgeEntry | undefined {
    return this.byHandle[platform].get(handle.toLowerCase());
  }

  /** By platform and handle already in lower case (what a link's address gives). */
  find(platform: Platform, lowerHandle: string): BadgeEntry | undefined {
    return this.byHandle[platform].get(lowerHandle);
  }

  /** True when both say the same about every creator (a refresh that changed nothing redraws nothing). */
  sameAs(other: BadgeIndex): boolean {
    if (other.size !== this.size) return false;
    for (const platform of ['instagram', 'tiktok'] as const) {
      const theirs = other.byHandle[platform];
      for (const [handle, a] of this.byHandle[platform]) {
        const b = theirs.get(handle);
        if (!b || !sameEntry(a, b)) return false;
      }
    }
    return true;
  }
}

export function sameEntry(a: BadgeEntry, b: BadgeEntry): boolean {
  return (
    a.verdict === b.verdict &&
    a.status === b.status &&
    a.fit === b.fit &&
    a.er === b.er &&
    a.scoredAt === b.scoredAt
  );
}
