/**
 * The URL shapes used without the site's base: the search index records releases by
 * them, a build writes the search files at them, the dev server serves them there and the
 * search module finds the base from its own URL. paths.ts adds the base for pages. Apart
 * from paths.ts because the search index's cache key hashes the code it imports
 * (src/site/code-digest.ts): a new page path must not make every shard be indexed again.
 */

/** A release's page, as the search index records it (the search module adds the base). */
export const releaseUrl = (slug: string): string => `releases/${slug}/`;
/** The search module: written there by the build, served there by the dev server. */
export const SEARCH_MODULE = 'search/thai-search.js';
/** The search index: a folder in it for each shard, by the shard's name. */
export const SEARCH_INDEX = 'pagefind/';
/** The word directory's chunks and the pair directory's buckets (src/search/indexing/word-directory.ts, pair-directory.ts). */
export const SEARCH_WORDS = 'search/words/';
/** The site's base, from the search module's own URL, so that search works under any base. */
export const baseOfSearchModule = (moduleUrl: string): URL =>
  new URL(`./${'../'.repeat(SEARCH_MODULE.split('/').length - 1)}`, moduleUrl);
