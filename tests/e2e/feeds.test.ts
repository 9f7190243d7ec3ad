/** Every feed of the built sites, read by a real XML parser and by feedparser. */
import { describe, expect, inject, it } from 'vitest';
import { categories } from '@/release/registries.ts';
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { validateRelease } from '@/release/validate.ts';
import type { Release } from '@/release/release.ts';

const siteDir = inject('siteDir');
const trickySiteDir = inject('trickySiteDir');
const parser = new XMLParser({ ignoreAttributes: false, isArray: (name) => ['item', 'category', 'outline'].includes(name) });
const RFC_822 =
  /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d{2}:\d{2}:\d{2} (GMT|[+-]\d{4})$/;

interface Item {
  title: string;
  link: string;
  guid: { '#text': string; '@_isPermaLink': string };
  pubDate: string;
  description: string;
  'content:encoded': string;
  category: string[];
}
interface Channel {
  title: string;
  link: string;
  description: string;
  language: string;
  lastBuildDate?: string;
  'atom:link': { '@_href': string; '@_rel': string };
  item?: Item[];
}

async function feedFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile() && e.name === 'rss.xml')
    .map((e) => path.join(e.parentPath, e.name))
    .sort();
}

async function readFeed(file: string): Promise<{ xml: string; channel: Channel }> {
  const xml = await readFile(file, 'utf8');
  const valid = XMLValidator.validate(xml);
  if (valid !== true) throw new Error(`${file}: ${JSON.stringify(valid.err)}`);
  return { xml, channel: (parser.parse(xml) as { rss: { channel: Channel } }).rss.channel };
}

async function publishedReleases(): Promise<Release[]> {
  const files = (await readdir('content/releases', { recursive: true })).filter((f) => String(f).endsWith('.md'));
  const releases: Release[] = [];
  for (const file of files) {
    const filePath = `content/releases/${file}`;
    const result = validateRelease(filePath, await readFile(filePath, 'utf8'));
    if (result.ok && !result.release.draft) releases.push(result.release);
  }
  return releases.sort((a, b) => b.date.getTime() - a.date.getTime() || a.slug.localeCompare(b.slug));
}

const isAbsolute = (url: string): boolean => /^https?:\/\//.test(url);

// The site feed, 20 ministries, 77 provinces and every category.
const FEEDS = 1 + 20 + 77 + categories.length;

describe('feeds of the embedded site', async () => {
  const files = await feedFiles(siteDir);
  const releases = await publishedReleases();

  it('exist for the site, every ministry, every province and every category', () => {
    expect(files).toHaveLength(FEEDS);
    expect(files).toContain(path.join(siteDir, 'categories/cabinet/rss.xml'));
    expect(files).toContain(path.join(siteDir, 'rss.xml'));
    expect(files).toContain(path.join(siteDir, 'provinces/th-80/rss.xml'));
  });

  it('are well-formed RSS 2.0 with the required channel and item elements', async () => {
    for (const file of files) {
      const { xml, channel } = await readFeed(file);
      expect(xml).toContain('<rss version="2.0"');
      expect(channel.title, file).toBeTruthy();
      expect(channel.description, file).toBeTruthy();
      expect(isAbsolute(channel.link), file).toBe(true);
      expect(channel.language).toBe('th');
      expect(channel['atom:link']['@_rel']).toBe('self');
      expect(channel['atom:link']['@_href']).toBe(`https://thalaeng.github.io/${path.relative(siteDir, file)}`);
      const guids = new Set<string>();
      for (const item of channel.item ?? []) {
        expect(item.title && item.description && item['content:encoded'], file).toBeTruthy();
        expect(isAbsolute(item.link)).toBe(true);
        expect(item.pubDate).toMatch(RFC_822);
        expect(Number.isNaN(Date.parse(item.pubDate))).toBe(false);
        expect(item.guid['@_isPermaLink']).toBe('false');
        expect(guids.has(item.guid['#text']), `duplicate guid in ${file}`).toBe(false);
        guids.add(item.guid['#text']);
        for (const [, url] of item['content:encoded'].matchAll(/(?:href|src)="([^"]*)"/g))
          expect(isAbsolute(url!) || url!.startsWith('#'), url).toBe(true);
      }
      if (channel.item?.length) expect(channel.lastBuildDate).toBe(channel.item[0]!.pubDate);
    }
  });

  it('carry exactly the latest releases of their ministry or province, newest first', async () => {
    const slugsOf = async (file: string): Promise<string[]> =>
      ((await readFeed(path.join(siteDir, file))).channel.item ?? []).map((i) =>
        i.guid['#text'].replace('thalaeng:release:', ''),
      );
    expect(await slugsOf('rss.xml')).toEqual(releases.slice(0, 50).map((r) => r.slug));
    for (const ministry of ['labour', 'pmo', 'energy']) {
      expect(await slugsOf(`ministries/${ministry}/rss.xml`), ministry).toEqual(
        releases.filter((r) => r.ministry === ministry).map((r) => r.slug),
      );
    }
    for (const code of ['TH-80', 'TH-10', 'TH-96', 'TH-38']) {
      expect(await slugsOf(`provinces/${code.toLowerCase()}/rss.xml`), code).toEqual(
        releases.filter((r) => r.provinces.includes(code)).map((r) => r.slug),
      );
    }
  });

  it('keep a guid that does not depend on the site address', async () => {
    const { channel } = await readFeed(path.join(siteDir, 'rss.xml'));
    for (const item of channel.item ?? []) expect(item.guid['#text']).not.toContain('http');
  });

  it('label items with the ministry and each province', async () => {
    const { channel } = await readFeed(path.join(siteDir, 'provinces/th-80/rss.xml'));
    const seed = channel.item!.find((i) => i.link.endsWith('/releases/2017-11-02-7766/'))!;
    expect(seed.category).toEqual(expect.arrayContaining(['กระทรวงแรงงาน', 'จังหวัดนครศรีธรรมราช', 'จังหวัดกระบี่']));
  });

  it('never include drafts', async () => {
    const drafts = ['2025-11-03-culture-loy-krathong-draft'];
    expect(existsSync(`content/releases/2025/11/${drafts[0]}.md`)).toBe(true);
    for (const file of files) for (const draft of drafts) expect(await readFile(file, 'utf8')).not.toContain(draft);
  });

  it('are announced in the head of every page, and ministry and province pages announce their own', async () => {
    const home = await readFile(path.join(siteDir, 'index.html'), 'utf8');
    expect(home).toContain('<link rel="alternate" type="application/rss+xml" title="แถลง — ข่าวประชาสัมพันธ์ภาครัฐ" href="/rss.xml">');
    const labour = await readFile(path.join(siteDir, 'ministries/labour/index.html'), 'utf8');
    expect(labour).toContain('href="/ministries/labour/rss.xml"');
    const province = await readFile(path.join(siteDir, 'provinces/th-80/index.html'), 'utf8');
    expect(province).toContain('href="/provinces/th-80/rss.xml"');
  });

  it('are all listed on /feeds/ and in the OPML files, RSS and JSON Feed', async () => {
    const page = await readFile(path.join(siteDir, 'feeds/index.html'), 'utf8');
    const urlsIn = async (file: string): Promise<string[]> => {
      const opml = await readFile(path.join(siteDir, file), 'utf8');
      expect(XMLValidator.validate(opml)).toBe(true);
      return [...opml.matchAll(/xmlUrl="([^"]+)"/g)].map((m) => m[1]!);
    };
    const rssUrls = await urlsIn('feeds.opml');
    const jsonUrls = await urlsIn('feeds-json.opml');
    expect(rssUrls).toHaveLength(FEEDS);
    expect(jsonUrls).toHaveLength(FEEDS);
    for (const file of files) {
      const relative = `/${path.relative(siteDir, file)}`;
      const json = relative.replace(/rss\.xml$/, 'feed.json');
      expect(page).toContain(`href="${relative}"`);
      expect(page).toContain(`href="${json}"`);
      expect(rssUrls).toContain(`https://thalaeng.github.io${relative}`);
      expect(jsonUrls).toContain(`https://thalaeng.github.io${json}`);
    }
  });

  it('have a JSON Feed twin with the same items, ids and dates', async () => {
    for (const file of files) {
      const { channel } = await readFeed(file);
      const json = JSON.parse(await readFile(file.replace(/rss\.xml$/, 'feed.json'), 'utf8')) as JsonFeed;
      expect(json.version).toBe('https://jsonfeed.org/version/1.1');
      expect(json.title).toBe(channel.title);
      expect(json.feed_url).toBe(`https://thalaeng.github.io/${path.relative(siteDir, file).replace(/rss\.xml$/, 'feed.json')}`);
      expect(json.items.map((i) => i.id)).toEqual((channel.item ?? []).map((i) => i.guid['#text']));
      for (const [i, item] of json.items.entries()) {
        expect(Date.parse(item.date_published)).toBe(Date.parse(channel.item![i]!.pubDate));
        expect(item.date_published).toMatch(/\+07:00$/);
        expect(item.content_html, item.id).toBeTruthy();
      }
    }
  });

  it("date items in Bangkok time, so readers abroad show the release's own day", async () => {
    const { channel } = await readFeed(path.join(siteDir, 'rss.xml'));
    for (const item of channel.item ?? []) expect(item.pubDate).toMatch(/ \+0700$/);
    const seed = channel.item!.find((i) => i.link.endsWith('/releases/2017-11-02-7766/'))!;
    expect(seed.pubDate).toBe('Thu, 02 Nov 2017 00:00:00 +0700');
  });

  it("are announced on a release page: the site feed, its ministry's, its category's and its provinces', in RSS and JSON Feed", async () => {
    const page = await readFile(path.join(siteDir, 'releases/2017-11-02-7766/index.html'), 'utf8');
    const alternates = [...page.matchAll(/<link rel="alternate" type="([^"]+)" title="[^"]*" href="([^"]+)">/g)].map(
      (m) => `${m[1]} ${m[2]}`,
    );
    const seedProvinces = ['TH-80', 'TH-81', 'TH-82', 'TH-83', 'TH-84', 'TH-85', 'TH-86', 'TH-92', 'TH-93'];
    expect(alternates).toEqual(
      [
        '/rss.xml',
        '/ministries/labour/rss.xml',
        '/categories/government-house/rss.xml',
        ...seedProvinces.map((code) => `/provinces/${code.toLowerCase()}/rss.xml`),
      ].flatMap((rss) => [`application/rss+xml ${rss}`, `application/feed+json ${rss.replace(/rss\.xml$/, 'feed.json')}`]),
    );
  });
});

interface JsonFeed {
  version: string;
  title: string;
  feed_url: string;
  items: {
    id: string;
    date_published: string;
    content_html: string;
    title: string;
    summary: string;
    tags: string[];
    language?: string;
  }[];
}

describe('a release with control characters, & and < and relative links', () => {
  it('gives valid feeds with the text escaped and links made absolute', async () => {
    const { xml, channel } = await readFeed(path.join(trickySiteDir, 'rss.xml'));
    expect(xml).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/);
    const item = channel.item!.find((i) => i.link.endsWith('/releases/2020-01-15-tricky/'))!;
    // Titles: < and > encoded for readers that show titles as HTML, & left for those that show text.
    expect(item.title).toBe('กระทรวงการคลัง & ธปท. แถลง &lt;ด่วน&gt; "มาตรการ" ภาษี');
    expect(xml).toContain('กระทรวงการคลัง &amp; ธปท. แถลง &amp;lt;ด่วน&amp;gt;');
    // Descriptions are HTML: the text is encoded once for HTML, once for XML.
    expect(item.description).toBe('สรุป: ดอกเบี้ย &lt; 2% &amp; เงินเฟ้อ &gt; 1%');
    const content = item['content:encoded'];
    expect(content).toContain('href="https://thalaeng.github.io/releases/2020-01-14-earlier/"');
    expect(content).toContain('href="https://thalaeng.github.io/releases/docs/a.pdf"'); // ../docs/a.pdf from the release page
    // A photo beside the release: one JPEG of it, absolute (src/site/markdown/rehype-photos.ts).
    expect(content).toMatch(
      /<img src="https:\/\/thalaeng\.github\.io\/_astro\/photos\/[0-9a-f]{32}_[\w-]+\.jpeg" width="600" height="360" alt="แผนภูมิ">/,
    );
    expect(content).toContain('href="https://www.mof.go.th/"');
  });
});

describe('a release longer than a feed carries, about the whole country', () => {
  it('is cut after its opening in every feed, with a note and a link to the full text', async () => {
    for (const feed of ['rss.xml', 'ministries/pmo/rss.xml']) {
      const { channel } = await readFeed(path.join(trickySiteDir, feed));
      const item = channel.item!.find((i) => i.link.endsWith('/releases/2020-01-17-cabinet/'))!;
      const content = item['content:encoded'];
      expect(content.startsWith('<h2 id="1-เรื่องที่-1-ของการประชุม">')).toBe(true);
      expect(content).toContain('ข่าวนี้ยาว ฟีดจึงแสดงเฉพาะตอนต้น');
      expect(content).toContain('<a href="https://thalaeng.github.io/releases/2020-01-17-cabinet/">อ่านฉบับเต็มที่เว็บไซต์แถลง</a>');
      expect(content).not.toContain('เรื่องที่ 12 ของการประชุม');
      expect(Buffer.byteLength(content)).toBeLessThan(50_000);
    }
  });

  it('is in its category feed and off every province feed, as national news', async () => {
    for (const code of ['th-10', 'th-50']) {
      expect(await readFile(path.join(trickySiteDir, `provinces/${code}/rss.xml`), 'utf8')).not.toContain('2020-01-17-cabinet');
    }
    expect(await readFile(path.join(trickySiteDir, 'categories/cabinet/rss.xml'), 'utf8')).toContain('2020-01-17-cabinet');
    const page = await readFile(path.join(trickySiteDir, 'releases/2020-01-17-cabinet/index.html'), 'utf8');
    expect(page).not.toContain('/provinces/th-10/rss.xml');
    const { channel } = await readFeed(path.join(trickySiteDir, 'rss.xml'));
    const item = channel.item!.find((i) => i.link.endsWith('/releases/2020-01-17-cabinet/'))!;
    expect(item.category).toEqual(['สำนักนายกรัฐมนตรี', 'สรุปข่าวการประชุม ครม.', 'ทั่วประเทศ']);
  });
});

describe('a release written in English (lang: en)', () => {
  it('marks its article English and keeps the Thai interface inside it Thai', async () => {
    const page = await readFile(path.join(trickySiteDir, 'releases/2020-01-18-english/index.html'), 'utf8');
    expect(page).toMatch(/<html[^>]* lang="th"/);
    expect(page).toMatch(/<article[^>]* lang="en"/);
    expect(page).toMatch(/<dl[^>]* lang="th"/);
    expect(page).toContain('"inLanguage":"en"');
    const thai = await readFile(path.join(trickySiteDir, 'releases/2020-01-14-earlier/index.html'), 'utf8');
    expect(thai).not.toMatch(/<article[^>]* lang=/);
  });

  it('carries its language in the JSON Feed item, the feed staying th', async () => {
    const feed = JSON.parse(await readFile(path.join(trickySiteDir, 'feed.json'), 'utf8')) as JsonFeed & { language: string };
    expect(feed.language).toBe('th');
    expect(feed.items.find((i) => i.id === 'thalaeng:release:2020-01-18-english')?.language).toBe('en');
    expect(feed.items.filter((i) => i.language !== undefined)).toHaveLength(1);
  });

  it('carries its language in the RSS item (Dublin Core), the channel staying th', async () => {
    const xml = await readFile(path.join(trickySiteDir, 'rss.xml'), 'utf8');
    expect(xml).toContain('xmlns:dc="http://purl.org/dc/elements/1.1/"');
    const items = xml.split('<item>').slice(1);
    expect(
      items.filter((item) => item.includes('<dc:language>en</dc:language>')).map((item) => /<guid[^>]*>([^<]+)/.exec(item)![1]),
    ).toEqual(['thalaeng:release:2020-01-18-english']);
  });
});

describe('every feed file', () => {
  it('is at most 500 KB', async () => {
    const all = [...(await feedFiles(siteDir)), ...(await feedFiles(trickySiteDir))];
    for (const file of all) {
      expect((await stat(file)).size, file).toBeLessThanOrEqual(500_000);
      expect((await stat(file.replace(/rss\.xml$/, 'feed.json'))).size, file).toBeLessThanOrEqual(500_000);
    }
  });
});

const FEEDPARSER = '/usr/bin/python3';
const hasFeedparser =
  existsSync(FEEDPARSER) &&
  (() => {
    try {
      execFileSync(FEEDPARSER, ['-c', 'import feedparser']);
      return true;
    } catch {
      return false;
    }
  })();

describe.skipIf(!hasFeedparser)('feeds in a real feed-reader parser (python3-feedparser)', () => {
  it('raise no problem (bozo false) in any feed of either site', async () => {
    const files = [...(await feedFiles(siteDir)), ...(await feedFiles(trickySiteDir))];
    const script = [
      'import sys, json, feedparser',
      'bad = []',
      'for path in sys.argv[1:]:',
      '    d = feedparser.parse(path)',
      '    if d.bozo or not d.feed.get("title"): bad.append([path, str(d.get("bozo_exception"))])',
      'print(json.dumps(bad))',
    ].join('\n');
    const bad = JSON.parse(
      execFileSync(FEEDPARSER, ['-c', script, ...files], { encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 }),
    ) as string[][];
    expect(bad).toEqual([]);
  });
});

/**
 * What a feed reader does with the release whose title, summary and body try to inject
 * markup: feedparser's sanitised values and its raw ones (sanitize_html=False, what a
 * naive reader would put into a page) must hold the markup only as text.
 */
describe.skipIf(!hasFeedparser)('markup in a release, read by a real feed-reader parser', () => {
  const script = [
    'import sys, json, feedparser',
    'out = {}',
    'for mode in ("sanitised", "raw"):',
    '    d = feedparser.parse(sys.argv[1], sanitize_html=(mode == "sanitised"))',
    '    e = [e for e in d.entries if e.link.endswith("/2020-01-16-markup/")][0]',
    '    out[mode] = {"title": e.title, "title_type": e.title_detail.type, "summary": e.summary, "summary_type": e.summary_detail.type,',
    '                 "content": e.content[0].value, "tags": [t.term for t in e.tags]}',
    'print(json.dumps(out))',
  ].join('\n');
  type Entry = { title: string; title_type: string; summary: string; summary_type: string; content: string; tags: string[] };

  it.each(['rss.xml', 'ministries/finance/rss.xml', 'provinces/th-10/rss.xml'])(
    '%s carries no live markup in title, description, category or content',
    (feed) => {
      const read = JSON.parse(
        execFileSync(FEEDPARSER, ['-c', script, path.join(trickySiteDir, feed)], { encoding: 'utf8' }),
      ) as Record<'sanitised' | 'raw', Entry>;
      for (const mode of ['sanitised', 'raw'] as const) {
        const entry = read[mode];
        const live = /<\s*(script|img|b)\b/i;
        for (const field of [entry.title, entry.summary, entry.content, ...entry.tags])
          expect(field, `${mode}: ${field}`).not.toMatch(live);
        // The characters arrive as characters: HTML-aware readers show them as typed.
        expect(entry.title).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
        expect(entry.summary).toContain('&lt;img src=x onerror=alert(1)&gt;');
        expect(entry.summary_type).toBe('text/html');
        // The body's escaped \<img …\> is text on the page and text in the feed.
        expect(entry.content).toMatch(/&(lt|#x3c);img src=x onerror=alert\(2\)/);
        expect(entry.content).toMatch(/Travel &(amp|#x26); Fair/);
      }
    },
  );
});
