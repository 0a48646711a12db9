import { describe, expect, it } from 'vitest';
import { addReport, applyLocalEdit, emptyReplica } from '@/lib/exchange/replica';
import type { Replica } from '@/lib/exchange/replica-schema';
import { Cancelled, isGzip, packText, readSyncFile } from '@/lib/exchange/sync-container';
import { createSyncFile, serializeSyncFile, serializeSyncLines } from '@/lib/exchange/sync-file';
import { describeError, english } from '@/lib/i18n';
import { hlc, makeReport, T0 } from './fixtures';

function file(count: number) {
  const replicas: Replica[] = [];
  for (let i = 0; i < count; i++) {
    const key = `instagram:c${i}`;
    let r = applyLocalEdit(emptyReplica(key), 'status', 'contacted', hlc('dev-a', 1000 + i));
    r = addReport(r, makeReport(key, T0));
    replicas.push(r);
  }
  return createSyncFile({ deviceId: 'dev-a', displayName: 'Ana', exportedAt: T0 + 5000, replicas });
}

const gzipped = async (text: string) => new Uint8Array(await (await packText([text])).arrayBuffer());
const NOW = T0 + 10_000;

describe('the sync file container', () => {
  it('reads a gzip file it packed, and the same text uncompressed', async () => {
    const f = file(3);
    const packed = await gzipped(serializeSyncLines(f));
    expect(isGzip(packed)).toBe(true);
    expect(await readSyncFile(packed, { now: NOW })).toEqual({ ok: true, file: f });
    expect(await readSyncFile(new TextEncoder().encode(serializeSyncLines(f)), { now: NOW })).toEqual({
      ok: true,
      file: f,
    });
    // A version 1 document, compressed or not (older files, hand-written ones).
    const v1 = JSON.stringify({ ...JSON.parse(serializeSyncFile(f)), version: 1 });
    for (const bytes of [new TextEncoder().encode(v1), await gzipped(v1)]) {
      const read = await readSyncFile(new Blob([bytes as BlobPart]), { now: NOW });
      expect(read.ok && read.file.entries).toEqual(f.entries);
    }
  });

  it('packs 50,000 entries into a file that unpacks to them all', async () => {
    const f = file(50_000);
    const text = serializeSyncLines(f);
    const packed = await packText([text]);
    expect(packed.size).toBeLessThan(text.length / 5);
    const read = await readSyncFile(packed, { now: NOW });
    expect(read.ok && read.file.entries.length).toBe(50_000);
  }, 60_000);

  it('stops unpacking past the size limit (a small file that would unpack into gigabytes)', async () => {
    const bomb = await gzipped(`{"format":"microscope-shortlist-sync","pad":"${'0'.repeat(3_000_000)}"}`);
    expect(bomb.length).toBeLessThan(10_000);
    const read = await readSyncFile(bomb, { now: NOW, limits: { maxBytes: 1024 * 1024 } });
    expect(read.ok ? undefined : read.error.code).toBe('too-large');
  });

  it('refuses a gzip file cut short (still syncing) as incomplete, and damaged bytes too', async () => {
    const packed = await gzipped(serializeSyncLines(file(50)));
    const half = await readSyncFile(packed.subarray(0, Math.floor(packed.length / 2)), { now: NOW });
    expect(
      half.ok ? undefined : { ...half.error, message: describeError(half.error, english) },
    ).toMatchObject({
      code: 'incomplete',
      message:
        'The file is cut short or damaged: it is probably still being copied or synced. Try again once it is complete. Nothing was imported.',
    });
    const damaged = packed.slice();
    const middle = Math.floor(damaged.length / 2);
    damaged[middle] = (damaged[middle] ?? 0) ^ 0xff;
    const read = await readSyncFile(damaged, { now: NOW });
    expect(read.ok).toBe(false);
  });

  it('refuses bytes that are not UTF-8 inside the container too', async () => {
    const bad = new Uint8Array([0x7b, 0xff, 0xfe, 0x7d]);
    const packed = new Uint8Array(
      await await new Response(
        new Blob([bad])
          .stream()
          .pipeThrough(new CompressionStream('gzip') as unknown as TransformStream<Uint8Array, Uint8Array>),
      ).arrayBuffer(),
    );
    const read = await readSyncFile(packed, { now: NOW });
    expect(read.ok ? undefined : read.error.code).toBe('not-utf8');
  });

  it('reports progress as it checks entries, and stops when cancelled', async () => {
    const packed = await packText([serializeSyncLines(file(2_000))]);
    const seen: string[] = [];
    const read = await readSyncFile(packed, {
      now: NOW,
      onProgress: (p) => seen.push(`${p.phase}:${p.done}/${p.total}`),
    });
    expect(read.ok).toBe(true);
    expect(seen).toContain('checking:1000/2000');
    expect(seen.some((s) => s.startsWith('reading:'))).toBe(true);
    const controller = new AbortController();
    const stopped = readSyncFile(packed, {
      now: NOW,
      signal: controller.signal,
      onProgress: (p) => {
        if (p.phase === 'checking') controller.abort();
      },
    });
    await expect(stopped).rejects.toBeInstanceOf(Cancelled);
  });
});
