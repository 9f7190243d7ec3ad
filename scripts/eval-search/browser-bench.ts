/**
 * Query time and bytes fetched in headless Chromium, as a reader's browser would see
 * them: /search/thai-search.js imported by the page, each query followed by the data of
 * its first ten results (what the search page shows).
 */
import type { Page, Response } from 'playwright-core';
import { launchChromium } from '../shared/browser.ts';
import { serveStatic } from '../shared/static-server.ts';
import type { SiteSearchModule } from './site-search.ts';
import { SEARCH_MODULE } from '@/site/relative-paths.ts';

/** The site is served at the server's root. */
const MODULE_URL = `/${SEARCH_MODULE}`;

export interface BrowserSearchBench {
  /** Bytes of the module, Pagefind, its index and fragments fetched by the first query. */
  firstQueryBytes: number;
  /** The filter files the search page loads on top, for its counts. */
  filterBytes: number;
  laterQueryBytes: { median: number; p95: number; max: number };
  queryMs: { median: number; p95: number };
  queries: number;
}

const percentile = (values: readonly number[], p: number): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
};

async function bytesDuring(page: Page, work: () => Promise<unknown>): Promise<number> {
  const sizes: Promise<number>[] = [];
  const count = (response: Response): void => {
    sizes.push(
      response
        .request()
        .sizes()
        .then(
          (s) => s.responseBodySize + s.responseHeadersSize,
          () => 0,
        ),
    );
  };
  page.on('response', count);
  await work();
  await page.waitForLoadState('networkidle');
  page.off('response', count);
  return (await Promise.all(sizes)).reduce((sum, n) => sum + n, 0);
}

async function benchSearchInBrowser(siteDir: string, queries: readonly string[]): Promise<BrowserSearchBench> {
  const site = await serveStatic(siteDir);
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    // A page without fonts or images of its own, so only search traffic is counted.
    await page.goto(`${site.url}/robots.txt`);
    const run = (query: string): Promise<number> =>
      page.evaluate(
        async ({ q, url }) => {
          const started = performance.now();
          const { search } = (await import(url)) as SiteSearchModule;
          const found = await search(q);
          await Promise.all(found.results.slice(0, 10).map((result) => result.data()));
          return performance.now() - started;
        },
        { q: query, url: MODULE_URL },
      );
    const [first, ...later] = queries;
    const firstQueryBytes = await bytesDuring(page, () => run(first!));
    const filterBytes = await bytesDuring(page, () =>
      page.evaluate(async (url) => ((await import(url)) as SiteSearchModule).filterCounts(''), MODULE_URL),
    );
    const times: number[] = [];
    const laterBytes: number[] = [];
    for (const query of later) {
      let ms = 0;
      laterBytes.push(await bytesDuring(page, async () => (ms = await run(query))));
      times.push(ms);
    }
    return {
      firstQueryBytes,
      filterBytes,
      laterQueryBytes: { median: percentile(laterBytes, 50), p95: percentile(laterBytes, 95), max: Math.max(...laterBytes) },
      queryMs: { median: percentile(times, 50), p95: percentile(times, 95) },
      queries: later.length,
    };
  } finally {
    await browser.close();
    await site.close();
  }
}

/** The evaluation queries in headless Chromium against a built site: bytes fetched and time. */
export async function reportSearchInBrowser(siteDir: string, queries: readonly string[]): Promise<void> {
  const kb = (bytes: number): string => `${(bytes / 1024).toFixed(0)} KB`;
  const browser = await benchSearchInBrowser(siteDir, queries);
  console.log(
    `  in Chromium, ${browser.queries + 1} queries: first query fetched ${kb(browser.firstQueryBytes)} (target ≤ 300 KB), ` +
      `filter counts ${kb(browser.filterBytes)} more; later queries median ${kb(browser.laterQueryBytes.median)}, p95 ${kb(browser.laterQueryBytes.p95)}, ` +
      `max ${kb(browser.laterQueryBytes.max)} (target ≤ 100 KB); query time median ${browser.queryMs.median.toFixed(0)} ms, p95 ${browser.queryMs.p95.toFixed(0)} ms (target ≤ 150 ms)`,
  );
}
