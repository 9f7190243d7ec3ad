/** An OPML 2.0 subscription list (http://opml.org/spec2.opml) of every feed. */
import { escapeXml } from './xml-text.ts';
import type { FeedDefinition } from './feeds.ts';

export function opmlDocument(title: string, feeds: readonly FeedDefinition[], site: URL): string {
  const outline = (feed: FeedDefinition): string =>
    `    <outline type="rss" text="${escapeXml(feed.title)}" title="${escapeXml(feed.title)}" xmlUrl="${escapeXml(new URL(feed.path, site).href)}" htmlUrl="${escapeXml(new URL(feed.pagePath, site).href)}"/>`;
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<opml version="2.0">',
    `  <head><title>${escapeXml(title)}</title></head>`,
    '  <body>',
    ...feeds.map(outline),
    '  </body>',
    '</opml>',
    '',
  ].join('\n');
}
