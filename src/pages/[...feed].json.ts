import type { APIRoute } from 'astro';
import { feedPaths } from '../lib/feed-routes.ts';
import { itemsOfFeed } from '../lib/feed-bodies.ts';
import { jsonFeed, jsonFeedText } from '../lib/json-feed.ts';
import type { FeedDefinition } from '../lib/feeds.ts';

export const getStaticPaths = () => feedPaths((feed) => feed.jsonPath);

export const GET: APIRoute<{ feed: FeedDefinition; hub: string | undefined }> = async ({ props, site }) => {
  const base = site ?? new URL('http://localhost/');
  const feed = jsonFeed(props.feed, base, await itemsOfFeed(props.feed, base), props.hub);
  return new Response(jsonFeedText(feed), { headers: { 'Content-Type': 'application/feed+json; charset=utf-8' } });
};
