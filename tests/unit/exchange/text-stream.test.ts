import { describe, expect, it } from 'vitest';
import { addReport, applyLocalEdit, emptyReplica } from '@/lib/exchange/replica';
import type { Replica } from '@/lib/exchange/replica-schema';
import { checkSyncPieces, packText, readSyncFile } from '@/lib/exchange/sync-container';
import { createSyncFile, parseSyncFile, serializeSyncLines } from '@/lib/exchange/sync-file';
import { decodedText, StreamRefused, syncTextPieces } from '@/lib/exchange/text-stream';
import { hlc, makeReport, T0 } from './fixtures';

const NOW = T0 + 10_000;

async function* chunksOf(bytes: Uint8Array, cuts: readonly number[]): AsyncGenerator<Uint8Array> {
  let at = 0;
  for (const cut of [...cuts, bytes.length]) {
    yield bytes.slice(at, cut);
    at = cut;
  }
}

async function textOf(pieces: AsyncIterable<string>): Promise<string> {
  let text = '';
  for await (const piece of pieces) text += piece;
  return text;
}

const bytes = (...values: number[]) => new Uint8Array(values);

/** A file whose names and notes carry accents, symbols and emoji (characters of 2, 3 and 4 bytes). */
function file(count: number) {
  const replicas: Replica[] = [];
  for (let i = 0; i < count; i++) {
    const key = `instagram:c${i}`;
    let r = applyLocalEdit(emptyReplica(key), 'status', 'contacted', hlc('dev-a', 1000 + i));
    r = applyLocalEdit(r, 'displayName', `Zoë ✓ 🌿 n°${i}`, hlc('dev-a', 2000 + i));
    r = addReport(r, makeReport(key, T0));
    replicas.push(r);
  }
  return createSyncFile({ deviceId: 'dev-a', displayName: 'Chloé', exportedAt: T0 + 5000, replicas });
}

describe('a sync file read piece by piece', () => {
  it('decodes characters split between pieces whole, wherever the cut falls', async () => {
    const text = 'Zoë ✓ 🌿 — fin';
    const encoded = new TextEncoder().encode(text);
    for (let cut = 0; cut <= encoded.length; cut++) {
      expect(await textOf(decodedText(chunksOf(encoded, [cut])))).toBe(text);
    }
    // One byte at a time.
    const each = Array.from({ length: encoded.length - 1 }, (_, i) => i + 1);
    expect(await textOf(decodedText(chunksOf(encoded, each)))).toBe(text);
  });

  it('reads the encoding from a byte-order mark, even one split between pieces, and drops the mark', async () => {
    const utf8 = bytes(0xef, 0xbb, 0xbf, ...new TextEncoder().encode('é'));
    const utf16le = bytes(0xff, 0xfe, 0xe9, 0x00, 0x3b, 0x00);
    const utf16be = bytes(0xfe, 0xff, 0x00, 0xe9, 0x00, 0x3b);
    for (const cut of [1, 2, 3]) {
      expect(await textOf(decodedText(chunksOf(utf8, [cut])))).toBe('é');
      expect(await textOf(decodedText(chunksOf(utf16le, [cut])))).toBe('é;');
      expect(await textOf(decodedText(chunksOf(utf16be, [cut])))).toBe('é;');
    }
    expect(await textOf(decodedText(chunksOf(bytes(0x61), [])))).toBe('a');
    expect(await textOf(decodedText(chunksOf(bytes(), [])))).toBe('');
  });

  it('refuses bytes that are not UTF-8, and a character cut short at the end', async () => {
    const bad = [bytes(0x43, 0x68, 0x6c, 0x6f, 0xe9, 0x20), bytes(0x61, 0x62, 0xe2, 0x9c)];
    for (const b of bad) {
      await expect(textOf(decodedText(chunksOf(b, [2])))).rejects.toMatchObject({ code: 'not-utf8' });
    }
  });

  it('checks a packed file line by line to the same result as the whole text, lines cut anywhere', async () => {
    const f = file(3_000);
    const text = serializeSyncLines(f);
    const packed = await packText([text]);
    // The unpacked pieces cut lines (and characters) in the middle: many pieces, most cuts mid-line.
    const pieces: string[] = [];
    for await (const piece of syncTextPieces(packed, { maxBytes: 1e9 })) pieces.push(piece);
    expect(pieces.join('')).toBe(text);
    expect(pieces.length).toBeGreaterThan(3);
    expect(pieces.slice(0, -1).filter((p) => !p.endsWith('\n')).length).toBeGreaterThan(0);
    const read = await readSyncFile(packed, { now: NOW });
    expect(read).toEqual(parseSyncFile(text, { now: NOW }));
    expect(read.ok && read.file.entries.length).toBe(3_000);
  });

  it('checks the entries of each piece before asking for the next, and stops at the first bad one', async () => {
    const lines = serializeSyncLines(file(3_000)).split('\n');
    const text = lines.join('\n');
    // Pieces of about 40 lines, each cut 7 characters before a line's end.
    const cuts: number[] = [];
    for (let n = 40; n < lines.length; n += 40) cuts.push(lines.slice(0, n).join('\n').length - 7);
    const pulled: number[] = [];
    async function* pieces(source: string): AsyncGenerator<string> {
      let from = 0;
      for (const cut of [...cuts, source.length]) {
        pulled.push(cut);
        yield source.slice(from, cut);
        from = cut;
      }
    }
    const checkedAt: number[] = [];
    const read = await checkSyncPieces(pieces(text), {
      now: NOW,
      onProgress: (p) => {
        if (p.phase === 'checking') checkedAt.push(pulled.length);
      },
    });
    expect(read).toEqual(parseSyncFile(text, { now: NOW }));
    // The 500th entry is on the 13th piece (the header is line 1): checked before the 14th is asked for.
    expect(checkedAt[0]).toBe(13);
    expect(pulled.length).toBe(cuts.length + 1);

    pulled.length = 0;
    const bad = [...lines];
    bad[3] = '{"key":"instagram:c2", broken';
    const refused = await checkSyncPieces(pieces(bad.join('\n')), { now: NOW });
    expect(refused.ok ? undefined : refused.error).toMatchObject({
      code: 'invalid',
      params: { where: 'entries[2]' },
    });
    expect(pulled.length).toBe(1);
  });

  it('reads a file with no header line whole (version 1, hand-written), wherever its pieces are cut', async () => {
    const f = file(20);
    const v1 = JSON.stringify({ ...JSON.parse(JSON.stringify(f)), version: 1 }, null, 2);
    async function* pieces(): AsyncGenerator<string> {
      for (let at = 0; at < v1.length; at += 97) yield v1.slice(at, at + 97);
    }
    const read = await checkSyncPieces(pieces(), { now: NOW });
    expect(read.ok && read.file.entries).toEqual(f.entries);
  });

  it('refuses a file that unpacks past the limit as it unpacks, and one whose last line is cut short', async () => {
    const text = serializeSyncLines(file(3_000));
    const packed = await packText([text]);
    const tooLarge = await readSyncFile(packed, { now: NOW, limits: { maxBytes: 100_000 } });
    expect(tooLarge.ok ? undefined : tooLarge.error).toMatchObject({
      code: 'too-large',
      params: { max: 100_000 },
    });
    const cut = await readSyncFile(await packText([text.slice(0, text.length - 40)]), { now: NOW });
    expect(cut.ok ? undefined : cut.error).toMatchObject({
      code: 'incomplete',
      params: { n: 2_999, count: 3_000 },
    });
    await expect(textOf(syncTextPieces(await packText(['x']), { maxBytes: 0 }))).rejects.toBeInstanceOf(
      StreamRefused,
    );
  });
});
