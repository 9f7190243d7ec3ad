/**
 * Issue 17, parts 4 and 5, on the fixture site built from tests/fixtures/tricky-releases:
 * a release scheduled for 2099 is nowhere in the built site, and a release corrected twice
 * shows its last update and every update on its page (in Chromium, at phone and desktop
 * widths), in its feeds without being announced again, and in its JSON-LD and open data.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { mkdir, readdir, readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../../scripts/shared/browser.ts';
import { serveStatic, type StaticSite } from '../../scripts/shared/static-server.ts';
import { loadSiteSearch } from '../../scripts/eval-search/site-search.ts';
import { seriousViolations } from '../helpers/axe.ts';

const SCREENSHOTS = 'test-results/screenshots';
const siteDir = inject('trickySiteDir');
const SCHEDULED = '2099-12-31-scheduled';
const CORRECTED = '2020-01-13-corrected';

describe('a release scheduled for later', () => {
  it('is left out of every page, list, feed, sitemap and data file', async () => {
    expect(existsSync(path.join(siteDir, 'releases', SCHEDULED))).toBe(false);
    expect(existsSync(path.join(siteDir, 'archive/2099'))).toBe(false);
    const files = (await readdir(siteDir, { recursive: true }))
      .map(String)
      .filter((f) => /\.(html|xml|json|ndjson|csv|opml|txt)$/.test(f));
    expect(files.length).toBeGreaterThan(50);
    for (const file of files) {
      const text = await readFile(path.join(siteDir, file), 'utf8');
      expect(text, file).not.toContain(SCHEDULED);
      expect(text, file).not.toContain('สิ้นศตวรรษ');
    }
    // Its province and category still list the releases that are out.
    expect(await readFile(path.join(siteDir, 'provinces/th-10/index.html'), 'utf8')).toContain(CORRECTED);
  });

  it('is not found by search', async () => {
    const { search } = await loadSiteSearch(siteDir);
    expect((await search('สิ้นศตวรรษล่วงหน้า')).results).toEqual([]);
    expect((await search('งบประมาณส่งเสริมการส่งออก')).results.length).toBeGreaterThan(0);
  });
});

describe('a release corrected twice', () => {
  let site: StaticSite;
  let browser: Browser;
  beforeAll(async () => {
    site = await serveStatic(siteDir);
    browser = await launchChromium();
    await mkdir(SCREENSHOTS, { recursive: true });
  });
  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });

  it.each([
    { name: 'phone', width: 360, height: 740 },
    { name: 'desktop', width: 1280, height: 900 },
  ])(
    'shows the last update with its note by the date, and every update at the end ($width px)',
    async ({ name, width, height }) => {
      const page = await browser.newPage({ viewport: { width, height } });
      try {
        await page.goto(`${site.url}/releases/${CORRECTED}/`);
        const meta = page.locator('.release-meta');
        const last = meta.locator('div').filter({ hasText: 'ปรับปรุงล่าสุด' });
        await expect(last.locator('time').getAttribute('datetime')).resolves.toBe('2020-01-14');
        await expect(last.textContent()).resolves.toContain('แก้ไขตัวเลขงบประมาณจาก 200 ล้านบาทเป็น 250 ล้านบาท');
        await page.screenshot({ path: `${SCREENSHOTS}/${name}-release-updates-top.png` });
        await last.getByRole('link', { name: 'ดูการปรับปรุงทั้งหมด' }).click();
        await page.waitForURL(/#updates$/);
        const updates = page.getByRole('region', { name: 'การปรับปรุงทั้งหมด' });
        expect(await updates.evaluate((section) => section.getBoundingClientRect().top)).toBeLessThan(100);
        const entries = await updates
          .locator('li')
          .evaluateAll((items) =>
            items.map((li) => [
              li.querySelector('time')!.getAttribute('datetime'),
              (li as HTMLElement).innerText.replace(/\s+/g, ' ').trim(),
            ]),
          );
        expect(entries).toEqual([
          ['2020-01-14T10:00:00+07:00', '14 มกราคม 2563 เวลา 10:00 น. แก้ไขตัวเลขงบประมาณจาก 200 ล้านบาทเป็น 250 ล้านบาท'],
          ['2020-01-13T15:30:00+07:00', '13 มกราคม 2563 เวลา 15:30 น. เพิ่มรายชื่อจังหวัดที่ได้รับงบประมาณ'],
          ['2020-01-13T09:00:00+07:00', '13 มกราคม 2563 เวลา 09:00 น. เผยแพร่ครั้งแรก'],
        ]);
        expect(await seriousViolations(page)).toEqual([]);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        expect(overflow).toBeLessThanOrEqual(0);
        await page.screenshot({ path: `${SCREENSHOTS}/${name}-release-updates.png`, fullPage: true });
        const jsonLd = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!) as Record<
          string,
          string
        >;
        expect(jsonLd).toMatchObject({ datePublished: '2020-01-13T09:00:00+07:00', dateModified: '2020-01-14T10:00:00+07:00' });
      } finally {
        await page.close();
      }
    },
  );

  it('keeps its id and first date in the feeds, with the modified date and the note', async () => {
    const rss = await readFile(path.join(siteDir, 'rss.xml'), 'utf8');
    const item = rss.split('<item>').find((i) => i.includes(`/releases/${CORRECTED}/`))!;
    expect(item).toContain(`<guid isPermaLink="false">thalaeng:release:${CORRECTED}</guid>`);
    expect(item).toContain(
      '<pubDate>Mon, 13 Jan 2020 09:00:00 +0700</pubDate><atom:updated>2020-01-14T10:00:00+07:00</atom:updated>',
    );
    expect(item).toContain('แก้ไขตัวเลขงบประมาณจาก 200 ล้านบาทเป็น 250 ล้านบาท');
    const json = JSON.parse(await readFile(path.join(siteDir, 'feed.json'), 'utf8')) as { items: Record<string, string>[] };
    const entry = json.items.find((i) => i['id'] === `thalaeng:release:${CORRECTED}`)!;
    expect(entry).toMatchObject({ date_published: '2020-01-13T09:00:00+07:00', date_modified: '2020-01-14T10:00:00+07:00' });
    expect(entry['content_html']).toContain(
      '<p><strong>ปรับปรุงล่าสุด 14 มกราคม 2563 เวลา 10:00 น.:</strong> แก้ไขตัวเลขงบประมาณจาก 200 ล้านบาทเป็น 250 ล้านบาท</p>',
    );
    // Where its first date puts it: a correction does not move it to the top.
    const published = json.items.map((i) => i['date_published']!);
    expect(published).toEqual([...published].sort().reverse());
    expect(json.items[0]!['id']).not.toBe(`thalaeng:release:${CORRECTED}`);
  });

  it('carries every update in the open data', async () => {
    const lines = (await readFile(path.join(siteDir, 'data/releases-2020.ndjson'), 'utf8')).trim().split('\n');
    const record = lines.map((line) => JSON.parse(line) as Record<string, unknown>).find((r) => r['slug'] === CORRECTED)!;
    expect(record).toMatchObject({
      updated: '2020-01-14T10:00:00+07:00',
      updates: [
        { date: '2020-01-14T10:00:00+07:00', note: 'แก้ไขตัวเลขงบประมาณจาก 200 ล้านบาทเป็น 250 ล้านบาท' },
        { date: '2020-01-13T15:30:00+07:00', note: 'เพิ่มรายชื่อจังหวัดที่ได้รับงบประมาณ' },
      ],
    });
  });
});
