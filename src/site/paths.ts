/**
 * Every URL of the site in one place, so pages, feeds, search and tests agree; the shapes
 * that search uses without the base are in relative-paths.ts.
 */
import { releaseUrl, SEARCH_MODULE } from './relative-paths.ts';

const BASE = (import.meta.env?.BASE_URL ?? '/').replace(/\/?$/, '/');

const at = (path: string): string => `${BASE}${path}`.replace(/\/{2,}/g, '/');
const page = (path: string, number: number): string => (number > 1 ? at(`${path}${number}/`) : at(path));

export const homePath = (pageNumber = 1): string => (pageNumber > 1 ? at(`page/${pageNumber}/`) : at(''));
export const releasePath = (slug: string): string => at(releaseUrl(slug));
export const ministriesPath = (): string => at('ministries/');
export const ministryPath = (slug: string, pageNumber = 1): string => page(`ministries/${slug}/`, pageNumber);
export const provincesPath = (): string => at('provinces/');
export const provincePath = (code: string, pageNumber = 1): string => page(`provinces/${code.toLowerCase()}/`, pageNumber);
export const categoriesPath = (): string => at('categories/');
export const categoryPath = (slug: string, pageNumber = 1): string => page(`categories/${slug}/`, pageNumber);
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
export const categoryFeedPath = (slug: string): string => at(`categories/${slug}/rss.xml`);
/** The JSON Feed beside an RSS feed: `/rss.xml` → `/feed.json`. */
export const jsonFeedPath = (rssPath: string): string => rssPath.replace(/rss\.xml$/, 'feed.json');
export const jsonOpmlPath = (): string => at('feeds-json.opml');
/** The `[...feed].xml` or `[...feed].json` route parameter of a feed path: no base, no extension. */
export const feedRouteParam = (feedPath: string): string => feedPath.slice(BASE.length).replace(/\.(xml|json)$/, '');
/** A share card (og:image): `site` or a ministry's slug (src/site/og-image.ts). */
export const ogCardPath = (card: string): string => at(`og/${card}.png`);
export const dataPath = (): string => at('data/');
export const dataFilePath = (file: string): string => at(`data/${file}`);
