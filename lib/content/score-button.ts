import { BUTTON_LABELS, type ButtonLocale } from './button-labels';
import type { CardState } from './profile-session';

export const HOST_TAG = 'microscope-ui';

/** The button's own styles; the card brings its stylesheet when it loads. */
const BUTTON_CSS = `
:host { all: initial !important; display: block !important; }
.ms-root { all: initial; display: block; margin: 8px 0; font: 13px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1d2330; }
.ms-score-button { display: inline-flex; align-items: center; gap: 6px; border: 1px solid #5b3df5; background: #5b3df5; color: #fff; font: 600 13px/1 system-ui, sans-serif; padding: 7px 14px; border-radius: 8px; cursor: pointer; }
.ms-score-button:hover { background: #4a2ee0; }
.ms-score-button:disabled { opacity: 0.7; cursor: progress; }
.ms-score-button svg { width: 14px; height: 14px; vertical-align: -1px; }
.ms-error { margin: 8px 0 0; padding: 8px 10px; border-radius: 8px; font-size: 12px; background: #fde4e4; color: #a11d1d; }
`;

const SVG_NS = 'http://www.w3.org/2000/svg';

/** The product mark (components/MicroscopeIcon.tsx), as a string for the React-free button. */
const ICON_PATH =
  'M9 2h4v2h-1v7.2a4 4 0 0 1-2 0V4H9V2Zm1 10.5a2 2 0 1 1 0 .01V12.5ZM15 9.5a6.5 6.5 0 0 1 2.9 11.5H20v2H4v-2h9a4.5 4.5 0 0 0 1.9-8.6l.1-2.9ZM6 18h6v2H6v-2Z';

/**
 * Events a page script could synthesise to act through our UI (activation, keys, form input).
 * Untrusted ones (`isTrusted` false: made by script, not by the user) stop at the shadow root,
 * before any of our handlers or React's see them. The root is closed, so a page cannot reach
 * an element inside to dispatch to in the first place: this is the second line.
 */
const GUARDED_EVENTS = [
  'click',
  'auxclick',
  'dblclick',
  'keydown',
  'keyup',
  'input',
  'change',
  'submit',
] as const;

export interface ScoreButtonView {
  /** The element placed on the page; its shadow root is closed. */
  host: HTMLElement;
  shadow: ShadowRoot;
  /** Where the card renders, inside the shadow root. */
  cardSlot: HTMLElement;
  render(state: CardState): void;
  /** Shows a message without the card (when the card itself could not load). */
  showError(message: string | undefined): void;
}

export interface ScoreButtonOptions {
  locale: ButtonLocale;
  /** A user's click on Score (trusted events only). */
  onScore(): void;
  /** The pointer reached the button: a good moment to fetch the card's code. */
  onIntent(): void;
}

/**
 * The always-on UI: one button in a closed shadow root, built with plain DOM (no framework —
 * it is on every profile page the user opens). The card mounts into `cardSlot` once loaded.
 */
export function createScoreButton(doc: Document, options: ScoreButtonOptions): ScoreButtonView {
  const labels = BUTTON_LABELS[options.locale];
  const host = doc.createElement(HOST_TAG);
  const shadow = host.attachShadow({ mode: 'closed' });
  const guard = (event: Event) => {
    if (event.isTrusted) return;
    event.stopImmediatePropagation();
    event.preventDefault();
  };
  for (const type of GUARDED_EVENTS) shadow.addEventListener(type, guard, true);

  // Built node by node (a handful of elements): no markup is parsed, none of it from the page.
  const el = <K extends keyof HTMLElementTagNameMap>(tag: K, className?: string) => {
    const node = doc.createElement(tag);
    if (className) node.className = className;
    return node;
  };
  const style = el('style');
  style.textContent = BUTTON_CSS;
  const root = el('div', 'ms-root');
  const button = el('button', 'ms-score-button');
  button.type = 'button';
  button.dataset.testid = 'microscope-score-button';
  const svg = doc.createElementNS(SVG_NS, 'svg');
  svg.setAttribute('viewBox', '0 0 24 24');
  svg.setAttribute('aria-hidden', 'true');
  svg.setAttribute('focusable', 'false');
  const path = doc.createElementNS(SVG_NS, 'path');
  path.setAttribute('fill', 'currentColor');
  path.setAttribute('d', ICON_PATH);
  svg.append(path);
  const label = el('span');
  button.append(svg, label);
  const error = el('p', 'ms-error');
  error.setAttribute('role', 'alert');
  error.hidden = true;
  const cardSlot = el('div');
  root.append(button, error, cardSlot);
  shadow.append(style, root);
  label.textContent = labels.score;
  button.addEventListener('click', (event) => {
    if (event.isTrusted) options.onScore();
  });
  const intent = () => options.onIntent();
  button.addEventListener('pointerenter', intent, { once: true });
  button.addEventListener('focus', intent, { once: true });

  return {
    host,
    shadow,
    cardSlot,
    render(state) {
      root.dataset.handle = state.handle ?? '';
      const scoring = state.status === 'scoring';
      button.disabled = scoring;
      label.textContent = scoring ? labels.scoring : state.report ? labels.rescore : labels.score;
    },
    showError(message) {
      error.hidden = message === undefined;
      error.textContent = message ?? '';
    },
  };
}
