/** A release's lead photo in its feed items: Media RSS in RSS, `image` in JSON Feed, alt text as text. */
import { describe, expect, it } from 'vitest';
import { getRssString } from '@astrojs/rss';
import { XMLParser } from 'fast-xml-parser';
import { feedDefinitions } from '@/site/feeds/feeds.ts';
import { feedItems, type LeadImage } from '@/site/feeds/items.ts';
import { MEDIA_RSS, rssOptions } from '@/site/feeds/rss.ts';
import { jsonFeed } from '@/site/feeds/json-feed.ts';
import { buildReleaseIndex } from '@/site/release-index.ts';
import { testRelease } from '../../../helpers/release.ts';

const site = new URL('https://s.example/');
const ALT = '<script>alert("x")</script> & ]]> &lt; ภาพ';
const releases = [
  testRelease('with-photo', { date: new Date('2020-01-02T09:00:00+07:00') }),
  testRelease('without', { date: new Date('2020-01-01T09:00:00+07:00') }),
];
const feed = feedDefinitions(buildReleaseIndex(releases)).find((f) => f.path === '/rss.xml')!;
const leadImage: LeadImage = async (release, base) =>
  release.slug === 'with-photo'
    ? { url: new URL('/_astro/photos/ab_1.jpeg', base).href, width: 1200, height: 800, type: 'image/jpeg', alt: ALT }
    : undefined;

describe('lead photos in feeds', () => {
  it('reach RSS as media:content with an absolute URL, size and the alt text as text', async () => {
    const items = await feedItems(feed, site, async () => ['<p>ข่าว</p>'], leadImage);
    const xml = await getRssString(rssOptions(feed, site, items));
    expect(xml).toContain(`xmlns:media="${MEDIA_RSS}"`);
    const parsed = new XMLParser({ ignoreAttributes: false }).parse(xml) as {
      rss: {
        channel: {
          item: Record<
            string,
            {
              '@_url': string;
              '@_width': string;
              '@_height': string;
              '@_medium': string;
              'media:description': { '#text': string };
            }
          >[];
        };
      };
    };
    const [first, second] = parsed.rss.channel.item;
    expect(first!['media:content']).toMatchObject({
      '@_url': 'https://s.example/_astro/photos/ab_1.jpeg',
      '@_medium': 'image',
      '@_width': '1200',
      '@_height': '800',
      'media:description': { '#text': ALT },
    });
    expect(second).not.toHaveProperty('media:content');
  });

  it('reach JSON Feed as the item image', async () => {
    const items = await feedItems(feed, site, async () => ['<p>ข่าว</p>'], leadImage);
    const json = jsonFeed(feed, site, items) as { items: Record<string, unknown>[] };
    expect(json.items[0]).toMatchObject({ image: 'https://s.example/_astro/photos/ab_1.jpeg' });
    expect(json.items[1]).not.toHaveProperty('image');
  });
});
