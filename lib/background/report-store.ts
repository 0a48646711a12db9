import { z } from 'zod';
import { type ScoreReport, ScoreReportSchema } from '../model';

/** Reports the background scored, kept for this browser session so Add can refer to them by id. */
export interface ReportStore {
  /** Keeps `report` and returns its id (unguessable). */
  remember(report: ScoreReport): Promise<string>;
  /** The report scored under `id`, if it is still kept. */
  find(id: string): Promise<ScoreReport | undefined>;
}

/** The part of `browser.storage.session` (or `.local`) the store uses. */
export interface StorageArea {
  get(keys: string | string[]): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string | string[]): Promise<void>;
}

export interface ReportStoreOptions {
  now: () => number;
  /** How long a report can be added after it was scored. */
  ttlMs?: number;
  /** How many recent reports are kept. */
  max?: number;
  newId?: () => string;
}

const INDEX_KEY = 'computed-reports';
const IndexSchema = z.array(z.object({ id: z.string(), at: z.number() }));
const keyOf = (id: string) => `computed-report:${id}`;

/**
 * A store in the extension's session storage (`storage.session`: in memory, kept while the
 * browser runs even when the service worker sleeps, never readable by pages or content
 * scripts). At most `max` reports, each for `ttlMs`.
 */
export function createReportStore(area: StorageArea, options: ReportStoreOptions): ReportStore {
  const ttlMs = options.ttlMs ?? 60 * 60_000;
  const max = options.max ?? 50;
  const newId = options.newId ?? (() => crypto.randomUUID());
  const readIndex = async () => {
    const parsed = IndexSchema.safeParse((await area.get(INDEX_KEY))[INDEX_KEY]);
    return parsed.success ? parsed.data : [];
  };
  // One write at a time: two tabs scoring together must not drop each other's index entry.
  let queue: Promise<unknown> = Promise.resolve();
  const serial = <T>(job: () => Promise<T>): Promise<T> => {
    const run = queue.then(job, job);
    queue = run.catch(() => undefined);
    return run;
  };
  return {
    remember: (report) =>
      serial(async () => {
        const id = newId();
        const now = options.now();
        const index = [...(await readIndex()), { id, at: now }];
        const keep = index.filter((e) => now - e.at < ttlMs).slice(-max);
        const dropped = index.filter((e) => !keep.includes(e)).map((e) => keyOf(e.id));
        await area.set({ [keyOf(id)]: report, [INDEX_KEY]: keep });
        if (dropped.length > 0) await area.remove(dropped);
        return id;
      }),
    async find(id) {
      const entry = (await readIndex()).find((e) => e.id === id);
      if (!entry || options.now() - entry.at >= ttlMs) return undefined;
      const parsed = ScoreReportSchema.safeParse((await area.get(keyOf(id)))[keyOf(id)]);
      return parsed.success ? parsed.data : undefined;
    },
  };
}
