import { describe, expect, it } from 'vitest';
import { afterFirstPaint, type FrameClock } from '@/components/first-paint';

/** A clock whose frames, paint reports and timers run only when the test says so. */
function manualClock({ startsHidden = false, paintTiming = true } = {}) {
  const frames: (() => void)[] = [];
  const paints: (() => void)[] = [];
  const timers: { at: number; run: () => void }[] = [];
  const hiddenListeners: (() => void)[] = [];
  let now = 0;
  let hidden = startsHidden;
  const clock: FrameClock = {
    requestAnimationFrame: (callback) => frames.push(callback),
    setTimeout: (callback, ms) => timers.push({ at: now + ms, run: callback }),
    hidden: () => hidden,
    onHidden: (callback) => hiddenListeners.push(callback),
    onFirstContentfulPaint: (callback) => {
      if (!paintTiming) return false;
      paints.push(callback);
      return true;
    },
  };
  return {
    clock,
    /** The browser draws a frame: its animation-frame callbacks run. */
    frame() {
      for (const callback of frames.splice(0)) callback();
    },
    /** The browser reports the first contentful paint (the frame is on screen). */
    painted() {
      for (const callback of paints.splice(0)) callback();
    },
    /** The page is hidden (the user switched away): frames stop. */
    hide() {
      hidden = true;
      for (const callback of hiddenListeners.splice(0)) callback();
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

const settled = async (promise: Promise<unknown>) => {
  let done = false;
  void promise.then(() => {
    done = true;
  });
  await Promise.resolve();
  await Promise.resolve();
  return done;
};

describe('afterFirstPaint', () => {
  it('waits for the browser to report the first contentful paint, then for the task after it', async () => {
    const t = manualClock();
    const painted = afterFirstPaint(t.clock, 2_000);
    t.advance(0);
    // A frame handed over is not yet a frame on screen.
    t.frame();
    t.advance(0);
    expect(await settled(painted)).toBe(false);
    t.painted();
    expect(await settled(painted)).toBe(false);
    t.advance(0);
    await expect(painted).resolves.toBe('painted');
  });

  it('waits for the next frame, then for the task after it, where paint timing is not available', async () => {
    const t = manualClock({ paintTiming: false });
    const painted = afterFirstPaint(t.clock, 2_000);
    t.advance(0);
    expect(await settled(painted)).toBe(false);
    t.frame();
    expect(await settled(painted)).toBe(false);
    t.advance(0);
    await expect(painted).resolves.toBe('frame');
  });

  it('keeps waiting for a visible page that is slow to paint', async () => {
    // A slow machine drew the popup's first frame 150–250 ms after its start: a short delay
    // that loads the app anyway would hold that paint back by the app's whole evaluation.
    const t = manualClock();
    const painted = afterFirstPaint(t.clock, 2_000);
    t.advance(400);
    expect(await settled(painted)).toBe(false);
    t.painted();
    t.advance(0);
    await expect(painted).resolves.toBe('painted');
  });

  it('does not wait in a page hidden from the start, which draws no frames', async () => {
    const t = manualClock({ startsHidden: true });
    const painted = afterFirstPaint(t.clock, 2_000);
    t.advance(0);
    await expect(painted).resolves.toBe('hidden');
  });

  it('stops waiting when the page is hidden before its paint, and only once', async () => {
    const t = manualClock();
    const painted = afterFirstPaint(t.clock, 2_000);
    t.advance(50);
    expect(await settled(painted)).toBe(false);
    t.hide();
    expect(await settled(painted)).toBe(true);
    // A late paint and the safety delay change nothing.
    t.painted();
    t.advance(3_000);
    await expect(painted).resolves.toBe('hidden');
  });

  it('gives up after the safety delay when a visible page never paints', async () => {
    const t = manualClock();
    const painted = afterFirstPaint(t.clock, 2_000);
    t.advance(1_999);
    expect(await settled(painted)).toBe(false);
    t.advance(1);
    await expect(painted).resolves.toBe('timeout');
  });
});
