/**
 * A second build with the same cache folder renders again only the pages and indexes
 * again only the search shards whose inputs changed, and what it serves is the new text.
 */
import { describe, expect, it } from 'vitest';
import { cp, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { astroBuild, buildWorkDir } from '../../scripts/build/astro-build.ts';
import { loadSiteSearch } from '../../scripts/eval-search/site-search.ts';
import { SEARCH_SHARD_SIZE } from './build-site.ts';
import { copiedPages } from '../../scripts/bench/build-phases.ts';

const indexLog = (output: string): string =>
  /\d+ releases indexed for search in \d+ shards \(\d+ unchanged/.exec(output)?.[0] ?? output.slice(-3000);
/** Feeds carry bodies: the site's, commerce's and those of the provinces the durian release names. */
const FEEDS_WITH_DURIAN = ['/rss.xml', '/ministries/commerce/rss.xml', '/provinces/th-22/rss.xml', '/provinces/th-86/rss.xml'];

describe('rebuilding after one release changed', () => {
  it('copies unchanged pages and search shards from the cache, and renders and indexes what changed', async () => {
    const work = await buildWorkDir(process.cwd(), 'rebuild');
    try {
      const releasesDir = path.join(work, 'releases');
      await cp('content/releases', releasesDir, { recursive: true });
      const build = async (name: string): Promise<{ index: string; copied: Set<string> }> => {
        const outDir = path.join(work, name);
        const { code, output } = await astroBuild(process.cwd(), {
          releasesDir,
          outDir,
          cacheDir: path.join(work, 'cache'),
          searchShardSize: SEARCH_SHARD_SIZE,
        });
        expect(code, output.slice(-3000)).toBe(0);
        // Indexed once: two indexings in one process would share, and close, one Pagefind.
        expect(output.match(/releases indexed for search/g)).toHaveLength(1);
        return { index: indexLog(output), copied: new Set(copiedPages(output)) };
      };
      const cold = await build('cold');
      expect(cold.index).toBe('13 releases indexed for search in 4 shards (0 unchanged');
      expect(cold.copied.size).toBe(0);
      const same = await build('same');
      expect(same.index).toBe('13 releases indexed for search in 4 shards (4 unchanged');
      const pages = (await readdir(path.join(work, 'cold'), { recursive: true })).filter(
        (file) => file.endsWith('index.html') && file.startsWith('releases'),
      );
      expect(pages).toHaveLength(13);
      for (const page of pages) {
        expect(same.copied).toContain(`/${page}`);
        expect(await readFile(path.join(work, 'same', page), 'utf8')).toBe(await readFile(path.join(work, 'cold', page), 'utf8'));
      }
      // Share cards are drawn once: a rebuild copies every one.
      const cards = await readdir(path.join(work, 'cold/og'));
      expect(cards.length).toBeGreaterThan(20);
      for (const card of cards) expect(same.copied).toContain(`/og/${card}`);

      const durian = path.join(releasesDir, '2020/09/2020-09-08-commerce-durian-export.md');
      await writeFile(durian, `${await readFile(durian, 'utf8')}\nเงาะโรงเรียนหวานกรอบ\n`);
      const edited = await build('edited');
      expect(edited.index).toBe('13 releases indexed for search in 4 shards (3 unchanged');
      // The edited page is rendered again; its neighbours, which show its unchanged title, are copied.
      expect(edited.copied).not.toContain('/releases/2020-09-08-commerce-durian-export/index.html');
      expect(await readFile(path.join(work, 'edited/releases/2020-09-08-commerce-durian-export/index.html'), 'utf8')).toContain(
        'เงาะโรงเรียนหวานกรอบ',
      );
      expect(edited.copied).toContain('/releases/2020-06-18-interior-bangkok-flood/index.html');
      expect(edited.copied).toContain('/releases/2020-11-12-des-5g-eec/index.html');
      for (const feed of FEEDS_WITH_DURIAN.flatMap((rss) => [rss, rss.replace(/rss\.xml$/, 'feed.json')])) {
        expect(edited.copied).not.toContain(feed);
        expect(await readFile(path.join(work, 'edited', feed), 'utf8')).toContain('เงาะโรงเรียนหวานกรอบ');
      }
      expect(edited.copied).toContain('/ministries/labour/rss.xml');
      expect(edited.copied).toContain('/ministries/labour/feed.json');
      // Open data: only the edited release's year is written again.
      expect(edited.copied).not.toContain('/data/releases-2020.ndjson');
      expect(await readFile(path.join(work, 'edited/data/releases-2020.ndjson'), 'utf8')).toContain('เงาะโรงเรียนหวานกรอบ');
      for (const year of [2017, 2018, 2019, 2025]) expect(edited.copied).toContain(`/data/releases-${year}.ndjson`);
      const { search } = await loadSiteSearch(path.join(work, 'edited'));
      const found = await search('เงาะโรงเรียน');
      expect(await Promise.all(found.results.map(async (result) => (await result.data()).url))).toEqual([
        expect.stringContaining('/releases/2020-09-08-commerce-durian-export/'),
      ]);
    } finally {
      await rm(work, { recursive: true, force: true });
    }
  });
});

describe('the hourly rebuild after the time of a scheduled release', () => {
  it('brings it out on its page, its lists, feeds, search and data, and leaves the rest to the cache', async () => {
    const work = await buildWorkDir(process.cwd(), 'rebuild-scheduled');
    try {
      const releasesDir = path.join(work, 'releases');
      await cp('content/releases', releasesDir, { recursive: true });
      const slug = '2025-11-20-energy-solar-rooftop';
      await mkdir(path.join(releasesDir, '2025/11'), { recursive: true });
      await writeFile(
        path.join(releasesDir, `2025/11/${slug}.md`),
        '---\ntitle: กระทรวงพลังงานเปิดโครงการโซลาร์บนหลังคาบ้าน\ndate: 2025-11-20T10:00\nministry: energy\nprovinces: [TH-50]\nsource: https://www.energy.go.th/news/1\n---\nโครงการแผงโซลาร์หลังคาเรือนเฟสใหม่ เปิดรับสมัครวันนี้\n',
      );
      const build = async (name: string, now: string): Promise<{ index: string; copied: Set<string> }> => {
        const { code, output } = await astroBuild(
          process.cwd(),
          { releasesDir, outDir: path.join(work, name), cacheDir: path.join(work, 'cache'), searchShardSize: SEARCH_SHARD_SIZE },
          { THALAENG_NOW: now },
        );
        expect(code, output.slice(-3000)).toBe(0);
        return { index: indexLog(output), copied: new Set(copiedPages(output)) };
      };
      const before = await build('before', '2025-11-20T09:00:00+07:00');
      expect(before.index).toMatch(/^13 releases indexed for search in (\d+) shards \(0 unchanged/);
      const shards = Number(/in (\d+) shards/.exec(before.index)![1]);
      expect(await readdir(path.join(work, 'before/releases'))).not.toContain(slug);

      // An hour later, still before its time: nothing to do but copy.
      const hourLater = await build('hour-later', '2025-11-20T09:59:00+07:00');
      expect(hourLater.index).toBe(`13 releases indexed for search in ${shards} shards (${shards} unchanged`);
      // (The home page has no cache key, and is always rendered.)
      for (const page of ['/ministries/energy/index.html', '/rss.xml', '/releases/2025-10-01-labour-minimum-wage/index.html'])
        expect(hourLater.copied, page).toContain(page);

      const after = await build('after', '2025-11-20T10:05:00+07:00');
      expect(after.index).toBe(`14 releases indexed for search in ${shards} shards (${shards - 1} unchanged`);
      const out = (file: string): Promise<string> => readFile(path.join(work, 'after', file), 'utf8');
      expect(await out(`releases/${slug}/index.html`)).toContain('โครงการแผงโซลาร์หลังคาเรือน');
      // Every list it joins has a new key and is rendered again, never copied stale.
      for (const page of [
        '/index.html',
        '/ministries/energy/index.html',
        '/provinces/th-50/index.html',
        '/archive/2025/11/index.html',
        '/rss.xml',
        '/feed.json',
        '/data/releases-2025.ndjson',
      ]) {
        expect(after.copied, page).not.toContain(page);
        expect(await out(page.slice(1)), page).toContain(slug);
      }
      expect(await out('sitemap-0.xml')).toContain(`/releases/${slug}/`);
      // Its older neighbour now links to it.
      expect(after.copied).not.toContain('/releases/2025-10-01-labour-minimum-wage/index.html');
      expect(await out('releases/2025-10-01-labour-minimum-wage/index.html')).toContain(`/releases/${slug}/`);
      expect(after.copied).toContain('/ministries/labour/index.html');
      expect(after.copied).toContain('/releases/2017-11-02-7766/index.html');
      const { search } = await loadSiteSearch(path.join(work, 'after'));
      const found = await search('แผงโซลาร์');
      expect(await Promise.all(found.results.map(async (result) => (await result.data()).url))).toEqual([
        expect.stringContaining(`/releases/${slug}/`),
      ]);
    } finally {
      await rm(work, { recursive: true, force: true });
    }
  });
});
