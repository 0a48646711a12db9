import { getDb } from '@/lib/shortlist/db';
import { type JobReply, JobRunner } from '@/lib/shortlist/jobs';

/**
 * The dashboard's sync worker (a dedicated worker, started by components/sync/job-client.ts):
 * reads and checks sync files, previews, imports, undoes, exports and syncs the team folder
 * away from the page, so that the page stays responsive however large the shortlist. The
 * logic is lib/shortlist/jobs.ts; this is only the wiring.
 */
interface WorkerScope {
  postMessage(message: JobReply): void;
  onmessage: ((event: MessageEvent) => void) | null;
}

export default defineUnlistedScript(() => {
  const scope = globalThis as unknown as WorkerScope;
  const runner = new JobRunner(getDb(), (message) => scope.postMessage(message));
  scope.onmessage = (event) => {
    void runner.handle(event.data);
  };
});
