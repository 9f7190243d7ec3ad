import type { APIRoute } from 'astro';
import { feedPaths } from '@/site/feeds/routes.ts';
import { itemsOfFeed } from '@/site/feeds/bodies.ts';
import { jsonFeed, jsonFeedText } from '@/site/feeds/json-feed.ts';
import type { FeedDefinition } from '@/site/feeds/feeds.ts';

export const getStaticPaths = () => feedPaths((feed) => feed.jsonPath);

export const GET: APIRoute<{ feed: FeedDefinition; hub: string | undefined }> = async ({ props, site }) => {
  const base = site ?? new URL('http://localhost/');
  const feed = jsonFeed(props.feed, base, await itemsOfFeed(props.feed, base), props.hub);
  return new Response(jsonFeedText(feed), { headers: { 'Content-Type': 'application/feed+json; charset=utf-8' } });
};
