import { z } from 'zod';
import { type ScoreReport, ScoreReportSchema } from '../model';

/** Reports the background scored, kept for this browser session so Add can refer to them by id. */
export interface ReportStore {
  /**
   * Keeps `report` and returns its id (unguessable) at once: the id can be used right away, and
   * the report reaches storage in the background of the answer (`stored()`).
   */
  remember(report: ScoreReport): Promise<string>;
  /** The report scored under `id`, if it is still kept. */
  find(id: string): Promise<ScoreReport | undefined>;
  /** Resolves once every report remembered so far is in storage (or failed to get there). */
  stored(): Promise<void>;
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
 * scripts), with the reports of this background's life also held in memory: the score's answer
 * does not wait for the storage write (up to ~100 ms in a Firefox event page that has just
 * started), and Add finds a report whose write is still on its way. At most `max` reports, each
 * for `ttlMs`.
 */
export function createReportStore(area: StorageArea, options: ReportStoreOptions): ReportStore {
  const ttlMs = options.ttlMs ?? 60 * 60_000;
  const max = options.max ?? 50;
  const newId = options.newId ?? (() => crypto.randomUUID());
  /** This background's own reports, newest last (a Map keeps insertion order). */
  const memory = new Map<string, { report: ScoreReport; at: number }>();
  const readIndex = async () => {
    const parsed = IndexSchema.safeParse((await area.get(INDEX_KEY))[INDEX_KEY]);
    return parsed.success ? parsed.data : [];
  };
  // One write at a time: two tabs scoring together must not drop each other's index entry.
  let queue: Promise<unknown> = Promise.resolve();
  const serial = (job: () => Promise<void>): void => {
    queue = queue.then(job, job).catch((error: unknown) => {
      // The report stays findable in memory while this background lives.
      console.warn('Microscope: a scored report could not be kept in session storage', error);
    });
  };
  return {
    async remember(report) {
      const id = newId();
      const at = options.now();
      memory.set(id, { report, at });
      for (const [key, entry] of memory) {
        if (memory.size <= max && at - entry.at < ttlMs) break;
        memory.delete(key);
      }
      serial(async () => {
        const index = [...(await readIndex()), { id, at }];
        const keep = index.filter((e) => at - e.at < ttlMs).slice(-max);
        const dropped = index.filter((e) => !keep.includes(e)).map((e) => keyOf(e.id));
        await area.set({ [keyOf(id)]: report, [INDEX_KEY]: keep });
        if (dropped.length > 0) await area.remove(dropped);
      });
      return id;
    },
    async find(id) {
      const now = options.now();
      const own = memory.get(id);
      if (own) {
        if (now - own.at >= ttlMs) return undefined;
        // Through the schema, as from storage: what Add stores has the schema's shape (and key
        // order) whichever way the report was found.
        const parsed = ScoreReportSchema.safeParse(own.report);
        return parsed.success ? parsed.data : undefined;
      }
      // Scored by an earlier life of this background (it sleeps after 30 s idle), or dropped from
      // memory as too old or one too many: storage decides, once this life's writes are in.
      await queue;
      const entry = (await readIndex()).find((e) => e.id === id);
      if (!entry || now - entry.at >= ttlMs) return undefined;
      const parsed = ScoreReportSchema.safeParse((await area.get(keyOf(id)))[keyOf(id)]);
      return parsed.success ? parsed.data : undefined;
    },
    async stored() {
      await queue;
    },
  };
}
