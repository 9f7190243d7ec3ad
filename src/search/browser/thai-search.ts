/**
 * Thalaeng's Thai search: the one module that the search page, the evaluation
 * (`npm run eval:search`) and the tests all use, served at `<site>/search/thai-search.js`.
 *
 *   const { search, searchInTurn, filterCounts, preload } = await import('/search/thai-search.js');
 *   const found = await search('แรงงานนอกระบบ', { filters: { province: ['TH-50'] }, sort: 'newest' });
 *   for (const result of found.results.slice(0, 10)) console.log((await result.data()).meta.title);
 *   for await (const sofar of searchInTurn('แรงงานนอกระบบ')) draw(sofar.results, sofar.complete);
 *
 * `search` resolves to what Pagefind's `search()` returns, plus `matchedAs` and `complete`;
 * each result's `data()` gives `meta.title`, `meta.date` (ISO), `filters.ministry`,
 * `filters.province`, and an `excerpt` that reads as Thai (HTML: escaped text and <mark>).
 * Filters: `ministry` and `category` (slugs), `province` (ISO 3166-2:TH codes), `year`
 * (Buddhist era, "2563"); values of one filter are ORed, filters are ANDed. Sorts:
 * `relevance` (default), `newest`, `oldest`. Pagefind is loaded from beside this module
 * (import.meta.url), so the site works under any base path.
 *
 * The index comes in shards of months (src/search/indexing/shards.ts), searched one after
 * another, newest first, oldest first for an oldest-first sort, and only those whose
 * months meet a chosen year or period (shard-results.ts) and that hold every query word
 * (word-directory.ts) and, for a phrase, may hold its words side by side
 * (pair-directory.ts), read as typed or with an unfinished last word joined again
 * (readingsOf): `searchInTurn` yields the results so far after each shard, each
 * answer the one before with the next shard's results after it, so what a page shows
 * never moves; `search` is its last answer.
 */
import { prepareQuery, locatesEveryWord, chunkProbes, joinedReadings } from './query.ts';
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
import { joinShards, shardsToSearch } from './shard-results.ts';
import { addCounts } from './add-counts.ts';
import { SEARCH_INDEX, SEARCH_WORDS, baseOfSearchModule } from '@/site/relative-paths.ts';
import { chunkLines, shardsHoldingAll, type DirectoryChunks } from './word-directory.ts';
import { phraseHashes, shardsHoldingPairs } from './pair-directory.ts';
import { cachedFiles } from './cached-files.ts';
import type { PairLayout } from '@/search/common/word-pairs.ts';
import { searchedForm } from '@/search/common/indexed-forms.ts';
import { frontDecode } from '@/search/common/front-coding.ts';
import { inRankOf } from './phrase-rank.ts';
import { completionIn, followedPages, MAX_COMPLETIONS, mayContinue, unionOf } from './phrase-continuation.ts';
import type { Pagefind, PagefindModule, PagefindResult, PagefindSearch } from './pagefind-api.ts';

/** The index's shards under pagefind/, newest first: written into this module by the build (src/search/indexing/search-module.ts). */
declare const SEARCH_SHARDS: readonly string[];
/** Where the index chunks of all shards start, sorted and front-coded (src/search/indexing/chunk-starts.ts): written in by the build too. */
declare const CHUNK_STARTS: string;
/** Where the word directory's chunks start, and their files (src/search/indexing/word-directory.ts): written in by the build. */
declare const WORD_DIRECTORY: DirectoryChunks;
/** The pair directory's buckets and each shard's part of them (src/search/indexing/pair-directory.ts): written in by the build. */
declare const PAIR_DIRECTORY: PairLayout;

export type { SearchFilters, SearchPeriod, SearchSort };

export interface SearchOptions {
  filters?: SearchFilters;
  /** Stops a search the reader has left for another: it rejects with the signal's reason before its next shard. */
  signal?: AbortSignal;
  /** From month to month (`2567-03`, Buddhist era), either end open. */
  period?: SearchPeriod;
  sort?: SearchSort;
}

export interface ThaiSearch extends PagefindSearch {
  /**
   * `phrase` for several words found together (and for a word the reader has not finished,
   * which ICU splits: query.ts joinedReadings); `words` when only the words apart matched.
   */
  matchedAs: 'word' | 'phrase' | 'words' | 'filters';
  /** False while shards that can hold matches are still to be searched: their results will come after these. */
  complete: boolean;
}

const siteBase = baseOfSearchModule(import.meta.url);
const shardUrl = (name: string): string => new URL(`${SEARCH_INDEX}${name}/`, siteBase).href;
const readDirectoryChunk = cachedFiles(new URL(SEARCH_WORDS, siteBase), chunkLines);
const readPairBucket = cachedFiles(new URL(SEARCH_WORDS, siteBase), async (bytes) => bytes);
// Loaded again as a worker, this module only segments queries (query-worker.ts).
answerQueriesInWorker();

/** The query's words, segmented in this module's worker. */
function wordsOf(query: string): Promise<string[]> {
  startQueryWorker(import.meta.url);
  return queryWordsOffThread(query);
}

let chunkStarts: readonly string[] | undefined;
/** The index's chunk starts, decoded once, when a search first needs them. */
function chunkStartsList(): readonly string[] {
  return (chunkStarts ??= frontDecode(CHUNK_STARTS));
}

let pagefindModule: Promise<PagefindModule> | undefined;
let firstIndex: Promise<Pagefind> | undefined;
const shardIndexes = new Map<string, Promise<Pagefind>>();

/**
 * Each shard is a Pagefind instance of its own, started when a search first needs it:
 * Pagefind searches every index joined with `mergeIndex` on every query, fetching each
 * one's chunks, which made the first results wait for the whole archive.
 */
function shardIndex(name: string): Promise<Pagefind> {
  let index = shardIndexes.get(name);
  if (!index) {
    index = startIndex(name, firstIndex);
    firstIndex ??= index;
    shardIndexes.set(name, index);
  }
  return index;
}

/**
 * Pagefind's instances share one WebAssembly module, set up by the first to load it
 * (`__wbg_init` in pagefind.js 1.6); two set up at once each make one, and one instance
 * then reads the other's memory (404s for another shard's files). So the others start
 * once the first has its module, which `preload('')` waits for, fetching nothing.
 */
async function startIndex(name: string, first: Promise<Pagefind> | undefined): Promise<Pagefind> {
  if (first) await (await first).preload('');
  // Every shard's pagefind.js is the same: one is imported for all.
  pagefindModule ??= import(/* @vite-ignore */ `${shardUrl(name)}pagefind.js`) as Promise<PagefindModule>;
  // No exactDiacritics: Thai marks reach Pagefind as letters (thai-text.ts), so ข่าย is
  // never filed under ขาย; only Latin accents fold (cafe finds café).
  const pagefind = createWithoutPageLanguage(await pagefindModule, {
    basePath: shardUrl(name),
    baseUrl: siteBase.pathname,
    // On the page's thread, not Pagefind's worker: in the worker every result of every
    // search is a handle that, once garbage-collected, costs a message each way
    // (FinalizationRegistry → "releaseData", pagefind.js 1.6). After a common word's
    // complete search of 100,000 releases that was ~100,000 messages, arriving whenever
    // the collector ran, and held the next query's first results for 0.5–3.5 s.
    noWorker: true,
  });
  await pagefind.init();
  return pagefind;
}

/**
 * Pagefind 1.6 word-segments each query itself when the page is Thai (`<html lang="th">`: needsWordSegmentation in
 * pagefind.js), and ICU splits the index form of a word apart at its marks (Bamum letters, thai-text.ts): in the browser
 * รัฐมนตรี was searched as รꚰฐ and มนตรꚲ and found nothing, while in Node, with no page, it was found. Queries reach
 * Pagefind segmented already (segment.ts), so each instance is made as if the page had no language: createInstance
 * reads it then, and only then, and nothing else runs before it is given back.
 */
function createWithoutPageLanguage(
  pagefindModule: PagefindModule,
  options: Parameters<PagefindModule['createInstance']>[0],
): Pagefind {
  // No page in Node (npm run eval:search), where Pagefind finds no language either.
  const root = typeof document === 'undefined' ? undefined : document.documentElement;
  const language = root?.getAttribute('lang');
  root?.setAttribute('lang', 'und');
  try {
    return pagefindModule.createInstance(options);
  } finally {
    if (language === null || language === undefined) root?.removeAttribute('lang');
    else root?.setAttribute('lang', language);
  }
}

/** Fetches Pagefind and the newest shard's metadata ahead of the first search (the search page calls it on load). */
export async function preload(): Promise<void> {
  startQueryWorker(import.meta.url);
  const [newest] = SEARCH_SHARDS;
  if (newest !== undefined) await shardIndex(newest);
}

/** Searches releases; an empty query with filters lists every release they match. */
export function search(query: string, options: SearchOptions = {}): Promise<ThaiSearch> {
  return lastOf(find(query, options, true));
}

/**
 * The same search shard by shard, newest first (oldest first for an oldest-first sort):
 * the results so far after each shard that added some, each answer the one before with
 * more after it, and last the complete answer, which `search` gives.
 */
export function searchInTurn(query: string, options: SearchOptions = {}): AsyncGenerator<ThaiSearch> {
  return find(query, options, true);
}

async function lastOf(answers: AsyncGenerator<ThaiSearch>): Promise<ThaiSearch> {
  let last: ThaiSearch | undefined;
  for await (const answer of answers) last = answer;
  return last!;
}

interface ShardOptions {
  filters: object;
  sort: object | undefined;
}

/** `ranked`: whether the order matters; counting filter values needs none. */
async function* find(
  query: string,
  { filters = {}, period = {}, sort = 'relevance', signal }: SearchOptions,
  ranked: boolean,
): AsyncGenerator<ThaiSearch> {
  const words = await wordsOf(query);
  const prepared = prepareQuery(words);
  const shards = shardsToSearch(SEARCH_SHARDS, sort, { years: filters.year, period });
  // A period is the months a shard has between its ends: Pagefind filters by value, not by range.
  const optionsIn = async (pagefind: Pagefind): Promise<ShardOptions> => ({
    filters: pagefindFilters(
      filters,
      hasPeriod(period) ? monthsInPeriod(Object.keys((await pagefind.filters())[MONTH_FILTER] ?? {}), period) : undefined,
    ),
    sort: pagefindSort(sort),
  });
  if (prepared.term === null) {
    yield* inTurn(shards, async (pagefind) => run(pagefind, null, await optionsIn(pagefind)), 'filters', signal);
    return;
  }
  const { words: apart } = prepared;
  const readings = await readingsOf(words, ranked && sort === 'relevance', shards);
  const holdingPhrase = (shard: string): boolean => readings.some((reading) => reading.holdsPhrase(shard));
  const asked = async (pagefind: Pagefind, shard: string): Promise<PagefindSearch> => {
    const options = await optionsIn(pagefind);
    const answers = await Promise.all(
      readings.filter((reading) => reading.holdsPhrase(shard)).map((reading) => reading.ask(pagefind, options)),
    );
    const all = await unionOf(answers);
    return answers.length > 1 ? { ...all, results: byScore(all.results, options.sort) } : all;
  };
  const oneWord = !apart.includes(' ');
  const found = yield* inTurn(shards.filter(holdingPhrase), asked, oneWord ? 'word' : 'phrase', signal, false);
  const narrowed = FILTER_GROUPS.some((group) => filters[group]?.length) || hasPeriod(period);
  signal?.throwIfAborted();
  if (oneWord || found.results.length || (narrowed && (await heldAnywhere(readings)))) {
    yield found;
    return;
  }
  // Nowhere as a phrase: ICU may have split the reader's words differently from the text's.
  const [asSplit] = readings;
  yield* inTurn(
    shards.filter(asSplit!.holds),
    async (pagefind) => run(pagefind, apart, await optionsIn(pagefind)),
    'words',
    signal,
  );
}

/** One way of reading the query's words: the shards that may hold them, and how one shard is asked. */
interface Reading {
  holds: (shard: string) => boolean;
  holdsPhrase: (shard: string) => boolean;
  /** The reading's pages in one shard; `ranked`, in the order of its words searched unquoted. */
  ask: (pagefind: Pagefind, options: ShardOptions, ranked?: boolean) => Promise<PagefindSearch>;
}

/**
 * The words as segmented and, where the word directory holds a word that begins with
 * their last pieces joined, that reading too (joinedReadings in query.ts: อุตสาหกร finds
 * อุตสาหกรรม). Without it, tests/e2e/search-index.test.ts "finds a word the reader has
 * not finished" fails.
 */
async function readingsOf(words: readonly string[], ranked: boolean, shards: readonly string[]): Promise<Reading[]> {
  const joined = joinedReadings(words);
  const [asSplit, holdings] = await Promise.all([readingOf(words, ranked), Promise.all(joined.map(shardsHolding))]);
  // Longest first, the first join that a searched shard may hold with the words before it; the
  // pair directory is read only for joins the word directory holds: each reading costs a bucket.
  for (const [at, holding] of holdings.entries()) {
    if (!shards.some(holding)) continue;
    const reading = await readingOf(joined[at]!, ranked);
    if (shards.some(reading.holdsPhrase)) return [asSplit, reading];
  }
  return [asSplit];
}

async function readingOf(words: readonly string[], ranked: boolean): Promise<Reading> {
  const { term, words: apart } = prepareQuery(words) as { term: string; words: string };
  const [holding, paired] = await Promise.all([shardsHolding(words), shardsPairing(words)]);
  return {
    holds: holding,
    // Only a shard that may hold the phrase is asked for it; for its words apart, any that holds them.
    holdsPhrase: (shard) => holding(shard) && paired(shard),
    ask: async (pagefind, options, inRank = ranked) => {
      // Exact (quoted) results come unranked: the same words unquoted give their order, searched alongside.
      const [exact, byWords] = await Promise.all([
        term === apart ? run(pagefind, term, options) : phrase(pagefind, words, term, options),
        inRank && term !== apart ? pagefind.search(apart, { filters: options.filters }) : undefined,
      ]);
      return byWords && exact.results.length > 1 ? inRankOf(exact, byWords) : exact;
    },
  };
}

/**
 * Asks `shards` in turn, yielding the results so far after each shard that added some
 * and, when `finish`, the complete answer once all have answered; returns that answer.
 */
async function* inTurn(
  shards: readonly string[],
  ask: (pagefind: Pagefind, shard: string) => Promise<PagefindSearch>,
  matchedAs: ThaiSearch['matchedAs'],
  signal: AbortSignal | undefined,
  finish = true,
): AsyncGenerator<ThaiSearch, ThaiSearch> {
  const answers: PagefindSearch[] = [];
  for (const [at, shard] of shards.entries()) {
    signal?.throwIfAborted();
    const answer = await ask(await shardIndex(shard), shard);
    answers.push(answer);
    if (answer.results.length && at < shards.length - 1) yield { ...joinShards(answers), matchedAs, complete: false };
  }
  const all = { ...joinShards(answers), matchedAs, complete: true };
  if (finish) yield all;
  return all;
}

/**
 * Whether a shard holds every query word (in the word directory): the others are not
 * asked, neither for the phrase nor for its words apart.
 */
async function shardsHolding(words: readonly string[]): Promise<(shard: string) => boolean> {
  const prefixes = words.map(searchedForm).filter(Boolean);
  const holding = await shardsHoldingAll(prefixes, SEARCH_SHARDS.length, WORD_DIRECTORY, readDirectoryChunk);
  return (shard) => holding[SEARCH_SHARDS.indexOf(shard)] === true;
}

/** Whether a shard may hold the query's words side by side (in the pair directory). */
async function shardsPairing(words: readonly string[]): Promise<(shard: string) => boolean> {
  const paired = await shardsHoldingPairs(phraseHashes(words), PAIR_DIRECTORY, readPairBucket);
  return (shard) => paired[SEARCH_SHARDS.indexOf(shard)] === true;
}

/** Whether any shard holds the phrase in any reading, whatever the filters (a narrowed phrase search found nothing). */
async function heldAnywhere(readings: readonly Reading[]): Promise<boolean> {
  const held = await Promise.all(
    SEARCH_SHARDS.flatMap((shard) =>
      readings
        .filter((reading) => reading.holdsPhrase(shard))
        .map(
          async (reading) =>
            (await reading.ask(await shardIndex(shard), { filters: {}, sort: undefined }, false)).results.length > 0,
        ),
    ),
  );
  return held.includes(true);
}

/** One shard's answer with Thai excerpts; a `term` of null lists what the filters match. */
async function run(pagefind: Pagefind, term: string | null, { filters, sort }: ShardOptions): Promise<PagefindSearch> {
  const probes = term === null ? [] : chunkProbes(term, chunkStartsList());
  if (probes.length) await pagefind.preload(probes.join(' '));
  const found = await pagefind.search(term, { filters, sort });
  return term === null || (await foundWhatWasAsked(found, term)) ? withThaiExcerpts(found, term) : NOTHING;
}

/** The phrase as typed in one shard, and where its last word goes on in the text (phrase-continuation.ts). */
async function phrase(
  pagefind: Pagefind,
  words: readonly string[],
  term: string,
  options: ShardOptions,
): Promise<PagefindSearch> {
  // Searched alongside the phrase itself: where its last word may go on.
  const followers = mayContinue(words) ? followersOf(pagefind, words, options) : undefined;
  const exact = await run(pagefind, term, options);
  if (!followers) return exact;
  const more = await completions(await followers, words, exact, (completed) => run(pagefind, completed, options));
  const merged = await unionOf([exact, ...more]);
  return { ...merged, results: byScore(merged.results, options.sort) };
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
  const probes = chunkProbes(last, chunkStartsList());
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
async function completions(
  followers: ReturnType<typeof followedPages>,
  words: readonly string[],
  exact: PagefindSearch,
  exactly: (term: string) => Promise<PagefindSearch>,
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
    const more = await Promise.all(fresh.map((word) => exactly(`"${[...head, word].join(' ')}"`)));
    for (const search of more) for (const page of search.results) covered.add(page.id);
    found.push(...more);
  }
  return found;
}

const NOTHING: PagefindSearch = { results: [], unfilteredResultCount: 0, filters: {}, totalFilters: {} };

/** Results per shard that are asked whether they hold the query: the first shard's are what the page shows first anyway. */
const SHARD_WITNESSES = 3;

/**
 * Where no word of a shard starts with a query word, Pagefind searches that shard for
 * the longest indexed word that starts the query word instead (2560 finds 25;
 * https://github.com/Pagefind/pagefind/pull/315): once per word and shard
 * (find_word_extensions in pagefind_web/src/search.rs), so either every result of a
 * shard holds what was asked or none does: its first results tell (several, in case a
 * match hides where locatesEveryWord does not look).
 * That holds because the index files no two forms under one (thai-text.ts keeps Thai marks
 * as letters; with ข่าย under ขาย, a shard's first result could hold ข่าย, others ขาย).
 * Without it, tests/e2e/search-index.test.ts "finds a word that only one shard holds"
 * fails.
 */
async function foundWhatWasAsked(found: PagefindSearch, term: string): Promise<boolean> {
  if (!found.results.length) return true;
  const located = await Promise.all(
    found.results.slice(0, SHARD_WITNESSES).map(async (result) => {
      const data = await result.data();
      return locatesEveryWord(data.content, result.words, term);
    }),
  );
  return located.some(Boolean);
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
  // Pagefind counts only filters it has loaded; this loads every shard's, once, and is
  // the answer when nothing is asked (an empty search would fetch the whole index).
  const totals = addCounts(await Promise.all(SEARCH_SHARDS.map(async (shard) => (await shardIndex(shard)).filters())));
  if (
    prepareQuery(await wordsOf(query)).term === null &&
    !FILTER_GROUPS.some((group) => filters[group]?.length) &&
    !hasPeriod(period)
  )
    return totals;
  const all = await lastOf(find(query, { filters, period }, false));
  const counts: Record<string, Record<string, number>> = { ...all.filters };
  await Promise.all(
    FILTER_GROUPS.filter((group) => filters[group]?.length).map(async (group) => {
      counts[group] = (await lastOf(find(query, { filters: withoutGroup(filters, group), period }, false))).filters[group] ?? {};
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
        // Where this search found the release: Pagefind (loadFragment in pagefind.js 1.6) sets
        // `locations` on one cached fragment that every search of the release shares, so another
        // search may have just changed it. Without this, tests/e2e/search-index.test.ts "marks in
        // each excerpt what its own search found, when two searches read one release at once" fails.
        const locations = result.words;
        return {
          ...data,
          locations,
          // The title is shown above the excerpt: the excerpt starts after it.
          excerpt: buildExcerpt(indexed, locations, { wanted, from: indexedWords(data.meta['title'] ?? '').length }),
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
