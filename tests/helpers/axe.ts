/** axe-core in a page: its violations as readable lines, all of them or the serious and critical. */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const axeSource = await readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface Violation {
  id: string;
  impact: string | null;
  nodes: { target: string[] }[];
}

/** Every violation axe finds, of any impact (minor and moderate too). */
export async function axeViolations(page: Page): Promise<string[]> {
  // Evaluated by the browser's debugging protocol: an inline <script> would be refused
  // by the site's Content-Security-Policy, as any injected script should be.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => {
    const result = await (window as unknown as { axe: { run: () => Promise<{ violations: Violation[] }> } }).axe.run();
    return result.violations;
  });
  return violations.map((v) => `${v.id} (${v.impact}) at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

export async function seriousViolations(page: Page): Promise<string[]> {
  return (await axeViolations(page)).filter((line) => / \((serious|critical)\) at /.test(line));
}
