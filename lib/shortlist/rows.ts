import type { Replica } from '../exchange/replica-schema';
import { materialize } from '../exchange/replica-view';
import { type ShortlistEntry, summarizeReport } from '../model';

const OPTIONAL = [
  'displayName',
  'followers',
  'tier',
  'erMean',
  'erMedian',
  'assignee',
  'quotedPrice',
  'currency',
  'deliverables',
  'dueDate',
  'publishDate',
  'contentRights',
  'auditFakeShare',
] as const;

/**
 * The UI row of a replicated entry; undefined when it is deleted or was never scored.
 * Replicas are validated where they enter (sync-file parsing, local edits), so the row is
 * built directly: this runs for every creator of a 10,000-entry import.
 */
export function rowFromReplica(replica: Replica): ShortlistEntry | undefined {
  const view = materialize(replica);
  const report = view.report;
  if (view.deleted || report === undefined) return undefined;
  const row: ShortlistEntry = {
    id: view.id,
    platform: view.platform,
    handle: view.handle,
    url: view.url ?? report.url,
    verdict: view.verdict ?? report.verdict,
    addedAt: view.addedAt ?? report.scoredAt,
    updatedAt: view.updatedAt,
    status: view.status,
    notes: view.notes,
    tags: view.tags,
    scoreCount: view.history.length,
    report: summarizeReport(report),
  };
  const target = row as Record<string, unknown>;
  for (const key of OPTIONAL) {
    const value = view[key];
    if (value !== undefined) target[key] = value;
  }
  return row;
}
