/**
 * Turns a feed definition into @astrojs/rss options: channel with language, self link and
 * a lastBuildDate that only moves when a newer release arrives, and items whose guid,
 * categories and absolute-linked full text are stable across rebuilds.
 */
import type { RSSFeedItem, RSSOptions } from '@astrojs/rss';
import { SITE } from '../config.ts';
import { releasePath } from './paths.ts';
import { escapeXml, xmlSafe } from './xml-text.ts';
import { releaseCategories, releaseGuid, type FeedDefinition } from './feeds.ts';
import type { Release } from './release.ts';

export async function rssOptions(
  feed: FeedDefinition,
  site: URL,
  renderBody: (release: Release, pageUrl: string) => Promise<string>,
): Promise<RSSOptions & { items: RSSFeedItem[] }> {
  const newest = feed.releases[0];
  const channelExtras = [
    `<language>${SITE.lang}</language>`,
    `<atom:link href="${escapeXml(new URL(feed.path, site).href)}" rel="self" type="application/rss+xml"/>`,
    newest ? `<lastBuildDate>${newest.date.toUTCString()}</lastBuildDate>` : '',
  ];
  const items = await Promise.all(
    feed.releases.map(async (release): Promise<RSSFeedItem> => {
      const link = new URL(releasePath(release.slug), site).href;
      return {
        title: xmlSafe(release.title),
        link,
        pubDate: release.date,
        description: xmlSafe(release.excerpt),
        content: xmlSafe(await renderBody(release, link)),
        categories: releaseCategories(release).map(xmlSafe),
        customData: `<guid isPermaLink="false">${escapeXml(releaseGuid(release))}</guid>`,
      };
    }),
  );
  return {
    title: xmlSafe(feed.title),
    description: xmlSafe(feed.description),
    site: new URL(feed.pagePath, site).href,
    xmlns: { atom: 'http://www.w3.org/2005/Atom' },
    customData: channelExtras.join(''),
    trailingSlash: true,
    items,
  };
}
