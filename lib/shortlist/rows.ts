import { materialize, type Replica } from '../exchange/replica';
import { type ShortlistEntry, ShortlistEntrySchema } from '../model';

/** The UI row of a replicated entry; undefined when it is deleted or was never scored. */
export function rowFromReplica(replica: Replica): ShortlistEntry | undefined {
  const view = materialize(replica);
  if (view.deleted || view.report === undefined) return undefined;
  const parsed = ShortlistEntrySchema.safeParse({
    ...view,
    url: view.url ?? view.report.url,
    verdict: view.verdict ?? view.report.verdict,
    addedAt: view.addedAt ?? view.report.scoredAt,
    updatedAt: view.updatedAt,
    scoreCount: view.history.length,
    report: view.report,
  });
  return parsed.success ? parsed.data : undefined;
}
