/**
 * Reading a 50,000-entry sync file in Node (the project's data generator, gzip by Node's own
 * `CompressionStream`, zod without generated code as in the extension): `readSyncFile`, which
 * checks a version 2 file line by line as it is unpacked, against the whole file unpacked and
 * decoded first, then checked (what `readSyncFile` did before). Rounds alternate between the
 * two; every sample is printed.
 *
 * Memory is the JavaScript heap plus array buffers above what was in use before the read,
 * sampled every 2 ms, at every progress report and, for the whole-file read, right after each
 * of its steps (its decoding runs in one go: no timer can sample inside it). A sampled peak is
 * a lower bound of the true one.
 *
 * `SYNC_READ_ENTRIES` (default 50,000), `SYNC_READ_RUNS` (default 5).
 */
import { afterAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { decodeText } from '../../lib/exchange/decode';
import { packText, readSyncFile } from '../../lib/exchange/sync-container';
import { createSyncFile, parseSyncFileSteps, serializeSyncLines } from '../../lib/exchange/sync-file';
import { syntheticReplicas } from '../../tests/helpers/seed';

z.config({ jitless: true });

const ENTRIES = Number(process.env.SYNC_READ_ENTRIES ?? 50_000);
const RUNS = Number(process.env.SYNC_READ_RUNS ?? 5);

type Sample = { ms: number; peakMb: number };
const samples: Record<'whole' | 'streamed', Sample[]> = { whole: [], streamed: [] };

function meter() {
  const gc = (globalThis as { gc?: () => void }).gc;
  gc?.();
  const used = () => {
    const m = process.memoryUsage();
    return m.heapUsed + m.arrayBuffers;
  };
  const base = used();
  let peak = 0;
  const sample = () => {
    peak = Math.max(peak, used() - base);
  };
  const timer = setInterval(sample, 2);
  return {
    sample,
    stop: () => {
      clearInterval(timer);
      sample();
      return peak / 1e6;
    },
  };
}

/** The whole file first: every unpacked chunk kept, joined, decoded, then checked. */
async function readWhole(file: Blob, now: number, sample: () => void): Promise<number> {
  const reader = file
    .stream()
    .pipeThrough(new DecompressionStream('gzip') as unknown as TransformStream<Uint8Array, Uint8Array>)
    .getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    total += value.length;
  }
  sample();
  const bytes = new Uint8Array(total);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.length;
  }
  sample();
  const decoded = decodeText(bytes);
  sample();
  if (!decoded.ok) throw new Error('not UTF-8');
  const steps = parseSyncFileSteps(decoded.text, { now });
  for (;;) {
    const next = steps.next();
    if (next.done) {
      sample();
      if (!next.value.ok) throw new Error(next.value.error.code);
      return next.value.file.entries.length;
    }
    sample();
    await new Promise((resolve) => setImmediate(resolve));
  }
}

describe('sync read', () => {
  afterAll(() => {
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? Number.NaN;
    const row = (name: string, list: Sample[]) =>
      `| ${name} | ${median(list.map((s) => s.ms)).toFixed(0)} ms (${list.map((s) => s.ms.toFixed(0)).join(', ')}) | ${median(list.map((s) => s.peakMb)).toFixed(0)} MB (${list.map((s) => s.peakMb.toFixed(0)).join(', ')}) |`;
    console.log(
      [
        `\nReading a ${ENTRIES.toLocaleString('en')}-entry sync file in Node: medians of ${RUNS} (every sample)`,
        '| read | time | memory at its peak |',
        '|---|---|---|',
        row('whole file first, then checked', samples.whole),
        row('checked line by line as unpacked', samples.streamed),
      ].join('\n'),
    );
  });

  it('reads the same file both ways, rounds alternating', async () => {
    const replicas = syntheticReplicas(ENTRIES);
    const now = Math.max(...replicas.map((r) => r.history[0]?.scoredAt ?? 0)) + 60_000;
    const text = serializeSyncLines(
      createSyncFile({ deviceId: 'team-device', displayName: 'Zoë', exportedAt: now, replicas }),
    );
    const file = await packText([text]);
    console.log(
      `[sync-read] ${ENTRIES} entries: ${(text.length / 1e6).toFixed(1)} MB of text, ${(file.size / 1e6).toFixed(1)} MB packed; collected before each read: ${typeof (globalThis as { gc?: unknown }).gc === 'function' ? 'yes' : 'no'}`,
    );
    for (let run = 0; run < RUNS; run++) {
      for (const way of run % 2 === 0 ? (['whole', 'streamed'] as const) : (['streamed', 'whole'] as const)) {
        const m = meter();
        const t0 = performance.now();
        let count: number;
        if (way === 'whole') count = await readWhole(file, now, m.sample);
        else {
          const read = await readSyncFile(file, { now, onProgress: m.sample });
          if (!read.ok) throw new Error(read.error.code);
          count = read.file.entries.length;
        }
        const ms = performance.now() - t0;
        const peakMb = m.stop();
        expect(count).toBe(ENTRIES);
        samples[way].push({ ms, peakMb });
        console.log(
          `[sync-read] ${way.padEnd(8)} ${ms.toFixed(0).padStart(6)} ms  peak ${peakMb.toFixed(0)} MB`,
        );
      }
    }
  });
});
