import { describe, expect, it } from 'vitest';
import { jsonFeed, jsonFeedText, JSON_FEED_VERSION } from '@/site/feeds/json-feed.ts';
import { feedDefinitions, releaseFeedLinks } from '@/site/feeds/feeds.ts';
import { feedItems } from '@/site/feeds/items.ts';
import { NATIONWIDE_PROVINCE_COUNT } from '@/release/nationwide.ts';
import { buildReleaseIndex } from '@/site/release-index.ts';
import { provinces } from '@/release/registries.ts';
import type { Release } from '@/release/release.ts';
import { testRelease } from '../../../helpers/release.ts';

const site = new URL('https://s.example/');
const make = (slug: string, day: number, codes: string[], title = `ข่าว ${slug}`, nationwide = false): Release =>
  testRelease(slug, {
    title,
    date: new Date(Date.UTC(2020, 0, day)),
    provinces: codes,
    nationwide,
    category: 'cabinet',
    excerpt: 'ย่อ <b>',
    ...(day === 2 ? { updated: new Date(Date.UTC(2020, 0, 5)) } : {}),
  });
const allCodes = provinces.map((p) => p.code);
const releases = [
  make('local', 1, ['TH-50']),
  // As the importer writes a release naming all 77 (src/release/nationwide.ts).
  make('cabinet', 2, [], 'ข่าว cabinet', true),
  make('regional', 3, allCodes.slice(0, NATIONWIDE_PROVINCE_COUNT)),
];
const feeds = feedDefinitions(buildReleaseIndex(releases));
const feedAt = (path: string) => feeds.find((f) => f.path === path)!;

describe('national news', () => {
  it('stays in the site, ministry and category feeds but off province feeds', () => {
    expect(feedAt('/rss.xml').releases.map((r) => r.slug)).toEqual(['regional', 'cabinet', 'local']);
    expect(feedAt('/ministries/labour/rss.xml').releases.map((r) => r.slug)).toEqual(['regional', 'cabinet', 'local']);
    expect(feedAt('/categories/cabinet/rss.xml').releases.map((r) => r.slug)).toEqual(['regional', 'cabinet', 'local']);
    expect(feedAt('/provinces/th-50/rss.xml').releases.map((r) => r.slug)).toEqual(['local']);
    expect(feedAt('/provinces/th-10/rss.xml').releases.map((r) => r.slug)).toEqual(['regional']);
  });

  it('pages advertise only the feeds that carry the release', () => {
    expect(releaseFeedLinks(releases[0]!).map((f) => f.path)).toEqual([
      '/ministries/labour/rss.xml',
      '/categories/cabinet/rss.xml',
      '/provinces/th-50/rss.xml',
    ]);
    expect(releaseFeedLinks(releases[0]!).map((f) => f.jsonPath)).toEqual([
      '/ministries/labour/feed.json',
      '/categories/cabinet/feed.json',
      '/provinces/th-50/feed.json',
    ]);
    expect(releaseFeedLinks(releases[1]!).map((f) => f.path)).toEqual([
      '/ministries/labour/rss.xml',
      '/categories/cabinet/rss.xml',
    ]);
  });
});

describe('JSON Feed 1.1', () => {
  it('has the required fields, the RSS items and ids, and Bangkok dates', async () => {
    const feed = feedAt('/ministries/labour/rss.xml');
    const items = await feedItems(feed, site, async () => ['<p>เนื้อหา</p>']);
    const json = JSON.parse(jsonFeedText(jsonFeed(feed, site, items))) as Record<string, unknown> & {
      items: Record<string, unknown>[];
    };
    expect(json).toMatchObject({
      version: JSON_FEED_VERSION,
      title: 'กระทรวงแรงงาน | แถลง',
      home_page_url: 'https://s.example/ministries/labour/',
      feed_url: 'https://s.example/ministries/labour/feed.json',
      language: 'th',
    });
    expect(json).not.toHaveProperty('hubs');
    expect(json.items.map((i) => i['id'])).toEqual([
      'thalaeng:release:regional',
      'thalaeng:release:cabinet',
      'thalaeng:release:local',
    ]);
    expect(json.items[1]).toMatchObject({
      url: 'https://s.example/releases/cabinet/',
      content_html: '<p>เนื้อหา</p>',
      // Plain text as the spec defines it: a JSON reader shows "<b>" as characters.
      summary: 'ย่อ <b>',
      date_published: '2020-01-02T07:00:00+07:00',
      date_modified: '2020-01-05T07:00:00+07:00',
    });
    for (const item of json.items)
      expect(
        typeof item['id'] === 'string' && (typeof item['content_html'] === 'string' || typeof item['content_text'] === 'string'),
      ).toBe(true);
  });

  it('gives an English release its language, and leaves Thai ones to the feed language', async () => {
    const english: Release = { ...make('english', 4, ['TH-50']), lang: 'en' };
    const feed = feedDefinitions(buildReleaseIndex([...releases, english])).find((f) => f.path === '/rss.xml')!;
    const items = await feedItems(feed, site, async () => ['<p>text</p>']);
    const json = jsonFeed(feed, site, items) as { items: Record<string, unknown>[] };
    expect(json.items.find((i) => i['id'] === 'thalaeng:release:english')).toMatchObject({ language: 'en' });
    expect(json.items.filter((i) => 'language' in i)).toHaveLength(1);
  });

  it('names the WebSub hub when one is configured, and never lets "</" close a script', async () => {
    const feed = feedAt('/rss.xml');
    const items = await feedItems(feed, site, async () => ['<p>a</p>']);
    const text = jsonFeedText(jsonFeed(feed, site, items, 'https://hub.example/'));
    expect(JSON.parse(text)).toMatchObject({ hubs: [{ type: 'WebSub', url: 'https://hub.example/' }] });
    expect(text).not.toContain('</');
  });
});
