/**
 * Turns a feed's items into @astrojs/rss options: channel with language, self link (and
 * WebSub hub, when configured) and a lastBuildDate that only moves when a newer release
 * arrives; items with a stable guid and Bangkok dates: pubDate is the first publication,
 * an update adds Atom's <updated> (RSS 2.0 has no element of its own) and never moves it. Text fields are encoded as text
 * (feed-text.ts) so that no reader can take them for markup.
 */
import type { RSSFeedItem, RSSOptions } from '@astrojs/rss';
import { SITE } from '@/config.ts';
import { escapeXml, xmlSafe } from './xml-text.ts';
import { textAsHtml, textForTextField } from './text.ts';
import { rfc3339InBangkok, rfc822InBangkok } from './dates.ts';
import type { FeedDefinition } from './feeds.ts';
import type { FeedImage, FeedItem } from './items.ts';

/** https://www.rssboard.org/media-rss */
export const MEDIA_RSS = 'http://search.yahoo.com/mrss/';

export function rssOptions(
  feed: FeedDefinition,
  site: URL,
  items: readonly FeedItem[],
  hub?: string,
): RSSOptions & { items: RSSFeedItem[] } {
  const newest = items[0];
  const channelExtras = [
    `<language>${SITE.lang}</language>`,
    `<atom:link href="${escapeXml(new URL(feed.path, site).href)}" rel="self" type="application/rss+xml"/>`,
    hub ? `<atom:link href="${escapeXml(hub)}" rel="hub"/>` : '',
    newest ? `<lastBuildDate>${rfc822InBangkok(newest.published)}</lastBuildDate>` : '',
  ];
  return {
    title: textForTextField(feed.title),
    description: textAsHtml(feed.description),
    site: new URL(feed.pagePath, site).href,
    // RSS has a language per channel only; Dublin Core's marks an English item in a Thai feed.
    // Media RSS carries an item's lead photo with its size and alt text (mediaContent).
    xmlns: { atom: 'http://www.w3.org/2005/Atom', dc: 'http://purl.org/dc/elements/1.1/', media: MEDIA_RSS },
    customData: channelExtras.join(''),
    trailingSlash: true,
    items: items.map((item): RSSFeedItem => ({
      title: textForTextField(item.title),
      link: item.url,
      description: textAsHtml(item.summary),
      content: xmlSafe(item.contentHtml),
      categories: item.tags.map(textForTextField),
      customData: `<guid isPermaLink="false">${escapeXml(item.id)}</guid><pubDate>${rfc822InBangkok(item.published)}</pubDate>${item.updated ? `<atom:updated>${rfc3339InBangkok(item.updated)}</atom:updated>` : ''}${item.language ? `<dc:language>${escapeXml(item.language)}</dc:language>` : ''}${item.image ? mediaContent(item.image) : ''}`,
    })),
  };
}

/**
 * The lead photo as Media RSS (an enclosure would need the file's length, known only once
 * Astro has encoded it). @astrojs/rss reads customData with an XML parser and writes it
 * again: named entities come back as text and are escaped once by its writer, so the
 * description arrives as the plain text it says it is (numeric ones would be escaped twice).
 */
export function mediaContent(image: FeedImage): string {
  return `<media:content url="${textAsHtml(image.url)}" type="${textAsHtml(image.type)}" medium="image" width="${image.width}" height="${image.height}"><media:description type="plain">${textAsHtml(image.alt)}</media:description></media:content>`;
}
