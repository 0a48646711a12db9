import { BUTTON_LABELS, type ButtonLocale } from './button-labels';
import type { CardState } from './profile-session';
import { watchSiteTheme } from './site-theme';

export const HOST_TAG = 'microscope-ui';

/**
 * The button's own styles, over the design tokens the content script passes in (the card brings
 * the rest of its stylesheet when it loads). The button and card take the site's theme
 * (`data-ms-theme`, lib/content/site-theme.ts).
 */
const BUTTON_CSS = `
:host { all: initial !important; display: block !important; }
.ms-root { all: initial; display: block; margin: 8px 0; font: 13px/1.4 var(--ms-font); color: var(--ms-text); color-scheme: light dark; }
.ms-root[data-ms-theme="light"] { color-scheme: light; }
.ms-root[data-ms-theme="dark"] { color-scheme: dark; }
.ms-root :focus-visible { outline: var(--ms-focus-ring); outline-offset: 2px; }
.ms-score-button { display: inline-flex; align-items: center; gap: 6px; border: 1px solid var(--ms-accent); background: var(--ms-accent); color: var(--ms-on-accent); font: 600 13px/1 var(--ms-font); padding: 7px 14px; border-radius: var(--ms-radius-m); cursor: pointer; }
.ms-score-button:hover { background: var(--ms-accent-hover); }
.ms-score-button[aria-disabled="true"] { opacity: 0.7; cursor: progress; }
.ms-score-button svg { width: 14px; height: 14px; vertical-align: -1px; }
.ms-error { margin: 8px 0 0; padding: 8px 10px; border-radius: 8px; font-size: 12px; background: var(--ms-bad-bg); color: var(--ms-bad-text); }
.ms-announce { position: absolute; width: 1px; height: 1px; margin: -1px; padding: 0; overflow: hidden; clip-path: inset(50%); white-space: nowrap; border: 0; }
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
  /** The design tokens' stylesheet (components/styles/tokens.css). */
  tokensCss?: string | undefined;
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
  style.textContent = `${options.tokensCss ?? ''}${BUTTON_CSS}`;
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
  // Read out by screen readers: scoring started, then the verdict once the card is there.
  const announce = el('p', 'ms-announce');
  announce.setAttribute('role', 'status');
  announce.dataset.testid = 'microscope-announce';
  const cardSlot = el('div');
  root.append(button, announce, error, cardSlot);
  // The site's light or dark theme, followed live (one observer on <html>'s own attributes).
  watchSiteTheme(doc, (theme) => {
    root.dataset.msTheme = theme;
  });
  shadow.append(style, root);
  label.textContent = labels.score;
  // While scoring the button stays focusable (aria-disabled, not disabled): the keyboard focus stays on it.
  let scoring = false;
  button.addEventListener('click', (event) => {
    if (event.isTrusted && !scoring) options.onScore();
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
      scoring = state.status === 'scoring';
      button.setAttribute('aria-disabled', String(scoring));
      button.setAttribute('aria-expanded', String(state.open && !!state.report));
      label.textContent = scoring ? labels.scoring : state.report ? labels.rescore : labels.score;
      const said = scoring
        ? labels.scoring
        : state.open && state.report
          ? labels.scored
              .replace('{handle}', state.report.handle.replace(/^@/, ''))
              .replace('{verdict}', labels.verdict[state.report.verdict])
          : '';
      if (announce.textContent !== said) announce.textContent = said;
    },
    showError(message) {
      error.hidden = message === undefined;
      error.textContent = message ?? '';
    },
  };
}
