/**
 * npm run bench [-- --releases N [--releases M …]] [--from folder] [--feeds] [--search] [--search-only] [--seed N] [--no-hugo] [--no-rebuild] [--import]
 * Builds the site from N releases of the shared corpus (quick-converted into a temporary
 * folder; by default 1,000, 10,000, 28,555 and 100,000, the last a synthetic archive of
 * the corpus copied to earlier years) and reports wall time, pages per second and peak RSS of the process tree,
 * next to a baseline measured in the same run: the build of the embedded content.
 * --from builds a folder of release files as it is (for example the 2020–2025 corpus
 * imported by `npm run import`) instead of the quick-converted sizes.
 * Every build reports its feeds' sizes (largest and median, RSS and JSON Feed) and the
 * open-data files' size and rendering time. With --feeds each size is also built
 * without feeds, to report what the feeds cost.
 * With --import it runs `npm run import` once over both corpora instead (88,795 releases,
 * 2016–2020 and 2020–2025), then again over its own output, and reports wall time, CPU time,
 * peak RSS and files imported, skipped and failed (with the reasons) against `cp -r` of the
 * same folders in the same run: the disk's share. Nothing is built.
 * Each size is also built by Debian's Hugo (installed when missing) with the same page
 * set (scripts/bench/hugo-site.ts), and the ratio Thalaeng/Hugo is printed (--no-hugo: not).
 * Each size is then rebuilt after one release changed, with the cold build's cache
 * folder and a fresh dist/, and the ratio cold/rebuild is printed (--no-rebuild: not).
 * Each build also reports where its time went (scripts/bench/build-phases.ts), dist/'s size
 * and the search index's share: Pagefind's CPU time and peak memory, the index's size. With --search it runs the evaluation
 * queries in headless Chromium against the built site: bytes fetched and query time
 * (queries drawn afresh, the seed printed; --seed N draws the same again).
 * --search-only builds only the search of each size (scripts/bench/search-only.ts, no pages)
 * and runs those queries: minutes where a whole build of 100,000 releases takes hours.
 * With --photos it instead builds N releases (1,000 by default) without photos and then
 * with three photos each (scripts/bench/photo-releases.ts), cold and after one edit, and
 * reports the photos' cost as ratios against the same releases without them: time, peak
 * memory, dist/'s size, and the images Astro encoded (none on the rebuild).
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { earlierCopy, quickConvert, type QuickRelease } from './bench/quick-convert.ts';
import { CORPORA, corpusFolder, rawReleaseFiles } from './shared/corpus.ts';
import type { ImportReport } from './import/import-run.ts';
import { measure, type Measurement } from './bench/measure.ts';
import { reportSearchInBrowser } from './eval-search/browser-bench.ts';
import { releaseQueries } from './eval-search/search-eval.ts';
import { newSeed } from './shared/random.ts';
import { ensureHugo, writeHugoSite } from './bench/hugo-site.ts';
import { buildPhases, copiedPages, imageFiles } from './bench/build-phases.ts';
import { addPhotos } from './bench/photo-releases.ts';
import { scriptArguments } from './shared/script-arguments.ts';

const CORPUS = path.resolve('../shared/corpus/thaigov-2016-2020.tar.xz');
const { values } = parseArgs({
  options: {
    releases: { type: 'string', multiple: true },
    from: { type: 'string' },
    feeds: { type: 'boolean', default: false },
    import: { type: 'boolean', default: false },
    search: { type: 'boolean', default: false },
    'search-only': { type: 'boolean', default: false },
    seed: { type: 'string' },
    hugo: { type: 'boolean', default: true },
    rebuild: { type: 'boolean', default: true },
    photos: { type: 'boolean', default: false },
  },
  allowNegative: true,
});
const HUGO_MAX_RELEASES = 30_000;
const querySeed = (): number => (values.seed === undefined ? newSeed() : Number(values.seed));
const sizes = (values.releases ?? ['1000', '10000', '28555', '100000']).map(Number);
const hugoVersion = values.hugo && !values.import && !values.photos ? ensureHugo().split(' ')[1] : '';

if (!existsSync(CORPUS)) {
  console.error(`The corpus is not at ${CORPUS}: benchmarks need ../shared beside the repository.`);
  process.exit(1);
}

// Build output stays inside the project: Astro 7 puts its prerender chunks in the shared
// .astro/ folder when outDir is elsewhere (https://github.com/withastro/astro/pull/4736),
// and side-by-side builds would collide there.
await mkdir('.cache', { recursive: true });
const builds = await mkdtemp(path.resolve('.cache/bench-'));
if (values.import) {
  try {
    await benchImport();
  } finally {
    await rm(builds, { recursive: true, force: true });
  }
  process.exit(0);
}
const work = await mkdtemp(path.join(tmpdir(), 'thalaeng-bench-'));
const cleanUp = async (): Promise<void> => {
  await rm(work, { recursive: true, force: true });
  await rm(builds, { recursive: true, force: true });
};
try {
  console.log(`Extracting ${CORPUS} …`);
  execFileSync('tar', ['-xJf', CORPUS, '-C', work]);
  const rawFiles = await rawReleaseFiles(work);

  if (values.photos) {
    await benchPhotos(rawFiles, Number(values.releases?.[0] ?? 1000));
    // process.exit skips the finally below.
    await cleanUp();
    process.exit(0);
  }
  if (values['search-only']) {
    await benchSearchOnly(rawFiles);
    await cleanUp();
    process.exit(0);
  }
  const baseline = await build('baseline', 'content/releases');
  report('embedded content (baseline)', baseline, undefined);
  if (values.from) {
    const dir = path.resolve(values.from);
    const count = (await readdir(dir, { recursive: true })).filter((f) => String(f).endsWith('.md')).length;
    const result = await build('from', dir);
    report(`${count} releases from ${values.from}`, result, baseline.measurement);
    reportIndex(result);
    if (values.rebuild) await reportRebuild(result, dir, 'from');
    await cleanUp();
    process.exit(0);
  }

  for (const size of sizes) {
    const dir = path.join(work, `releases-${size}`);
    const written = await convert(rawFiles, dir, size);
    const result = await build(`n${size}`, dir);
    report(`${written} releases`, result, baseline.measurement);
    reportIndex(result);
    if (values.search) {
      const seed = querySeed();
      console.log(`  search queries drawn from the releases' text with seed ${seed}`);
      await reportSearchInBrowser(
        path.join(builds, `dist-n${size}`),
        (await releaseQueries(dir, seed, 20)).map((q) => q.query),
      );
    }
    // Hugo held about 6 GB per 30,000 releases here: 100,000 would not fit beside the rest.
    if (values.hugo && size <= HUGO_MAX_RELEASES) await reportHugo(result, dir, `n${size}`);
    else if (values.hugo) console.log(`  Hugo: not run above ${HUGO_MAX_RELEASES} releases (about 6 GB per 30,000 here)`);
    if (values.rebuild) await reportRebuild(result, dir, `n${size}`);
    if (values.feeds) {
      // Astro logs each route with its render time: the feeds' share, read within one build.
      const feedMs = routeMs(result.measurement.output, /\/(?:rss\.xml|feed\.json)/);
      console.log(
        `  feeds: rendering every feed, RSS and JSON Feed, took ${(feedMs / 1000).toFixed(1)} s, ${((feedMs / 1000 / result.measurement.seconds) * 100).toFixed(1)} % of this build`,
      );
      const withoutFeeds = await build(`n${size}-nofeeds`, dir, { THALAENG_FEEDS: 'off' });
      report(`${written} releases without feeds`, withoutFeeds, baseline.measurement);
      const share = (result.measurement.seconds - withoutFeeds.measurement.seconds) / withoutFeeds.measurement.seconds;
      console.log(
        `  feeds add ${(share * 100).toFixed(1)} % to the build time (${result.pages - withoutFeeds.pages} feed files)`,
      );
    }
  }
} finally {
  await cleanUp();
}

/**
 * An editor's change: one paragraph added to the release in the middle of the archive,
 * then a build into a fresh dist/ with the cold build's cache folder, as CI would run it.
 */
async function rebuildAfterEdit(releasesDir: string, label: string): Promise<Build> {
  const files = (await readdir(releasesDir, { recursive: true }))
    .map(String)
    .filter((file) => file.endsWith('.md'))
    .sort();
  const edited = path.join(releasesDir, files[Math.floor(files.length / 2)]!);
  await writeFile(edited, `${await readFile(edited, 'utf8')}\nย่อหน้าที่บรรณาธิการเพิ่ม\n`);
  return build(`${label}-rebuild`, releasesDir, {}, label);
}

async function reportRebuild(cold: Build, releasesDir: string, label: string): Promise<void> {
  const rebuilt = await rebuildAfterEdit(releasesDir, label);
  const copied = copiedPages(rebuilt.measurement.output).length;
  const search = buildPhases(rebuilt.measurement.output).search;
  console.log(
    `  rebuild after one release changed: ${rebuilt.measurement.seconds.toFixed(1)} s, ${copied} of ${rebuilt.pages} pages copied from the cache, ` +
      `${search?.unchangedShards} of ${search?.shards} search shards from the cache; cold/rebuild ×${(cold.measurement.seconds / rebuilt.measurement.seconds).toFixed(2)} (target ≥ 3), peak RSS ${gb(rebuilt.measurement.peakRssBytes)} GB`,
  );
}

/**
 * The photos' cost: `size` releases built without photos and then the same releases with
 * three each, cold and after one edit. Ratios are against the build without photos in the
 * same run; images encoded are counted from Astro's log (scripts/bench/build-phases.ts).
 */
async function benchPhotos(rawFiles: string[], size: number): Promise<void> {
  const plain = path.join(work, 'photos-without');
  const written = await convert(rawFiles, plain, size);
  const withPhotos = path.join(work, 'photos-with');
  execFileSync('cp', ['-r', plain, withPhotos]);
  const started = performance.now();
  const drawn = await addPhotos(withPhotos, 3);
  console.log(
    `${written} releases; ${drawn} photos drawn (1600 × 1067 JPEG) in ${((performance.now() - started) / 1000).toFixed(0)} s`,
  );
  const runs = [
    { name: 'without photos (baseline)', cold: await build('without', plain), rebuild: await rebuildAfterEdit(plain, 'without') },
    { name: `with ${drawn} photos`, cold: await build('with', withPhotos), rebuild: await rebuildAfterEdit(withPhotos, 'with') },
  ];
  const [baseline] = runs;
  for (const run of runs) {
    const { name, cold, rebuild } = run;
    const ratio = (value: number, of: number): string => (run === baseline ? '' : ` (×${(value / of).toFixed(2)})`);
    const images = imageFiles(cold.measurement.output);
    const again = imageFiles(rebuild.measurement.output);
    console.log(
      `${name}: cold ${cold.measurement.seconds.toFixed(1)} s${ratio(cold.measurement.seconds, baseline!.cold.measurement.seconds)}, ` +
        `peak RSS ${gb(cold.measurement.peakRssBytes)} GB${ratio(cold.measurement.peakRssBytes, baseline!.cold.measurement.peakRssBytes)}, ` +
        `dist/ ${mb(cold.distBytes)}${ratio(cold.distBytes, baseline!.cold.distBytes)}, ${images.encoded.length} images encoded`,
    );
    console.log(
      `  rebuild after one release changed: ${rebuild.measurement.seconds.toFixed(1)} s${ratio(rebuild.measurement.seconds, baseline!.rebuild.measurement.seconds)}, ` +
        `peak RSS ${gb(rebuild.measurement.peakRssBytes)} GB${ratio(rebuild.measurement.peakRssBytes, baseline!.rebuild.measurement.peakRssBytes)}, ` +
        `${copiedPages(rebuild.measurement.output).length} of ${rebuild.pages} pages copied, ` +
        `images encoded ${again.encoded.length}, copied from the cache ${again.reused.length}`,
    );
  }
}

/** Hugo on the same releases, for the ratio Thalaeng/Hugo measured in the same run. */
async function reportHugo(thalaeng: Build, releasesDir: string, label: string): Promise<void> {
  const project = path.join(builds, `hugo-${label}`);
  const publishDir = path.join(project, 'public');
  await writeHugoSite(project, releasesDir, publishDir);
  const hugo = await measure('hugo', ['--source', project, '--quiet'], process.env);
  if (hugo.exitCode !== 0) throw new Error(`hugo failed:\n${hugo.output.slice(-5000)}`);
  const pages = (await readdir(publishDir, { recursive: true })).filter((f) => /\.(html|xml)$/.test(String(f))).length;
  await rm(project, { recursive: true, force: true });
  console.log(
    `  Hugo (${hugoVersion}): ${hugo.seconds.toFixed(1)} s, ${pages} pages, peak RSS ${gb(hugo.peakRssBytes)} GB — ` +
      `Thalaeng/Hugo ×${(thalaeng.measurement.seconds / hugo.seconds).toFixed(2)} time, ×${(thalaeng.measurement.peakRssBytes / hugo.peakRssBytes).toFixed(2)} memory (Thalaeng ${thalaeng.pages} pages)`,
  );
}

/**
 * Pagefind's share of one build: its CPU time against the whole tree's, its peak memory,
 * the index on disk. Indexing runs alongside the pages, so its wall time is not a share.
 */
function reportIndex({ measurement, indexBytes }: Build): void {
  const search = buildPhases(measurement.output).search;
  const ofPagefind = (byCommand: Record<string, number>): number =>
    Object.entries(byCommand)
      .filter(([command]) => command.startsWith('pagefind'))
      .reduce((sum, [, n]) => sum + n, 0);
  const pagefindBytes = ofPagefind(measurement.peakRssByCommand);
  const pagefindCpu = ofPagefind(measurement.cpuSecondsByCommand);
  const allCpu = Object.values(measurement.cpuSecondsByCommand).reduce((sum, n) => sum + n, 0);
  console.log(
    `  search index: ${search?.releases} releases in ${search?.shards} shards (${search?.unchangedShards} from the cache), ready ${search?.readySeconds} s into the build; ` +
      `Pagefind ${pagefindCpu.toFixed(0)} CPU s of the build's ${allCpu.toFixed(0)} (${((pagefindCpu / allCpu) * 100).toFixed(0)} %), ` +
      `peak RSS ${gb(pagefindBytes)} GB (${((pagefindBytes / measurement.peakRssBytes) * 100).toFixed(0)} % of the build's peak), index ${mb(indexBytes)} on disk`,
  );
}

/**
 * `npm run import` over both corpora in one run, into an empty folder, then again into the
 * same folder (nothing left to write), against `cp -r` of the same folders; an unmeasured
 * copy first brings the files into the page cache for both.
 */
async function benchImport(): Promise<void> {
  const inputs = await Promise.all(CORPORA.map(async (c) => path.join(await corpusFolder(c), `thaigov-${c}`)));
  const releases = await Promise.all(inputs.map(async (dir) => (await rawReleaseFiles(dir)).length));
  const copyInto = async (dir: string): Promise<Measurement> => {
    await mkdir(dir);
    const copy = await measure('cp', ['-r', ...inputs, dir], process.env);
    if (copy.exitCode !== 0) throw new Error(`cp failed:\n${copy.output.slice(-4000)}`);
    return copy;
  };
  await copyInto(path.join(builds, 'warm-up'));
  await rm(path.join(builds, 'warm-up'), { recursive: true });
  const copy = await copyInto(path.join(builds, 'copy'));
  const out = path.join(builds, 'imported');
  const importOnce = async (run: string): Promise<[Measurement, ImportReport]> => {
    const file = path.join(builds, `import-${run}.json`);
    const args = [...inputs, '--out', out, '--report', file];
    const m = await measure(process.execPath, scriptArguments('scripts/import.ts', args), process.env);
    // Exit code 1 only says some files failed: the report lists them (writing it is timed too).
    const report = await readFile(file, 'utf8').catch(() => {
      throw new Error(`import failed (exit code ${m.exitCode}):\n${m.output.slice(-4000)}`);
    });
    return [m, JSON.parse(report) as ImportReport];
  };
  const first = await importOnce('first');
  const again = await importOnce('again');

  const count = (n: number): string => n.toLocaleString('en-US');
  const cpu = (m: Measurement): number => Object.values(m.cpuSecondsByCommand).reduce((sum, s) => sum + s, 0);
  const measured = (m: Measurement): string =>
    `${m.seconds.toFixed(1)} s wall, ${cpu(m).toFixed(1)} s CPU, peak RSS ${mb(m.peakRssBytes)}`;
  console.log(
    `inputs: ${inputs.map((dir, i) => `${path.basename(dir)} ${count(releases[i]!)}`).join(', ')} releases (.txt), ` +
      `${count(releases.reduce((sum, n) => sum + n, 0))} in all`,
  );
  console.log(`copying them, cp -r (baseline): ${measured(copy)}`);
  for (const [label, [m, report]] of [
    ['first run, into an empty folder', first],
    ['second run, same folder', again],
  ] as const) {
    console.log(
      `import, ${label}: ${measured(m)}; import/copy ×${(m.seconds / copy.seconds).toFixed(1)} wall, ` +
        `×${(cpu(m) / cpu(copy)).toFixed(1)} CPU, ×${(m.peakRssBytes / copy.peakRssBytes).toFixed(1)} peak RSS`,
    );
    // Each input ends in one of these (a failed folder or --out counts once too); the report's other lists (close
    // calls, drafts, the uncategorised) are among these outcomes.
    const outcomes = ['imported', 'updated', 'unchanged', 'refused', 'moved', 'skipped', 'failed'] as const;
    const files = outcomes.reduce((sum, outcome) => sum + report[outcome].length, 0);
    console.log(
      `  ${count(files)} files: ${outcomes.map((outcome) => `${outcome} ${count(report[outcome].length)}`).join(', ')}; ` +
        `drafts among the written ${count(report.drafts.length)}`,
    );
  }
  // The first run's skipped and failed files by reason, with each corpus's share and three examples.
  const byReason = (kind: string, list: { file: string; reason: string; detail?: string | undefined }[]): void => {
    const groups = [...Map.groupBy(list, (item) => item.reason)].sort((x, y) => y[1].length - x[1].length);
    for (const [reason, items] of groups) {
      const inCorpus = (dir: string): number => items.filter((i) => path.resolve(i.file).startsWith(dir + path.sep)).length;
      console.log(
        `  ${kind}, ${reason}: ${count(items.length)} (${inputs.map((dir) => `${path.basename(dir)} ${inCorpus(dir)}`).join(', ')})`,
      );
      for (const { file, detail } of items.slice(0, 3))
        console.log(`    e.g. ${file}${detail ? `: ${detail.split('\n')[0]}` : ''}`);
    }
  };
  const [, report] = first;
  console.log('first run, skipped and failed files by reason:');
  byReason(
    'skipped',
    report.skipped.map((s) => ({ file: s.input, reason: s.reason, detail: s.detail })),
  );
  byReason(
    'failed',
    report.failed.map((f) => ({ file: f.path, reason: f.reason })),
  );
}

/** This process's environment with the folders a build reads and writes. */
function folderEnv(releasesDir: string, outDir: string, cacheDir: string): NodeJS.ProcessEnv {
  return { ...process.env, THALAENG_RELEASES_DIR: releasesDir, THALAENG_OUT_DIR: outDir, THALAENG_CACHE_DIR: cacheDir };
}

/** Each size's search alone, indexed as a build indexes it, then queried in Chromium. */
async function benchSearchOnly(rawFiles: string[]): Promise<void> {
  for (const size of sizes) {
    const dir = path.join(work, `releases-${size}`);
    const written = await convert(rawFiles, dir, size);
    const outDir = path.join(builds, `search-${size}`);
    const measurement = await measure(
      process.execPath,
      ['--import', './scripts/shared/src-alias.ts', 'scripts/bench/search-only.ts'],
      folderEnv(dir, outDir, path.join(builds, `cache-search-${size}`)),
    );
    if (measurement.exitCode !== 0) throw new Error(`indexing ${size} releases failed:\n${measurement.output.slice(-5_000)}`);
    console.log(
      `${written} releases, search only: ${measurement.output.trim().split('\n').at(-1)}; ` +
        `${measurement.seconds.toFixed(0)} s, peak RSS ${(measurement.peakRssBytes / 2 ** 30).toFixed(2)} GB, index ${(diskBytes(path.join(outDir, 'pagefind')) / 2 ** 20).toFixed(0)} MB`,
    );
    const seed = querySeed();
    console.log(`  search queries drawn from the releases' text with seed ${seed}`);
    await reportSearchInBrowser(
      outDir,
      (await releaseQueries(dir, seed, 20)).map((q) => q.query),
    );
    await rm(outDir, { recursive: true, force: true });
  }
}

/**
 * The first `limit` releases of the corpus, quick-converted; past the corpus's end,
 * earlier copies of it (a synthetic archive, see earlierCopy).
 */
async function convert(rawFiles: string[], dir: string, limit: number): Promise<number> {
  const seen = new Set<string>();
  const converted: QuickRelease[] = [];
  for (const file of rawFiles) {
    if (converted.length >= limit) break;
    const release = quickConvert(await readFile(file, 'utf8'));
    if (!release || seen.has(release.id)) continue;
    seen.add(release.id);
    converted.push(release);
  }
  const corpusSize = converted.length;
  // Copies only for sizes beyond the corpus: 28,555 means the corpus as it is.
  for (let copy = 1; limit > rawFiles.length && converted.length < limit; copy++) {
    converted.push(
      ...converted.slice(0, Math.min(corpusSize, limit - converted.length)).map((release) => earlierCopy(release, copy)),
    );
  }
  for (const release of converted) {
    await mkdir(path.dirname(path.join(dir, release.path)), { recursive: true });
    await writeFile(path.join(dir, release.path), release.text);
  }
  return converted.length;
}

interface Build {
  measurement: Measurement;
  pages: number;
  distBytes: number;
  indexBytes: number;
  feeds: FeedSizes;
  dataBytes: number;
}

// Declarations, not constants: the run above calls them before this line is reached.
function diskBytes(dir: string): number {
  return existsSync(dir) ? Number(execFileSync('du', ['-sb', dir]).toString().split('\t')[0]) : 0;
}
function gb(bytes: number): string {
  return (bytes / 1024 ** 3).toFixed(2);
}
function mb(bytes: number): string {
  return `${(bytes / 1024 ** 2).toFixed(1)} MB`;
}

/** `cacheOf`: the label of an earlier build whose cache folder this one uses. */
async function build(label: string, releasesDir: string, env: NodeJS.ProcessEnv = {}, cacheOf = label): Promise<Build> {
  const outDir = path.join(builds, `dist-${label}`);
  const measurement = await measure(
    process.execPath,
    ['--max-old-space-size=16384', 'node_modules/astro/bin/astro.mjs', 'build'],
    { ...folderEnv(releasesDir, outDir, path.join(builds, `cache-${cacheOf}`)), ...env },
  );
  if (measurement.exitCode !== 0) {
    console.error(measurement.output.slice(-20_000));
    throw new Error(`build of ${label} failed`);
  }
  const pages = (await readdir(outDir, { recursive: true })).filter(
    (f) => /\.(html|xml)$/.test(String(f)) && !String(f).includes('sitemap'),
  ).length;
  const sizes = {
    distBytes: diskBytes(outDir),
    indexBytes: diskBytes(path.join(outDir, 'pagefind')),
    feeds: await feedSizes(outDir),
    dataBytes: diskBytes(path.join(outDir, 'data')),
  };
  // The search benchmark reads the built site afterwards.
  if (!values.search) await rm(outDir, { recursive: true, force: true });
  return { measurement, pages, ...sizes };
}

function report(
  label: string,
  { measurement, pages, distBytes, feeds, dataBytes }: Build,
  baseline: Measurement | undefined,
): void {
  const ratio = baseline
    ? ` (×${(measurement.seconds / baseline.seconds).toFixed(1)} time, ×${(measurement.peakRssBytes / baseline.peakRssBytes).toFixed(1)} memory of baseline)`
    : '';
  console.log(
    `${label}: ${measurement.seconds.toFixed(1)} s, ${pages} pages, ${(pages / measurement.seconds).toFixed(0)} pages/s, peak RSS ${gb(measurement.peakRssBytes)} GB, dist/ ${mb(distBytes)}${ratio}`,
  );
  const phases = buildPhases(measurement.output);
  const seconds = (value: number | undefined): string => (value === undefined ? '?' : `${value.toFixed(1)} s`);
  console.log(
    `  phases: content sync ${seconds(phases.contentSyncSeconds)}, bundling ${seconds(phases.bundlingSeconds)}, ` +
      `pages ${seconds(phases.pagesSeconds)} (paths, related releases, pagination, rendering, feeds); search index ready ${seconds(phases.search?.readySeconds)} into the build`,
  );
  const kb = (bytes: number | undefined): string => `${((bytes ?? 0) / 1000).toFixed(0)} KB`;
  for (const [format, sizes] of [
    ['RSS', feeds.rss],
    ['JSON Feed', feeds.json],
  ] as const) {
    console.log(
      `  feeds, ${format}: ${sizes.length} files, ${mb(sizes.reduce((sum, f) => sum + f.bytes, 0))} in all, median ${kb(sizes[Math.floor(sizes.length / 2)]?.bytes)}, ` +
        `largest ${kb(sizes.at(-1)?.bytes)} (${sizes.at(-1)?.file}), ${sizes.filter((f) => f.bytes > 500_000).length} over 500 KB`,
    );
  }
  const dataMs = routeMs(measurement.output, /\/data\/\S+/);
  console.log(
    `  open data: ${mb(dataBytes)} in /data/, rendered in ${(dataMs / 1000).toFixed(1)} s (${((dataMs / 1000 / measurement.seconds) * 100).toFixed(1)} % of the build)`,
  );
}

/** Astro logs each route with its time, `(+740ms)` or `(+1.54s)`: the sum for the routes matching `route`. */
function routeMs(output: string, route: RegExp): number {
  const line = new RegExp(`${route.source} \\(\\+(\\d+(?:\\.\\d+)?)(ms|s)\\)`, 'g');
  return [...output.matchAll(line)].reduce((sum, m) => sum + Number(m[1]) * (m[2] === 's' ? 1000 : 1), 0);
}

interface FeedSizes {
  /** Smallest first. */
  rss: { file: string; bytes: number }[];
  json: { file: string; bytes: number }[];
}

async function feedSizes(outDir: string): Promise<FeedSizes> {
  if (!existsSync(outDir)) return { rss: [], json: [] };
  const files = (await readdir(outDir, { recursive: true })).map(String);
  const sized = async (name: string) =>
    (
      await Promise.all(
        files
          .filter((f) => path.basename(f) === name)
          .map(async (file) => ({ file, bytes: (await stat(path.join(outDir, file))).size })),
      )
    ).sort((a, b) => a.bytes - b.bytes);
  return { rss: await sized('rss.xml'), json: await sized('feed.json') };
}
