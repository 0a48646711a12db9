import { z } from 'zod';
import { AddRequestSchema, ProfileKeySchema, ScoreRequestSchema } from '../message-schemas';
import { onMessage } from '../messaging';
import { type Campaign, shortlistId } from '../model';
import { scoreProfile } from '../scoring/score-profile';
import type { MicroscopeDb } from '../shortlist/db';
import { addToShortlist, countShortlist, getScoreHistory, getShortlistEntry } from '../shortlist/repo';
import type { ReportStore } from './report-store';
import type { RequestCounter } from './requests';

export interface BackgroundDeps {
  db: MicroscopeDb;
  now: () => number;
  activeCampaign: () => Promise<Campaign>;
  /** Where scored reports wait for Add (the session storage in the extension). */
  reports: ReportStore;
  /** Told of every request of the user's (status, score, add): the warm-up steps aside then. */
  requests?: RequestCounter;
}

function describe(error: unknown): string {
  if (error instanceof z.ZodError) {
    const issue = error.issues[0];
    return `invalid data at ${issue?.path.join('.') || 'root'}: ${issue?.message ?? 'unknown'}`;
  }
  return error instanceof Error ? error.message : String(error);
}

/** Registers the background's message handlers; returns a function that removes them. */
export function registerBackgroundHandlers(deps: BackgroundDeps): () => void {
  const removers = [
    onMessage('bg:scoreProfile', async ({ data }) => {
      deps.requests?.note();
      const parsed = ScoreRequestSchema.safeParse(data);
      if (!parsed.success) return { ok: false, error: describe(parsed.error) };
      try {
        const campaign = await deps.activeCampaign();
        const { snapshot } = parsed.data.extraction;
        // What the team recorded on a shortlisted creator feeds the score: the audited fake
        // share (hard rule), the quoted price (value for money) and past follower counts.
        const entry = await getShortlistEntry(deps.db, snapshot.platform, snapshot.handle);
        const history = await getScoreHistory(deps.db, shortlistId(snapshot.platform, snapshot.handle));
        const report = scoreProfile({
          extraction: parsed.data.extraction,
          evidence: parsed.data.evidence,
          campaign,
          now: deps.now(),
          ...(entry?.auditFakeShare === undefined ? {} : { auditFakeShare: entry.auditFakeShare }),
          ...(entry?.quotedPrice === undefined || (entry.currency && entry.currency !== campaign.currency)
            ? {}
            : { quotedPrice: entry.quotedPrice }),
          history: history.flatMap((r) =>
            r.followers === undefined ? [] : [{ capturedAt: r.scoredAt, followers: r.followers }],
          ),
        });
        return { ok: true, value: { report, reportId: await deps.reports.remember(report) } };
      } catch (error) {
        return { ok: false, error: describe(error) };
      }
    }),
    // Only a report this background scored can be added, named by its id: a message can never
    // bring a report (or a verdict, a URL) of its own into the shortlist.
    onMessage('bg:addToShortlist', async ({ data }) => {
      deps.requests?.note();
      const parsed = AddRequestSchema.safeParse(data);
      if (!parsed.success) return { ok: false, error: describe(parsed.error) };
      try {
        const report = await deps.reports.find(parsed.data.reportId);
        if (!report)
          return { ok: false, error: 'This score has expired: score the profile again, then add it.' };
        const entry = await addToShortlist(deps.db, report, deps.now());
        return { ok: true, value: { entry, count: await countShortlist(deps.db) } };
      } catch (error) {
        return { ok: false, error: describe(error) };
      }
    }),
    onMessage('bg:getShortlistStatus', async ({ data }) => {
      deps.requests?.note();
      const key = ProfileKeySchema.parse(data);
      const entry = await getShortlistEntry(deps.db, key.platform, key.handle);
      return {
        shortlisted: entry !== undefined,
        status: entry?.status,
        count: await countShortlist(deps.db),
      };
    }),
  ];
  return () => {
    for (const remove of removers) remove();
  };
}
