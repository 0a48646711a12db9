/**
 * Reaching Microscope's on-page UI from a test, a benchmark or the demo.
 *
 * The Score button and the card live in a CLOSED shadow root, so neither the page's scripts
 * nor Playwright's locators (which only pierce open roots) can see inside. Only the extension
 * itself can: its content scripts run in an isolated world where `chrome.dom.openOrClosedShadowRoot`
 * opens any shadow root. This module evaluates queries in that very world through the DevTools
 * protocol (the privilege a test driver has and a page never does), and clicks with real mouse
 * or keyboard input (trusted events, as a user's), after checking that the element is the one
 * under the pointer. Nothing of this exists in the extension: the product build is what runs.
 */

/** The host element the content script places on the page (lib/content/score-button.ts). */
export const HOST_TAG = 'microscope-ui';

const sessions = new WeakMap();

async function sessionOf(page) {
  let state = sessions.get(page);
  if (!state) {
    const cdp = await page.context().newCDPSession(page);
    const contexts = new Map();
    cdp.on('Runtime.executionContextCreated', ({ context }) => contexts.set(context.id, context));
    cdp.on('Runtime.executionContextDestroyed', ({ executionContextId }) =>
      contexts.delete(executionContextId),
    );
    cdp.on('Runtime.executionContextsCleared', () => contexts.clear());
    await cdp.send('Runtime.enable');
    state = { cdp, contexts };
    sessions.set(page, state);
  }
  return state;
}

function extensionIdOf(page) {
  for (const worker of page.context().serviceWorkers()) {
    const url = new URL(worker.url());
    if (url.protocol === 'chrome-extension:') return url.host;
  }
  throw new Error('No extension service worker in this browser context');
}

/** The execution context id of the extension's content-script world in the page's main frame. */
async function contentWorld(page, timeout = 10_000) {
  const { cdp, contexts } = await sessionOf(page);
  const origin = `chrome-extension://${extensionIdOf(page)}`;
  const deadline = Date.now() + timeout;
  for (;;) {
    const { frameTree } = await cdp.send('Page.getFrameTree');
    for (const context of contexts.values()) {
      if (
        context.origin === origin &&
        context.auxData?.type === 'isolated' &&
        context.auxData?.frameId === frameTree.frame.id
      )
        return { cdp, id: context.id };
    }
    if (Date.now() > deadline) throw new Error(`No Microscope content script in ${page.url()}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/**
 * Runs `fn(arg)` in the extension's content-script world of `page` (it must be self-contained:
 * it is sent as source text) and returns its JSON-able result.
 */
export async function evaluateInContentWorld(page, fn, arg) {
  for (let attempt = 0; ; attempt++) {
    const { cdp, id } = await contentWorld(page);
    try {
      const { result, exceptionDetails } = await cdp.send('Runtime.callFunctionOn', {
        functionDeclaration: typeof fn === 'string' ? fn : fn.toString(),
        executionContextId: id,
        arguments: [{ value: arg ?? null }],
        returnByValue: true,
        awaitPromise: true,
      });
      if (exceptionDetails) {
        throw new Error(exceptionDetails.exception?.description ?? exceptionDetails.text);
      }
      return result.value;
    } catch (error) {
      // The page navigated between finding the world and using it: find the new one.
      if (attempt < 3 && /Cannot find context|context was destroyed/i.test(String(error))) continue;
      throw error;
    }
  }
}

/** Source of the function that resolves a step chain to elements, inlined into every query. */
const RESOLVE = `function resolve(steps) {
  let found = [...document.querySelectorAll(${JSON.stringify(HOST_TAG)})]
    .map((host) => chrome.dom.openOrClosedShadowRoot(host))
    .filter(Boolean);
  for (const step of steps) {
    if (step.css !== undefined) found = [...new Set(found.flatMap((el) => [...el.querySelectorAll(step.css)]))];
    else found = found[step.nth] ? [found[step.nth]] : [];
  }
  return found;
}`;

const query = (body) => `function (input) { ${RESOLVE}; const els = resolve(input.steps); ${body} }`;

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * A Playwright-like locator inside Microscope's closed shadow root. It supports what the tests
 * use: getByTestId, locator, first, nth, count, getAttribute, textContent, isVisible, waitFor,
 * evaluateAll, inputValue, click, hover, press and boundingBox. Single-element actions are strict (more
 * than one match is an error) and wait up to `timeout` for the element, as Playwright does.
 */
export class UiLocator {
  constructor(page, steps = []) {
    this.page = page;
    this.steps = steps;
  }

  toString() {
    return `ui(${this.steps.map((s) => (s.css !== undefined ? s.css : `nth=${s.nth}`)).join(' >> ')})`;
  }

  getByTestId(id) {
    return new UiLocator(this.page, [...this.steps, { css: `[data-testid="${id}"]` }]);
  }

  locator(css) {
    return new UiLocator(this.page, [...this.steps, { css }]);
  }

  first() {
    return this.nth(0);
  }

  nth(index) {
    return new UiLocator(this.page, [...this.steps, { nth: index }]);
  }

  #run(body, arg) {
    return evaluateInContentWorld(this.page, query(body), { steps: this.steps, arg });
  }

  count() {
    return this.#run('return els.length;');
  }

  async #single(body, arg, timeout = 15_000) {
    const deadline = Date.now() + timeout;
    for (;;) {
      const out = await this.#run(
        `if (els.length > 1) return { error: 'strict mode violation: ' + els.length + ' elements' };
         if (els.length === 0) return { missing: true };
         const el = els[0]; ${body}`,
        arg,
      );
      if (out?.error) throw new Error(`${this}: ${out.error}`);
      if (!out?.missing && !out?.retry) return out?.value;
      if (Date.now() > deadline) {
        throw new Error(`${this}: ${out?.retry ?? 'no such element'} after ${timeout} ms`);
      }
      await sleep(50);
    }
  }

  getAttribute(name, options = {}) {
    return this.#single('return { value: el.getAttribute(input.arg) };', name, options.timeout);
  }

  textContent(options = {}) {
    return this.#single('return { value: el.textContent };', undefined, options.timeout);
  }

  inputValue(options = {}) {
    return this.#single('return { value: el.value ?? null };', undefined, options.timeout);
  }

  async isVisible() {
    const els = await this.#run('return els.map((el) => el.checkVisibility());');
    if (els.length > 1) throw new Error(`${this}: strict mode violation: ${els.length} elements`);
    return els[0] === true;
  }

  async waitFor(options = {}) {
    const state = options.state ?? 'visible';
    const deadline = Date.now() + (options.timeout ?? 15_000);
    for (;;) {
      const seen = await this.#run('return els.map((el) => el.checkVisibility());');
      const ok =
        state === 'attached'
          ? seen.length > 0
          : state === 'detached'
            ? seen.length === 0
            : state === 'hidden'
              ? !seen.some(Boolean)
              : seen.some(Boolean);
      if (ok) return;
      if (Date.now() > deadline)
        throw new Error(`${this}: not ${state} after ${options.timeout ?? 15_000} ms`);
      await sleep(50);
    }
  }

  /** `fn(elements, arg)` in the content world; `fn` must be self-contained. */
  evaluateAll(fn, arg) {
    return this.#run(`return (${fn.toString()})(els, input.arg);`, arg);
  }

  /** Scrolls the element into view and returns its centre, once it can take a click there. */
  async #target(timeout) {
    return this.#single(
      `if (!el.checkVisibility()) return { retry: 'not visible' };
       if (el.disabled) return { retry: 'disabled' };
       el.scrollIntoView({ block: 'center', inline: 'center' });
       const r = el.getBoundingClientRect();
       const x = r.left + r.width / 2;
       const y = r.top + r.height / 2;
       const hit = el.getRootNode().elementFromPoint(x, y);
       if (!hit || (hit !== el && !el.contains(hit))) return { retry: 'covered by another element' };
       return { value: { x, y } };`,
      undefined,
      timeout,
    );
  }

  /** A user's click: real mouse input at the element's centre (a trusted event). */
  async click(options = {}) {
    const { x, y } = await this.#target(options.timeout);
    await this.page.mouse.click(x, y);
  }

  /** Moves the real mouse onto the element's centre (a trusted pointer event) and returns the spot. */
  async hover(options = {}) {
    const { x, y } = await this.#target(options.timeout);
    await this.page.mouse.move(x, y);
    return { x, y };
  }

  /** Focuses the element (as Tab would) and presses `key` on the real keyboard. */
  async press(key, options = {}) {
    await this.#single('el.focus(); return { value: true };', undefined, options.timeout);
    await this.page.keyboard.press(key);
  }

  async boundingBox() {
    const box = await this.#single(
      `el.scrollIntoView({ block: 'nearest' });
       const r = el.getBoundingClientRect();
       return { value: { x: r.left + scrollX, y: r.top + scrollY, width: r.width, height: r.height } };`,
    );
    return box;
  }

  /** A PNG of the element (clipped from a full-page screenshot). */
  async screenshot(options = {}) {
    const box = await this.boundingBox();
    return this.page.screenshot({ ...options, fullPage: true, clip: box });
  }
}

/** The root of Microscope's on-page UI in `page` (the Score button and the card). */
export function contentUi(page) {
  return new UiLocator(page);
}
