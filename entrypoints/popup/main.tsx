import { afterFirstPaint, pageClock } from '@/components/first-paint';

// The popup's shell (styled inline in index.html) paints first; the app's modules — React, the
// schemas, both languages' texts, their stylesheets — load and run after that first frame, not
// before it (with the dashboard open on 10,000 creators in the same renderer, their evaluation
// came before the first paint and held it back by about 90 ms: README, "Performance"). How the
// wait ended and how long it took are marked for the E2E suite ("painted" in a visible popup).
const start = performance.now();
void afterFirstPaint(pageClock(window)).then((how) => {
  performance.mark('microscope:popup-shell-wait', { detail: { how, ms: performance.now() - start } });
  return import('./start');
});
