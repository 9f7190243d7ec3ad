import type { APIRoute } from 'astro';
import rss from '@astrojs/rss';
import { feedPaths } from '@/site/feeds/routes.ts';
import { itemsOfFeed } from '@/site/feeds/bodies.ts';
import { rssOptions } from '@/site/feeds/rss.ts';
import type { FeedDefinition } from '@/site/feeds/feeds.ts';

export const getStaticPaths = () => feedPaths((feed) => feed.path);

export const GET: APIRoute<{ feed: FeedDefinition; hub: string | undefined }> = async ({ props, site }) => {
  const base = site ?? new URL('http://localhost/');
  return rss(rssOptions(props.feed, base, await itemsOfFeed(props.feed, base), props.hub));
};
