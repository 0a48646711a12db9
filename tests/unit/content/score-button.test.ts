// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { createScoreButton, HOST_TAG } from '@/lib/content/score-button';
import { makeReport } from '@/tests/helpers/reports';

function mount(locale: 'en' | 'fr' = 'en') {
  const onScore = vi.fn();
  const onIntent = vi.fn();
  const view = createScoreButton(document, { locale, onScore, onIntent });
  document.body.append(view.host);
  const button = view.shadow.querySelector<HTMLButtonElement>('[data-testid="microscope-score-button"]');
  if (!button) throw new Error('no button');
  return { view, button, onScore, onIntent };
}

/** A click as the browser makes it for a user (`isTrusted` true). */
function userClick(target: Element) {
  const event = new MouseEvent('click', { bubbles: true, composed: true });
  Object.defineProperty(event, 'isTrusted', { value: true });
  target.dispatchEvent(event);
}

describe('the Score button', () => {
  it('lives in a closed shadow root: the page sees the host element and nothing inside', () => {
    const { view } = mount();
    expect(view.host.localName).toBe(HOST_TAG);
    expect(view.host.shadowRoot).toBeNull();
    expect(document.querySelector('[data-testid="microscope-score-button"]')).toBeNull();
    expect(view.host.innerHTML).toBe('');
  });

  it('scores on a user’s click and ignores clicks a script synthesises', () => {
    const { button, onScore } = mount();
    button.click();
    button.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    expect(onScore).not.toHaveBeenCalled();
    userClick(button);
    expect(onScore).toHaveBeenCalledTimes(1);
  });

  it('stops untrusted events at the shadow root, before anything inside hears them', () => {
    const { view } = mount();
    const inside = vi.fn();
    view.cardSlot.addEventListener('click', inside);
    view.cardSlot.addEventListener('keydown', inside);
    view.cardSlot.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    view.cardSlot.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    expect(inside).not.toHaveBeenCalled();
    userClick(view.cardSlot);
    expect(inside).toHaveBeenCalledTimes(1);
  });

  it('says Scoring… while it works and Re-score once there is a card, in the user’s language', () => {
    const { view, button } = mount('fr');
    expect(button.textContent).toBe('Analyser');
    view.render({ handle: 'lea.cuisine', open: true, status: 'scoring', added: false });
    expect(button.textContent).toBe('Analyse…');
    // Stays focusable while it works: aria-disabled, not disabled (the keyboard focus stays on it).
    expect(button.disabled).toBe(false);
    expect(button.getAttribute('aria-disabled')).toBe('true');
    view.render({ handle: 'lea.cuisine', open: true, status: 'ready', added: false, report: makeReport() });
    expect(button.textContent).toBe('Réanalyser');
    expect(button.getAttribute('aria-disabled')).toBe('false');
  });

  it('asks for the card’s code when the pointer reaches it', () => {
    const { button, onIntent } = mount();
    button.dispatchEvent(new Event('pointerenter'));
    expect(onIntent).toHaveBeenCalledTimes(1);
  });
});
