/** Lighthouse's scores against the site's targets (issue 15), as a table for a terminal. */
import type { Result } from 'lighthouse';
import { CATEGORIES, type Category } from './run-lighthouse.ts';

/**
 * The lowest score (0–100) each category may have on every page type (issue 15). SEO is
 * reported without a target: the 404 page rightly asks not to be indexed.
 */
export const TARGETS: Record<Category, number> = {
  performance: 95,
  accessibility: 100,
  'best-practices': 100,
  seo: 0,
};

export interface PageScores {
  name: string;
  path: string;
  scores: Record<Category, number>;
  /** The titles of the audits that cost points in a category below its target. */
  failing: string[];
}

const SHORT: Record<Category, string> = {
  performance: 'perf',
  accessibility: 'a11y',
  'best-practices': 'best',
  seo: 'seo',
};

/** The scores of one report and, for every category under target, what cost the points. */
export function pageScores(name: string, pagePath: string, lhr: Result): PageScores {
  const scores = {} as Record<Category, number>;
  const failing: string[] = [];
  for (const category of CATEGORIES) {
    const { score, auditRefs } = lhr.categories[category]!;
    scores[category] = Math.round((score ?? 0) * 100);
    if (scores[category] >= TARGETS[category]) continue;
    for (const ref of auditRefs) {
      const audit = lhr.audits[ref.id];
      if (!audit || ref.weight === 0 || audit.score === null || audit.score >= 1) continue;
      // Metrics (FCP, LCP, TBT…) score in fractions; below 0.9 is what pulls performance down.
      if (category === 'performance' && audit.score >= 0.9) continue;
      const value = audit.displayValue ? ` (${audit.displayValue})` : '';
      failing.push(`${SHORT[category]}: ${audit.title}${value}`);
    }
  }
  return { name, path: pagePath, scores, failing };
}

/**
 * Of several reports on one page, the one with the median performance score (the lower of
 * the middle two for an even count): what Lighthouse's own docs advise on a machine whose
 * load moves single runs by ten points and more.
 */
export function medianRun(reports: readonly Result[]): Result {
  if (reports.length === 0) throw new Error('no Lighthouse report to take the median of');
  const performance = (lhr: Result): number => lhr.categories['performance']?.score ?? 0;
  const sorted = [...reports].sort((a, b) => performance(a) - performance(b));
  return sorted[Math.floor((sorted.length - 1) / 2)]!;
}

export const meetsTargets = (page: PageScores): boolean =>
  CATEGORIES.every((category) => page.scores[category] >= TARGETS[category]);

/** A fixed-width table: one line per page type, its failing audits indented under it; ! marks a miss. */
export function formatTable(pages: readonly PageScores[]): string {
  const nameWidth = Math.max(9, ...pages.map((page) => page.name.length));
  // Each score in 5 columns and a sixth for the mark, so that headers and scores line up.
  const row = (name: string, cells: string[], marks: string[], rest = ''): string =>
    `${name.padEnd(nameWidth)}${cells.map((cell, i) => `${cell.padStart(6)}${marks[i] ?? ' '}`).join('')}  ${rest}`.trimEnd();
  const lines = [
    row(
      'page type',
      CATEGORIES.map((c) => SHORT[c]),
      [],
      'path',
    ),
    row(
      'target',
      CATEGORIES.map((c) => (TARGETS[c] ? `≥${TARGETS[c]}` : '–')),
      [],
    ),
  ];
  for (const page of pages) {
    const cells = CATEGORIES.map((c) => String(page.scores[c]));
    const marks = CATEGORIES.map((c) => (page.scores[c] < TARGETS[c] ? '!' : ' '));
    lines.push(row(page.name, cells, marks, page.path));
    for (const title of page.failing) lines.push(`${''.padEnd(nameWidth)}  - ${title}`);
  }
  return lines.join('\n');
}
