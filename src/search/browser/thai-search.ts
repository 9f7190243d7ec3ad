/**
 * Thalaeng's Thai search: the one module that the search page, the evaluation
 * (`npm run eval:search`) and the tests all use, served at `<site>/search/thai-search.js`.
 *
 *   const { search, filterCounts, preload } = await import('/search/thai-search.js');
 *   const found = await search('แรงงานนอกระบบ', { filters: { province: ['TH-50'] }, sort: 'newest' });
 *   for (const result of found.results.slice(0, 10)) console.log((await result.data()).meta.title);
 *
 * `search` resolves to what Pagefind's `search()` returns, plus `matchedAs`; each result's
 * `data()` gives `meta.title`, `meta.date` (ISO), `filters.ministry`, `filters.province`,
 * and an `excerpt` that reads as Thai (HTML: escaped text and <mark>). Filters: `ministry` and `category` (slugs), `province` (ISO 3166-2:TH codes),
 * `year` (Buddhist era, "2563"); values of one filter are ORed, filters are ANDed.
 * Sorts: `relevance` (default), `newest`, `oldest`. Pagefind is loaded from beside this
 * module (import.meta.url), so the site works under any base path.
 *
 * The index comes in shards of months (src/search/indexing/shards.ts), merged here with
 * Pagefind's `mergeIndex`: one WebAssembly download, each shard's metadata.
 */
import { prepareQuery, locatesEveryWord, chunkProbes } from './query.ts';
import { answerQueriesInWorker, queryWordsOffThread, startQueryWorker } from './query-worker.ts';
import { buildExcerpt, displayText } from '@/search/common/excerpt.ts';
import { indexedWords } from '@/search/common/thai-text.ts';
import { readableMeta } from '@/search/common/meta.ts';
import {
  FILTER_GROUPS,
  MONTH_FILTER,
  hasPeriod,
  monthsInPeriod,
  pagefindFilters,
  pagefindSort,
  withoutGroup,
  type SearchFilters,
  type SearchPeriod,
  type SearchSort,
} from './state.ts';
import { inShardOrder, resultsByShard, withoutShard, withoutShardCounts } from './shard-results.ts';
import { SHARD_FILTER } from '@/search/common/shard-names.ts';
import { SEARCH_INDEX, baseOfSearchModule } from '@/site/relative-paths.ts';
import { inRankOf } from './phrase-rank.ts';
import { completionIn, followedPages, MAX_COMPLETIONS, mayContinue, unionOf } from './phrase-continuation.ts';
import type { Pagefind, PagefindResult, PagefindSearch } from './pagefind-api.ts';

/** The index's shards under pagefind/, newest first: written into this module by the build (src/search/indexing/search-module.ts). */
declare const SEARCH_SHARDS: readonly string[];
/** Where the index chunks of all shards start, sorted (src/search/indexing/chunk-starts.ts): written in by the build too. */
declare const CHUNK_STARTS: readonly string[];

export type { SearchFilters, SearchPeriod, SearchSort };

export interface SearchOptions {
  filters?: SearchFilters;
  /** From month to month (`2567-03`, Buddhist era), either end open. */
  period?: SearchPeriod;
  sort?: SearchSort;
}

export interface ThaiSearch extends PagefindSearch {
  /** `phrase` for several words found together; `words` when only the words apart matched. */
  matchedAs: 'word' | 'phrase' | 'words' | 'filters';
}

const siteBase = baseOfSearchModule(import.meta.url);
// Loaded again as a worker, this module only segments queries (query-worker.ts).
answerQueriesInWorker();

/** The query's words, segmented in this module's worker. */
function wordsOf(query: string): Promise<string[]> {
  startQueryWorker(import.meta.url);
  return queryWordsOffThread(query);
}

let pagefindReady: Promise<Pagefind | undefined> | undefined;

/** Undefined when no release is published: then nothing is found. */
function loadPagefind(): Promise<Pagefind | undefined> {
  pagefindReady ??= (async () => {
    const [newest, ...older] = SEARCH_SHARDS;
    if (newest === undefined) return undefined;
    const shardUrl = (name: string): string => new URL(`${SEARCH_INDEX}${name}/`, siteBase).href;
    const pagefind = (await import(/* @vite-ignore */ `${shardUrl(newest)}pagefind.js`)) as Pagefind;
    // No exactDiacritics: Thai marks reach Pagefind as letters (thai-text.ts), so ข่าย is
    // never filed under ขาย; only Latin accents fold (cafe finds café).
    const options = { baseUrl: siteBase.pathname };
    await pagefind.options(options);
    await pagefind.init();
    await Promise.all(older.map((name) => pagefind.mergeIndex(shardUrl(name), options)));
    return pagefind;
  })();
  return pagefindReady;
}

/** Fetches Pagefind, its metadata and filters ahead of the first search (the search page calls it on load). */
export async function preload(): Promise<void> {
  startQueryWorker(import.meta.url);
  await (await loadPagefind())?.filters();
}

/** Searches releases; an empty query with filters lists every release they match. */
export function search(query: string, options: SearchOptions = {}): Promise<ThaiSearch> {
  return find(query, options, true);
}

/** `ranked`: whether the order matters; counting filter values needs none. */
async function find(
  query: string,
  { filters = {}, period = {}, sort = 'relevance' }: SearchOptions,
  ranked: boolean,
): Promise<ThaiSearch> {
  const [pagefind, words] = await Promise.all([loadPagefind(), wordsOf(query)]);
  const prepared = prepareQuery(words);
  if (!pagefind) return { ...NOTHING, matchedAs: prepared.term === null ? 'filters' : 'word' };
  // A period is the months the index has between its ends: Pagefind filters by value, not by range.
  const months = hasPeriod(period)
    ? monthsInPeriod(Object.keys((await pagefind.filters())[MONTH_FILTER] ?? {}), period)
    : undefined;
  const options = { filters: pagefindFilters(filters, months), sort: pagefindSort(sort) };
  const run = async (term: string | null, { filters: chosen, sort: order } = options): Promise<PagefindSearch> => {
    const probes = term === null ? [] : chunkProbes(term, CHUNK_STARTS);
    if (probes.length) await pagefind.preload(probes.join(' '));
    const found = await pagefind.search(term, { filters: chosen, sort: order });
    const asked =
      term === null
        ? found
        : await inShardsThatFoundIt(found, term, (shards) =>
            pagefind.search(term, { filters: { ...chosen, [SHARD_FILTER]: { any: shards } }, sort: order }),
          );
    return withThaiExcerpts({ ...withoutShardCounts(asked), results: inShardOrder(asked.results, SEARCH_SHARDS, sort) }, term);
  };
  if (prepared.term === null) return { ...(await run(null)), matchedAs: 'filters' };
  const term = prepared.term;
  // The phrase as typed, and where its last word goes on in the text (phrase-continuation.ts).
  const phrase = async (chosen = options): Promise<PagefindSearch> => {
    // Searched alongside the phrase itself: where its last word may go on.
    const followers = mayContinue(words) ? followersOf(pagefind, words, chosen) : undefined;
    const exact = await run(term, chosen);
    if (!followers) return exact;
    const merged = await unionOf([exact, ...(await completions(await followers, words, exact, chosen, run))]);
    return { ...merged, results: inShardOrder(byScore(merged.results, chosen.sort), SEARCH_SHARDS, sort) };
  };
  // Exact (quoted) results come unranked: the same words unquoted give their order, searched alongside.
  const rankedWords =
    ranked && sort === 'relevance' && term !== prepared.words
      ? pagefind.search(prepared.words, { filters: options.filters })
      : undefined;
  const [exact, byWords] = await Promise.all([term === prepared.words ? run(term) : phrase(), rankedWords]);
  const found = byWords && exact.results.length > 1 ? inRankOf(exact, byWords) : exact;
  if (!prepared.words.includes(' ')) return { ...found, matchedAs: 'word' };
  if (
    found.results.length ||
    (Object.keys(options.filters).length && (await phrase({ filters: {}, sort: undefined })).results.length)
  ) {
    return { ...found, matchedAs: 'phrase' };
  }
  // Nowhere as a phrase: ICU may have split the reader's words differently from the text's.
  return { ...(await run(prepared.words)), matchedAs: 'words' };
}

/** Under a date sort Pagefind's score is a page's place in its shard's order, so searches merge by it. */
function byScore(results: readonly PagefindResult[], order: object | undefined): PagefindResult[] {
  return order ? [...results].sort((a, b) => b.score - a.score) : [...results];
}

/** Pages read per search for their completions, a few at once. */
const MAX_LOOKUPS = 2 * MAX_COMPLETIONS;
const LOOKUPS_AT_ONCE = 3;

/** Pages where the phrase's other words stand right before a word that begins with its last (phrase-continuation.ts). */
async function followersOf(
  pagefind: Pagefind,
  words: readonly string[],
  { filters }: { filters: object },
): Promise<ReturnType<typeof followedPages>> {
  const last = words.at(-1)!;
  const probes = chunkProbes(last, CHUNK_STARTS);
  if (probes.length) await pagefind.preload(probes.join(' '));
  const [before, after] = await Promise.all([
    pagefind.search(`"${words.slice(0, -1).join(' ')}"`, { filters }),
    pagefind.search(last, { filters }),
  ]);
  return followedPages(before.results, after.results);
}

/**
 * The exact searches of the phrase with its last word completed as the text of
 * `followers` has it, for the pages that `exact` does not already hold.
 */
async function completions<Chosen>(
  followers: ReturnType<typeof followedPages>,
  words: readonly string[],
  exact: PagefindSearch,
  chosen: Chosen,
  run: (term: string, chosen: Chosen) => Promise<PagefindSearch>,
): Promise<PagefindSearch[]> {
  const head = words.slice(0, -1);
  const last = words.at(-1)!;
  const covered = new Set(exact.results.map((result) => result.id));
  const searched = new Set<string>();
  const found: PagefindSearch[] = [];
  let lookups = 0;
  // In rounds of a few pages at once: most completions show in the first pages read.
  while (found.length < MAX_COMPLETIONS && lookups < MAX_LOOKUPS) {
    const round = followers.filter(({ result }) => !covered.has(result.id)).slice(0, LOOKUPS_AT_ONCE);
    if (round.length === 0) break;
    lookups += round.length;
    for (const { result } of round) covered.add(result.id);
    const read = await Promise.all(round.map(async ({ result, at }) => completionIn((await result.data()).content, at, last)));
    const fresh = [...new Set(read)].filter((word): word is string => word !== undefined && !searched.has(word));
    for (const word of fresh) searched.add(word);
    const more = await Promise.all(fresh.map((word) => run(`"${[...head, word].join(' ')}"`, chosen)));
    for (const search of more) for (const page of search.results) covered.add(page.id);
    found.push(...more);
  }
  return found;
}

const NOTHING: PagefindSearch = { results: [], unfilteredResultCount: 0, filters: {}, totalFilters: {} };

/** Results per shard that are asked whether they hold the query: their data is what the page shows first anyway. */
const SHARD_WITNESSES = 3;

/**
 * Where no word of a shard starts with a query word, Pagefind searches that shard for
 * the longest indexed word that starts the query word instead (2560 finds 25;
 * https://github.com/Pagefind/pagefind/pull/315): once per word and shard
 * (find_word_extensions in pagefind_web/src/search.rs), so either every result of a
 * shard holds what was asked or none does: its first results tell (several, in case a
 * match hides where locatesEveryWord does not look).
 * That holds because the index files no two forms under one (thai-text.ts keeps Thai marks
 * as letters; with ข่าย under ขาย, a shard's first result could hold ข่าย, others ขาย). The search is
 * then repeated in the shards that found what was asked, so the counts are theirs alone.
 * Without it, tests/e2e/search-index.test.ts "finds a word that only one shard holds"
 * fails.
 */
async function inShardsThatFoundIt(
  found: PagefindSearch,
  term: string,
  searchShards: (shards: string[]) => Promise<PagefindSearch>,
): Promise<PagefindSearch> {
  const verdicts = await Promise.all(
    [...resultsByShard(found.results)].map(async ([shard, results]) => {
      const located = await Promise.all(
        results.slice(0, SHARD_WITNESSES).map(async (result) => {
          const data = await result.data();
          return locatesEveryWord(data.content, data.locations, term);
        }),
      );
      return { shard, asked: located.some(Boolean) };
    }),
  );
  if (verdicts.every(({ asked }) => asked)) return found;
  const good = verdicts.filter(({ asked }) => asked).map(({ shard }) => shard);
  return good.length ? searchShards(good) : NOTHING;
}

/**
 * How many results each filter value would give: counted with the other filters
 * applied but not its own group's, so choosing a second province adds to the first.
 */
export async function filterCounts(
  query: string,
  filters: SearchFilters = {},
  period: SearchPeriod = {},
): Promise<Record<string, Record<string, number>>> {
  // Pagefind counts only filters it has loaded; this loads them all, once, and is the
  // answer when nothing is asked (an empty search would fetch the whole index).
  const pagefind = await loadPagefind();
  if (!pagefind) return {};
  const totals = withoutShard(await pagefind.filters());
  if (
    prepareQuery(await wordsOf(query)).term === null &&
    !FILTER_GROUPS.some((group) => filters[group]?.length) &&
    !hasPeriod(period)
  )
    return totals;
  const all = await find(query, { filters, period }, false);
  const counts: Record<string, Record<string, number>> = { ...all.filters };
  await Promise.all(
    FILTER_GROUPS.filter((group) => filters[group]?.length).map(async (group) => {
      counts[group] = (await find(query, { filters: withoutGroup(filters, group), period }, false)).filters[group] ?? {};
    }),
  );
  return counts;
}

function withThaiExcerpts(found: PagefindSearch, term: string | null): PagefindSearch {
  const wanted = (term ?? '')
    .replaceAll('"', '')
    .split(' ')
    .map((word) => displayText(word).trim());
  return {
    ...found,
    results: found.results.map((result): PagefindResult => ({
      ...result,
      data: async () => {
        const data = await result.data();
        const indexed = data.content;
        return {
          ...data,
          // The title is shown above the excerpt: the excerpt starts after it.
          excerpt: buildExcerpt(indexed, data.locations, { wanted, from: indexedWords(data.meta['title'] ?? '').length }),
          // Read on demand: a cabinet summary's whole text is long, and the search page shows only the excerpt.
          get content() {
            return displayText(indexed);
          },
          meta: { ...readableMeta(data.meta) },
        };
      },
    })),
  };
}
