import type { APIRoute, GetStaticPaths } from 'astro';
import rss from '@astrojs/rss';
import { getReleaseIndex } from '../lib/releases.ts';
import { withCacheKeys } from '../lib/cache-key.ts';
import { feedDefinitions, type FeedDefinition } from '../lib/feeds.ts';
import { rssOptions } from '../lib/rss-feed.ts';
import { renderReleaseBody } from '../lib/release-body.ts';
import { feedRouteParam } from '../lib/paths.ts';
import type { Release } from '../lib/release.ts';

// THALAENG_FEEDS=off leaves the feeds out, so that `npm run bench` can measure their cost.
export const getStaticPaths = (async () =>
  withCacheKeys(process.env['THALAENG_FEEDS'] === 'off'
    ? []
    : feedDefinitions(await getReleaseIndex()).map((feed) => ({ params: { feed: feedRouteParam(feed.path) }, props: { feed } })),
  // Feeds carry whole bodies.
  (props) => props.feed.releases)) satisfies GetStaticPaths;

// A release sits in the site feed, its ministry's and each province's: render it once.
const bodies = new Map<string, Promise<string>>();
const renderOnce = (release: Release, pageUrl: string): Promise<string> => {
  let body = bodies.get(release.slug);
  if (!body) {
    body = renderReleaseBody(release.filePath, { base: pageUrl });
    bodies.set(release.slug, body);
  }
  return body;
};

export const GET: APIRoute<{ feed: FeedDefinition }> = async ({ props, site }) =>
  rss(await rssOptions(props.feed, site ?? new URL('http://localhost/'), renderOnce));
