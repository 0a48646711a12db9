/**
 * axe-core (Deque's accessibility engine, pinned in package.json) run inside a page: the same
 * rules as its browser extension, on the live DOM with real computed colours. Injected with
 * Playwright's evaluate, which the extension pages' CSP does not apply to.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

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
