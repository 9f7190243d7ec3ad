import { describe, expect, it } from 'vitest';
import type { Result } from 'lighthouse';
import { formatTable, meetsTargets, medianRun, pageScores } from '../../../../scripts/lighthouse/report.ts';

/** A report with just what pageScores reads: category scores, their audit refs, the audits. */
function report(
  scores: Record<string, number>,
  audits: Record<string, { score: number | null; title: string; weight: number; displayValue?: string; category: string }>,
): Result {
  const categories = Object.fromEntries(
    Object.entries(scores).map(([id, score]) => [
      id,
      {
        score,
        auditRefs: Object.entries(audits)
          .filter(([, audit]) => audit.category === id)
          .map(([auditId, audit]) => ({ id: auditId, weight: audit.weight })),
      },
    ]),
  );
  return { categories, audits } as unknown as Result;
}

const perfect = { performance: 1, accessibility: 1, 'best-practices': 1, seo: 1 };

describe('pageScores', () => {
  it('lists nothing for a page that meets every target', () => {
    const page = pageScores('home', '/', report({ ...perfect, performance: 0.96 }, {}));
    expect(page).toEqual({
      name: 'home',
      path: '/',
      scores: { performance: 96, accessibility: 100, 'best-practices': 100, seo: 100 },
      failing: [],
    });
    expect(meetsTargets(page)).toBe(true);
  });

  it('names the weighted audits that cost points in a category under target, metrics only below 0.9', () => {
    const page = pageScores(
      'release',
      '/releases/x/',
      report(
        { ...perfect, performance: 0.8, accessibility: 0.95 },
        {
          'total-blocking-time': {
            score: 0.5,
            title: 'Total Blocking Time',
            displayValue: '900 ms',
            weight: 30,
            category: 'performance',
          },
          'first-contentful-paint': { score: 0.95, title: 'First Contentful Paint', weight: 10, category: 'performance' },
          'color-contrast': { score: 0, title: 'Contrast', weight: 7, category: 'accessibility' },
          'manual-check': { score: 0, title: 'Informative', weight: 0, category: 'accessibility' },
          'not-applicable': { score: null, title: 'Not applicable', weight: 3, category: 'accessibility' },
        },
      ),
    );
    expect(page.failing).toEqual(['perf: Total Blocking Time (900 ms)', 'a11y: Contrast']);
    expect(meetsTargets(page)).toBe(false);
    expect(formatTable([page])).toMatchInlineSnapshot(`
      "page type  perf   a11y   best    seo   path
      target      ≥95   ≥100   ≥100      –
      release      80!    95!   100    100   /releases/x/
                 - perf: Total Blocking Time (900 ms)
                 - a11y: Contrast"
    `);
  });
});

describe('medianRun', () => {
  const run = (performance: number): Result => report({ ...perfect, performance }, {});
  it('takes the run with the median performance score, the lower middle one of an even count', () => {
    expect(medianRun([run(0.97), run(0.82), run(0.95)]).categories['performance']?.score).toBe(0.95);
    expect(medianRun([run(0.9), run(0.99), run(0.8), run(0.96)]).categories['performance']?.score).toBe(0.9);
    expect(medianRun([run(0.91)]).categories['performance']?.score).toBe(0.91);
  });
  it('refuses to make up a run', () => {
    expect(() => medianRun([])).toThrow(/no Lighthouse report/);
  });
});
