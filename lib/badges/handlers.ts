/**
 * The background's answer to a tab's request for the badge index: every shortlisted creator, read
 * from the stored rows in one pass, kept in memory until the shortlist changes (the summary's
 * write number moves), so tabs opening one after another cost one read.
 */
import type { onMessage as onMessageFn } from '../messaging';
import type { ShortlistEntry } from '../model';
import { ok, type Result, toAppError } from '../result';
import type { MicroscopeDb } from '../shortlist/db';
import { forEachRowPage, readSummary, rowJson } from '../shortlist/pages';
import { type BadgeIndexPayload, badgeEntryOf } from './index-data';
import { isProfileHandle } from './link-handle';

export interface BadgeHandlerDeps {
  db: MicroscopeDb;
  /** The active campaign's maximum fake-follower share (the dashboard's verdict uses it too). */
  maxFakeShare: () => Promise<number | undefined>;
}

export async function readBadgeIndex(
  db: MicroscopeDb,
  maxFakeShare: number | undefined,
): Promise<BadgeIndexPayload> {
  const entries: BadgeIndexPayload['entries'] = [];
  await forEachRowPage(db, (lines) => {
    for (const rest of lines.values()) {
      try {
        const entry = badgeEntryOf(JSON.parse(rowJson(rest)) as ShortlistEntry, maxFakeShare);
        // Only creators a link can lead to: a handle that is a site section or a reserved name
        // (`explore`, `reels`) or breaks the site's rules is left out here, once, instead of
        // being checked in every tab for every creator its links name.
        if (isProfileHandle(entry.platform, entry.handle)) entries.push(entry);
      } catch (error) {
        console.warn('Microscope: a shortlist row could not be read for the badges', error);
      }
    }
  });
  return { entries };
}

export function registerBadgeHandlers(onMessage: typeof onMessageFn, deps: BadgeHandlerDeps): () => void {
  let cached:
    | { seq: number | undefined; total: number; max: number | undefined; payload: BadgeIndexPayload }
    | undefined;
  return onMessage('bg:badgeIndex', async (): Promise<Result<BadgeIndexPayload>> => {
    try {
      const [summary, max] = await Promise.all([readSummary(deps.db), deps.maxFakeShare()]);
      if (
        cached &&
        summary.seq !== undefined &&
        cached.seq === summary.seq &&
        cached.total === summary.total &&
        cached.max === max
      )
        return ok(cached.payload);
      const payload = await readBadgeIndex(deps.db, max);
      cached = { seq: summary.seq, total: summary.total, max, payload };
      return ok(payload);
    } catch (error) {
      return { ok: false, error: toAppError(error) };
    }
  });
}
