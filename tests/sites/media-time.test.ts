import { describe, expect, it } from 'vitest';
import { instagramTimeFromPk, tiktokTimeFromId } from '@/lib/sites/media-time';

const IG_EPOCH = 1_314_220_021_721n;

describe('instagramTimeFromPk', () => {
  // A pk is (ms since Instagram's epoch) << 23, with shard and sequence bits below.
  const at = Date.UTC(2025, 4, 31, 4); // 2025-05-31T04:00Z
  const pk = ((BigInt(at) - IG_EPOCH) << 23n) | 0x0c0den;

  it('reads the creation time from the top 41 bits, whatever the low bits', () => {
    expect(instagramTimeFromPk(pk.toString())).toBe(at);
    expect(instagramTimeFromPk((pk | 0x7fffffn).toString())).toBe(at);
  });

  it('accepts the `pk_ownerId` form of a media id', () => {
    expect(instagramTimeFromPk(`${pk}_7100000001`)).toBe(at);
  });

  it('refuses what is not a media id, and a time after `notAfter`', () => {
    for (const value of [undefined, null, '', 'DbDLvg5udRI', '12.5', '-3', {}, 42]) {
      expect(instagramTimeFromPk(value)).toBeUndefined();
    }
    expect(instagramTimeFromPk(pk.toString(), at - 1)).toBeUndefined();
    expect(instagramTimeFromPk(pk.toString(), at)).toBe(at);
  });
});

describe('tiktokTimeFromId', () => {
  // A video id is (Unix seconds) << 32, with other bits below.
  const seconds = 1_748_390_400; // 2025-05-28T00:00Z
  const id = (BigInt(seconds) << 32n) | 0x1b22aa01n;

  it('reads the creation time from the top 32 bits', () => {
    expect(tiktokTimeFromId(id.toString())).toBe(seconds * 1000);
  });

  it('refuses ids from before TikTok, junk and times after `notAfter`', () => {
    expect(tiktokTimeFromId('7400000000000000002')).toBe(1_722_946_763_000);
    expect(tiktokTimeFromId('123456')).toBeUndefined();
    expect(tiktokTimeFromId('abc')).toBeUndefined();
    expect(tiktokTimeFromId((1n << 64n).toString())).toBeUndefined();
    expect(tiktokTimeFromId(id.toString(), seconds * 1000 - 1)).toBeUndefined();
  });
});
