/**
 * axe-core (Deque's accessibility engine, pinned in package.json) run inside a page: the same
 * rules as its browser extension, on the live DOM with real computed colours. Injected with
 * Playwright's evaluate, which the extension pages' CSP does not apply to.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { evaluateInContentWorld } from '../../scripts/content-ui.mjs';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: string[];
}

/** axe's context: the whole document, or e.g. `{ include: [{ fromShadowDom: ['host', '.inner'] }] }`. */
export type AxeContext = Record<string, unknown> | undefined;

/** Every violation of axe's default rule set (WCAG 2.0–2.2 A/AA and best practices) in `context`. */
export async function runAxe(page: Page, context?: AxeContext): Promise<AxeViolation[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  return page.evaluate(async (ctx) => {
    type Axe = {
      run(
        context: unknown,
        options: unknown,
      ): Promise<{
        violations: {
          id: string;
          impact: string | null;
          help: string;
          nodes: { target: unknown[]; failureSummary?: string }[];
        }[];
      }>;
    };
    const axe = (window as unknown as { axe: Axe }).axe;
    const result = await axe.run(ctx ?? document, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => `${JSON.stringify(n.target)} ${n.failureSummary ?? ''}`.trim()),
    }));
  }, context);
}

/** The violations that block: axe's "serious" and "critical" impacts. */
export function blocking(violations: readonly AxeViolation[]): AxeViolation[] {
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

/**
 * axe over Microscope's on-page UI, which sits in a CLOSED shadow root: run in the extension's
 * content-script world (scripts/content-ui.mjs), where, for the length of the run, an element's
 * `shadowRoot` answers with `chrome.dom.openOrClosedShadowRoot` so that axe's own walk (and its
 * colour sampling under each text) enters the root like a browser's accessibility tree does.
 * The product is not changed: the patch lives in the test's world and is undone after the run.
 */
export async function runAxeOnPageUi(
  page: Page,
  selector: string,
): Promise<{ violations: AxeViolation[]; contrastChecked: number }> {
  const injected = await evaluateInContentWorld(page, () => 'axe' in window);
  if (!injected) await evaluateInContentWorld(page, `function () { ${AXE_SOURCE}; return true; }`);
  return evaluateInContentWorld(
    page,
    async (arg: { host: string; selector: string }) => {
      type Axe = {
        run(
          context: unknown,
          options: unknown,
        ): Promise<{
          violations: {
            id: string;
            impact: string | null;
            help: string;
            nodes: { target: unknown[]; failureSummary?: string }[];
          }[];
          passes: { id: string; nodes: unknown[] }[];
        }>;
      };
      const dom = (
        globalThis as unknown as {
          chrome: { dom: { openOrClosedShadowRoot(e: Element): ShadowRoot | null } };
        }
      ).chrome.dom;
      const original = Object.getOwnPropertyDescriptor(Element.prototype, 'shadowRoot');
      Object.defineProperty(Element.prototype, 'shadowRoot', {
        configurable: true,
        get() {
          // chrome.dom takes HTML elements only (an SVG element has no shadow root anyway).
          return this instanceof HTMLElement ? dom.openOrClosedShadowRoot(this) : original?.get?.call(this);
        },
      });
      try {
        const axe = (window as unknown as { axe: Axe }).axe;
        const result = await axe.run(
          { include: [{ fromShadowDom: [arg.host, arg.selector] }] },
          { resultTypes: ['violations', 'passes'] },
        );
        return {
          violations: result.violations.map((v) => ({
            id: v.id,
            impact: v.impact,
            help: v.help,
            nodes: v.nodes.map((n) => `${JSON.stringify(n.target)} ${n.failureSummary ?? ''}`.trim()),
          })),
          // How many texts of the card axe measured the contrast of: proof it saw inside the root.
          contrastChecked: result.passes.find((p) => p.id === 'color-contrast')?.nodes.length ?? 0,
        };
      } finally {
        if (original) Object.defineProperty(Element.prototype, 'shadowRoot', original);
      }
    },
    { host: 'microscope-ui', selector },
  );
}
