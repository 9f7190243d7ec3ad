import { describe, expect, it } from 'vitest';
import { getRssString } from '@astrojs/rss';
import { FEED_MAX_BYTES, ITEM_BODY_MAX_BYTES, openingBlocks, waterLevel } from '@/site/feeds/budget.ts';
import { feedItems } from '@/site/feeds/items.ts';
import { rssOptions } from '@/site/feeds/rss.ts';
import { jsonFeed, jsonFeedText } from '@/site/feeds/json-feed.ts';
import { feedDefinitions, FEED_LENGTH } from '@/site/feeds/feeds.ts';
import { buildReleaseIndex } from '@/site/release-index.ts';
import type { Release } from '@/release/release.ts';

describe('waterLevel', () => {
  it('is unbounded when every body fits', () => {
    expect(waterLevel([10, 20, 30], 60)).toBe(Infinity);
  });
  it('cuts only the longest bodies', () => {
    // 10 and 20 fit whole; the two long ones share the remaining 70.
    expect(waterLevel([10, 1000, 20, 500], 100)).toBe(35);
  });
  it('is never negative', () => {
    expect(waterLevel([10], -5)).toBe(0);
  });
});

describe('openingBlocks', () => {
  it('keeps whole blocks while they fit, without a trailing line break', () => {
    expect(openingBlocks(['<p>aa</p>', '\n', '<p>bb</p>', '\n', '<p>cc</p>'], 21, (s) => s.length)).toEqual([
      '<p>aa</p>',
      '\n',
      '<p>bb</p>',
    ]);
    expect(openingBlocks(['<p>long</p>'], 3, (s) => s.length)).toEqual([]);
  });
});

const site = new URL('https://s.example/');
const paragraph = `<p>${'ข่าวประชาสัมพันธ์ภาครัฐ '.repeat(40)}</p>`;
const release = (i: number): Release => ({
  slug: `r${String(i).padStart(2, '0')}`,
  title: `ข่าวที่ ${i}`,
  date: new Date(Date.UTC(2024, 0, i + 1)),
  ministry: 'pmo',
  provinces: [],
  nationwide: false,
  source: `https://example.go.th/${i}`,
  gallery: [],
  updates: [],
  draft: false,
  excerpt: 'ตอนต้นของข่าว',
  filePath: `r${i}.md`,
});

describe('feed items under the byte budget', () => {
  const releases = Array.from({ length: 60 }, (_, i) => release(i));
  const [siteFeed] = feedDefinitions(buildReleaseIndex(releases));

  it('carry ordinary bodies whole', async () => {
    const items = await feedItems(siteFeed!, site, async () => [paragraph, '\n', paragraph]);
    expect(items).toHaveLength(FEED_LENGTH);
    expect(items.every((item) => !item.shortened && item.contentHtml === `${paragraph}\n${paragraph}`)).toBe(true);
  });

  it('keep the RSS and JSON files under the limit however long the bodies, and say when a body was cut', async () => {
    // Every release as long as a cabinet summary (about 540 KB).
    const items = await feedItems(siteFeed!, site, async () => Array.from({ length: 600 }, () => paragraph));
    const rss = await getRssString(rssOptions(siteFeed!, site, items));
    const json = jsonFeedText(jsonFeed(siteFeed!, site, items));
    expect(Buffer.byteLength(rss)).toBeLessThanOrEqual(FEED_MAX_BYTES);
    expect(Buffer.byteLength(json)).toBeLessThanOrEqual(FEED_MAX_BYTES);
    // Still far from empty: each body keeps an opening of several paragraphs.
    expect(Buffer.byteLength(rss)).toBeGreaterThan(FEED_MAX_BYTES * 0.8);
    for (const item of items) {
      expect(item.shortened).toBe(true);
      expect(item.contentHtml.startsWith(paragraph)).toBe(true);
      expect(item.contentHtml).toContain(`<a href="${item.url}">อ่านฉบับเต็มที่เว็บไซต์แถลง</a>`);
      expect(item.contentHtml).toContain('ข่าวนี้ยาว ฟีดจึงแสดงเฉพาะตอนต้น');
    }
  });

  it('cut one very long body to the item limit and leave the others whole', async () => {
    const items = await feedItems(siteFeed!, site, async (r) =>
      r.slug === 'r59' ? Array.from({ length: 600 }, () => paragraph) : [paragraph],
    );
    expect(items[0]!.shortened).toBe(true);
    expect(Buffer.byteLength(items[0]!.contentHtml)).toBeLessThanOrEqual(ITEM_BODY_MAX_BYTES);
    expect(Buffer.byteLength(items[0]!.contentHtml)).toBeGreaterThan(ITEM_BODY_MAX_BYTES * 0.9);
    expect(items.slice(1).every((item) => !item.shortened)).toBe(true);
  });

  it('fall back to the excerpt when not even the first paragraph fits', async () => {
    const items = await feedItems(siteFeed!, site, async () => [`<p>${'ก'.repeat(200_000)}</p>`]);
    expect(items[0]!.contentHtml.startsWith('<p>ตอนต้นของข่าว</p>')).toBe(true);
  });
});
