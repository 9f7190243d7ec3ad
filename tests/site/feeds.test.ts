/** Every feed of the built sites, read by a real XML parser and by feedparser. */
import { describe, expect, inject, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { validateRelease } from '../../src/lib/validate-release.ts';
import type { Release } from '../../src/lib/release.ts';

const siteDir = inject('siteDir');
const trickySiteDir = inject('trickySiteDir');
const parser = new XMLParser({ ignoreAttributes: false, isArray: (name) => ['item', 'category', 'outline'].includes(name) });
const RFC_822 = /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d{2}:\d{2}:\d{2} (GMT|[+-]\d{4})$/;

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
  return entries.filter((e) => e.isFile() && e.name === 'rss.xml').map((e) => path.join(e.parentPath, e.name)).sort();
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

describe('feeds of the embedded site', async () => {
  const files = await feedFiles(siteDir);
  const releases = await publishedReleases();

  it('exist for the site, every ministry and every province', () => {
    expect(files).toHaveLength(1 + 20 + 77);
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
        for (const [, url] of item['content:encoded'].matchAll(/(?:href|src)="([^"]*)"/g)) expect(isAbsolute(url!) || url!.startsWith('#'), url).toBe(true);
      }
      if (channel.item?.length) expect(channel.lastBuildDate).toBe(channel.item[0]!.pubDate);
    }
  });

  it('carry exactly the latest releases of their ministry or province, newest first', async () => {
    const slugsOf = async (file: string): Promise<string[]> =>
      ((await readFeed(path.join(siteDir, file))).channel.item ?? []).map((i) => i.guid['#text'].replace('thalaeng:release:', ''));
    expect(await slugsOf('rss.xml')).toEqual(releases.slice(0, 50).map((r) => r.slug));
    for (const ministry of ['labour', 'pmo', 'energy']) {
      expect(await slugsOf(`ministries/${ministry}/rss.xml`), ministry).toEqual(releases.filter((r) => r.ministry === ministry).map((r) => r.slug));
    }
    for (const code of ['TH-80', 'TH-10', 'TH-96', 'TH-38']) {
      expect(await slugsOf(`provinces/${code.toLowerCase()}/rss.xml`), code).toEqual(releases.filter((r) => r.provinces.includes(code)).map((r) => r.slug));
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

  it('are all listed on /feeds/ and in the OPML file', async () => {
    const page = await readFile(path.join(siteDir, 'feeds/index.html'), 'utf8');
    const opml = await readFile(path.join(siteDir, 'feeds.opml'), 'utf8');
    expect(XMLValidator.validate(opml)).toBe(true);
    const outlines = (parser.parse(opml) as { opml: { body: { outline: { '@_xmlUrl': string }[] } } }).opml.body.outline;
    const urls = outlines.map((o) => o['@_xmlUrl']);
    for (const file of files) {
      const relative = `/${path.relative(siteDir, file)}`;
      expect(page).toContain(`href="${relative}"`);
      expect(urls).toContain(`https://thalaeng.github.io${relative}`);
    }
  });
});

describe('a release with control characters, & and < and relative links', () => {
  it('gives valid feeds with the text escaped and links made absolute', async () => {
    const { xml, channel } = await readFeed(path.join(trickySiteDir, 'rss.xml'));
    expect(xml).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/);
    const item = channel.item!.find((i) => i.link.endsWith('/releases/2020-01-15-tricky/'))!;
    expect(item.title).toBe('กระทรวงการคลัง & ธปท. แถลง <ด่วน> "มาตรการ" ภาษี');
    expect(xml).toContain('กระทรวงการคลัง &amp; ธปท. แถลง &lt;ด่วน&gt;');
    expect(item.description).toBe('สรุป: ดอกเบี้ย < 2% & เงินเฟ้อ > 1%');
    const content = item['content:encoded'];
    expect(content).toContain('href="https://thalaeng.github.io/releases/2020-01-14-earlier/"');
    expect(content).toContain('href="https://thalaeng.github.io/releases/docs/a.pdf"'); // ../docs/a.pdf from the release page
    expect(content).toContain('src="https://thalaeng.github.io/images/chart.png"');
    expect(content).toContain('href="https://www.mof.go.th/"');
  });
});

const FEEDPARSER = '/usr/bin/python3';
const hasFeedparser = existsSync(FEEDPARSER) && (() => {
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
    const bad = JSON.parse(execFileSync(FEEDPARSER, ['-c', script, ...files], { encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 })) as string[][];
    expect(bad).toEqual([]);
  });
});
