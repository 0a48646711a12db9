// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { backgroundWarmer, WARM_UP_INTERVAL_MS, type WarmUpTrigger } from '@/lib/content/warm-up';

function setVisibility(state: 'visible' | 'hidden') {
  Object.defineProperty(document, 'visibilityState', { value: state, configurable: true });
  document.dispatchEvent(new Event('visibilitychange'));
}

function setup() {
  let clock = 1_000_000;
  const sent: WarmUpTrigger[] = [];
  let fail = false;
  const warmer = backgroundWarmer(
    (trigger) => {
      sent.push(trigger);
      return fail
        ? Promise.reject(new Error('Extension context invalidated.'))
        : Promise.resolve({ ready: true });
    },
    { now: () => clock },
  );
  const host = document.createElement('microscope-ui');
  const button = document.createElement('button');
  host.attachShadow({ mode: 'open' }).append(button);
  document.body.append(host);
  return {
    warmer,
    host,
    button,
    sent,
    /** Moves the clock past the interval, so the next intent sends again. */
    later: (ms = WARM_UP_INTERVAL_MS) => {
      clock += ms;
    },
    setFailing: (value: boolean) => {
      fail = value;
    },
  };
}
const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

afterEach(() => {
  setVisibility('visible');
  document.body.replaceChildren();
});

describe('waking the background ahead of a score', () => {
  it('warms as soon as the Score button shows on a visible page', () => {
    const { warmer, host, sent } = setup();
    expect(sent).toHaveLength(0);
    warmer.listenOn(host);
    expect(sent).toEqual(['shown']);
  });

  it('on a page opened in the background, waits until it is shown (and the button is still there)', () => {
    setVisibility('hidden');
    const a = setup();
    a.warmer.listenOn(a.host);
    expect(a.sent).toHaveLength(0);
    setVisibility('visible');
    expect(a.sent).toHaveLength(1);

    setVisibility('hidden');
    const b = setup();
    b.warmer.listenOn(b.host);
    b.host.remove();
    setVisibility('visible');
    expect(b.sent).toHaveLength(0);
  });

  it('warms again when the pointer enters, focus lands or a press starts on the UI, saying which', () => {
    for (const [event, trigger] of [
      ['pointerenter', 'pointer'],
      ['focusin', 'focus'],
      ['pointerdown', 'press'],
    ] as const) {
      const { warmer, host, sent, later } = setup();
      warmer.listenOn(host);
      later();
      host.dispatchEvent(new Event(event));
      expect(sent, event).toEqual(['shown', trigger]);
    }
  });

  it('hears a press on the button inside the shadow root before the button’s own handler runs', () => {
    const { warmer, host, button, sent, later } = setup();
    warmer.listenOn(host);
    later();
    const order: string[] = [];
    button.addEventListener('pointerdown', () => order.push(`button after ${sent.length} warm-ups`));
    button.dispatchEvent(new Event('pointerdown', { bubbles: true, composed: true }));
    expect(order).toEqual(['button after 2 warm-ups']);
  });

  it('does not repeat within the interval (the background is still up), and does after it', () => {
    const { warmer, host, sent, later } = setup();
    warmer.listenOn(host);
    later(WARM_UP_INTERVAL_MS - 1);
    host.dispatchEvent(new Event('pointerenter'));
    host.dispatchEvent(new Event('focusin'));
    host.dispatchEvent(new Event('pointerdown'));
    expect(sent).toHaveLength(1);
    later(1);
    host.dispatchEvent(new Event('pointerdown'));
    expect(sent).toHaveLength(2);
  });

  it('retries on the next intent when a warm-up failed', async () => {
    const { warmer, host, sent, setFailing } = setup();
    setFailing(true);
    warmer.listenOn(host);
    await flush();
    setFailing(false);
    host.dispatchEvent(new Event('pointerdown'));
    expect(sent).toHaveLength(2);
  });

  it('ignores other events and stops listening once removed', () => {
    const { warmer, host, sent, later } = setup();
    const remove = warmer.listenOn(host);
    later();
    host.dispatchEvent(new Event('mousemove'));
    host.dispatchEvent(new Event('scroll'));
    expect(sent).toHaveLength(1);
    remove();
    host.dispatchEvent(new Event('pointerenter'));
    expect(sent).toHaveLength(1);
  });
});
