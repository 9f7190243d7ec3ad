/**
 * OPML 2.0 subscription lists (http://opml.org/spec2.opml) of every feed, grouped as the
 * site is: the site feed, then ministries, then categories, then provinces by region, so that a reader
 * that imports the file files them in folders.
 */
import { UI } from '@/i18n/th.ts';
import { regions } from '@/release/registries.ts';
import { escapeXml } from './xml-text.ts';
import type { FeedDefinition } from './feeds.ts';

export type FeedFormat = 'rss' | 'json';

export function opmlDocument(title: string, feeds: readonly FeedDefinition[], site: URL, format: FeedFormat = 'rss'): string {
  const outline = (feed: FeedDefinition, indent: string): string => {
    const url = new URL(format === 'rss' ? feed.path : feed.jsonPath, site).href;
    return `${indent}<outline type="rss" version="${format === 'rss' ? 'RSS2' : 'JSONFeed1.1'}" text="${escapeXml(feed.title)}" title="${escapeXml(feed.title)}" xmlUrl="${escapeXml(url)}" htmlUrl="${escapeXml(new URL(feed.pagePath, site).href)}"/>`;
  };
  const folder = (text: string, indent: string, lines: string[]): string[] =>
    lines.length ? [`${indent}<outline text="${escapeXml(text)}">`, ...lines, `${indent}</outline>`] : [];
  const ofKind = (kind: FeedDefinition['kind']): FeedDefinition[] => feeds.filter((f) => f.kind === kind);
  const provinces = ofKind('province');
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<opml version="2.0">',
    `  <head><title>${escapeXml(title)}</title></head>`,
    '  <body>',
    ...ofKind('site').map((feed) => outline(feed, '    ')),
    ...folder(
      UI.feedsByMinistry,
      '    ',
      ofKind('ministry').map((feed) => outline(feed, '      ')),
    ),
    ...folder(
      UI.feedsByCategory,
      '    ',
      ofKind('category').map((feed) => outline(feed, '      ')),
    ),
    ...folder(
      UI.feedsByProvince,
      '    ',
      regions.flatMap((region) =>
        folder(
          region.nameTh,
          '      ',
          provinces.filter((f) => f.group === region.id).map((feed) => outline(feed, '        ')),
        ),
      ),
    ),
    '  </body>',
    '</opml>',
    '',
  ].join('\n');
}
