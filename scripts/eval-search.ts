/**
 * npm run eval:search [-- --corpus 2016-2020|2020-2025] [--releases N] [--shard-size S]
 *   [--seed N] [--per-class Q] [--reuse] [--misses] [--browser]
 * Builds a site from N releases of a shared corpus (imported once into .cache/builds;
 * --reuse keeps the last build of the same sample and shard size), draws a new random
 * sample of queries from those releases' own text (the seed is printed; --seed replays
 * it), runs them through the site's /search/thai-search.js in Node, and prints recall,
 * precision@10 and the zero-result rate, overall and per class of query. --shard-size
 * cuts the index into shards of S releases. --browser also runs the queries in headless
 * Chromium: bytes fetched and query time, as the bench does.
 */
import { parseArgs } from 'node:util';
import { CORPORA, type Corpus } from './shared/corpus.ts';
import { evalSite, releaseQueries, releaseTruth, runQueries, scoreByClass, TARGETS } from './eval-search/search-eval.ts';
import { newSeed } from './shared/random.ts';
import { reportSearchInBrowser } from './eval-search/browser-bench.ts';

const { values } = parseArgs({
  options: {
    corpus: { type: 'string', default: '2020-2025' },
    releases: { type: 'string', default: '3000' },
    'shard-size': { type: 'string' },
    seed: { type: 'string' },
    'per-class': { type: 'string', default: '60' },
    reuse: { type: 'boolean', default: false },
    misses: { type: 'boolean', default: false },
    browser: { type: 'boolean', default: false },
  },
});
if (!CORPORA.includes(values.corpus as Corpus)) throw new Error(`--corpus is one of ${CORPORA.join(', ')}`);
const seed = values.seed === undefined ? newSeed() : Number(values.seed);
const shardSize = values['shard-size'] ? Number(values['shard-size']) : undefined;
const { releasesDir, siteDir } = await evalSite({
  corpus: values.corpus as Corpus,
  releases: Number(values.releases),
  reuse: values.reuse,
  ...(shardSize ? { shardSize } : {}),
});
const truth = await releaseTruth(releasesDir);
const queries = await releaseQueries(releasesDir, seed, Number(values['per-class']));
const outcomes = await runQueries(siteDir, truth, queries);

console.log(
  `corpus ${values.corpus}, ${truth.size} releases, shard size ${shardSize ?? 'default'}, seed ${seed} (--seed ${seed} replays it)`,
);
console.log(`${outcomes.length} queries drawn from the releases' text`);
console.log(
  `class                 queries  recall  P@10   zero results  title first   (targets: recall ≥ ${TARGETS.overallRecall} overall, ≥ ${TARGETS.classRecall} each class; P@10 ≥ ${TARGETS.precision}; no zero results)`,
);
for (const s of scoreByClass(outcomes)) {
  const titleFirst = s.titleFirst === undefined ? '—' : s.titleFirst.toFixed(3);
  console.log(
    `${s.name.padEnd(22)}${String(s.queries).padStart(7)}  ${s.recall.toFixed(3)}  ${s.precisionAt10.toFixed(3)}  ${(s.zeroResultRate * 100).toFixed(1).padStart(5)} %       ${titleFirst}`,
  );
}
console.log(
  'title first: of the queries that some release has in its title, the share whose first result is one of those releases',
);
if (values.misses) {
  console.log('\nqueries below recall 1 or P@10 1 (relevant / found relevant of found / top-10 relevant of top 10):');
  for (const o of outcomes) {
    if (o.foundRelevant < o.relevant || o.top10Relevant < o.top10 || o.found === 0) {
      console.log(
        `  [${o.class}] ${o.query}: ${o.relevant} / ${o.foundRelevant} of ${o.found} / ${o.top10Relevant} of ${o.top10}`,
      );
    }
  }
}
if (values.browser)
  await reportSearchInBrowser(
    siteDir,
    queries.map((q) => q.query),
  );
