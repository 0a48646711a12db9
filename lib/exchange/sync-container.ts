import { decodeText } from './decode';
import {
  limitsOf,
  type ParseOptions,
  type ParseProgress,
  type ParseSyncFileResult,
  parseSyncFileSteps,
  refusal,
} from './sync-file';

/**
 * The container of a sync file (SYNC-FORMAT.md): version 2 files are gzip, made and read with
 * the browser's own `CompressionStream` / `DecompressionStream` (no library); a file that is
 * not gzip is read as it is, so version 1 files and files written by hand still import.
 * Unpacking stops at `MAX_SYNC_UNPACKED_BYTES` (sync-file.ts): a small file that would unpack into
 * gigabytes is refused before it can exhaust memory. A gzip file cut short (a file still
 * being copied or synced by a cloud drive) fails its check and is refused whole.
 */

/** The first two bytes of every gzip file. */
export function isGzip(bytes: Uint8Array): boolean {
  return bytes.length >= 2 && bytes[0] === 0x1f && bytes[1] === 0x8b;
}

/** Work given back to the event loop between steps (messages, such as Cancel, get through). */
export function yieldToEventLoop(): Promise<void> {
  if (typeof MessageChannel === 'function') {
    return new Promise((resolve) => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        channel.port1.close();
        resolve();
      };
      channel.port2.postMessage(null);
    });
  }
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** Thrown when the user cancels: nothing has been written. */
export class Cancelled extends Error {
  override name = 'AbortError';
  constructor() {
    super('Cancelled: nothing was written.');
  }
}

export function throwIfCancelled(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw new Cancelled();
}

export interface ReadOptions extends ParseOptions {
  onProgress?(progress: ParseProgress): void;
  /** Aborting it stops the reading (the promise rejects with `Cancelled`). */
  signal?: AbortSignal;
}

async function blobBytes(input: Blob | Uint8Array): Promise<Uint8Array> {
  return input instanceof Uint8Array ? input : new Uint8Array(await input.arrayBuffer());
}

/**
 * The unpacked bytes of a sync file: gunzipped when it is gzip (stopping past the limit),
 * as they are otherwise.
 */
async function unpackSyncFile(
  input: Blob | Uint8Array,
  options: ReadOptions = {},
): Promise<{ ok: true; bytes: Uint8Array } | Extract<ParseSyncFileResult, { ok: false }>> {
  const { maxBytes } = limitsOf(options);
  const head = await blobBytes(input instanceof Blob ? input.slice(0, 2) : input.subarray(0, 2));
  const size = input instanceof Blob ? input.size : input.length;
  if (!isGzip(head)) {
    if (size > maxBytes) return refusal('too-large', size, maxBytes);
    return { ok: true, bytes: await blobBytes(input) };
  }
  const source = input instanceof Blob ? input : new Blob([input as Uint8Array<ArrayBuffer>]);
  let read = 0;
  const counted = source.stream().pipeThrough(
    new TransformStream<Uint8Array, Uint8Array>({
      transform(chunk, controller) {
        read += chunk.length;
        options.onProgress?.({ phase: 'reading', done: read, total: size });
        controller.enqueue(chunk);
      },
    }),
  );
  const reader = counted
    .pipeThrough(new DecompressionStream('gzip') as unknown as TransformStream<Uint8Array, Uint8Array>)
    .getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  try {
    for (;;) {
      throwIfCancelled(options.signal);
      const { done, value } = await reader.read();
      if (done) break;
      total += value.length;
      if (total > maxBytes) {
        await reader.cancel().catch(() => undefined);
        return refusal('too-large', total, maxBytes);
      }
      chunks.push(value);
    }
  } catch (error) {
    if (error instanceof Cancelled) throw error;
    // Cut short or damaged: the gzip check fails.
    return refusal('incomplete');
  }
  const bytes = new Uint8Array(total);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.length;
  }
  return { ok: true, bytes };
}

/** Runs a generator of progress steps to its end, giving the event loop a turn between steps. */
async function runSteps<P, T>(
  steps: Generator<P, T>,
  options: { onProgress?(progress: P): void; signal?: AbortSignal },
): Promise<T> {
  for (;;) {
    throwIfCancelled(options.signal);
    const next = steps.next();
    if (next.done) return next.value;
    options.onProgress?.(next.value);
    await yieldToEventLoop();
  }
}

/**
 * Reads a sync file of any version from its bytes: unpacked (gzip or not), decoded as strict
 * UTF-8 (or UTF-16 with its byte-order mark), then parsed and checked entry by entry with
 * progress (`parseSyncFileSteps`). Refuses the whole file with the reason; writes nothing.
 */
export async function readSyncFile(
  input: Blob | Uint8Array,
  options: ReadOptions = {},
): Promise<ParseSyncFileResult> {
  const size = input instanceof Blob ? input.size : input.length;
  if (size === 0) return refusal('empty-input');
  const unpacked = await unpackSyncFile(input, options);
  if (!unpacked.ok) return unpacked;
  throwIfCancelled(options.signal);
  const decoded = decodeText(unpacked.bytes);
  if (!decoded.ok) return refusal('not-utf8');
  return runSteps(parseSyncFileSteps(decoded.text, options), options);
}

/**
 * Text parts gzip-compressed into one Blob (the version 2 container); each part is taken
 * only when the compressor wants more (parts read from the database are compressed as they come).
 */
export async function packText(
  parts: Iterable<string> | AsyncIterable<string>,
  options: { signal?: AbortSignal } = {},
): Promise<Blob> {
  const encoder = new TextEncoder();
  const next: Iterator<string> | AsyncIterator<string> =
    Symbol.asyncIterator in parts ? parts[Symbol.asyncIterator]() : parts[Symbol.iterator]();
  const source = new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (options.signal?.aborted) {
        controller.error(new Cancelled());
        return;
      }
      const part = await next.next();
      if (part.done) {
        controller.close();
        return;
      }
      controller.enqueue(encoder.encode(part.value));
    },
  });
  const packed = source.pipeThrough(
    new CompressionStream('gzip') as unknown as TransformStream<Uint8Array, Uint8Array>,
  );
  return new Response(packed).blob();
}
