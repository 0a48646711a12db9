import type { Platform } from '../model';
import { type BadgeEntry, type BadgeIndexPayload, badgeKey } from './index-data';

/**
 * The tab's one in-memory index of shortlisted creators, by platform and handle: every link on
 * the page is looked up here, never through a message. Replaced whole when the shortlist changes.
 */
export class BadgeIndex {
  private readonly byKey: Map<string, BadgeEntry>;

  constructor(payload: BadgeIndexPayload = { entries: [] }) {
    this.byKey = new Map(payload.entries.map((e) => [badgeKey(e.platform, e.handle), e]));
  }

  get size(): number {
    return this.byKey.size;
  }

  get(platform: Platform, handle: string): BadgeEntry | undefined {
    return this.byKey.get(badgeKey(platform, handle));
  }

  /** By the index key itself (`platform:handle`, the handle in lower case). */
  getKey(key: string): BadgeEntry | undefined {
    return this.byKey.get(key);
  }

  /** True when both say the same about every creator (a refresh that changed nothing redraws nothing). */
  sameAs(other: BadgeIndex): boolean {
    if (other.size !== this.size) return false;
    for (const [key, a] of this.byKey) {
      const b = other.byKey.get(key);
      if (!b || !sameEntry(a, b)) return false;
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
