// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { HostPlacement } from '@/lib/content/host-placement';

const HEADER = '<header><h2>lea.cuisine</h2></header>';

function setup() {
  const host = document.createElement('microscope-ui');
  const placement = new HostPlacement(document, () => host, ['main header', 'header'], {
    setTimeout: (handler, ms) => setTimeout(handler, ms),
    clearTimeout: (id) => clearTimeout(id as ReturnType<typeof setTimeout>),
  });
  return { host, placement };
}

describe('keeping the Score button under the profile header', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    document.body.innerHTML = '<main><section id="top"></section><div id="grid"></div></main>';
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('waits for the header to appear, then sits right after it', () => {
    const { host, placement } = setup();
    placement.start();
    expect(host.isConnected).toBe(false);
    document.querySelector('#top')?.insertAdjacentHTML('beforeend', HEADER);
    vi.advanceTimersByTime(100);
    expect(host.previousElementSibling?.localName).toBe('header');
    expect(placement.placed).toBe(true);
  });

  it('comes back at once, exactly once, when the site replaces its header', async () => {
    const { host, placement } = setup();
    document.querySelector('#top')?.insertAdjacentHTML('beforeend', HEADER);
    placement.start();
    for (let i = 0; i < 3; i++) {
      const header = document.querySelector('main header');
      const fresh = header?.cloneNode(true) as Element;
      host.remove();
      header?.replaceWith(fresh);
      await Promise.resolve(); // the observer on the header's parent, no timer needed
      expect(host.previousElementSibling).toBe(fresh);
      expect(document.querySelectorAll('microscope-ui')).toHaveLength(1);
    }
  });

  it('finds the header again after a re-render of a whole ancestor, on its next check', () => {
    const { host, placement } = setup();
    document.querySelector('#top')?.insertAdjacentHTML('beforeend', HEADER);
    placement.start();
    const main = document.querySelector('main') as Element;
    const fresh = main.cloneNode(true) as Element;
    fresh.querySelector('microscope-ui')?.remove();
    main.replaceWith(fresh);
    vi.advanceTimersByTime(1_000);
    expect(host.isConnected).toBe(true);
    expect(host.previousElementSibling).toBe(fresh.querySelector('header'));
  });

  it('drops copies of the host a re-render made', () => {
    const { placement } = setup();
    document
      .querySelector('#top')
      ?.insertAdjacentHTML('beforeend', `${HEADER}<microscope-ui></microscope-ui>`);
    placement.start();
    expect(document.querySelectorAll('microscope-ui')).toHaveLength(1);
  });

  it('does not wake while a busy feed appends thousands of nodes elsewhere', async () => {
    const { placement } = setup();
    document.querySelector('#top')?.insertAdjacentHTML('beforeend', HEADER);
    placement.start();
    const grid = document.querySelector('#grid') as Element;
    const lookups = vi.spyOn(document, 'querySelector');
    for (let i = 0; i < 1000; i++) {
      const tile = document.createElement('a');
      tile.textContent = `post ${i}`;
      grid.append(tile);
      if (i % 100 === 0) await Promise.resolve();
    }
    await Promise.resolve();
    expect(lookups).not.toHaveBeenCalled();
    // Its own check: once a second, no lookup while the host is in place.
    vi.advanceTimersByTime(5_000);
    expect(lookups).not.toHaveBeenCalled();
  });

  it('takes the host off the page and stops when told (not a profile any more)', () => {
    const { host, placement } = setup();
    document.querySelector('#top')?.insertAdjacentHTML('beforeend', HEADER);
    placement.start();
    placement.stop();
    expect(host.isConnected).toBe(false);
    document.querySelector('#top')?.insertAdjacentHTML('beforeend', HEADER);
    vi.advanceTimersByTime(5_000);
    expect(host.isConnected).toBe(false);
  });
});
