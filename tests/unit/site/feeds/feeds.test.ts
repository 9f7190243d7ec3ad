import { describe, expect, it } from 'vitest';
import { categories } from '@/release/registries.ts';
import { xmlSafe, escapeXml } from '@/site/feeds/xml-text.ts';
import { renderMarkdown } from '@/site/markdown/markdown.ts';
import { opmlDocument } from '@/site/feeds/opml.ts';
import { feedDefinitions, releaseGuid, FEED_LENGTH } from '@/site/feeds/feeds.ts';
import { rssOptions } from '@/site/feeds/rss.ts';
import { feedItems } from '@/site/feeds/items.ts';
import { buildReleaseIndex } from '@/site/release-index.ts';
import type { Release } from '@/release/release.ts';
import { testRelease } from '../../../helpers/release.ts';

const make = (slug: string, day: number, ministry = 'labour', provinces: string[] = []): Release =>
  testRelease(slug, { date: new Date(Date.UTC(2020, 0, day)), ministry, provinces });

describe('xmlSafe', () => {
  it.each([
    ['C0 controls', 'a\u0000b\u0007c\u001Fd', 'abcd'],
    ['keeps tab and newlines', 'a\tb\nc\rd', 'a\tb\nc\rd'],
    ['a lone high surrogate', 'a\uD83Db', 'ab'],
    ['a lone low surrogate', 'a\uDE00b', 'ab'],
    ['keeps a surrogate pair (emoji)', 'ok 😀', 'ok 😀'],
    ['U+FFFE and U+FFFF', 'a\uFFFEb\uFFFF', 'ab'],
  ])('handles %s', (_, input, expected) => {
    expect(xmlSafe(input)).toBe(expected);
  });

  it('escapes markup characters for hand-written XML', () => {
    expect(escapeXml(`ก & ข <ค> "ง" 'จ'\u0001`)).toBe('ก &#38; ข &#60;ค&#62; &#34;ง&#34; &#39;จ&#39;');
  });
});

describe('renderMarkdown for feeds', () => {
  it('makes relative links and images absolute against the release page', () => {
    const html = renderMarkdown('[a](/x/) [b](../y) [c](#top) [d](https://e.example/) ![i](img.png)', {
      base: 'https://s.example/releases/r/',
    });
    expect(html).toContain('href="https://s.example/x/"');
    expect(html).toContain('href="https://s.example/releases/y"');
    expect(html).toContain('href="#top"');
    expect(html).toContain('href="https://e.example/"');
    expect(html).toContain('src="https://s.example/releases/r/img.png"');
  });

  it('leaves links relative on pages', () => {
    expect(renderMarkdown('[a](/x/)')).toContain('href="/x/"');
  });
});

describe('feed definitions', () => {
  const releases = Array.from({ length: 60 }, (_, i) => make(`r${i}`, i + 1, i % 2 ? 'labour' : 'pmo', i < 3 ? ['TH-50'] : []));
  const feeds = feedDefinitions(buildReleaseIndex(releases));

  // The site feed, 20 ministries, 77 provinces and every category.
  const FEED_COUNT = 1 + 20 + 77 + categories.length;

  it('define the site feed and one per ministry, province and category, at most 50 items each', () => {
    expect(feeds).toHaveLength(FEED_COUNT);
    expect(feeds[0]!.releases).toHaveLength(FEED_LENGTH);
    expect(feeds[0]!.releases[0]!.slug).toBe('r59');
    expect(feeds.find((f) => f.path === '/provinces/th-50/rss.xml')!.releases.map((r) => r.slug)).toEqual(['r2', 'r1', 'r0']);
  });

  it('give items a guid from the slug and a Bangkok date, channels a self link and a stable lastBuildDate', async () => {
    const feed = feeds.find((f) => f.path === '/provinces/th-50/rss.xml')!;
    const site = new URL('https://s.example/');
    const options = rssOptions(feed, site, await feedItems(feed, site, async () => ['<p>x</p>']));
    expect(releaseGuid(releases[0]!)).toBe('thalaeng:release:r0');
    // r2 is dated 3 January 2020, 00:00 UTC: 07:00 that day in Bangkok.
    expect(options.items[0]).toMatchObject({
      link: 'https://s.example/releases/r2/',
      customData: '<guid isPermaLink="false">thalaeng:release:r2</guid><pubDate>Fri, 03 Jan 2020 07:00:00 +0700</pubDate>',
    });
    expect(options.customData).toContain(
      '<atom:link href="https://s.example/provinces/th-50/rss.xml" rel="self" type="application/rss+xml"/>',
    );
    expect(options.customData).toContain('<lastBuildDate>Fri, 03 Jan 2020 07:00:00 +0700</lastBuildDate>');
    expect(options.customData).not.toContain('rel="hub"');
    expect(options.items[0]?.categories).toEqual(['สำนักนายกรัฐมนตรี', 'จังหวัดเชียงใหม่']);
  });

  it('advertise a WebSub hub when one is configured', async () => {
    const site = new URL('https://s.example/');
    const options = rssOptions(feeds[0]!, site, [], 'https://hub.example/');
    expect(options.customData).toContain('<atom:link href="https://hub.example/" rel="hub"/>');
  });

  it('list every feed in OPML with escaped titles, in folders: ministries, categories, and provinces by region', () => {
    const opml = opmlDocument('A & B', feeds, new URL('https://s.example/'));
    expect(opml).toContain('<title>A &#38; B</title>');
    expect(opml.match(/<outline type="rss" /g)).toHaveLength(FEED_COUNT);
    expect(opml).toContain('xmlUrl="https://s.example/ministries/labour/rss.xml" htmlUrl="https://s.example/ministries/labour/"');
    const folders = [...opml.matchAll(/^( *)<outline text="([^"]+)">$/gm)].map(([, indent, name]) => `${indent!.length}:${name}`);
    expect(folders).toEqual([
      '4:ฟีดตามกระทรวง',
      '4:ฟีดตามหมวดข่าว',
      '4:ฟีดตามจังหวัด',
      '6:ภาคเหนือ',
      '6:ภาคตะวันออกเฉียงเหนือ',
      '6:ภาคกลาง',
      '6:ภาคตะวันออก',
      '6:ภาคตะวันตก',
      '6:ภาคใต้',
    ]);
    const north = opml.slice(opml.indexOf('<outline text="ภาคเหนือ">'), opml.indexOf('<outline text="ภาคตะวันออกเฉียงเหนือ">'));
    expect(north).toContain('/provinces/th-50/rss.xml');
    expect(north).not.toContain('/provinces/th-10/rss.xml');
  });

  it('list the JSON Feed twins in the JSON OPML file', () => {
    const opml = opmlDocument('A', feeds, new URL('https://s.example/'), 'json');
    expect(opml.match(/xmlUrl="[^"]*\/feed\.json"/g)).toHaveLength(FEED_COUNT);
    expect(opml).not.toContain('rss.xml');
  });
});
