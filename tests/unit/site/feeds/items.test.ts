import { describe, expect, it } from 'vitest';
import { getRssString } from '@astrojs/rss';
import { feedDefinitions } from '@/site/feeds/feeds.ts';
import { feedItems } from '@/site/feeds/items.ts';
import { rssOptions } from '@/site/feeds/rss.ts';
import { jsonFeed } from '@/site/feeds/json-feed.ts';
import { buildReleaseIndex } from '@/site/release-index.ts';
import type { Release } from '@/release/release.ts';
import { testRelease } from '../../../helpers/release.ts';

const site = new URL('https://s.example/');
const make = (slug: string, date: string, extra: Partial<Release> = {}): Release =>
  testRelease(slug, { date: new Date(date), ...extra });
const corrected = make('corrected', '2026-11-02T09:00:00+07:00', {
  // Newest first, as validate.ts gives them.
  updates: [
    { date: new Date('2026-11-03T10:00:00+07:00'), note: 'แก้ไขตัวเลขงบประมาณ <2 ล้าน>' },
    { date: new Date('2026-11-02T15:00:00+07:00'), note: 'เพิ่มรายชื่อจังหวัด' },
  ],
  updated: new Date('2026-11-03T10:00:00+07:00'),
});
const releases = [make('older', '2026-11-01T09:00:00+07:00'), corrected, make('newer', '2026-11-02T12:00:00+07:00')];
const siteFeed = feedDefinitions(buildReleaseIndex(releases)).find((feed) => feed.path === '/rss.xml')!;
const itemsOf = () => feedItems(siteFeed, site, async () => ['<p>เนื้อข่าว</p>']);

describe('a corrected release in the feeds', () => {
  it('keeps its place, its id and its first publication date: a correction is not news again', async () => {
    const items = await itemsOf();
    expect(items.map((item) => item.id)).toEqual([
      'thalaeng:release:newer',
      'thalaeng:release:corrected',
      'thalaeng:release:older',
    ]);
    expect(items[1]).toMatchObject({
      published: new Date('2026-11-02T09:00:00+07:00'),
      updated: new Date('2026-11-03T10:00:00+07:00'),
      updateNote: 'แก้ไขตัวเลขงบประมาณ <2 ล้าน>',
    });
  });

  it('says what the last update changed at the top of its content, as text', async () => {
    const [, item] = await itemsOf();
    expect(item!.contentHtml).toBe(
      '<p><strong>ปรับปรุงล่าสุด 3 พฤศจิกายน 2569 เวลา 10:00 น.:</strong> แก้ไขตัวเลขงบประมาณ &lt;2 ล้าน&gt;</p>\n<p>เนื้อข่าว</p>',
    );
  });

  it('carries date_modified in JSON Feed and atom:updated in RSS, next to the unchanged dates', async () => {
    const items = await itemsOf();
    const json = jsonFeed(siteFeed, site, items) as { items: Record<string, unknown>[] };
    expect(json.items[1]).toMatchObject({
      id: 'thalaeng:release:corrected',
      date_published: '2026-11-02T09:00:00+07:00',
      date_modified: '2026-11-03T10:00:00+07:00',
    });
    expect(json.items[0]).not.toHaveProperty('date_modified');
    const rss = await getRssString(rssOptions(siteFeed, site, items));
    const item = rss.split('<item>')[2]!;
    expect(item).toContain('<guid isPermaLink="false">thalaeng:release:corrected</guid>');
    expect(item).toContain(
      '<pubDate>Mon, 02 Nov 2026 09:00:00 +0700</pubDate><atom:updated>2026-11-03T10:00:00+07:00</atom:updated>',
    );
    // The channel moves only with a newer release, not with a correction.
    expect(rss).toContain('<lastBuildDate>Mon, 02 Nov 2026 12:00:00 +0700</lastBuildDate>');
  });

  it('a file with only updated: carries the date without a note', async () => {
    const legacy = make('legacy', '2026-11-02T09:00:00+07:00', { updated: new Date('2026-11-04T00:00:00+07:00') });
    const feed = feedDefinitions(buildReleaseIndex([legacy])).find((f) => f.path === '/rss.xml')!;
    const [item] = await feedItems(feed, site, async () => ['<p>เนื้อข่าว</p>']);
    expect(item).toMatchObject({ updated: legacy.updated, contentHtml: '<p>เนื้อข่าว</p>' });
    expect(item).not.toHaveProperty('updateNote');
  });
});
