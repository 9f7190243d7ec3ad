/**
 * After a deploy, tells the WebSub hub which feeds to fetch again (a "publish" ping per
 * feed, https://www.w3.org/TR/websub/#publishing). The topics are read from the built
 * feeds themselves (their rel="self" and feed_url), so they are the exact URLs that
 * subscribers followed, base path and all.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { publishPing } from '@/site/feeds/websub.ts';

export interface FeedTopic {
  file: string;
  topic: string;
  /** The hub the file advertises, if any. */
  hub: string | undefined;
}

const attr = (tag: string, name: string): string | undefined =>
  new RegExp(`\\b${name}="([^"]*)"`).exec(tag)?.[1]?.replace(/&#38;|&amp;/g, '&');

export async function feedTopics(dist: string): Promise<FeedTopic[]> {
  const files = (await readdir(dist, { recursive: true }))
    .map(String)
    .filter((f) => /(^|\/)(rss\.xml|feed\.json)$/.test(f))
    .sort();
  return Promise.all(
    files.map(async (file): Promise<FeedTopic> => {
      const text = await readFile(path.join(dist, file), 'utf8');
      if (file.endsWith('.json')) {
        const feed = JSON.parse(text) as { feed_url?: string; hubs?: { url: string }[] };
        return { file, topic: feed.feed_url ?? '', hub: feed.hubs?.[0]?.url };
      }
      const links = text.match(/<atom:link [^>]*>/g) ?? [];
      const self = links.find((l) => attr(l, 'rel') === 'self');
      const hub = links.find((l) => attr(l, 'rel') === 'hub');
      return { file, topic: (self && attr(self, 'href')) ?? '', hub: hub && attr(hub, 'href') };
    }),
  );
}

export interface PingResult {
  topic: string;
  error?: string;
}

/** Pings the hub for every topic, a few at a time; a hub answers 2xx when it accepts. */
export async function pingHub(hub: string, topics: readonly string[], concurrency = 4): Promise<PingResult[]> {
  const results: PingResult[] = [];
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < topics.length) {
      const topic = topics[next++]!;
      try {
        const response = await fetch(hub, { method: 'POST', body: publishPing(topic), signal: AbortSignal.timeout(30_000) });
        results.push(response.ok ? { topic } : { topic, error: `HTTP ${response.status}` });
      } catch (error) {
        results.push({ topic, error: (error as Error).message });
      }
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return results;
}
