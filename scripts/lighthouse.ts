/**
 * npm run lighthouse [-- --dist <folder>] [--only <page type,…>] [--runs <n>] [--json <file>] [--reports <folder>]
 * Serves a built site (dist/ unless --dist; it builds nothing: run npm run build first),
 * runs Lighthouse in its mobile profile on one URL per page type in Debian's Chromium, and
 * prints performance, accessibility, best practices and SEO with the audits that cost
 * points wherever a score is under its target (scripts/lighthouse/report.ts). Exits 1 when
 * a target is missed. Not part of npm test: a run takes minutes and performance scores
 * move with the machine's load, so each page is audited --runs times (default 3) and its
 * median run reported.
 */
import { mkdir, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { pageTypes } from './lighthouse/page-types.ts';
import type { Result } from 'lighthouse';
import { formatTable, meetsTargets, medianRun, pageScores, type PageScores } from './lighthouse/report.ts';
import { audit, startChromium } from './lighthouse/run-lighthouse.ts';
import { serveStatic } from './shared/static-server.ts';
import { environment } from '@/config.ts';

try {
  const { values } = parseArgs({
    options: {
      dist: { type: 'string', default: environment().outDir },
      only: { type: 'string' },
      json: { type: 'string' },
      reports: { type: 'string' },
      runs: { type: 'string', default: '3' },
    },
  });
  const runs = Number(values.runs);
  if (!Number.isInteger(runs) || runs < 1) throw new Error(`--runs must be a whole number from 1, got ${values.runs}`);
  const dist = path.resolve(values.dist);
  if (!(await stat(path.join(dist, 'index.html')).catch(() => undefined))) {
    throw new Error(`${dist} holds no built site (index.html): run npm run build first, or pass --dist <folder>`);
  }
  const only = values.only?.split(',');
  const types = (await pageTypes(dist)).filter((type) => !only || only.includes(type.name));
  if (types.length === 0) throw new Error(`--only names no page type`);

  // Compressed as a host would send it: the simulated slow 4G then carries what a phone receives.
  const site = await serveStatic(dist, { compress: true });
  const chromium = await startChromium();
  const pages: PageScores[] = [];
  const benchmarks: number[] = [];
  try {
    for (const type of types) {
      const reports: Result[] = [];
      for (let run = 1; run <= runs; run++) {
        process.stderr.write(`lighthouse ${type.name} ${type.path} (${run}/${runs})…\n`);
        reports.push(await audit(`${site.url}${type.path}`, chromium.port));
      }
      const lhr = medianRun(reports);
      pages.push(pageScores(type.name, type.path, lhr));
      benchmarks.push(...reports.map((report) => report.environment.benchmarkIndex));
      if (values.reports) {
        await mkdir(values.reports, { recursive: true });
        await writeFile(path.join(values.reports, `${type.name}.json`), JSON.stringify(lhr));
      }
    }
  } finally {
    await chromium.close();
    await site.close();
  }
  // Lighthouse scales the CPU time it observes by 4: on a busy machine (a low benchmark
  // index) blocking time and so performance are worse than a reader's phone would see.
  const benchmark = Math.min(...benchmarks);
  console.log(
    `Lighthouse, mobile profile, median of ${runs} run(s) per page, ${path.relative(process.cwd(), dist) || '.'}; this machine's benchmark index ${Math.round(benchmark)} at its lowest (Lighthouse calls under 1,000 too slow to trust performance scores)`,
  );
  console.log(formatTable(pages));
  if (values.json) await writeFile(values.json, `${JSON.stringify(pages, null, 2)}\n`);
  const missed = pages.filter((page) => !meetsTargets(page));
  console.log(missed.length ? `${missed.length} page type(s) under target` : 'every page type meets its targets');
  process.exitCode = missed.length ? 1 : 0;
} catch (error) {
  console.error((error as Error).message);
  process.exitCode = (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS') ? 2 : 1;
}
