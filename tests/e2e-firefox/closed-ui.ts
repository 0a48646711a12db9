/**
 * Reaching Microscope's on-page UI in Firefox from a test.
 *
 * The Score button and the card live in a CLOSED shadow root: page scripts cannot enter it, and
 * neither can puppeteer's selectors (they pierce open roots only). A WebDriver BiDi client can:
 * asked to serialize the host element with `includeShadowTree: "all"`, Firefox hands back a
 * shared reference to its shadow root, closed or not — a driver's privilege a page never has.
 * The queries below run in a sandbox realm of their own (the page's scripts do not see it), with
 * that root as their first argument; clicks and hovers are real pointer input at the element's
 * centre (trusted events, as a user's), after checking that the element is the one under the
 * pointer. Nothing of this exists in the extension: the product build is what runs.
 * (The Chromium suite does the same through the extension's content-script world:
 * scripts/content-ui.mjs.)
 */
import type { Page } from 'puppeteer-core';

/** The host element the content script places on the page (lib/content/score-button.ts). */
const HOST_TAG = 'microscope-ui';
/** The realm the queries run in: a sandbox over the page's window, invisible to the page. */
const SANDBOX = 'microscope-e2e';

interface BidiConnection {
  send(method: string, params: Record<string, unknown>): Promise<{ result: Record<string, unknown> }>;
}

interface EvaluateResult {
  type: 'success' | 'exception';
  result?: {
    type: string;
    value?: unknown;
    sharedId?: string;
  };
  exceptionDetails?: { text?: string };
}

function bidi(page: Page): BidiConnection {
  return (page.browser() as unknown as { connection: BidiConnection }).connection;
}

function contextOf(page: Page): string {
  return (page.mainFrame() as unknown as { _id: string })._id;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The shared id of the UI host's shadow root in `page`, or null while there is no host. */
async function rootOf(page: Page): Promise<string | null> {
  const { result } = await bidi(page).send('script.evaluate', {
    expression: `document.querySelector(${JSON.stringify(HOST_TAG)})`,
    target: { context: contextOf(page), sandbox: SANDBOX },
    awaitPromise: false,
    serializationOptions: { maxDomDepth: 0, includeShadowTree: 'all' },
  });
  const evaluated = result as unknown as EvaluateResult;
  if (evaluated.type !== 'success') throw new Error(evaluated.exceptionDetails?.text ?? 'evaluate failed');
  const node = evaluated.result;
  if (node?.type !== 'node') return null;
  const shadow = (node.value as { shadowRoot?: { sharedId?: string } | null } | undefined)?.shadowRoot;
  return shadow?.sharedId ?? null;
}

/**
 * Runs `fn(root, arg)` in the sandbox with the UI's shadow root (`fn` is sent as source text and
 * must be self-contained); returns its JSON-able result, or `missing` while there is no UI host.
 */
export async function inUi<A, R>(
  page: Page,
  fn: (root: ShadowRoot, arg: A) => R,
  arg?: A,
): Promise<{ missing: true } | { missing: false; value: Awaited<R> }> {
  for (let attempt = 0; ; attempt++) {
    const root = await rootOf(page);
    if (!root) return { missing: true };
    try {
      const { result } = await bidi(page).send('script.callFunction', {
        functionDeclaration: `async (root, json) => JSON.stringify({ value: await (${fn.toString()})(root, JSON.parse(json)) })`,
        target: { context: contextOf(page), sandbox: SANDBOX },
        arguments: [{ sharedId: root }, { type: 'string', value: JSON.stringify(arg ?? null) }],
        awaitPromise: true,
        resultOwnership: 'none',
      });
      const evaluated = result as unknown as EvaluateResult;
      if (evaluated.type !== 'success') {
        throw new Error(evaluated.exceptionDetails?.text ?? 'callFunction failed');
      }
      const parsed = JSON.parse(String(evaluated.result?.value)) as { value: Awaited<R> };
      return { missing: false, value: parsed.value };
    } catch (error) {
      // The host was replaced (a re-render, a navigation) between finding it and using it.
      if (attempt < 3 && /no such node|stale|detached/i.test(String(error))) continue;
      throw error;
    }
  }
}

/** Polls `fn` in the UI until it returns something other than undefined/false; returns that. */
export async function waitInUi<A, R>(
  page: Page,
  fn: (root: ShadowRoot, arg: A) => R,
  arg: A,
  { timeout = 15_000, what = 'the UI' }: { timeout?: number; what?: string } = {},
): Promise<Exclude<Awaited<R>, false | undefined | null>> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const out = await inUi(page, fn, arg);
    if (!out.missing && out.value !== undefined && out.value !== null && out.value !== false) {
      return out.value as Exclude<Awaited<R>, false | undefined | null>;
    }
    if (Date.now() > deadline) throw new Error(`${what} did not show within ${timeout} ms`);
    await sleep(50);
  }
}

/** How many elements match `selector` in the UI (0 while there is no UI). */
export async function countInUi(page: Page, selector: string): Promise<number> {
  const out = await inUi(page, (root, css: string) => root.querySelectorAll(css).length, selector);
  return out.missing ? 0 : out.value;
}

/**
 * The centre of the one visible element matching `selector`, once it is the element under the
 * pointer there (not covered by anything).
 */
async function pointAt(page: Page, selector: string, timeout = 15_000): Promise<{ x: number; y: number }> {
  return waitInUi(
    page,
    (root, css: string) => {
      const found = [...root.querySelectorAll(css)].filter((el) => el.checkVisibility());
      if (found.length > 1) throw new Error(`${found.length} elements match ${css}`);
      const el = found[0];
      if (!el) return undefined;
      el.scrollIntoView({ block: 'center', inline: 'center' });
      const box = el.getBoundingClientRect();
      const x = box.left + box.width / 2;
      const y = box.top + box.height / 2;
      const hit = root.elementFromPoint(x, y);
      return hit && (hit === el || el.contains(hit)) ? { x, y } : undefined;
    },
    selector,
    { timeout, what: selector },
  );
}

/** Clicks the element matching `selector` in the UI with the real pointer. */
export async function clickInUi(page: Page, selector: string): Promise<void> {
  const { x, y } = await pointAt(page, selector);
  await page.mouse.click(x, y);
}

/** Moves the real pointer onto the element matching `selector` in the UI. */
export async function hoverInUi(page: Page, selector: string): Promise<void> {
  const { x, y } = await pointAt(page, selector);
  await page.mouse.move(x, y);
}

/** The page-coordinates box of the element matching `selector` in the UI (for screenshots). */
export async function boxInUi(
  page: Page,
  selector: string,
): Promise<{ x: number; y: number; width: number; height: number }> {
  return waitInUi(
    page,
    (root, css: string) => {
      const el = root.querySelector(css);
      if (!el) return undefined;
      const box = el.getBoundingClientRect();
      return {
        x: box.left + window.scrollX,
        y: box.top + window.scrollY,
        width: box.width,
        height: box.height,
      };
    },
    selector,
    { what: selector },
  );
}

/**
 * Runs `fn(root, arg)` in the sandbox with the closed shadow root of every element named
 * `hostTag` on the page (e.g. the badges on links, `microscope-badge`), in document order;
 * returns the JSON-able results.
 */
export async function inEachRoot<A, R>(
  page: Page,
  hostTag: string,
  fn: (root: ShadowRoot, arg: A) => R,
  arg?: A,
): Promise<Awaited<R>[]> {
  const { result } = await bidi(page).send('script.evaluate', {
    expression: `[...document.querySelectorAll(${JSON.stringify(hostTag)})]`,
    target: { context: contextOf(page), sandbox: SANDBOX },
    awaitPromise: false,
    serializationOptions: { maxDomDepth: 0, includeShadowTree: 'all' },
  });
  const evaluated = result as unknown as {
    type: string;
    result?: { value?: { value?: { shadowRoot?: { sharedId?: string } | null } }[] };
    exceptionDetails?: { text?: string };
  };
  if (evaluated.type !== 'success') throw new Error(evaluated.exceptionDetails?.text ?? 'evaluate failed');
  const roots = (evaluated.result?.value ?? []).map((node) => node.value?.shadowRoot?.sharedId);
  const out: Awaited<R>[] = [];
  for (const root of roots) {
    if (!root) throw new Error(`a ${hostTag} without a shadow root`);
    const { result: called } = await bidi(page).send('script.callFunction', {
      functionDeclaration: `async (root, json) => JSON.stringify({ value: await (${fn.toString()})(root, JSON.parse(json)) })`,
      target: { context: contextOf(page), sandbox: SANDBOX },
      arguments: [{ sharedId: root }, { type: 'string', value: JSON.stringify(arg ?? null) }],
      awaitPromise: true,
      resultOwnership: 'none',
    });
    const done = called as unknown as EvaluateResult;
    if (done.type !== 'success') throw new Error(done.exceptionDetails?.text ?? 'callFunction failed');
    out.push((JSON.parse(String(done.result?.value)) as { value: Awaited<R> }).value);
  }
  return out;
}
