import type { APIRoute } from 'astro';
import rss from '@astrojs/rss';
import { feedPaths } from '../lib/feed-routes.ts';
import { itemsOfFeed } from '../lib/feed-bodies.ts';
import { rssOptions } from '../lib/rss-feed.ts';
import type { FeedDefinition } from '../lib/feeds.ts';

export const getStaticPaths = () => feedPaths((feed) => feed.path);

export const GET: APIRoute<{ feed: FeedDefinition; hub: string | undefined }> = async ({ props, site }) => {
  const base = site ?? new URL('http://localhost/');
  return rss(rssOptions(props.feed, base, await itemsOfFeed(props.feed, base), props.hub));
};
