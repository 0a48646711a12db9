/**
 * Bytes of an imported file as text. A byte-order mark says the encoding (UTF-8, UTF-16 as
 * Excel's “Unicode text” writes it); otherwise the bytes must be valid UTF-8: a decoder that
 * replaced bad bytes with U+FFFD would import mangled names and notes without a word. CSV
 * files that are not UTF-8 come, in practice, from a Western European Excel: they are read
 * as Windows-1252, and the caller says so to the user.
 */
export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export type DecodedText = { ok: true; text: string; encoding: TextEncodingName } | { ok: false };

/** The encoding a byte-order mark at the start of the bytes names, and the mark's length. */
export function bomEncoding(
  bytes: Uint8Array,
): { encoding: 'utf-8' | 'utf-16le' | 'utf-16be'; length: number } | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'utf-8', length: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', length: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', length: 2 };
  return undefined;
}

function decode(bytes: Uint8Array, encoding: TextEncodingName, skip = 0): string | undefined {
  try {
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes.subarray(skip));
  } catch {
    return undefined;
  }
}

function result(text: string | undefined, encoding: TextEncodingName): DecodedText {
  return text === undefined ? { ok: false } : { ok: true, text, encoding };
}

/**
 * Decodes strictly. With `fallback: 'windows-1252'`, bytes that are not UTF-8 (and carry no
 * byte-order mark) are read as Windows-1252 instead of refused.
 */
export function decodeText(bytes: Uint8Array, options: { fallback?: 'windows-1252' } = {}): DecodedText {
  const marked = bomEncoding(bytes);
  if (marked) return result(decode(bytes, marked.encoding, marked.length), marked.encoding);
  const utf8 = decode(bytes, 'utf-8');
  if (utf8 !== undefined) return { ok: true, text: utf8, encoding: 'utf-8' };
  if (options.fallback === 'windows-1252')
    return { ok: true, text: decodeWindows1252(bytes), encoding: 'windows-1252' };
  return { ok: false };
}

/** Windows-1252 characters of bytes 0x80–0x9F (WHATWG encoding table; five bytes map to C1 controls). */
const CP1252_HIGH = [
  0x20ac, 0x81, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8d,
  0x017d, 0x8f, 0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a,
  0x0153, 0x9d, 0x017e, 0x0178,
];

/**
 * Windows-1252 maps every byte to a character, so it cannot fail. Written out rather than
 * left to `TextDecoder`, which some runtimes (Node built without full ICU) read as Latin-1,
 * turning `€` and curly quotes into control characters.
 */
function decodeWindows1252(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 8192) {
    const chunk = bytes.subarray(i, i + 8192);
    const codes = Array.from(chunk, (b) => (b >= 0x80 && b <= 0x9f ? (CP1252_HIGH[b - 0x80] as number) : b));
    out += String.fromCharCode(...codes);
  }
  return out;
}
