/**
 * Search quality on real releases: a site built from a sample of the shared corpus,
 * ground truth from the releases' own text, and recall and precision@10 of what
 * /search/thai-search.js returns, per class of query.
 */
import { randomOf } from '../shared/random.ts';
import { existsSync } from 'node:fs';
import { readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { corpusFolder, rawReleaseFiles, type Corpus } from '../shared/corpus.ts';
import { runImport } from '../import/import-run.ts';
import { astroBuild } from '../build/astro-build.ts';
import { loadSiteSearch } from './site-search.ts';
import { listReleaseFiles } from '@/release/files.ts';
import { splitRelease } from '@/release/front-matter.ts';
import { markdownToPlainText } from '@/release/excerpt.ts';
import { normaliseSearchText } from '@/search/common/thai-text.ts';
import { SEARCH_MODULE } from '@/site/relative-paths.ts';
import { sampleQueries, truthHolds, segmentedText as wordsOf, type EvalQuery, type TruthText } from './search-sample.ts';
import { environment } from '@/config.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');

/** Text as ground truth sees it: what the index holds, before segmentation, in lower case. */
const truthText = (text: string): string => normaliseSearchText(text).toLowerCase();

/** Every `step`-th raw release of a corpus, in archive order: the same sample every time. */
async function corpusSample(corpus: Corpus, count: number, seed?: number): Promise<string[]> {
  const files = await rawReleaseFiles(path.join(await corpusFolder(corpus), `thaigov-${corpus}`));
  if (seed !== undefined) {
    const random = randomOf(seed);
    // The first `count` places of a Fisher–Yates shuffle.
    for (let i = 0; i < Math.min(count, files.length); i++) {
      const j = i + Math.floor(random() * (files.length - i));
      [files[i], files[j]] = [files[j]!, files[i]!];
    }
    return files.slice(0, count);
  }
  const step = Math.max(1, Math.floor(files.length / count));
  return files.filter((_, i) => i % step === 0).slice(0, count);
}

export interface EvalBuild {
  corpus: Corpus;
  releases: number;
  /** Releases per search shard; the build's default when not given. */
  shardSize?: number;
  /** Draws the releases at random with this seed; without it, spread evenly over the corpus. */
  seed?: number;
  /** Keeps the last build of the same sample and shard size (the index depends on the code under test). */
  reuse?: boolean;
}

/**
 * Imports a sample once, then builds it with search shards of `shardSize` releases.
 * Folders are named by corpus, size and shard size.
 */
export async function evalSite({
  corpus,
  releases: count,
  shardSize,
  seed,
  reuse = false,
}: EvalBuild): Promise<{ releasesDir: string; siteDir: string }> {
  const work = path.join(ROOT, '.cache/builds', `search-eval-${corpus}-${count}${seed === undefined ? '' : `-seed-${seed}`}`);
  const releasesDir = path.join(work, 'releases');
  const siteDir = path.join(work, `site-${shardSize ?? 'default'}`);
  const imported = path.join(work, 'imported');
  if (!existsSync(imported)) {
    await rm(work, { recursive: true, force: true });
    await runImport({
      inputs: await corpusSample(corpus, count, seed),
      out: releasesDir,
      dryRun: false,
      force: false,
      root: ROOT,
      now: environment().now,
    });
    await writeFile(imported, new Date().toISOString());
  }
  if (reuse && existsSync(path.join(siteDir, SEARCH_MODULE))) return { releasesDir, siteDir };
  await rm(siteDir, { recursive: true, force: true });
  const { code, output } = await astroBuild(ROOT, {
    outDir: siteDir,
    cacheDir: path.join(work, 'cache'),
    releasesDir,
    ...(shardSize ? { searchShardSize: shardSize } : {}),
  });
  if (code !== 0) throw new Error(`building the evaluation site failed:\n${output}`);
  return { releasesDir, siteDir };
}

/** A release as ground truth sees it: its title, and its title and body. */
export interface ReleaseTruth {
  title: TruthText;
  text: TruthText;
}

/** Release URL → ground truth; `asWritten` keeps the case. */
export async function releaseTruth(releasesDir: string, asWritten = false): Promise<Map<string, ReleaseTruth>> {
  const prepare = asWritten ? normaliseSearchText : truthText;
  const truth = new Map<string, ReleaseTruth>();
  for (const file of await listReleaseFiles(releasesDir)) {
    const { data, body } = splitRelease(await readFile(file, 'utf8'));
    // Not on the site, so not in its search: a draft (a transcript of the weekly address waits for its source).
    if (data['draft'] === true) continue;
    const title = String(data['title']);
    truth.set(`/releases/${path.basename(file, '.md')}/`, {
      title: wordsOf(prepare(title)),
      text: wordsOf(prepare(`${title}\n${markdownToPlainText(body)}`)),
    });
  }
  return truth;
}

/** A random sample of queries from the text of the releases in `releasesDir` (search-sample.ts). */
export async function releaseQueries(releasesDir: string, seed: number, perClass: number): Promise<EvalQuery[]> {
  const written = [...(await releaseTruth(releasesDir, true)).values()].map(({ text }) => text.text);
  return sampleQueries(written, seed, perClass);
}

/** What every build must reach, whatever the sample: the test suite's floors too. */
export const TARGETS = { overallRecall: 0.99, classRecall: 0.97, precision: 0.95, zeroResults: 0 } as const;

export interface QueryOutcome extends EvalQuery {
  relevant: number;
  /** Relevant releases with the query in their title. */
  titled: number;
  /** Whether the first result is one of them. */
  firstTitled: boolean;
  found: number;
  foundRelevant: number;
  top10Relevant: number;
  top10: number;
}

export interface ClassScore {
  name: string;
  queries: number;
  /** Relevant releases found over relevant releases, pooled over the class's queries. */
  recall: number;
  /** Mean over queries of relevant among the first min(10, found) results; 0 when nothing was found. */
  precisionAt10: number;
  zeroResultRate: number;
  /**
   * Of the queries that some release has in its title, the share whose first result is
   * such a release: what a reader expects on top. Undefined when no query has one.
   */
  titleFirst: number | undefined;
}

export async function runQueries(
  siteDir: string,
  truth: Map<string, ReleaseTruth>,
  queries: readonly EvalQuery[],
): Promise<QueryOutcome[]> {
  const { search } = await loadSiteSearch(siteDir);
  const outcomes: QueryOutcome[] = [];
  // Result id → URL: most results come back for many queries, and their data is the slow part.
  const urlOf = new Map<string, Promise<string>>();
  for (const query of queries) {
    const wanted = wordsOf(truthText(query.query));
    const relevant = new Set([...truth].filter(([, { text }]) => truthHolds(text, wanted)).map(([url]) => url));
    if (relevant.size === 0) continue;
    const titled = new Set([...relevant].filter((url) => truthHolds(truth.get(url)!.title, wanted)));
    const found = await search(query.query);
    // In Node the site's base is the folder it was built in: compare from /releases/ on.
    const urls = await Promise.all(
      found.results.map((result) => {
        if (!urlOf.has(result.id))
          urlOf.set(
            result.id,
            result.data().then((data) => releaseUrl(data.url)),
          );
        return urlOf.get(result.id)!;
      }),
    );
    const top10 = urls.slice(0, 10);
    outcomes.push({
      ...query,
      relevant: relevant.size,
      titled: titled.size,
      firstTitled: urls[0] !== undefined && titled.has(urls[0]),
      found: urls.length,
      foundRelevant: urls.filter((url) => relevant.has(url)).length,
      top10Relevant: top10.filter((url) => relevant.has(url)).length,
      top10: top10.length,
    });
  }
  return outcomes;
}

const releaseUrl = (url: string): string => url.slice(url.lastIndexOf('/releases/'));

export function score(name: string, outcomes: readonly QueryOutcome[]): ClassScore {
  const sum = (pick: (o: QueryOutcome) => number): number => outcomes.reduce((total, o) => total + pick(o), 0);
  const withTitle = outcomes.filter((o) => o.titled > 0);
  return {
    name,
    queries: outcomes.length,
    recall:
      sum((o) => o.foundRelevant) /
      Math.max(
        1,
        sum((o) => o.relevant),
      ),
    precisionAt10: sum((o) => (o.top10 ? o.top10Relevant / o.top10 : 0)) / Math.max(1, outcomes.length),
    zeroResultRate: outcomes.filter((o) => o.found === 0).length / Math.max(1, outcomes.length),
    titleFirst: withTitle.length ? withTitle.filter((o) => o.firstTitled).length / withTitle.length : undefined,
  };
}

/** Overall first, then each class in the order of the queries. */
export function scoreByClass(outcomes: readonly QueryOutcome[]): ClassScore[] {
  const classes = [...new Set(outcomes.map((o) => o.class))];
  return [
    score('overall', outcomes),
    ...classes.map((name) =>
      score(
        name,
        outcomes.filter((o) => o.class === name),
      ),
    ),
  ];
}
