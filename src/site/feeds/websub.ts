/**
 * WebSub (https://www.w3.org/TR/websub/): when THALAENG_WEBSUB_HUB names a hub, every feed
 * advertises it, and `npm run websub:ping` tells it which feeds to fetch after a deploy,
 * so subscribers get new releases within seconds instead of at their next poll.
 */
export function websubHub(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const value = env['THALAENG_WEBSUB_HUB']?.trim();
  if (!value) return undefined;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`THALAENG_WEBSUB_HUB is not a URL: "${value}"`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new Error(`THALAENG_WEBSUB_HUB must be an http(s) URL: "${value}"`);
  return url.href;
}

/** The body of a WebSub publish ping for one topic (the hub then fetches the feed). */
export function publishPing(topic: string): URLSearchParams {
  return new URLSearchParams({ 'hub.mode': 'publish', 'hub.url': topic });
}
