/**
 * Query time and bytes fetched in headless Chromium, as a reader's browser would see
 * them: /search/thai-search.js imported by the page, each query searched shard by shard
 * as the search page does (`searchInTurn`), measured up to its first results with the
 * data of the first ten of them (what the page shows first), then up to the complete set.
 */
import { setTimeout as delay } from 'node:timers/promises';
import type { Page, Response } from 'playwright-core';
import { launchChromium } from '../shared/browser.ts';
import { serveStatic } from '../shared/static-server.ts';
import type { SiteSearchModule } from './site-search.ts';
import { SEARCH_MODULE } from '@/site/relative-paths.ts';

/** The site is served at the server's root. */
const MODULE_URL = `/${SEARCH_MODULE}`;

interface Spread {
  median: number;
  p95: number;
  max: number;
}

/** What a query costs before its first results are shown, and until all of them are there. */
interface Stages<T> {
  first: T;
  complete: T;
}

export interface BrowserSearchBench {
  /** Bytes of the module, Pagefind, its index and fragments fetched by the first query. */
  firstQueryBytes: Stages<number>;
  /** The filter files the search page loads on top, for its counts. */
  filterBytes: number;
  laterQueryBytes: Stages<Spread>;
  queryMs: Stages<Spread>;
  queries: number;
}

const percentile = (values: readonly number[], p: number): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
};
const spread = (values: readonly number[]): Spread => ({
  median: percentile(values, 50),
  p95: percentile(values, 95),
  max: Math.max(...values),
});

/**
 * A stage ends once no request has been in flight for this long, as for a reader who
 * reads the results before typing again: a stage's last fetches count in it, not in
 * the next stage, and the next query does not start while the page is still busy.
 */
const QUIET_MS = 500;
const MAX_WAIT_MS = 10_000;

async function bytesDuring(page: Page, work: () => Promise<unknown>): Promise<number> {
  const sizes: Promise<number>[] = [];
  let inFlight = 0;
  let lastActivity = performance.now();
  const started = (): void => {
    inFlight++;
    lastActivity = performance.now();
  };
  const ended = (): void => {
    inFlight--;
    lastActivity = performance.now();
  };
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
  page.on('request', started);
  page.on('requestfinished', ended);
  page.on('requestfailed', ended);
  page.on('response', count);
  await work();
  // Not waitForLoadState('networkidle'): that is reached once per navigation, and waits for nothing after it.
  const workDone = performance.now();
  while ((inFlight > 0 || performance.now() - lastActivity < QUIET_MS) && performance.now() - workDone < MAX_WAIT_MS)
    await delay(50);
  page.off('request', started);
  page.off('requestfinished', ended);
  page.off('requestfailed', ended);
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
    // The first answer holds the first results (or is the complete set); the search waits
    // in the page, not going on to older shards, until the rest is asked for.
    const firstResults = (query: string): Promise<number> =>
      page.evaluate(
        async ({ q, url }) => {
          const started = performance.now();
          const { searchInTurn } = (await import(url)) as SiteSearchModule;
          const answers = searchInTurn(q);
          const first = await answers.next();
          if (!first.done) await Promise.all(first.value.results.slice(0, 10).map((result) => result.data()));
          (globalThis as { inTurn?: typeof answers }).inTurn = answers;
          return performance.now() - started;
        },
        { q: query, url: MODULE_URL },
      );
    const complete = (): Promise<number> =>
      page.evaluate(async () => {
        const started = performance.now();
        let last: Awaited<ReturnType<SiteSearchModule['search']>> | undefined;
        for await (const answer of (globalThis as { inTurn?: ReturnType<SiteSearchModule['searchInTurn']> }).inTurn!)
          last = answer;
        await Promise.all((last?.results ?? []).slice(0, 10).map((result) => result.data()));
        return performance.now() - started;
      });
    const measure = async (query: string): Promise<{ bytes: Stages<number>; ms: Stages<number> }> => {
      let firstMs = 0;
      let restMs = 0;
      const first = await bytesDuring(page, async () => (firstMs = await firstResults(query)));
      const rest = await bytesDuring(page, async () => (restMs = await complete()));
      return { bytes: { first, complete: first + rest }, ms: { first: firstMs, complete: firstMs + restMs } };
    };
    const [first, ...later] = queries;
    const firstQuery = await measure(first!);
    const filterBytes = await bytesDuring(page, () =>
      page.evaluate(async (url) => ((await import(url)) as SiteSearchModule).filterCounts(''), MODULE_URL),
    );
    const measured = [];
    for (const query of later) measured.push(await measure(query));
    return {
      firstQueryBytes: firstQuery.bytes,
      filterBytes,
      laterQueryBytes: {
        first: spread(measured.map((m) => m.bytes.first)),
        complete: spread(measured.map((m) => m.bytes.complete)),
      },
      queryMs: { first: spread(measured.map((m) => m.ms.first)), complete: spread(measured.map((m) => m.ms.complete)) },
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
  const spreadKb = ({ median, p95, max }: Spread): string => `median ${kb(median)}, p95 ${kb(p95)}, max ${kb(max)}`;
  const spreadMs = ({ median, p95 }: Spread): string => `median ${median.toFixed(0)} ms, p95 ${p95.toFixed(0)} ms`;
  console.log(
    `  in Chromium, ${browser.queries + 1} queries, searched shard by shard as the search page does:\n` +
      `    before the first results: first query fetched ${kb(browser.firstQueryBytes.first)} (target ≤ 300 KB); ` +
      `later queries ${spreadKb(browser.laterQueryBytes.first)} (target ≤ 100 KB); time ${spreadMs(browser.queryMs.first)} (target p95 ≤ 200 ms)\n` +
      `    until the complete set: first query fetched ${kb(browser.firstQueryBytes.complete)}; ` +
      `later queries ${spreadKb(browser.laterQueryBytes.complete)}; time ${spreadMs(browser.queryMs.complete)}\n` +
      `    filter counts ${kb(browser.filterBytes)} more`,
  );
}
