/**
 * The scale benchmark (`npm run bench:scale`): the production build in real Chromium, one
 * browser profile per size (10,000 and 50,000 creators by default, `SCALE_SIZES`), seeded
 * with the project's data generator (tests/helpers/seed.ts) straight into IndexedDB.
 * Every operation runs `SCALE_RUNS` times (5 by default), the sizes in turn within each
 * round, so that both see the same machine; every sample is printed as it is taken, with the
 * longest main-thread task seen during it (PerformanceObserver `longtask`: tasks of 50 ms and
 * more; "—" means none), then a table of medians with the goals at 50,000 creators.
 *
 * Times are measured in the page's own clock, from the user's action (a click, a keystroke,
 * the file picked) to the moment the result is on screen and the next frame is painted.
 */
import { mkdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { applyLocalEdit } from '../../lib/exchange/replica';
import type { Replica } from '../../lib/exchange/replica-schema';
import { createSyncFile, serializeSyncLines } from '../../lib/exchange/sync-file';
import { ARTIFACTS_DIR, type LaunchedExtension, launchExtension } from '../../tests/e2e/harness';
import { seedShortlist } from '../../tests/e2e/seed-shortlist';
import { syntheticReplicas } from '../../tests/helpers/seed';

const SIZES = (process.env.SCALE_SIZES ?? '10000,50000').split(',').map(Number);
const RUNS = Number(process.env.SCALE_RUNS ?? 5);
/**
 * `SCALE_COMPARE=DIR`: another build of the extension (e.g. the previous commit's
 * `.output/chrome-mv3`), measured in the same run as "before": a browser profile of its own
 * per size, seeded alike, each operation run in both builds in turn, so that both see the
 * same machine (on a shared machine, runs minutes apart do not).
 */
const COMPARE = process.env.SCALE_COMPARE;
/**
 * `SCALE_EARLY_TAB=1`: this build measured a second time, in a tab opened as the browser starts
 * (the column "early tab"), beside the tab opened after start-up that every column uses.
 *
 * Why the tab's age matters: in Chromium 156, a page of the extension whose renderer process is
 * started in the browser's first second or two runs its JavaScript heap in V8's memory-reducing
 * mode for that process's whole life (every full collection `GCFinalizeMCReduceMemory`, which
 * compacts far more: pauses of 85–265 ms in the dashboard at 50,000 creators, where a later tab's
 * full collections took 7–71 ms), with or without a display; a tab opened 3 seconds or more after
 * the start does not, nor does a web page. A marketer opens the dashboard in a browser that is
 * already running, so the benchmark measures such a tab (README, "The tab the benchmark measured
 * in").
 */
const EARLY_TAB = process.env.SCALE_EARLY_TAB === '1';
const BUILDS: { label: string; dir?: string; earlyTab?: boolean }[] = COMPARE
  ? [
      { label: ' before', dir: COMPARE },
      { label: '', dir: undefined },
    ]
  : EARLY_TAB
    ? [
        { label: ' early tab', earlyTab: true },
        { label: '', dir: undefined },
      ]
    : [{ label: '' }];
/** How long after the browser starts the measured tab is opened (see `EARLY_TAB`). */
const SETTLE_MS = 5_000;
/** The columns of the table: every size, in every build. */
const COLUMNS = SIZES.flatMap((size) =>
  BUILDS.map((b) => ({ size, build: b.label, key: `${size}${b.label}` })),
);
const OUT = join(ARTIFACTS_DIR, 'scale');
/**
 * `SCALE_PROFILE=open,filter`: a CPU profile of the page's main thread during the operations
 * whose names contain one of these words, in the first run at the largest size (written to
 * tests/e2e/.artifacts/scale/*.cpuprofile, with the functions that took the most time
 * printed). A profiled sample is slower than the others; read the figures of a run without.
 */
const PROFILE = (process.env.SCALE_PROFILE ?? '')
  .split(',')
  .map((s) => s.trim())
  .filter(Boolean);

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  children?: number[];
}

/** Self time per function of a CPU profile, the largest first. */
function topFunctions(profile: { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] }): string {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    const f = byId.get(id)?.callFrame;
    if (!f) return;
    const name = `${f.functionName || '(anonymous)'} ${f.url.split('/').pop()}:${f.lineNumber + 1}`;
    self.set(name, (self.get(name) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
  });
  return [...self]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 25)
    .map(([name, ms]) => `  ${ms.toFixed(1).padStart(8)} ms  ${name}`)
    .join('\n');
}

/**
 * `SCALE_TRACE=open,apply`: a trace of the operations so named (every run, largest size; a
 * traced sample is slower than the others), from
 * which every main-thread task of 50 ms or more is printed with the garbage collections inside
 * it (minor: the young generation; major: the whole heap), their kinds and heap sizes.
 */
const TRACE = (process.env.SCALE_TRACE ?? '')
  .split(',')
  .map((s) => s.trim())
  .filter(Boolean);

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: {
    name?: string;
    data?: Record<string, unknown>;
    usedHeapSizeBefore?: number;
    usedHeapSizeAfter?: number;
  };
}

const TASK_EVENTS = new Set(['RunTask', 'ThreadControllerImpl::RunTask']);

/** The long tasks of a trace's renderer main threads, each with the collections it held. */
function longTasksOf(events: readonly TraceEvent[]): string {
  const main = new Set(
    events
      .filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
      .map((e) => `${e.pid}:${e.tid}`),
  );
  const on = (e: TraceEvent) => main.has(`${e.pid}:${e.tid}`) && e.ph === 'X' && e.dur !== undefined;
  // The main thread's task event: 'RunTask' in older Chromium, 'ThreadControllerImpl::RunTask' in
  // newer (read as the former only, every trace said "no task of 50 ms or more").
  const tasks = events.filter((e) => on(e) && TASK_EVENTS.has(e.name) && (e.dur ?? 0) >= 50_000);
  const gcs = events.filter(
    (e) => on(e) && (e.name === 'MajorGC' || e.name === 'MinorGC' || e.name.startsWith('V8.GC')),
  );
  const mb = (n: unknown) => (typeof n === 'number' ? `${(n / 1e6).toFixed(0)} MB` : '?');
  const lines: string[] = tasks.length === 0 ? ['  no task of 50 ms or more'] : [];
  for (const task of tasks) {
    const end = task.ts + (task.dur ?? 0);
    const inside = gcs.filter((g) => g.ts >= task.ts && g.ts < end);
    const top = inside
      .filter((g) => g.name === 'MajorGC' || g.name === 'MinorGC')
      .map(
        (g) =>
          `${g.name} ${((g.dur ?? 0) / 1000).toFixed(0)} ms (${mb(g.args?.usedHeapSizeBefore)} → ${mb(g.args?.usedHeapSizeAfter)})`,
      );
    const phases = new Map<string, number>();
    for (const g of inside)
      if (g.name.startsWith('V8.GC')) phases.set(g.name, (phases.get(g.name) ?? 0) + (g.dur ?? 0) / 1000);
    const biggest = [...phases]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 6)
      .map(([n, ms]) => `${n} ${ms.toFixed(0)}`)
      .join(', ');
    lines.push(
      `  task ${((task.dur ?? 0) / 1000).toFixed(0)} ms: ${top.join('; ') || 'no collection'}${biggest ? `  [${biggest}]` : ''}`,
    );
  }
  // Every full collection's pause, by mode: V8's memory-reducing mode compacts far more (`EARLY_TAB`).
  const full = (name: string) =>
    gcs
      .filter((g) => g.name === name)
      .map((g) => ((g.dur ?? 0) / 1000).toFixed(0))
      .join(', ') || 'none';
  lines.push(
    `  full collections, ms: ${full('V8.GCFinalizeMC')}; in memory-reducing mode: ${full('V8.GCFinalizeMCReduceMemory')}`,
  );
  return lines.join('\n');
}

async function traced<T>(page: Page, size: number, op: string, work: () => Promise<T>): Promise<T> {
  const cdp = await page.context().newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (e) => {
    for (const ev of e.value) events.push(ev as unknown as TraceEvent);
  });
  await cdp.send('Tracing.start', {
    traceConfig: {
      includedCategories: ['toplevel', 'devtools.timeline', 'v8', 'disabled-by-default-v8.gc', '__metadata'],
    },
  } as never);
  try {
    return await work();
  } finally {
    const complete = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
    await cdp.send('Tracing.end');
    await complete;
    await cdp.detach();
    const file = join(
      OUT,
      `${op.replace(/[^a-z0-9]+/gi, '-')}-${size}-${currentPart}${currentRun}.trace.json`,
    );
    writeFileSync(file, JSON.stringify({ traceEvents: events }));
    console.log(`[scale] long tasks of ${op} at ${size} (${file}):\n${longTasksOf(events)}`);
  }
}

/** The round being measured (profiles are taken in the first), and its part ('' or 'imports'). */
let currentRun = 0;
let currentPart = '';

/** Runs `work`, profiled when `SCALE_PROFILE` names the operation (first run, largest size). */
async function maybeProfiled<T>(page: Page, size: number, op: string, work: () => Promise<T>): Promise<T> {
  const largest = size === Math.max(...SIZES);
  if (largest && TRACE.some((word) => op.toLowerCase().includes(word))) return traced(page, size, op, work);
  const wanted = largest && currentRun === 0 && PROFILE.some((word) => op.toLowerCase().includes(word));
  if (!wanted) return work();
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  try {
    return await work();
  } finally {
    const { profile } = (await cdp.send('Profiler.stop')) as unknown as {
      profile: { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] };
    };
    await cdp.detach();
    const file = join(OUT, `${op.replace(/[^a-z0-9]+/gi, '-')}-${size}.cpuprofile`);
    writeFileSync(file, JSON.stringify(profile));
    console.log(`[scale] profile of ${op} at ${size} (${file}):\n${topFunctions(profile)}`);
  }
}

/** The goals at 50,000 creators (ms unless said otherwise). */
const GOALS: Record<string, { ms?: number; task?: number; note?: string }> = {
  'first rows': { ms: 300 },
  'whole list usable': { ms: 600, task: 100 },
  'first rows after import + undo': { ms: 300 },
  'whole list usable after import + undo': { ms: 600, task: 100 },
  'edit one status → row shows it': { ms: 50 },
  'filter keystroke (median of 5)': { ms: 30 },
  sort: { ms: 100 },
  'reverse sort': { ms: 100 },
  'CSV export': { ms: 500 },
  'sync export': { ms: 1_000, note: 'file ≤ 15 MB' },
  'sync import: preview': {},
  'sync import: apply': {},
  'sync import: preview + apply': { ms: 6_000, task: 200 },
  'undo last import': {},
  'heap after GC (MB)': { note: '≤ 150 MB' },
};

interface Sample {
  ms: number;
  /** Longest main-thread task during the operation, ms; 0 when none reached 50 ms. */
  task: number;
}

const samples = new Map<string, Map<string, Sample[]>>();
/** The build being measured (its label in `BUILDS`). */
let currentBuild = '';
const extras = new Map<string, string>();

function record(size: number, op: string, sample: Sample, extra = ''): void {
  const bySize = samples.get(op) ?? new Map<string, Sample[]>();
  samples.set(op, bySize);
  const list = bySize.get(`${size}${currentBuild}`) ?? [];
  bySize.set(`${size}${currentBuild}`, list);
  list.push(sample);
  const task = sample.task > 0 ? `${sample.task.toFixed(0)} ms` : '—';
  console.log(
    `[scale] ${String(size).padStart(6)}${currentBuild.padEnd(7)}  ${op.padEnd(34)} ${sample.ms.toFixed(1).padStart(9)}  longest task ${task}${extra ? `  ${extra}` : ''}`,
  );
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/** In every extension page: long tasks, blob downloads and the moment the whole list is usable. */
function instrument(): void {
  const w = window as unknown as {
    __scale: {
      tasks: { start: number; dur: number }[];
      blobs: { at: number; size: number }[];
      phases: { at: number; phase: string; label: string }[];
      ready?: number;
    };
  };
  w.__scale = { tasks: [], blobs: [], phases: [] };
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.__scale.tasks.push({ start: e.startTime, dur: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    // No long-task timing in this browser: tasks are reported as none.
  }
  const create = URL.createObjectURL.bind(URL);
  URL.createObjectURL = (object: Blob | MediaSource) => {
    w.__scale.blobs.push({ at: performance.now(), size: object instanceof Blob ? object.size : 0 });
    return create(object);
  };
  new MutationObserver(() => {
    // A long job's progress: each new phase, with the time it started.
    const bar = document.querySelector('[data-testid="microscope-progress"]');
    const phase = bar?.getAttribute('data-phase');
    const last = w.__scale.phases.at(-1);
    if (phase && phase !== last?.phase)
      w.__scale.phases.push({ at: performance.now(), phase, label: bar?.textContent ?? '' });
    if (!bar && last && last.phase !== 'end')
      w.__scale.phases.push({ at: performance.now(), phase: 'end', label: '' });
    if (w.__scale.ready !== undefined) return;
    const el = document.querySelector('[data-testid="microscope-filtered-count"]');
    if (el?.getAttribute('data-value')) w.__scale.ready = performance.now();
  }).observe(document, {
    subtree: true,
    childList: true,
    attributes: true,
    attributeFilter: ['data-value', 'data-phase'],
  });
}

/** The longest task overlapping [from, to] in the page's clock (after the observer has caught up). */
async function longestTask(page: Page, from: number, to: number): Promise<number> {
  await page.waitForTimeout(150);
  return page.evaluate(
    ({ from, to }) => {
      const tasks = (window as unknown as { __scale: { tasks: { start: number; dur: number }[] } }).__scale
        .tasks;
      let longest = 0;
      for (const t of tasks) if (t.start < to && t.start + t.dur > from) longest = Math.max(longest, t.dur);
      return longest;
    },
    { from, to },
  );
}

/** Runs `act` in the page, waits until `done` holds and a frame is painted; returns start and end times. */
async function timed(
  page: Page,
  act: string,
  done: string,
  timeout = 120_000,
): Promise<{ t0: number; t1: number }> {
  return page.evaluate(
    async ({ act, done, timeout }) => {
      const run = new Function(act) as () => void;
      const isDone = new Function(`return (${done});`) as () => boolean;
      const t0 = performance.now();
      run();
      await new Promise<void>((resolve, reject) => {
        const check = () => {
          if (isDone()) resolve();
          else if (performance.now() - t0 > timeout) reject(new Error(`timed out: ${done}`));
          else requestAnimationFrame(check);
        };
        check();
      });
      await new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
      return { t0, t1: performance.now() };
    },
    { act, done, timeout },
  );
}

async function measure(
  page: Page,
  size: number,
  op: string,
  act: string,
  done: string,
  extra = '',
): Promise<void> {
  const { t0, t1 } = await maybeProfiled(page, size, op, () => timed(page, act, done));
  record(size, op, { ms: t1 - t0, task: await longestTask(page, t0, t1) }, extra);
}

/**
 * A full garbage collection in the page's renderer (twice, as DevTools' button does). Every
 * opening of the dashboard measured starts from one, so that each round starts alike: without
 * it, the first opening followed the seeding, whose hundreds of megabytes of garbage had grown
 * the JavaScript heap so far that loading 50,000 rows set off no full collection, while every
 * later one followed the collection of "heap after GC" and paid for one (a task of 130–190 ms
 * at 50,000): "whole list usable" then seemed to grow round after round. A dashboard opened in
 * a browser that has been doing something else starts from such a collected heap too.
 */
async function collectGarbage(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const heap = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
  await cdp.detach();
  return heap.usedSize;
}

/** The progress phases seen from `from` on, as "phase +ms" (where the time of a long job went). */
async function phasesSince(page: Page, from: number): Promise<string> {
  const phases = await page.evaluate(
    () => (window as unknown as { __scale: { phases: { at: number; phase: string }[] } }).__scale.phases,
  );
  return phases
    .filter((p) => p.at >= from)
    .map((p) => `${p.phase} +${(p.at - from).toFixed(0)}`)
    .join(', ');
}

const q = (testId: string, more = '') => `document.querySelector('[data-testid="${testId}"]${more}')`;
const click = (testId: string, more = '') => `${q(testId, more)}.click();`;
const attr = (testId: string, name: string) => `${q(testId)}?.getAttribute('${name}')`;

function typeScript(testId: string, value: string): string {
  return `
    const input = ${q(testId)};
    const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set;
    setter.call(input, ${JSON.stringify(value)});
    input.dispatchEvent(new Event('input', { bubbles: true }));`;
}

/**
 * The teammate's file for a shortlist of `size`: `size` entries, half of them creators this
 * shortlist has (their status changed later on the teammate's device), half new ones; a
 * version 2 file (gzip JSON Lines) as Microscope exports it.
 */
function teamFile(all: readonly Replica[], size: number, wall: number): Buffer {
  const hlc = { wallMs: wall, counter: 0, node: 'team-device' };
  const entries = all
    .slice(size / 2, size / 2 + size)
    .map((r) => applyLocalEdit(r, 'status', 'contacted', hlc));
  const file = createSyncFile({
    deviceId: 'team-device',
    displayName: 'Team',
    exportedAt: wall,
    replicas: entries,
  });
  return gzipSync(serializeSyncLines(file));
}

interface Profile {
  size: number;
  /** The build's label in `BUILDS` ('' for this one). */
  build: string;
  ext: LaunchedExtension;
  page: Page;
}

let all: Replica[] = [];

/** A new file from the teammate for each import, edited now: later than the Undo of the previous one. */
function writeTeamFile(size: number): string {
  const file = join(OUT, `team-${size}.jsonl.gz`);
  writeFileSync(file, teamFile(all, size, Date.now()));
  return file;
}

describe('scale', () => {
  const profiles: Profile[] = [];

  beforeAll(async () => {
    mkdirSync(OUT, { recursive: true });
    const largest = Math.max(...SIZES);
    const t = Date.now();
    all = syntheticReplicas(largest + largest / 2);
    console.log(`[scale] generated ${all.length} creators in ${Date.now() - t} ms`);
    for (const { size, build } of COLUMNS) {
      currentBuild = build;
      const file = writeTeamFile(size);
      console.log(
        `[scale] team file for ${size}: ${(statSync(file).size / 1e6).toFixed(1)} MB (${size} entries)`,
      );
      const { dir, earlyTab } = BUILDS.find((b) => b.label === build) ?? {};
      const launchedAt = Date.now();
      const ext = await launchExtension(dir ? { extensionDir: dir } : {});
      let page = await ext.context.newPage();
      await page.addInitScript(instrument);
      // The popup opens the database (Dexie creates the schema), then the seed writes into it.
      await page.goto(`chrome-extension://${ext.extensionId}/popup.html`);
      await page
        .locator('[data-testid="microscope-shortlist-count"][data-value="0"]')
        .waitFor({ timeout: 20_000 });
      const s = Date.now();
      await seedShortlist(page, all.slice(0, size));
      console.log(`[scale] seeded ${size} creators in ${Date.now() - s} ms`);
      if (!earlyTab) {
        // The operations are measured in a tab of their own, opened once the browser has started
        // (`EARLY_TAB`); the seeding tab is closed.
        const wait = launchedAt + SETTLE_MS - Date.now();
        if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
        const seeding = page;
        page = await ext.context.newPage();
        await page.addInitScript(instrument);
        await page.goto(`chrome-extension://${ext.extensionId}/popup.html`);
        await seeding.close();
      }
      // Whether the browser treats the page as one the user sees (a hidden page's renderer may
      // be run for memory rather than speed).
      const seen = await page.evaluate(() => `${document.visibilityState}, focus ${document.hasFocus()}`);
      console.log(`[scale] page: ${seen}`);
      profiles.push({ size, build, ext, page });
    }
  });

  afterAll(async () => {
    for (const p of profiles) await p.ext.close();
    const lines = [
      '',
      `Scale benchmark: medians of ${RUNS} (longest main-thread task among the samples)`,
      `| operation | ${COLUMNS.map((c) => `${c.size.toLocaleString('en')} creators${c.build}`).join(' | ')} | ratio | goal at 50k |`,
      `|---|${COLUMNS.map(() => '---|').join('')}---|---|`,
    ];
    for (const [op, bySize] of samples) {
      const cells = COLUMNS.map(({ key }) => {
        const list = bySize.get(key) ?? [];
        if (list.length === 0) return '—';
        const m = median(list.map((s) => s.ms));
        const task = Math.max(...list.map((s) => s.task));
        return op.includes('MB')
          ? m.toFixed(1)
          : `${m.toFixed(0)} ms (${task > 0 ? `${task.toFixed(0)} ms` : '—'})`;
      });
      // The ratio of the largest size to the smallest, in this build.
      const medians = SIZES.map((size) => {
        const list = bySize.get(`${size}`) ?? [];
        return list.length ? median(list.map((s) => s.ms)) : Number.NaN;
      });
      const ratio =
        medians.length >= 2 && medians[0]
          ? `×${((medians.at(-1) as number) / (medians[0] as number)).toFixed(1)}`
          : '';
      const goal = GOALS[op];
      const goalText = goal
        ? [goal.ms ? `≤ ${goal.ms} ms` : '', goal.task ? `no task > ${goal.task} ms` : '', goal.note ?? '']
            .filter(Boolean)
            .join(', ')
        : '';
      lines.push(`| ${op} | ${cells.join(' | ')} | ${ratio} | ${goalText} |`);
    }
    for (const [k, v] of extras) lines.push(`${k}: ${v}`);
    console.log(lines.join('\n'));
  });

  it('measures every operation at every size, sizes in turn', async () => {
    /** Opens the dashboard; measured under these names (none: not measured). */
    const openDashboard = async (
      p: Profile,
      // null: opened, not measured (an explicit undefined would take the default).
      names: { first: string; ready: string } | null = {
        first: 'first rows',
        ready: 'whole list usable',
      },
    ) => {
      const { page, ext, size } = p;
      const measured = names !== null;
      if (measured) await collectGarbage(page);
      await maybeProfiled(page, size, measured ? 'open dashboard' : 'reopen dashboard', async () => {
        await page.goto(`chrome-extension://${ext.extensionId}/dashboard.html`);
        await page.waitForFunction(
          () => (window as unknown as { __scale: { ready?: number } }).__scale.ready !== undefined,
          null,
          { timeout: 120_000 },
        );
      });
      const { first, ready, load } = await page.evaluate(() => {
        const m = performance.getEntriesByName('microscope:model-load')[0] as PerformanceMeasure | undefined;
        return {
          first: performance.getEntriesByName('microscope:first-rows')[0]?.startTime ?? Number.NaN,
          ready: (window as unknown as { __scale: { ready: number } }).__scale.ready,
          load: m ? `rows loaded in ${m.duration.toFixed(0)} ms ${JSON.stringify(m.detail)}` : '',
        };
      });
      const count = await page.getByTestId('microscope-filtered-count').getAttribute('data-value');
      if (count !== String(size)) throw new Error(`dashboard shows ${count} creators, expected ${size}`);
      if (names === null) return;
      record(size, names.first, { ms: first, task: await longestTask(page, 0, first) });
      record(size, names.ready, { ms: ready, task: await longestTask(page, 0, ready) }, load);
    };

    // First the dashboard, the CSV and the sync export, on the seeded shortlists.
    for (let run = 0; run < RUNS; run++) {
      currentRun = run;
      for (const p of profiles) {
        currentBuild = p.build;
        const { page, size } = p;
        await openDashboard(p);

        // Sort by followers, then the other way round, then back to unsorted.
        const th = `${q('microscope-sort-followers')}.closest('th').getAttribute('aria-sort')`;
        await measure(page, size, 'sort', click('microscope-sort-followers'), `${th} !== 'none'`);
        const first = await page.evaluate(th);
        await measure(
          page,
          size,
          'reverse sort',
          click('microscope-sort-followers'),
          `${th} !== ${JSON.stringify(first)}`,
        );
        await timed(page, click('microscope-sort-followers'), `${th} === 'none'`);

        // Filter keystrokes.
        const keys: number[] = [];
        let longest = 0;
        for (const text of ['l', 'le', 'lea', 'lea.', 'lea.c']) {
          const { t0, t1 } = await maybeProfiled(page, size, `filter keystroke ${text}`, () =>
            timed(
              page,
              typeScript('microscope-filter-text', text),
              `${attr('microscope-filtered-count', 'data-query')} === ${JSON.stringify(text)}`,
            ),
          );
          keys.push(t1 - t0);
          longest = Math.max(longest, await longestTask(page, t0, t1));
        }
        record(
          size,
          'filter keystroke (median of 5)',
          { ms: median(keys), task: longest },
          `[${keys.map((k) => k.toFixed(0)).join(', ')}]`,
        );
        await timed(
          page,
          typeScript('microscope-filter-text', ''),
          `${attr('microscope-filtered-count', 'data-value')} === '${size}'`,
        );

        // Edit one status in the detail panel until the row in the table shows it.
        const id = await page.getByTestId('microscope-row').first().getAttribute('data-id');
        await page.locator(`[data-testid="microscope-row"][data-id="${id}"]`).click();
        await page.getByTestId('microscope-pipeline').waitFor();
        const current = await page.getByTestId('microscope-pipeline').getAttribute('data-value');
        const next = current === 'contacted' ? 'in-review' : 'contacted';
        await measure(
          page,
          size,
          'edit one status → row shows it',
          click(`microscope-status-${next}`),
          `document.querySelector('[data-testid="microscope-row"][data-id="${id}"] .ms-status')?.getAttribute('data-value') === '${next}'`,
        );
        await page.getByTestId('microscope-detail-close').click();

        // CSV export of every creator: click → the file handed to the browser.
        const blobs = `window.__scale.blobs.length`;
        const nBlobs = await page.evaluate(blobs);
        await measure(page, size, 'CSV export', click('microscope-export-csv'), `${blobs} > ${nBlobs}`);

        // Sync export.
        await page.getByTestId('microscope-sync-open').click();
        await page.getByTestId('microscope-sync-panel').waitFor();
        const before = await page.evaluate(blobs);
        const { t0, t1 } = await maybeProfiled(page, size, 'sync export', () =>
          timed(page, click('microscope-sync-export'), `${blobs} > ${before}`),
        );
        const exportPhases = await phasesSince(page, t0);
        const bytes = await page.evaluate(
          () =>
            (window as unknown as { __scale: { blobs: { size: number }[] } }).__scale.blobs.at(-1)?.size ?? 0,
        );
        record(
          size,
          'sync export',
          { ms: t1 - t0, task: await longestTask(page, t0, t1) },
          `${(bytes / 1e6).toFixed(1)} MB  ${exportPhases}`,
        );
        extras.set(`sync file size at ${size}`, `${(bytes / 1e6).toFixed(1)} MB`);

        // Heap of the dashboard after garbage collection.
        record(size, 'heap after GC (MB)', { ms: (await collectGarbage(page)) / 1e6, task: 0 });
        await page.locator('aside.ms-drawer .ms-drawer-close').click();
      }
    }

    // Then the imports, after every export above: an import and its Undo leave the creators
    // the file brought as deletions (tombstones), which every later export carries.
    currentPart = 'imports';
    for (let run = 0; run < RUNS; run++) {
      currentRun = run;
      for (const p of profiles) {
        currentBuild = p.build;
        const { page, size } = p;
        // From the second round on, the dashboard opens after an import and its Undo: the row
        // pages hold what they held before, the replica pages the deletions the Undo left.
        await openDashboard(
          p,
          run === 0
            ? null
            : { first: 'first rows after import + undo', ready: 'whole list usable after import + undo' },
        );
        await page.getByTestId('microscope-sync-open').click();
        await page.getByTestId('microscope-sync-panel').waitFor();

        // Sync import of the teammate's file: preview, apply, then Undo last import.
        await page.evaluate(() => {
          const w = window as unknown as { __pickedAt?: number };
          delete w.__pickedAt;
          document.addEventListener(
            'change',
            () => {
              w.__pickedAt = performance.now();
            },
            {
              capture: true,
              once: true,
            },
          );
        });
        await page.getByTestId('microscope-sync-import-input').setInputFiles(writeTeamFile(size));
        if (run === RUNS - 1 && size === Math.max(...SIZES)) {
          // The progress bar of a 50,000-entry import, on screen with its counts.
          const bar = page.locator('[data-testid="microscope-progress"][data-phase="checking"]');
          await bar.waitFor({ timeout: 120_000 });
          const label = (await bar.textContent()) ?? '';
          console.log(`[scale] progress shown: ${label}`);
          if (!/Checking [\d,]+ \/ [\d,]+ entries/.test(label))
            throw new Error(`no counts in the progress bar: ${label}`);
          await p.ext.screenshot(page.locator('aside.ms-drawer'), `scale-import-progress-${size}`);
        }
        const preview = await maybeProfiled(page, size, 'sync import: preview', () =>
          page.evaluate(async () => {
            const w = window as unknown as { __pickedAt?: number };
            await new Promise<void>((resolve, reject) => {
              const start = performance.now();
              const check = () => {
                if (document.querySelector('[data-testid="microscope-import-preview"]')) resolve();
                else if (document.querySelector('[data-testid="microscope-import-error"]'))
                  reject(
                    new Error(
                      document.querySelector('[data-testid="microscope-import-error"]')?.textContent ?? '',
                    ),
                  );
                else if (performance.now() - start > 300_000) reject(new Error('no preview'));
                else requestAnimationFrame(check);
              };
              check();
            });
            await new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
            return { t0: w.__pickedAt ?? Number.NaN, t1: performance.now() };
          }),
        );
        const previewMs = preview.t1 - preview.t0;
        record(
          size,
          'sync import: preview',
          { ms: previewMs, task: await longestTask(page, preview.t0, preview.t1) },
          await phasesSince(page, preview.t0),
        );
        const total = size + size / 2;
        const apply = await maybeProfiled(page, size, 'sync import: apply', () =>
          timed(
            page,
            click('microscope-import-apply'),
            // Done when the summary is shown and the table holds every creator the file brought.
            `!!${q('microscope-import-summary')} && ${attr('microscope-shortlist-count', 'data-value')} === '${total}' && ${attr('microscope-filtered-count', 'data-value')} === '${total}'`,
            300_000,
          ),
        );
        const applyTask = await longestTask(page, apply.t0, apply.t1);
        const refresh = await page.evaluate(
          (t0) =>
            performance
              .getEntriesByName('microscope:model-refresh')
              .filter((m) => m.startTime >= t0)
              .map(
                (m) =>
                  `${m.duration.toFixed(0)} ms from +${(m.startTime - t0).toFixed(0)} ${JSON.stringify((m as PerformanceMeasure).detail)}`,
              )
              .join(', '),
          apply.t0,
        );
        record(
          size,
          'sync import: apply',
          { ms: apply.t1 - apply.t0, task: applyTask },
          `${await phasesSince(page, apply.t0)}; table updated in ${refresh}`,
        );
        record(size, 'sync import: preview + apply', {
          ms: previewMs + apply.t1 - apply.t0,
          task: Math.max(applyTask, await longestTask(page, preview.t0, preview.t1)),
        });
        await measure(
          page,
          size,
          'undo last import',
          click('microscope-import-undo'),
          `${attr('microscope-shortlist-count', 'data-value')} === '${size}' && ${attr('microscope-filtered-count', 'data-value')} === '${size}'`,
        );
        await page.locator('aside.ms-drawer .ms-drawer-close').click();
      }
    }
  });
});
