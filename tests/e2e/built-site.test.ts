/** The embedded site, built once: every page there, lists exact, links whole, HTML valid. */
import { describe, expect, inject, it } from 'vitest';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { validateRelease } from '@/release/validate.ts';
import type { Release } from '@/release/release.ts';
import { htmlProblems } from '../helpers/html-validate.ts';

const siteDir = inject('siteDir');

async function filesUnder(dir: string, ext: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile() && e.name.endsWith(ext)).map((e) => path.join(e.parentPath, e.name));
}

async function page(urlPath: string): Promise<string> {
  return readFile(path.join(siteDir, urlPath, 'index.html'), 'utf8');
}

/** Release slugs linked from a listing page's list. */
function listedSlugs(html: string): string[] {
  const list = /<ol class="release-list"[^>]*>([^]*?)<\/ol>/.exec(html)?.[1] ?? '';
  return [...list.matchAll(/href="\/releases\/([^/"]+)\/"/g)].map((m) => m[1]!);
}

const contentFiles = await filesUnder('content/releases', '.md');
const releases: Release[] = [];
for (const file of contentFiles) {
  const result = validateRelease(file.split(path.sep).join('/'), await readFile(file, 'utf8'));
  if (!result.ok) throw new Error(`embedded content must be valid: ${file}`);
  releases.push(result.release);
}
const published = releases.filter((r) => !r.draft);
const drafts = releases.filter((r) => r.draft);

describe('embedded content', () => {
  it('covers at least 12 releases, 6 ministries, 10 provinces, 5 categories, nationwide news and 3 years', () => {
    expect(published.length).toBeGreaterThanOrEqual(12);
    expect(new Set(published.map((r) => r.ministry)).size).toBeGreaterThanOrEqual(6);
    expect(new Set(published.flatMap((r) => r.provinces)).size).toBeGreaterThanOrEqual(10);
    expect(published.some((r) => r.provinces.length === 0)).toBe(true);
    expect(new Set(published.map((r) => r.category)).size).toBeGreaterThanOrEqual(5);
    expect(published.some((r) => r.nationwide && r.provinces.length === 0)).toBe(true);
    expect(published.some((r) => r.nationwide && r.provinces.length > 0)).toBe(true);
    expect(new Set(published.map((r) => r.date.getUTCFullYear())).size).toBeGreaterThanOrEqual(3);
    expect(published.some((r) => r.source?.endsWith('/details/7766'))).toBe(true);
  });
});

describe('built site', () => {
  it('has a page for every published release, with its Thai date and ISO datetime', async () => {
    for (const release of published) {
      const html = await page(`releases/${release.slug}`);
      expect(html).toContain('<html lang="th"');
      expect(html).toMatch(/<time datetime="\d{4}-\d{2}-\d{2}">วัน[^<]+ พ\.ศ\.\u00a0\d{4}<\/time>/);
    }
    const seed = await page('releases/2017-11-02-7766');
    expect(seed).toContain('<time datetime="2017-11-02">วันพฤหัสบดีที่ 2 พฤศจิกายน พ.ศ.\u00a02560</time>');
    expect(seed).toContain('"@type":"NewsArticle"');
  });

  it('leaves drafts out of pages, lists and the sitemap', async () => {
    expect(drafts.length).toBeGreaterThan(0);
    const sitemap = (await filesUnder(siteDir, '.xml')).filter((f) => f.includes('sitemap'));
    const allHtml = await Promise.all((await filesUnder(siteDir, '.html')).map((f) => readFile(f, 'utf8')));
    const sitemapText = (await Promise.all(sitemap.map((f) => readFile(f, 'utf8')))).join('');
    for (const draft of drafts) {
      await expect(page(`releases/${draft.slug}`)).rejects.toThrow();
      expect(allHtml.some((html) => html.includes(draft.slug))).toBe(false);
      expect(sitemapText).not.toContain(draft.slug);
    }
  });

  it('lists on each ministry, province and category page exactly its releases, newest first', async () => {
    const newestFirst = (list: Release[]) =>
      [...list].sort((a, b) => b.date.getTime() - a.date.getTime() || a.slug.localeCompare(b.slug)).map((r) => r.slug);
    for (const ministry of new Set(published.map((r) => r.ministry))) {
      expect(listedSlugs(await page(`ministries/${ministry}`)), ministry).toEqual(
        newestFirst(published.filter((r) => r.ministry === ministry)),
      );
    }
    for (const code of new Set(published.flatMap((r) => r.provinces))) {
      expect(listedSlugs(await page(`provinces/${code.toLowerCase()}`)), code).toEqual(
        newestFirst(published.filter((r) => r.provinces.includes(code))),
      );
    }
    for (const category of new Set(published.flatMap((r) => (r.category ? [r.category] : [])))) {
      expect(listedSlugs(await page(`categories/${category}`)), category).toEqual(
        newestFirst(published.filter((r) => r.category === category)),
      );
    }
    expect(listedSlugs(await page('ministries/energy'))).toEqual([]);
    expect(listedSlugs(await page('categories/parliament'))).toEqual([]);
  });

  it('names the category and ทั่วประเทศ in a release’s facts, and the section in its JSON-LD', async () => {
    const emergency = await page('releases/2020-03-26-pmo-covid-emergency');
    expect(emergency).toMatch(/<dt[^>]*>หมวดข่าว<\/dt>\s*<dd[^>]*>\s*<a href="\/categories\/covid-19\/"[^>]*>โควิด-19<\/a>/);
    expect(emergency).toMatch(/<dt[^>]*>จังหวัด<\/dt>\s*<dd[^>]*>\s*<p[^>]*>ทั่วประเทศ<\/p>/);
    expect(emergency).toContain('"articleSection":"โควิด-19"');
    // A release about no province in particular says nothing about provinces.
    const dengue = await page('releases/2018-08-20-moph-dengue');
    expect(dengue).not.toMatch(/<dt[^>]*>จังหวัด<\/dt>/);
  });

  it('lists every release on the home page and archive months', async () => {
    expect(listedSlugs(await page('')).length).toBe(Math.min(20, published.length));
    expect(listedSlugs(await page('archive/2017/11'))).toEqual(['2017-11-02-7766']);
    expect(await page('archive')).toContain('พ.ศ. 2560');
  });

  it('has no broken internal link or asset', async () => {
    const broken: string[] = [];
    for (const file of await filesUnder(siteDir, '.html')) {
      const html = await readFile(file, 'utf8');
      for (const [, url] of html.matchAll(/(?:href|src)="(\/[^"#?]*)/g)) {
        const target = path.join(siteDir, decodeURI(url!));
        const candidates = url!.endsWith('/') ? [path.join(target, 'index.html')] : [target];
        const exists = await Promise.any(candidates.map((c) => readFile(c).then(() => true))).catch(() => false);
        if (!exists) broken.push(`${path.relative(siteDir, file)} → ${url}`);
      }
    }
    expect(broken).toEqual([]);
  });

  it('passes html-validate on every page', async () => {
    const failures: string[] = [];
    for (const file of await filesUnder(siteDir, '.html'))
      failures.push(...(await htmlProblems(await readFile(file, 'utf8'), path.relative(siteDir, file))));
    expect(failures).toEqual([]);
  });

  it('publishes robots.txt pointing at the sitemap', async () => {
    const robots = await readFile(path.join(siteDir, 'robots.txt'), 'utf8');
    expect(robots).toMatch(/^Sitemap: https?:\/\/.+\/sitemap-index\.xml$/m);
  });
});
