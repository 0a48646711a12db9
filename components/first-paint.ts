/** What `afterFirstPaint` needs of the page (a test passes its own). */
export interface FrameClock {
  requestAnimationFrame(callback: () => void): unknown;
  setTimeout(callback: () => void, ms: number): unknown;
  /** True while the page is hidden: a hidden page draws no frames. */
  hidden(): boolean;
  /** Calls `callback` once the page is hidden (its frames stop then). */
  onHidden(callback: () => void): void;
  /**
   * Calls `callback` once the browser reports the page's first contentful paint (the frame
   * presented on screen); returns false, calling nothing, where paint timing is not available.
   */
  onFirstContentfulPaint(callback: () => void): boolean;
}

/**
 * How the wait ended: the browser reported the first contentful paint ('painted'), the next
 * frame was drawn where paint timing is not available ('frame'), the page was or became hidden,
 * or the safety delay ran out.
 */
export type FirstPaintWait = 'painted' | 'frame' | 'hidden' | 'timeout';

/** A visible page that has drawn no frame by then is stuck elsewhere; its app loads anyway. */
export const FIRST_PAINT_SAFETY_MS = 2_000;

/** The clock of a real page. */
export function pageClock(win: Window): FrameClock {
  return {
    requestAnimationFrame: (callback) => win.requestAnimationFrame(callback),
    setTimeout: (callback, ms) => win.setTimeout(callback, ms),
    hidden: () => win.document.visibilityState === 'hidden',
    onHidden: (callback) => {
      const listener = () => {
        if (win.document.visibilityState !== 'hidden') return;
        win.document.removeEventListener('visibilitychange', listener);
        callback();
      };
      win.document.addEventListener('visibilitychange', listener);
    },
    onFirstContentfulPaint: (callback) => {
      const Observer = (win as Window & typeof globalThis).PerformanceObserver;
      if (!Observer?.supportedEntryTypes?.includes('paint')) return false;
      const observer = new Observer((list) => {
        if (!list.getEntries().some((entry) => entry.name === 'first-contentful-paint')) return;
        observer.disconnect();
        callback();
      });
      observer.observe({ type: 'paint', buffered: true });
      return true;
    },
  };
}

/**
 * Resolves once the page's first contentful paint is on screen, as the browser reports it (where
 * it does not, once the frame that follows this call is drawn: a task queued from an
 * animation-frame callback runs after that frame's rendering). A hidden page draws no frames: it
 * resolves at once when hidden from the start, and as soon as it is hidden later.
 *
 * Why: a page whose inline shell should show at once and whose app takes a long task to load
 * (the popup: React, the schemas and both languages' texts) lets the shell paint first, instead
 * of evaluating the app before the browser's first frame. Two ways that evaluation could still
 * come first are closed: a visible page is never given up on after a short delay (on a slow
 * machine the first frame can come 150–250 ms after the page's start), and the wait ends when
 * the frame has been presented, not when the page handed it over (on two busy cores, the app's
 * evaluation right after the hand-over could hold back the drawing of the frame itself).
 */
export function afterFirstPaint(
  clock: FrameClock,
  safetyMs = FIRST_PAINT_SAFETY_MS,
): Promise<FirstPaintWait> {
  return new Promise((resolve) => {
    let done = false;
    const finish = (how: FirstPaintWait) => {
      if (done) return;
      done = true;
      resolve(how);
    };
    if (clock.hidden()) {
      clock.setTimeout(() => finish('hidden'), 0);
      return;
    }
    const timed = clock.onFirstContentfulPaint(() => clock.setTimeout(() => finish('painted'), 0));
    if (!timed) clock.requestAnimationFrame(() => clock.setTimeout(() => finish('frame'), 0));
    clock.onHidden(() => finish('hidden'));
    clock.setTimeout(() => finish('timeout'), safetyMs);
  });
}
