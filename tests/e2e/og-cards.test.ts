/** Share cards: a 1200 × 630 PNG per ministry and the site's, and every page points og:image at the right one. */
import { describe, expect, inject, it } from 'vitest';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { ministries } from '@/release/registries.ts';
import { validateRelease } from '@/release/validate.ts';

const siteDir = inject('siteDir');
const SITE = 'https://thalaeng.github.io';

const page = (urlPath: string): Promise<string> => readFile(path.join(siteDir, urlPath, 'index.html'), 'utf8');

function meta(html: string, key: string): string | undefined {
  const tag = [...html.matchAll(/<meta [^>]*>/g)]
    .map((m) => m[0])
    .find((t) => t.includes(`property="${key}"`) || t.includes(`name="${key}"`));
  return tag && /content="([^"]*)"/.exec(tag)?.[1];
}

/** Width and height from a PNG's IHDR chunk, after checking the signature. */
function pngSize(png: Buffer): [number, number] {
  expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(png.toString('latin1', 12, 16)).toBe('IHDR');
  return [png.readUInt32BE(16), png.readUInt32BE(20)];
}

describe('share cards', () => {
  it('are served for every ministry and the site, 1200 × 630 PNG, and nothing else', async () => {
    const expected = ['site', ...ministries.map((m) => m.slug)].map((card) => `${card}.png`).sort();
    expect((await readdir(path.join(siteDir, 'og'))).sort()).toEqual(expected);
    for (const file of expected) expect(pngSize(await readFile(path.join(siteDir, 'og', file)))).toEqual([1200, 630]);
  });

  it("point a release at its ministry's card, or at its lead photo when it has one", async () => {
    const dir = 'content/releases';
    const files = (await readdir(dir, { recursive: true })).filter((f) => f.endsWith('.md'));
    let checked = 0;
    for (const file of files) {
      const result = validateRelease(
        path.join(dir, file).split(path.sep).join('/'),
        await readFile(path.join(dir, file), 'utf8'),
      );
      if (!result.ok || result.release.draft) continue;
      const html = await page(`releases/${result.release.slug}`);
      // The photo's card is checked in photos.test.ts.
      if (result.release.image) expect(meta(html, 'og:image')).toMatch(new RegExp(`^${SITE}/_astro/photos/\\w+\\.jpeg$`));
      else expect(meta(html, 'og:image')).toBe(`${SITE}/og/${result.release.ministry}.png`);
      expect(meta(html, 'og:type')).toBe('article');
      expect(meta(html, 'article:published_time')).toMatch(/\+07:00$/);
      checked += 1;
    }
    expect(checked).toBeGreaterThanOrEqual(12);
  });

  it("point a ministry's pages at its card, with Thai alt text and the size", async () => {
    const html = await page('ministries/labour');
    expect(meta(html, 'og:image')).toBe(`${SITE}/og/labour.png`);
    expect(meta(html, 'og:image:width')).toBe('1200');
    expect(meta(html, 'og:image:height')).toBe('630');
    expect(meta(html, 'og:image:alt')).toBe('กระทรวงแรงงาน · ข่าวประชาสัมพันธ์ภาครัฐ จากแถลง');
    expect(meta(html, 'twitter:card')).toBe('summary_large_image');
  });

  it.each(['', 'ministries', 'provinces/th-10', 'archive', 'search', 'about', 'feeds', 'data', '404.html'])(
    'point every other page at the site card: /%s',
    async (urlPath) => {
      const html = urlPath.endsWith('.html') ? await readFile(path.join(siteDir, urlPath), 'utf8') : await page(urlPath);
      expect(meta(html, 'og:image')).toBe(`${SITE}/og/site.png`);
      expect(meta(html, 'og:image:alt')).toBe('แถลง · ข่าวประชาสัมพันธ์ภาครัฐ จากแถลง');
      expect(meta(html, 'twitter:card')).toBe('summary_large_image');
    },
  );
});
