import { getDb, type MicroscopeDb } from '@/lib/shortlist/db';
import {
  type JobFailure,
  type JobReply,
  type JobRequest,
  type JobResults,
  JobRunner,
  type JobType,
} from '@/lib/shortlist/jobs';
import type { Progress } from '@/lib/shortlist/sync';

/** A job's failure as thrown in the page: `error` for the message, `cancelled` when the user stopped it. */
export class JobError extends Error {
  readonly error: JobFailure['error'];
  readonly cancelled: boolean;
  constructor(failure: JobFailure) {
    super(failure.message);
    this.error = failure.error;
    this.cancelled = failure.cancelled === true;
  }
}

/** A request without its id and type (the client numbers them). */
export type JobInput<T extends JobType> = Omit<Extract<JobRequest, { type: T }>, 'id' | 'type'>;
export type RunnableJob = Exclude<JobType, 'cancel'>;

export interface RunningJob<T extends JobType> {
  id: number;
  result: Promise<JobResults[T]>;
}

export interface JobClient {
  run<T extends RunnableJob>(type: T, input: JobInput<T>, onProgress?: (p: Progress) => void): RunningJob<T>;
  cancel(id: number): void;
}

interface Waiting {
  resolve(value: unknown): void;
  reject(error: unknown): void;
  onProgress?(p: Progress): void;
}

/**
 * Talks to the sync worker (entrypoints/sync-worker.ts → /sync-worker.js). Where a worker
 * cannot start (a test page, a browser without workers for extensions), the same jobs run
 * in the page (lib/shortlist/jobs.ts): slower to the eye, never different in what they do.
 */
function createJobClient(
  db: MicroscopeDb = getDb(),
  workerUrl: string | undefined = '/sync-worker.js',
): JobClient {
  const waiting = new Map<number, Waiting>();
  let next = 1;
  const receive = (message: JobReply) => {
    const job = waiting.get(message.id);
    if (!job) return;
    if (message.type === 'progress') job.onProgress?.(message.progress);
    else {
      waiting.delete(message.id);
      if (message.type === 'done') job.resolve(message.result);
      else job.reject(new JobError(message.error));
    }
  };
  let post: (request: JobRequest) => void;
  const inline = () => {
    const runner = new JobRunner(db, (message) => queueMicrotask(() => receive(message)));
    return (request: JobRequest) => void runner.handle(request);
  };
  try {
    if (workerUrl === undefined || typeof Worker !== 'function') throw new Error('no worker');
    const worker = new Worker(workerUrl);
    worker.onmessage = (event: MessageEvent<JobReply>) => receive(event.data);
    let fallback: ((request: JobRequest) => void) | undefined;
    const sent: JobRequest[] = [];
    worker.onerror = (event) => {
      // The worker could not start: every job asked so far, and every later one, runs here.
      event.preventDefault();
      if (fallback) return;
      console.warn('Microscope: the sync worker did not start; running sync jobs in the page.');
      fallback = inline();
      worker.terminate();
      for (const request of sent.splice(0)) fallback(request);
    };
    post = (request) => {
      if (fallback) return fallback(request);
      sent.push(request);
      worker.postMessage(request);
      // Requests are kept only until the worker has answered one (it started).
      if (sent.length > 32) sent.splice(0, sent.length - 32);
    };
    const original = receive;
    worker.onmessage = (event: MessageEvent<JobReply>) => {
      sent.length = 0;
      original(event.data);
    };
  } catch {
    post = inline();
  }
  return {
    run<T extends RunnableJob>(
      type: T,
      input: JobInput<T>,
      onProgress?: (p: Progress) => void,
    ): RunningJob<T> {
      const id = next++;
      const result = new Promise<JobResults[T]>((resolve, reject) =>
        waiting.set(id, { resolve: resolve as (value: unknown) => void, reject, onProgress }),
      );
      post({ ...input, type, id } as JobRequest);
      return { id, result };
    },
    cancel(id) {
      post({ id: next++, type: 'cancel', target: id });
    },
  };
}

let shared: JobClient | undefined;

/** The page's job client (one worker per page). */
export function jobClient(): JobClient {
  shared ??= createJobClient();
  return shared;
}
