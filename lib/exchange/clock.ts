import { z } from 'zod';
import { AppFailure } from '../result';

/**
 * Hybrid logical clock (Kulkarni et al., 2014). Every edit carries one; the later one wins a
 * merge. `wallMs` follows the device's wall clock, `counter` orders events within the same
 * millisecond and keeps causality when a teammate's clock runs ahead, `node` (the device id)
 * breaks the remaining ties so that any two timestamps from different devices are ordered.
 */
/** Fixed widths make the string encoding sort exactly like `compareHlc`. */
const WALL_DIGITS = 15;
const COUNTER_DIGITS = 10;
/** 999 999 999 999 999 ms is the year 33658: far enough. */
export const MAX_WALL_MS = 10 ** WALL_DIGITS - 1;
export const MAX_COUNTER = 10 ** COUNTER_DIGITS - 1;
/** Device ids: 1–64 printable ASCII characters without spaces (a UUID fits). */
export const NODE_ID_PATTERN = /^[\x21-\x7e]{1,64}$/;

export const NodeIdSchema = z.string().refine((id) => NODE_ID_PATTERN.test(id), {
  message: 'a device id is 1–64 printable ASCII characters',
  params: { problem: 'device' },
});

/**
 * Hybrid logical clock (Kulkarni et al., 2014). Every edit carries one; the later one wins a
 * merge. `wallMs` follows the device's wall clock, `counter` orders events within the same
 * millisecond and keeps causality when a teammate's clock runs ahead, `node` (the device id)
 * breaks the remaining ties so that any two timestamps from different devices are ordered.
 */
const HlcSchema = z.object({
  wallMs: z.number().int().min(0).max(MAX_WALL_MS),
  counter: z.number().int().min(0).max(MAX_COUNTER),
  node: NodeIdSchema,
});
export type Hlc = Readonly<z.output<typeof HlcSchema>>;

/** `"<wallMs, 15 digits>-<counter, 10 digits>-<node>"`: string order is HLC order. */
export type HlcString = string;
const HLC_STRING = /^(\d{15})-(\d{10})-([\x21-\x7e]{1,64})$/;

export const HlcStringSchema = z.string().refine((text) => HLC_STRING.test(text), {
  message: 'a clock value looks like 001700000000000-0000000000-device',
  params: { problem: 'clock' },
});

/** The clock of a device that has not seen any event yet. */
export function initialHlc(node: string): Hlc {
  if (!NODE_ID_PATTERN.test(node)) throw new Error(`Invalid device id for a clock: ${JSON.stringify(node)}`);
  return { wallMs: 0, counter: 0, node };
}

/** Thrown rather than handing out a clock value the encoding cannot hold (it would sort wrong). */
export class ClockError extends AppFailure {
  override name = 'ClockError';
  constructor(kind: 'damaged' | 'exhausted', detail: string) {
    super({ code: kind === 'damaged' ? 'clock-damaged' : 'clock-exhausted' }, { message: detail });
  }
}

/**
 * Keeps the counter within its encoded width: past the maximum, time moves on one
 * millisecond. The wall time never passes `MAX_WALL_MS`: a clock there is exhausted, an
 * error, never a silent restart at zero. (Remote clocks are bounded to a day ahead of now
 * before they reach `receive`, so only a device clock set to the year 33658 gets here.)
 */
function normalized(wallMs: number, counter: number, node: string): Hlc {
  if (counter <= MAX_COUNTER) return { wallMs, counter, node };
  if (wallMs >= MAX_WALL_MS)
    throw new ClockError('exhausted', 'The clock has reached the largest time it can write.');
  return { wallMs: wallMs + 1, counter: 0, node };
}

/** How far ahead of this device's time a teammate's clock value may be: one day. */
export const MAX_CLOCK_AHEAD_MS = 24 * 60 * 60 * 1000;

/**
 * The first encoded clock value that is too far ahead of `nowMs` to accept from a file:
 * `hlc >= clockLimit(now)` (string order) means its wall time is more than a day ahead.
 */
export function clockLimit(nowMs: number): HlcString {
  const limit = Math.min(MAX_WALL_MS, wallOf(nowMs) + MAX_CLOCK_AHEAD_MS + 1);
  return String(limit).padStart(WALL_DIGITS, '0');
}

/** True when an encoded clock value is more than a day ahead of `nowMs`. */
export function isTooFarAhead(hlc: HlcString, nowMs: number): boolean {
  return hlc >= clockLimit(nowMs);
}

/**
 * The clock stored on this device. Never stored yet: the initial clock. Stored but not
 * readable: an error (restarting at zero would make every later edit lose to older ones).
 */
export function readStoredClock(stored: unknown, node: string): Hlc {
  if (stored === undefined || stored === null) return initialHlc(node);
  const decoded = typeof stored === 'string' ? decodeHlc(stored) : undefined;
  if (decoded === undefined) {
    throw new ClockError(
      'damaged',
      `The shortlist clock stored in this browser cannot be read (${JSON.stringify(String(stored).slice(0, 40))}).`,
    );
  }
  return { ...decoded, node };
}

function wallOf(nowMs: number): number {
  if (!Number.isFinite(nowMs)) return 0;
  return Math.min(MAX_WALL_MS, Math.max(0, Math.floor(nowMs)));
}

/** The timestamp of a new local event (an edit, an export), strictly after `local`. */
export function tick(local: Hlc, nowMs: number): Hlc {
  const now = wallOf(nowMs);
  if (now > local.wallMs) return { wallMs: now, counter: 0, node: local.node };
  return normalized(local.wallMs, local.counter + 1, local.node);
}

/**
 * The local clock after seeing a remote timestamp (on import): strictly after both `local`
 * and `remote`, so every later local edit beats everything imported so far.
 */
export function receive(local: Hlc, remote: Hlc, nowMs: number): Hlc {
  const now = wallOf(nowMs);
  const wallMs = Math.max(now, local.wallMs, remote.wallMs);
  if (wallMs === local.wallMs && wallMs === remote.wallMs) {
    return normalized(wallMs, Math.max(local.counter, remote.counter) + 1, local.node);
  }
  if (wallMs === local.wallMs) return normalized(wallMs, local.counter + 1, local.node);
  if (wallMs === remote.wallMs) return normalized(wallMs, remote.counter + 1, local.node);
  return { wallMs, counter: 0, node: local.node };
}

/** Total order: wall time, then counter, then device id (code-unit order, as the string encoding). */
export function compareHlc(a: Hlc, b: Hlc): -1 | 0 | 1 {
  if (a.wallMs !== b.wallMs) return a.wallMs < b.wallMs ? -1 : 1;
  if (a.counter !== b.counter) return a.counter < b.counter ? -1 : 1;
  if (a.node !== b.node) return a.node < b.node ? -1 : 1;
  return 0;
}

export function encodeHlc(hlc: Hlc): HlcString {
  return `${String(hlc.wallMs).padStart(WALL_DIGITS, '0')}-${String(hlc.counter).padStart(COUNTER_DIGITS, '0')}-${hlc.node}`;
}

/** The clock value of an encoded string, or `undefined` when it is not one. */
export function decodeHlc(text: string): Hlc | undefined {
  const match = HLC_STRING.exec(text);
  if (!match) return undefined;
  const [, wall, counter, node] = match;
  if (wall === undefined || counter === undefined || node === undefined) return undefined;
  return { wallMs: Number(wall), counter: Number(counter), node };
}

/** Compares two encoded clock values; same result as `compareHlc` on the decoded values. */
export function compareHlcStrings(a: HlcString, b: HlcString): -1 | 0 | 1 {
  if (a === b) return 0;
  return a < b ? -1 : 1;
}
