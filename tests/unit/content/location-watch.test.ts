import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { watchLocation } from '@/lib/content/location-watch';

function source(withNavigation: boolean) {
  const location = { href: 'https://www.instagram.com/lea.cuisine/' };
  const navigation = withNavigation ? new EventTarget() : undefined;
  return {
    location,
    navigation,
    setInterval: (handler: () => void, ms: number) => setInterval(handler, ms),
    clearInterval: (id: unknown) => clearInterval(id as ReturnType<typeof setInterval>),
    /** What a same-document navigation does: `navigate` first (old DOM still there), then the URL. */
    go(url: string) {
      navigation?.dispatchEvent(Object.assign(new Event('navigate'), { destination: { url } }));
      location.href = url;
      navigation?.dispatchEvent(new Event('currententrychange'));
    },
  };
}

describe('watching the page’s URL without looking at the DOM', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('hears of a navigation before it happens (the old page still there), then of the change', () => {
    const s = source(true);
    const log: string[] = [];
    watchLocation(
      s,
      {
        onLeave: (url) => log.push(`leave ${url} (now ${s.location.href})`),
        onChange: (from, to, announced) => log.push(`change ${from} → ${to} ${announced}`),
      },
      new AbortController().signal,
    );
    s.go('https://www.instagram.com/p/ABC/');
    expect(log).toEqual([
      'leave https://www.instagram.com/lea.cuisine/ (now https://www.instagram.com/lea.cuisine/)',
      'change https://www.instagram.com/lea.cuisine/ → https://www.instagram.com/p/ABC/ true',
    ]);
  });

  it('falls back to a poll where the browser has no Navigation API', () => {
    const s = source(false);
    const changes: string[] = [];
    watchLocation(
      s,
      {
        onLeave: () => changes.push('leave'),
        onChange: (_f, to, announced) => changes.push(`${to} ${announced}`),
      },
      new AbortController().signal,
    );
    s.go('https://www.instagram.com/tom.trails/');
    expect(changes).toEqual([]);
    vi.advanceTimersByTime(500);
    expect(changes).toEqual(['https://www.instagram.com/tom.trails/ false']);
  });

  it('stops when the content script is torn down', () => {
    const s = source(true);
    const calls = vi.fn();
    const stop = new AbortController();
    watchLocation(s, { onLeave: calls, onChange: calls }, stop.signal);
    stop.abort();
    s.go('https://www.instagram.com/tom.trails/');
    vi.advanceTimersByTime(5_000);
    expect(calls).not.toHaveBeenCalled();
  });
});
