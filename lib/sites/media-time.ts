/**
 * Creation times encoded in the sites' own ids, for posts whose payload carries no timestamp
 * (a real Instagram Reels-tab response has no `taken_at`). Both ids are 64-bit numbers sent as
 * decimal strings, so they are read with BigInt; anything else gives undefined.
 */

/** Instagram's id epoch (2011-08-24T21:07:01.721Z): media ids count milliseconds from it. */
const INSTAGRAM_EPOCH_MS = 1_314_220_021_721n;
/** TikTok launched worldwide in 2016-09; an id decoding to earlier is not a video id. */
const TIKTOK_EARLIEST_MS = Date.UTC(2016, 8, 1);

function bigId(value: unknown): bigint | undefined {
  const text = typeof value === 'number' && Number.isSafeInteger(value) ? String(value) : value;
  if (typeof text !== 'string') return undefined;
  // A media id may come as "pk_ownerId" (`id` field of Instagram media): the pk is the first part.
  const digits = /^(\d{1,20})(?:_\d+)?$/.exec(text.trim())?.[1];
  return digits === undefined ? undefined : BigInt(digits);
}

/**
 * An Instagram media pk's creation time in epoch ms: the top 41 bits of the 64-bit id are
 * milliseconds since Instagram's epoch (`(pk >> 23) + 1314220021721`). Undefined for anything
 * that is not such an id, or that decodes to a time after `notAfter`.
 */
export function instagramTimeFromPk(pk: unknown, notAfter = Number.POSITIVE_INFINITY): number | undefined {
  const id = bigId(pk);
  if (id === undefined || id < 1n << 23n) return undefined;
  const ms = Number((id >> 23n) + INSTAGRAM_EPOCH_MS);
  return Number.isSafeInteger(ms) && ms <= notAfter ? ms : undefined;
}

/**
 * A TikTok video (or photo post) id's creation time in epoch ms: the top 32 bits of the 64-bit
 * id are Unix seconds. Undefined for anything that is not such an id, or outside 2016-09 … `notAfter`.
 */
export function tiktokTimeFromId(videoId: unknown, notAfter = Number.POSITIVE_INFINITY): number | undefined {
  const id = bigId(videoId);
  if (id === undefined || id >= 1n << 64n) return undefined;
  const ms = Number(id >> 32n) * 1000;
  return ms >= TIKTOK_EARLIEST_MS && ms <= notAfter ? ms : undefined;
}
