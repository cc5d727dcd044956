/**
 * axe-core in the page under test. The app's CSP forbids inline scripts, so the browser context is created with
 * `bypassCSP: true` and axe is injected as a script tag. Only `serious` and `critical` violations fail a test.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';

const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/** Nodes printed per violation: enough to find the element, short enough to read. */
const NODES_SHOWN = 3;

/** One axe violation, reduced to what a developer needs to find and fix it. */
export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  helpUrl: string;
  nodeCount: number;
  nodes: { target: string; html: string; summary: string }[];
}

/** A violation found on a named page. */
export interface PageViolation extends AxeViolation {
  page: string;
}

// Runs in the page: plain JavaScript, and only plain data crosses back.
const RUN_AXE = `axe.run(document, { resultTypes: ['violations', 'incomplete'] }).then((result) => {
  const reduce = (v) => ({
    id: v.id,
    impact: v.impact ?? null,
    help: v.help,
    helpUrl: v.helpUrl,
    nodeCount: v.nodes.length,
    nodes: v.nodes.slice(0, ${NODES_SHOWN}).map((n) => ({
      target: n.target.map(String).join(' >>> '),
      html: n.html.slice(0, 200),
      summary: (n.failureSummary ?? '').replace(/\\s+/g, ' ').slice(0, 300),
    })),
  });
  return { violations: result.violations.map(reduce), incomplete: result.incomplete.map(reduce) };
})`;

/** What axe says of a page: rules violated, and checks it could not decide (to review by hand). */
export interface AxeFindings {
  violations: AxeViolation[];
  incomplete: AxeViolation[];
}

/** Runs axe-core on the page as it is now. */
export async function runAxe(page: Page): Promise<AxeFindings> {
  await page.addScriptTag({ content: AXE_SOURCE });
  return page.evaluate<AxeFindings>(RUN_AXE);
}

/** True for the impacts that fail the tests. */
export function isBlocking(violation: AxeViolation): boolean {
  return violation.impact === 'serious' || violation.impact === 'critical';
}

/** One paragraph per violation: page, rule, impact, help, where. */
export function formatViolations(violations: readonly PageViolation[]): string {
  return violations
    .map((v) => {
      const nodes = v.nodes.map((n) => `    - ${n.target}\n      ${n.html}\n      ${n.summary}`).join('\n');
      const more = v.nodeCount > v.nodes.length ? `\n    (+${v.nodeCount - v.nodes.length} more elements)` : '';
      return `[${v.page}] ${v.id} (${v.impact ?? 'no impact'}): ${v.help}\n    ${v.helpUrl}\n${nodes}${more}`;
    })
    .join('\n\n');
}

/**
 * Collects the blocking violations of several pages so one run reports all of them; `assertClean` fails with the
 * whole list. Minor and moderate ones are kept apart for the report.
 */
export class AccessibilityAudit {
  readonly blocking: PageViolation[] = [];
  readonly minor: PageViolation[] = [];
  readonly toReview: PageViolation[] = [];
  /** Pages wider than a phone's screen (WCAG 1.4.10 Reflow), with what sticks out. */
  readonly reflow: string[] = [];
  readonly pagesChecked: string[] = [];

  /** Records a page that does not reflow at phone width (`overflow` from `onPhone`; null when it does). */
  noteReflow(name: string, overflow: string | null): void {
    if (overflow !== null) this.reflow.push(`[${name}] ${overflow}`);
  }

  /** Runs axe on the page now shown and records its findings under `name`. */
  async check(page: Page, name: string): Promise<void> {
    const { violations, incomplete } = await runAxe(page);
    const found = violations.map((v) => ({ ...v, page: name }));
    this.pagesChecked.push(name);
    this.blocking.push(...found.filter(isBlocking));
    this.minor.push(...found.filter((v) => !isBlocking(v)));
    this.toReview.push(...incomplete.map((v) => ({ ...v, page: name })));
  }

  /** Throws with every serious or critical violation and every page that does not reflow, found so far. */
  assertClean(): void {
    const problems: string[] = [];
    if (this.blocking.length > 0) {
      const pages = this.pagesChecked.join(', ');
      problems.push(`axe-core found ${this.blocking.length} serious or critical violation(s) on ${pages}:`);
      problems.push(formatViolations(this.blocking));
    }
    if (this.reflow.length > 0) problems.push(`Pages wider than a 390px phone:\n${this.reflow.join('\n')}`);
    if (problems.length > 0) throw new Error(problems.join('\n\n'));
  }
}
