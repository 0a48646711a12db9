import { bomEncoding } from './decode';

/**
 * A sync file's text as it is unpacked: the file's bytes, gunzipped when it is gzip (the
 * browser's own `DecompressionStream`), decoded strictly as they come, in pieces of text. A
 * byte-order mark says the encoding (UTF-8, or UTF-16 as Excel's "Unicode text" writes it);
 * otherwise the bytes must be valid UTF-8 (a decoder that replaced bad bytes would import
 * mangled names without a word). Unpacking stops past a limit: a small file that would unpack
 * into gigabytes is refused before it can exhaust memory.
 */

/** The first two bytes of every gzip file. */
export function isGzip(bytes: Uint8Array): boolean {
  return bytes.length >= 2 && bytes[0] === 0x1f && bytes[1] === 0x8b;
}

/** Why a file's container was refused before any of its text was checked. */
export type StreamRefusalCode = 'too-large' | 'incomplete' | 'not-utf8';

/** Thrown by the readers below: the file is refused whole (`bytes` and `max` for `too-large`). */
export class StreamRefused extends Error {
  override name = 'StreamRefused';
  constructor(
    readonly code: StreamRefusalCode,
    readonly bytes = 0,
    readonly max = 0,
  ) {
    super(`The file was refused: ${code}.`);
  }
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

export interface TextStreamOptions {
  /** Most bytes the file may unpack into. */
  maxBytes: number;
  signal?: AbortSignal;
  /** Bytes of the file read so far, of `total` (the compressed size for a gzip file). */
  onRead?(done: number, total: number): void;
}

/** Raw files are handed on in slices of this size (as a gzip file's unpacked bytes come). */
const RAW_SLICE = 1 << 20;

async function head(input: Blob | Uint8Array): Promise<Uint8Array> {
  return input instanceof Uint8Array
    ? input.subarray(0, 2)
    : new Uint8Array(await input.slice(0, 2).arrayBuffer());
}

/** The file's bytes, unpacked when it is gzip; throws `StreamRefused` past `maxBytes` or when cut short. */
export async function* unpackedBytes(
  input: Blob | Uint8Array,
  options: TextStreamOptions,
): AsyncGenerator<Uint8Array> {
  const size = input instanceof Blob ? input.size : input.length;
  if (!isGzip(await head(input))) {
    if (size > options.maxBytes) throw new StreamRefused('too-large', size, options.maxBytes);
    const bytes = input instanceof Uint8Array ? input : new Uint8Array(await input.arrayBuffer());
    for (let at = 0; at < bytes.length; at += RAW_SLICE) {
      throwIfCancelled(options.signal);
      const slice = bytes.subarray(at, at + RAW_SLICE);
      options.onRead?.(at + slice.length, size);
      yield slice;
    }
    return;
  }
  const source = input instanceof Blob ? input : new Blob([input as Uint8Array<ArrayBuffer>]);
  let read = 0;
  const counted = source.stream().pipeThrough(
    new TransformStream<Uint8Array, Uint8Array>({
      transform(chunk, controller) {
        read += chunk.length;
        options.onRead?.(read, size);
        controller.enqueue(chunk);
      },
    }),
  );
  const reader = counted
    .pipeThrough(new DecompressionStream('gzip') as unknown as TransformStream<Uint8Array, Uint8Array>)
    .getReader();
  let total = 0;
  try {
    for (;;) {
      throwIfCancelled(options.signal);
      let next: ReadableStreamReadResult<Uint8Array>;
      try {
        next = await reader.read();
      } catch {
        // Cut short or damaged: the gzip check fails.
        throw new StreamRefused('incomplete');
      }
      if (next.done) return;
      total += next.value.length;
      if (total > options.maxBytes) throw new StreamRefused('too-large', total, options.maxBytes);
      yield next.value;
    }
  } finally {
    await reader.cancel().catch(() => undefined);
  }
}

/**
 * Bytes decoded strictly, piece by piece, as they come (a character split between two
 * pieces is decoded whole); the byte-order mark, which says the encoding (`bomEncoding`, as
 * for any imported file), is dropped. Throws `StreamRefused('not-utf8')` at the first byte
 * that is not valid in the encoding.
 */
export async function* decodedText(chunks: AsyncIterable<Uint8Array>): AsyncGenerator<string> {
  let decoder: TextDecoder | undefined;
  // Bytes held until there are three: enough to read a byte-order mark.
  let pending: Uint8Array | undefined;
  const decode = (bytes: Uint8Array, stream: boolean): string => {
    decoder ??= new TextDecoder(bomEncoding(bytes)?.encoding ?? 'utf-8', { fatal: true });
    try {
      return decoder.decode(bytes, { stream });
    } catch {
      throw new StreamRefused('not-utf8');
    }
  };
  for await (const chunk of chunks) {
    let bytes = chunk;
    if (pending) {
      bytes = new Uint8Array(pending.length + chunk.length);
      bytes.set(pending);
      bytes.set(chunk, pending.length);
      pending = undefined;
    }
    if (!decoder && bytes.length < 3) {
      pending = bytes;
      continue;
    }
    const text = decode(bytes, true);
    if (text !== '') yield text;
  }
  const rest = decode(pending ?? new Uint8Array(0), false);
  if (rest !== '') yield rest;
}

/** A sync file's text, piece by piece: unpacked, decoded, refused whole on the first problem. */
export function syncTextPieces(input: Blob | Uint8Array, options: TextStreamOptions): AsyncGenerator<string> {
  return decodedText(unpackedBytes(input, options));
}
