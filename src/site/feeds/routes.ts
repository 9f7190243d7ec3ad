/** getStaticPaths of the feed endpoints (RSS and JSON Feed share the definitions). */
import { getReleaseIndex } from '@/site/releases.ts';
import { withCacheKeys } from '@/site/cache-key.ts';
import { feedDefinitions, type FeedDefinition } from './feeds.ts';
import { feedRouteParam } from '@/site/paths.ts';
import { environment } from '@/config.ts';

export async function feedPaths(pathOf: (feed: FeedDefinition) => string) {
  const { feeds: withFeeds, websubHub: hub } = environment();
  const feeds = withFeeds ? feedDefinitions(await getReleaseIndex()) : [];
  // The hub is a prop so that configuring one changes the pages' cache keys.
  return withCacheKeys(
    feeds.map((feed) => ({ params: { feed: feedRouteParam(pathOf(feed)) }, props: { feed, hub } })),
    // Feeds carry whole bodies.
    (props) => props.feed.releases,
  );
}
