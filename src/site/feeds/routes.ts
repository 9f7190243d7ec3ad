/** getStaticPaths of the feed endpoints (RSS and JSON Feed share the definitions). */
import { getReleaseIndex } from '@/site/releases.ts';
import { withCacheKeys } from '@/site/cache-key.ts';
import { feedDefinitions, type FeedDefinition } from './feeds.ts';
import { feedRouteParam } from '@/site/paths.ts';
import { websubHub } from './websub.ts';

export async function feedPaths(pathOf: (feed: FeedDefinition) => string) {
  // THALAENG_FEEDS=off leaves the feeds out, so that `npm run bench` can measure their cost.
  const feeds = process.env['THALAENG_FEEDS'] === 'off' ? [] : feedDefinitions(await getReleaseIndex());
  // The hub is a prop so that configuring one changes the pages' cache keys.
  const hub = websubHub();
  return withCacheKeys(
    feeds.map((feed) => ({ params: { feed: feedRouteParam(pathOf(feed)) }, props: { feed, hub } })),
    // Feeds carry whole bodies.
    (props) => props.feed.releases,
  );
}
