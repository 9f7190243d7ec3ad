/**
 * npm run eval:search [-- --releases N] [--shard-size S] [--reuse] [--misses] [--browser]
 * Builds a site from N releases of the shared corpus (imported once into
 * .cache/builds; --reuse keeps the last build too), runs tests/fixtures/search-queries.json through the site's own
 * /search/thai-search.js in Node, and prints recall, precision@10 and the zero-result
 * rate, overall and per class of query. --shard-size cuts the index into shards of S
 * releases (default: the build's), to measure what merging shards costs. --browser also
 * runs the queries in headless Chromium: bytes fetched and query time, as the bench does.
 */
import { parseArgs } from 'node:util';
import { evalSite, loadQueries, releaseTruth, runQueries, scoreByClass } from './lib/search-eval.ts';
import { reportSearchInBrowser } from './lib/search-browser-bench.ts';

const { values } = parseArgs({
  options: {
    releases: { type: 'string', default: '3000' },
    'shard-size': { type: 'string' },
    reuse: { type: 'boolean', default: false },
    misses: { type: 'boolean', default: false },
    browser: { type: 'boolean', default: false },
  },
});
const count = Number(values.releases);
const { releasesDir, siteDir } = await evalSite(count, { reuse: values.reuse, ...(values['shard-size'] ? { shardSize: Number(values['shard-size']) } : {}) });
const truth = await releaseTruth(releasesDir);
const outcomes = await runQueries(siteDir, truth, await loadQueries());

console.log(`${outcomes.length} queries with at least one relevant release, over ${truth.size} releases`);
console.log('class                 queries  recall  P@10   zero results  title first   (targets: overall recall ≥ 0.98, P@10 ≥ 0.95; each class ≥ 0.95, ≥ 0.90)');
for (const s of scoreByClass(outcomes)) {
  const titleFirst = s.titleFirst === undefined ? '—' : s.titleFirst.toFixed(3);
  console.log(`${s.name.padEnd(22)}${String(s.queries).padStart(7)}  ${s.recall.toFixed(3)}  ${s.precisionAt10.toFixed(3)}  ${(s.zeroResultRate * 100).toFixed(1).padStart(5)} %       ${titleFirst}`);
}
console.log('title first: of the queries that some release has in its title, the share whose first result is one of those releases');
if (values.misses) {
  console.log('\nqueries below recall 1 or P@10 1 (relevant / found relevant of found / top-10 relevant of top 10):');
  for (const o of outcomes) {
    if (o.foundRelevant < o.relevant || o.top10Relevant < o.top10 || o.found === 0) {
      console.log(`  [${o.class}] ${o.query}: ${o.relevant} / ${o.foundRelevant} of ${o.found} / ${o.top10Relevant} of ${o.top10}`);
    }
  }
}
if (values.browser) await reportSearchInBrowser(siteDir);
