/** The parts of Pagefind's browser API (pagefind.js, 1.6) that Thalaeng uses. */

export interface PagefindResultData {
  url: string;
  content: string;
  excerpt: string;
  word_count: number;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
  /** Word positions of the matches in `content`, split on whitespace. */
  locations: number[];
}

export interface PagefindResult {
  id: string;
  score: number;
  words: number[];
  data: () => Promise<PagefindResultData>;
}

export interface PagefindSearch {
  results: PagefindResult[];
  unfilteredResultCount: number;
  /** Per filter value, how many of these results carry it. */
  filters: Record<string, Record<string, number>>;
  totalFilters: Record<string, Record<string, number>>;
}

/** One index (a shard): its own metadata, chunks and filters. */
export interface Pagefind {
  init: () => Promise<void>;
  search: (term: string | null, options?: { filters?: object; sort?: object | undefined }) => Promise<PagefindSearch>;
  /** Loads the index chunks that a search for `term` would, without searching. */
  preload: (term: string) => Promise<void>;
  filters: () => Promise<Record<string, Record<string, number>>>;
}

/** pagefind.js: `basePath` is the index's folder, `baseUrl` what result URLs start with, `noWorker` keeps it on the page's thread. */
export interface PagefindModule {
  createInstance: (options: { basePath: string; baseUrl: string; noWorker?: boolean }) => Pagefind;
}
