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
 * and an `excerpt` that reads as Thai (HTML: escaped text and <mark>). Filters: `ministry` (slugs), `province` (ISO 3166-2:TH codes),
 * `year` (Buddhist era, "2563"); values of one filter are ORed, filters are ANDed.
 * Sorts: `relevance` (default), `newest`, `oldest`. Pagefind is loaded from beside this
 * module (import.meta.url), so the site works under any base path.
 */
import { prepareQuery, locatesEveryWord } from '../lib/search/query.ts';
import { buildExcerpt, displayText } from '../lib/search/excerpt.ts';
import { readableMeta } from '../lib/search/meta.ts';
import { FILTER_GROUPS, pagefindFilters, pagefindSort, withoutGroup, type SearchFilters, type SearchSort } from '../lib/search/state.ts';
import type { Pagefind, PagefindResult, PagefindSearch } from '../lib/search/pagefind-api.ts';

export type { SearchFilters, SearchSort };

export interface SearchOptions {
  filters?: SearchFilters;
  sort?: SearchSort;
}

export interface ThaiSearch extends PagefindSearch {
  /** `phrase` for several words found together; `words` when only the words apart matched. */
  matchedAs: 'word' | 'phrase' | 'words' | 'filters';
}

const siteBase = new URL('../', import.meta.url);
let pagefindReady: Promise<Pagefind> | undefined;

function loadPagefind(): Promise<Pagefind> {
  pagefindReady ??= (async () => {
    const pagefind = (await import(/* @vite-ignore */ new URL('pagefind/pagefind.js', siteBase).href)) as Pagefind;
    // Marks are part of Thai spelling: แร่ (ore) is not แร or แรง.
    await pagefind.options({ exactDiacritics: true, baseUrl: siteBase.pathname });
    await pagefind.init();
    return pagefind;
  })();
  return pagefindReady;
}

/** Fetches Pagefind, its metadata and filters ahead of the first search (the search page calls it on load). */
export async function preload(): Promise<void> {
  await (await loadPagefind()).filters();
}

/** Searches releases; an empty query with filters lists every release they match. */
export async function search(query: string, { filters = {}, sort = 'relevance' }: SearchOptions = {}): Promise<ThaiSearch> {
  const pagefind = await loadPagefind();
  const prepared = prepareQuery(query);
  const options = { filters: pagefindFilters(filters), sort: pagefindSort(sort) };
  const run = async (term: string | null): Promise<PagefindSearch> => {
    const found = await pagefind.search(term, options);
    return term === null || (await foundWhatWasAsked(found, term)) ? withThaiExcerpts(found, term) : NOTHING;
  };
  if (prepared.term === null) return { ...(await run(null)), matchedAs: 'filters' };
  const found = await run(prepared.term);
  if (!prepared.words.includes(' ')) return { ...found, matchedAs: 'word' };
  if (found.results.length || (Object.keys(options.filters).length && (await pagefind.search(prepared.term, {})).results.length)) {
    return { ...found, matchedAs: 'phrase' };
  }
  // Nowhere as a phrase: ICU may have split the reader's words differently from the text's.
  return { ...(await run(prepared.words)), matchedAs: 'words' };
}

const NOTHING: PagefindSearch = { results: [], unfilteredResultCount: 0, filters: {}, totalFilters: {} };

/** Pagefind's substitutions apply to a whole search, so the first result tells. */
async function foundWhatWasAsked(found: PagefindSearch, term: string): Promise<boolean> {
  const first = found.results[0];
  if (!first) return true;
  const data = await first.data();
  return locatesEveryWord(data.content, data.locations, term);
}

/**
 * How many results each filter value would give: counted with the other filters
 * applied but not its own group's, so choosing a second province adds to the first.
 */
export async function filterCounts(query: string, filters: SearchFilters = {}): Promise<Record<string, Record<string, number>>> {
  // Pagefind counts only filters it has loaded; this loads them all, once, and is the
  // answer when nothing is asked (an empty search would fetch the whole index).
  const totals = await (await loadPagefind()).filters();
  if (prepareQuery(query).term === null && !FILTER_GROUPS.some((group) => filters[group]?.length)) return totals;
  const all = await search(query, { filters });
  const counts: Record<string, Record<string, number>> = { ...all.filters };
  await Promise.all(FILTER_GROUPS.filter((group) => filters[group]?.length).map(async (group) => {
    counts[group] = (await search(query, { filters: withoutGroup(filters, group) })).filters[group] ?? {};
  }));
  return counts;
}

function withThaiExcerpts(found: PagefindSearch, term: string | null): PagefindSearch {
  const wanted = (term ?? '').replaceAll('"', '').split(' ').map((word) => displayText(word).trim());
  return {
    ...found,
    results: found.results.map((result): PagefindResult => ({
      ...result,
      data: async () => {
        const data = await result.data();
        return {
          ...data,
          excerpt: buildExcerpt(data.content, data.locations, { wanted }),
          content: displayText(data.content),
          meta: { ...readableMeta(data.meta) },
        };
      },
    })),
  };
}
