/**
 * WebSub (https://www.w3.org/TR/websub/): when THALAENG_WEBSUB_HUB names a hub, every feed
 * advertises it, and `npm run websub:ping` tells it which feeds to fetch after a deploy,
 * so subscribers get new releases within seconds instead of at their next poll. The hub
 * is configured in src/config.ts.
 */

/** The body of a WebSub publish ping for one topic (the hub then fetches the feed). */
export function publishPing(topic: string): URLSearchParams {
  return new URLSearchParams({ 'hub.mode': 'publish', 'hub.url': topic });
}
