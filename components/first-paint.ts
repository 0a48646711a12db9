/** What `afterFirstPaint` needs of the window (a test passes its own). */
export interface FrameClock {
  requestAnimationFrame(callback: () => void): unknown;
  setTimeout(callback: () => void, ms: number): unknown;
}

/**
 * Resolves once the page has painted the frame that follows this call: a task queued from an
 * animation-frame callback runs after that frame's rendering. A page that draws no frames (a
 * hidden tab) resolves after `fallbackMs` instead, so nothing waits forever.
 *
 * Why: a page whose inline shell should show at once and whose app takes a long task to load
 * (the popup: React, the schemas and both languages' texts) lets the shell paint first, instead
 * of evaluating the app before the browser's first frame.
 */
export function afterFirstPaint(clock: FrameClock, fallbackMs = 100): Promise<void> {
  return new Promise((resolve) => {
    let done = false;
    const finish = () => {
      if (done) return;
      done = true;
      resolve();
    };
    clock.requestAnimationFrame(() => clock.setTimeout(finish, 0));
    clock.setTimeout(finish, fallbackMs);
  });
}
