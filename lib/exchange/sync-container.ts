import {
  limitsOf,
  type ParseOptions,
  type ParseProgress,
  type ParseSyncFileResult,
  parseSyncFileSteps,
  refusal,
  type SyncLineReader,
  startLines,
} from './sync-file';
import { Cancelled, isGzip, StreamRefused, syncTextPieces, throwIfCancelled } from './text-stream';

export { Cancelled, isGzip, throwIfCancelled };

/**
 * The container of a sync file (SYNC-FORMAT.md): version 2 files are gzip, made and read with
 * the browser's own `CompressionStream` / `DecompressionStream` (no library); a file that is
 * not gzip is read as it is, so version 1 files and files written by hand still import.
 * Unpacking stops at `MAX_SYNC_UNPACKED_BYTES` (sync-file.ts): a small file that would unpack into
 * gigabytes is refused before it can exhaust memory. A gzip file cut short (a file still
 * being copied or synced by a cloud drive) fails its check and is refused whole.
 *
 * A version 2 file is checked line by line as it is unpacked and decoded: for a gzip file,
 * neither its whole unpacked bytes nor its whole text are ever held, only the entries
 * checked so far and the piece of text being read.
 */

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

export interface ReadOptions extends ParseOptions {
  onProgress?(progress: ParseProgress): void;
  /** Aborting it stops the reading (the promise rejects with `Cancelled`). */
  signal?: AbortSignal;
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
 * progress. A version 2 file is checked line by line as its text comes; any other is read
 * whole, then parsed (`parseSyncFileSteps`). Refuses the whole file with the reason; writes
 * nothing.
 */
export async function readSyncFile(
  input: Blob | Uint8Array,
  options: ReadOptions = {},
): Promise<ParseSyncFileResult> {
  const size = input instanceof Blob ? input.size : input.length;
  if (size === 0) return refusal('empty-input');
  const { maxBytes } = limitsOf(options);
  let reading = true;
  const pieces = syncTextPieces(input, {
    maxBytes,
    signal: options.signal,
    onRead: (done, total) => {
      if (reading) options.onProgress?.({ phase: 'reading', done, total });
    },
  });
  try {
    return await checkSyncPieces(pieces, options, () => {
      reading = false;
    });
  } catch (error) {
    if (error instanceof StreamRefused) return refusal(error.code, error.bytes, error.max);
    throw error;
  }
}

/**
 * Checks a file's text as its pieces come (see `readSyncFile`): a version 2 file line by
 * line, each piece asked for only once the lines before it are checked; `linesStarted` is
 * called when the header line has been read.
 */
export async function checkSyncPieces(
  pieces: AsyncIterable<string>,
  options: ReadOptions,
  linesStarted: () => void = () => undefined,
): Promise<ParseSyncFileResult> {
  const now = options.now ?? Date.now();
  // Until the first line break: the pieces of the first line. For a file that is not
  // version 2 (no header line), every piece: it is read whole.
  const held: string[] = [];
  let whole = false;
  let reader: SyncLineReader | undefined;
  let carry = '';
  for await (const piece of pieces) {
    throwIfCancelled(options.signal);
    if (reader === undefined) {
      const end = whole ? -1 : piece.indexOf('\n');
      if (end < 0) {
        held.push(piece);
        continue;
      }
      const first = `${held.join('')}${piece.slice(0, end)}`.replace(/^\uFEFF/, '');
      const started = startLines(first, options);
      if (started === undefined) {
        whole = true;
        held.push(piece);
        continue;
      }
      if (!started.ok) return started;
      reader = started.reader;
      held.length = 0;
      linesStarted();
      carry = piece.slice(end + 1);
    } else {
      carry += piece;
    }
    let at = 0;
    for (;;) {
      const end = carry.indexOf('\n', at);
      if (end < 0) break;
      const refused = reader.add(carry.slice(at, end), false);
      if (refused) return refused;
      at = end + 1;
      const progress = reader.progress();
      if (progress) {
        options.onProgress?.(progress);
        await yieldToEventLoop();
        throwIfCancelled(options.signal);
      }
    }
    carry = carry.slice(at);
  }
  if (reader === undefined) return runSteps(parseSyncFileSteps(held.join(''), options), options);
  const refused = reader.add(carry, true);
  if (refused) return refused;
  return reader.finish(now);
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
