import { AddRequestSchema, ProfileKeySchema, ScoreRequestSchema } from '../message-schemas';
import { onMessage } from '../messaging';
import { type Campaign, shortlistId } from '../model';
import { fail, ok, toAppError } from '../result';
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

/** Registers the background's message handlers; returns a function that removes them. */
export function registerBackgroundHandlers(deps: BackgroundDeps): () => void {
  const removers = [
    onMessage('bg:scoreProfile', async ({ data }) => {
      deps.requests?.note();
      const parsed = ScoreRequestSchema.safeParse(data);
      if (!parsed.success) return { ok: false, error: toAppError(parsed.error) };
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
        return ok({ report, reportId: await deps.reports.remember(report) });
      } catch (error) {
        return { ok: false, error: toAppError(error) };
      }
    }),
    // Only a report this background scored can be added, named by its id: a message can never
    // bring a report (or a verdict, a URL) of its own into the shortlist.
    onMessage('bg:addToShortlist', async ({ data }) => {
      deps.requests?.note();
      const parsed = AddRequestSchema.safeParse(data);
      if (!parsed.success) return { ok: false, error: toAppError(parsed.error) };
      try {
        const report = await deps.reports.find(parsed.data.reportId);
        if (!report) return fail('score-expired');
        const entry = await addToShortlist(deps.db, report, deps.now());
        return ok({ entry, count: await countShortlist(deps.db) });
      } catch (error) {
        return { ok: false, error: toAppError(error) };
      }
    }),
    onMessage('bg:getShortlistStatus', async ({ data }) => {
      deps.requests?.note();
      const parsed = ProfileKeySchema.safeParse(data);
      if (!parsed.success) return { ok: false, error: toAppError(parsed.error) };
      try {
        const entry = await getShortlistEntry(deps.db, parsed.data.platform, parsed.data.handle);
        return ok({
          shortlisted: entry !== undefined,
          status: entry?.status,
          count: await countShortlist(deps.db),
        });
      } catch (error) {
        return { ok: false, error: toAppError(error) };
      }
    }),
  ];
  return () => {
    for (const remove of removers) remove();
  };
}
