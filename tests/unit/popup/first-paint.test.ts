import { describe, expect, it } from 'vitest';
import { afterFirstPaint, type FrameClock } from '../../../components/first-paint';

/** A clock whose frames and timers run only when the test says so. */
function manualClock() {
  const frames: (() => void)[] = [];
  const timers: { at: number; run: () => void }[] = [];
  let now = 0;
  const clock: FrameClock = {
    requestAnimationFrame: (callback) => frames.push(callback),
    setTimeout: (callback, ms) => timers.push({ at: now + ms, run: callback }),
  };
  return {
    clock,
    /** The browser draws a frame: its animation-frame callbacks run. */
    frame() {
      for (const callback of frames.splice(0)) callback();
    },
    /** Time passes: due timers run, in order. */
    advance(ms: number) {
      now += ms;
      for (;;) {
        timers.sort((a, b) => a.at - b.at);
        const next = timers[0];
        if (!next || next.at > now) break;
        timers.shift();
        next.run();
      }
    },
  };
}

const settled = async (promise: Promise<void>) => {
  let done = false;
  void promise.then(() => {
    done = true;
  });
  await Promise.resolve();
  await Promise.resolve();
  return done;
};

describe('afterFirstPaint', () => {
  it('waits for the next frame, then for the task after it', async () => {
    const t = manualClock();
    const painted = afterFirstPaint(t.clock, 100);
    t.advance(0);
    expect(await settled(painted)).toBe(false);
    t.frame();
    expect(await settled(painted)).toBe(false);
    t.advance(0);
    expect(await settled(painted)).toBe(true);
  });

  it('resolves after the fallback when no frame comes (a hidden page), and only once', async () => {
    const t = manualClock();
    const painted = afterFirstPaint(t.clock, 100);
    t.advance(99);
    expect(await settled(painted)).toBe(false);
    t.advance(1);
    expect(await settled(painted)).toBe(true);
    // A late frame changes nothing.
    t.frame();
    t.advance(0);
    await expect(painted).resolves.toBeUndefined();
  });
});
