import { describe, expect, it } from 'vitest';
import { decodeText } from '@/lib/exchange/decode';

const bytes = (...values: number[]) => new Uint8Array(values);
const utf8 = (text: string) => new TextEncoder().encode(text);

describe('decoding an imported file', () => {
  it('reads UTF-8, with or without a byte-order mark', () => {
    expect(decodeText(utf8('Chloé;Zoë'))).toEqual({ ok: true, text: 'Chloé;Zoë', encoding: 'utf-8' });
    expect(decodeText(bytes(0xef, 0xbb, 0xbf, ...utf8('é')))).toEqual({
      ok: true,
      text: 'é',
      encoding: 'utf-8',
    });
  });

  it('refuses bytes that are not UTF-8 instead of turning them into U+FFFD', () => {
    // "Chlo\xe9" as a Windows-1252 spreadsheet writes it.
    expect(decodeText(bytes(0x43, 0x68, 0x6c, 0x6f, 0xe9))).toEqual({ ok: false });
  });

  it('falls back to Windows-1252 when asked, and says so', () => {
    expect(decodeText(bytes(0x43, 0x68, 0x6c, 0x6f, 0xe9, 0x20, 0x80), { fallback: 'windows-1252' })).toEqual(
      {
        ok: true,
        text: 'Chloé €',
        encoding: 'windows-1252',
      },
    );
  });

  it('reads UTF-16 text as Excel saves it (with its byte-order mark)', () => {
    expect(decodeText(bytes(0xff, 0xfe, 0x41, 0x00, 0xe9, 0x00))).toEqual({
      ok: true,
      text: 'Aé',
      encoding: 'utf-16le',
    });
    expect(decodeText(bytes(0xfe, 0xff, 0x00, 0x41))).toEqual({ ok: true, text: 'A', encoding: 'utf-16be' });
  });
});
