/**
 * Every URL of the site in one place, so pages, feeds, search, the dev server and tests
 * agree. The base is read when a path is made, not when this module loads: the search
 * module (bundled for browsers) uses the shapes below and none of the rest.
 */
const base = (): string => (import.meta.env?.BASE_URL ?? '/').replace(/\/?$/, '/');

const at = (path: string): string => `${base()}${path}`.replace(/\/{2,}/g, '/');

/** Relative to the base, as the search index records a release (its search module adds the base). */
export const releaseUrl = (slug: string): string => `releases/${slug}/`;
/** The search module, relative to the base: written there by the build, served there by the dev server. */
export const SEARCH_MODULE = 'search/thai-search.js';
/** The search index, relative to the base: a folder in it for each shard, by the shard's name. */
export const SEARCH_INDEX = 'pagefind/';
/** The site's base, from the search module's own URL, so that search works under any base. */
export const baseOfSearchModule = (moduleUrl: string): URL => new URL(`./${'../'.repeat(SEARCH_MODULE.split('/').length - 1)}`, moduleUrl);
const page = (path: string, number: number): string => (number > 1 ? at(`${path}${number}/`) : at(path));

export const homePath = (pageNumber = 1): string => (pageNumber > 1 ? at(`page/${pageNumber}/`) : at(''));
export const releasePath = (slug: string): string => at(releaseUrl(slug));
export const ministriesPath = (): string => at('ministries/');
export const ministryPath = (slug: string, pageNumber = 1): string => page(`ministries/${slug}/`, pageNumber);
export const provincesPath = (): string => at('provinces/');
export const provincePath = (code: string, pageNumber = 1): string => page(`provinces/${code.toLowerCase()}/`, pageNumber);
export const archivePath = (): string => at('archive/');
export const archiveYearPath = (year: number): string => at(`archive/${year}/`);
export const archiveMonthPath = (year: number, month: number, pageNumber = 1): string =>
  page(`archive/${year}/${String(month).padStart(2, '0')}/`, pageNumber);
export const aboutPath = (): string => at('about/');
export const searchPath = (): string => at('search/');
export const searchModulePath = (): string => at(SEARCH_MODULE);
export const assetPath = (file: string): string => at(file);
export const sitemapPath = (): string => at('sitemap-index.xml');
export const feedsPath = (): string => at('feeds/');
export const opmlPath = (): string => at('feeds.opml');
export const siteFeedPath = (): string => at('rss.xml');
export const ministryFeedPath = (slug: string): string => at(`ministries/${slug}/rss.xml`);
export const provinceFeedPath = (code: string): string => at(`provinces/${code.toLowerCase()}/rss.xml`);
/** The JSON Feed beside an RSS feed: `/rss.xml` → `/feed.json`. */
export const jsonFeedPath = (rssPath: string): string => rssPath.replace(/rss\.xml$/, 'feed.json');
export const jsonOpmlPath = (): string => at('feeds-json.opml');
/** The `[...feed].xml` or `[...feed].json` route parameter of a feed path: no base, no extension. */
export const feedRouteParam = (feedPath: string): string => feedPath.slice(base().length).replace(/\.(xml|json)$/, '');
export const dataPath = (): string => at('data/');
export const dataFilePath = (file: string): string => at(`data/${file}`);
