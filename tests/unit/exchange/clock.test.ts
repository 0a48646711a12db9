import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ClockError,
  compareHlc,
  compareHlcStrings,
  decodeHlc,
  encodeHlc,
  type Hlc,
  initialHlc,
  isTooFarAhead,
  MAX_CLOCK_AHEAD_MS,
  MAX_COUNTER,
  MAX_WALL_MS,
  readStoredClock,
  receive,
  tick,
} from '@/lib/exchange/clock';

const RUNS = { numRuns: 1000 };

const hlcArb: fc.Arbitrary<Hlc> = fc.record({
  wallMs: fc.oneof(fc.integer({ min: 0, max: 3 }), fc.integer({ min: 0, max: MAX_WALL_MS })),
  counter: fc.oneof(fc.integer({ min: 0, max: 3 }), fc.integer({ min: 0, max: MAX_COUNTER })),
  node: fc.stringMatching(/^[\x21-\x7e]{1,12}$/),
});

describe('tick', () => {
  it('takes the wall clock when it has moved on', () => {
    expect(tick({ wallMs: 1000, counter: 7, node: 'a' }, 2000)).toEqual({
      wallMs: 2000,
      counter: 0,
      node: 'a',
    });
  });

  it('counts up within one millisecond', () => {
    expect(tick({ wallMs: 1000, counter: 7, node: 'a' }, 1000)).toEqual({
      wallMs: 1000,
      counter: 8,
      node: 'a',
    });
  });

  it('keeps moving forward when the wall clock goes back', () => {
    expect(tick({ wallMs: 5000, counter: 0, node: 'a' }, 1000)).toEqual({
      wallMs: 5000,
      counter: 1,
      node: 'a',
    });
  });

  it('moves to the next millisecond when the counter is full', () => {
    expect(tick({ wallMs: 5000, counter: MAX_COUNTER, node: 'a' }, 1000)).toEqual({
      wallMs: 5001,
      counter: 0,
      node: 'a',
    });
  });

  it('always gives a later timestamp than the last one', () => {
    fc.assert(
      fc.property(hlcArb, fc.integer({ min: 0, max: MAX_WALL_MS - 1 }), (local, now) => {
        fc.pre(local.wallMs < MAX_WALL_MS);
        expect(compareHlc(tick(local, now), local)).toBe(1);
      }),
      RUNS,
    );
  });
});

describe('receive', () => {
  it('moves ahead of a teammate whose clock runs ahead', () => {
    const local = { wallMs: 1000, counter: 0, node: 'a' };
    const remote = { wallMs: 9000, counter: 4, node: 'b' };
    expect(receive(local, remote, 1500)).toEqual({ wallMs: 9000, counter: 5, node: 'a' });
  });

  it('takes the wall clock when it is ahead of both', () => {
    const local = { wallMs: 1000, counter: 3, node: 'a' };
    expect(receive(local, { wallMs: 2000, counter: 9, node: 'b' }, 3000)).toEqual({
      wallMs: 3000,
      counter: 0,
      node: 'a',
    });
  });

  it('is later than both the local and the remote timestamp, and keeps the local device id', () => {
    fc.assert(
      fc.property(hlcArb, hlcArb, fc.integer({ min: 0, max: MAX_WALL_MS - 1 }), (local, remote, now) => {
        fc.pre(local.wallMs < MAX_WALL_MS && remote.wallMs < MAX_WALL_MS);
        const next = receive(local, remote, now);
        expect(compareHlc(next, local)).toBe(1);
        expect(
          next.wallMs > remote.wallMs || (next.wallMs === remote.wallMs && next.counter > remote.counter),
        ).toBe(true);
        expect(next.node).toBe(local.node);
      }),
      RUNS,
    );
  });
});

describe('compareHlc', () => {
  it('orders by wall time, then counter, then device id', () => {
    expect(compareHlc({ wallMs: 2, counter: 0, node: 'a' }, { wallMs: 1, counter: 9, node: 'z' })).toBe(1);
    expect(compareHlc({ wallMs: 1, counter: 1, node: 'a' }, { wallMs: 1, counter: 0, node: 'z' })).toBe(1);
    expect(compareHlc({ wallMs: 1, counter: 0, node: 'a' }, { wallMs: 1, counter: 0, node: 'b' })).toBe(-1);
    expect(compareHlc({ wallMs: 1, counter: 0, node: 'a' }, { wallMs: 1, counter: 0, node: 'a' })).toBe(0);
  });

  it('agrees with the string order of the encoding', () => {
    fc.assert(
      fc.property(hlcArb, hlcArb, (a, b) => {
        expect(compareHlcStrings(encodeHlc(a), encodeHlc(b))).toBe(compareHlc(a, b));
      }),
      RUNS,
    );
  });
});

describe('encodeHlc and decodeHlc', () => {
  it('write a fixed-width, readable string', () => {
    expect(encodeHlc({ wallMs: 1_740_819_600_000, counter: 3, node: 'dev-a' })).toBe(
      '001740819600000-0000000003-dev-a',
    );
  });

  it('round-trip every valid timestamp', () => {
    fc.assert(
      fc.property(hlcArb, (hlc) => {
        expect(decodeHlc(encodeHlc(hlc))).toEqual(hlc);
      }),
      RUNS,
    );
  });

  it('decode nothing from text that is not a timestamp', () => {
    expect(decodeHlc('')).toBeUndefined();
    expect(decodeHlc('1740819600000-3-dev-a')).toBeUndefined();
    expect(decodeHlc('001740819600000-0000000003-')).toBeUndefined();
    expect(decodeHlc('001740819600000-0000000003-has space')).toBeUndefined();
  });
});

describe('initialHlc', () => {
  it('starts at zero for a valid device id and refuses an invalid one', () => {
    expect(initialHlc('3f2a9c1e-0000-4000-8000-000000000000')).toEqual({
      wallMs: 0,
      counter: 0,
      node: '3f2a9c1e-0000-4000-8000-000000000000',
    });
    expect(() => initialHlc('')).toThrow(/device id/);
    expect(() => initialHlc('with space')).toThrow(/device id/);
  });
});

describe('the clock never passes what it can write', () => {
  it('refuses to tick or receive past the encodable maximum instead of wrapping to an unreadable value', () => {
    const full = { wallMs: MAX_WALL_MS, counter: MAX_COUNTER, node: 'a' };
    expect(() => tick(full, 0)).toThrow(ClockError);
    expect(() => receive({ wallMs: 0, counter: 0, node: 'a' }, { ...full, node: '~' }, 0)).toThrow(
      ClockError,
    );
    // Every value it does hand out can be written and read back.
    fc.assert(
      fc.property(hlcArb, hlcArb, fc.integer({ min: 0, max: MAX_WALL_MS }), (local, remote, now) => {
        let next: ReturnType<typeof tick> | undefined;
        try {
          next = receive(local, remote, now);
        } catch (error) {
          expect(error).toBeInstanceOf(ClockError);
          return;
        }
        expect(decodeHlc(encodeHlc(next))).toEqual(next);
      }),
      RUNS,
    );
  });

  it('reads a stored clock, starts one that was never stored, and refuses one it cannot read', () => {
    expect(readStoredClock(undefined, 'me')).toEqual({ wallMs: 0, counter: 0, node: 'me' });
    expect(readStoredClock('001740819600000-0000000003-other', 'me')).toEqual({
      wallMs: 1_740_819_600_000,
      counter: 3,
      node: 'me',
    });
    for (const damaged of ['1000000000000000-0000000000-me', 'garbage', 42, {}]) {
      expect(() => readStoredClock(damaged, 'me')).toThrow(ClockError);
    }
  });

  it('calls a clock value more than 24 hours ahead of now too far ahead, and not one just within', () => {
    const now = 1_740_819_600_000;
    const day = MAX_CLOCK_AHEAD_MS;
    expect(isTooFarAhead(encodeHlc({ wallMs: now + day, counter: MAX_COUNTER, node: '~' }), now)).toBe(false);
    expect(isTooFarAhead(encodeHlc({ wallMs: now + day + 1, counter: 0, node: '!' }), now)).toBe(true);
    expect(isTooFarAhead('999999999999999-9999999999-~', now)).toBe(true);
  });
});
