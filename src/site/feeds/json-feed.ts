/**
 * A feed as JSON Feed 1.1 (https://www.jsonfeed.org/version/1.1/), from the same items
 * as its RSS twin. JSON Feed defines title and summary as plain text and content_html as
 * HTML, so no field needs the double encoding that RSS does.
 */
import { SITE } from '@/config.ts';
import { xmlSafe } from './xml-text.ts';
import { rfc3339InBangkok } from './dates.ts';
import type { FeedDefinition } from './feeds.ts';
import type { FeedItem } from './items.ts';

export const JSON_FEED_VERSION = 'https://jsonfeed.org/version/1.1';

export function jsonFeed(feed: FeedDefinition, site: URL, items: readonly FeedItem[], hub?: string): Record<string, unknown> {
  return {
    version: JSON_FEED_VERSION,
    title: xmlSafe(feed.title),
    home_page_url: new URL(feed.pagePath, site).href,
    feed_url: new URL(feed.jsonPath, site).href,
    description: xmlSafe(feed.description),
    language: SITE.lang,
    authors: [{ name: SITE.name, url: new URL(site).href }],
    ...(hub ? { hubs: [{ type: 'WebSub', url: hub }] } : {}),
    items: items.map((item) => ({
      id: item.id,
      url: item.url,
      title: xmlSafe(item.title),
      summary: xmlSafe(item.summary),
      content_html: xmlSafe(item.contentHtml),
      date_published: rfc3339InBangkok(item.published),
      ...(item.updated ? { date_modified: rfc3339InBangkok(item.updated) } : {}),
      tags: item.tags.map(xmlSafe),
      ...(item.language ? { language: item.language } : {}),
      ...(item.image ? { image: item.image.url } : {}),
    })),
  };
}

/** JSON as served: `</` written `<\/` so the file is also safe if a page ever inlines it. */
export function jsonFeedText(feed: Record<string, unknown>): string {
  return `${JSON.stringify(feed).replace(/<\//g, '<\\/')}\n`;
}
