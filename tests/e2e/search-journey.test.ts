/**
 * Searching as a reader does, in headless Chromium: the header form, results with
 * highlighted Thai excerpts, a province filter, the sort, reload and Back; keyboard
 * use, axe, and query text that tries to inject HTML.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../../scripts/shared/browser.ts';
import { serveStatic, type StaticSite } from '../../scripts/shared/static-server.ts';
import { seriousViolations } from '../helpers/axe.ts';
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { SEARCH_MODULE } from '@/site/relative-paths.ts';
import { loadSiteSearch } from '../../scripts/eval-search/site-search.ts';

let site: StaticSite;
let browser: Browser;

beforeAll(async () => {
  site = await serveStatic(inject('siteDir'));
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

const status = (page: Page) => page.locator('#search-status');
const resultTitles = (page: Page): Promise<string[]> => page.locator('#search-results h3').allTextContents();
const resultDates = (page: Page): Promise<string[]> =>
  page.locator('#search-results time').evaluateAll((times) => times.map((time) => time.getAttribute('datetime') ?? ''));

async function settled(page: Page, count: RegExp = /พบ/): Promise<void> {
  await expect.poll(() => status(page).textContent()).toMatch(count);
}

describe('search page', () => {
  it('searches from the header, filters by province, sorts, and keeps its state through reload and Back', async () => {
    const page = await browser.newPage();
    await page.goto(`${site.url}/`);
    await page.getByRole('searchbox', { name: 'ค้นหาข่าวทั้งเว็บไซต์' }).fill('ประชาชน');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/search\/\?q=/);
    await settled(page, /พบ 6 ข่าว/);
    expect(await page.locator('#search-q').inputValue()).toBe('ประชาชน');
    const excerpt = await page.locator('#search-results .excerpt').first().innerHTML();
    expect(excerpt).toContain('<mark>ประชาชน</mark>');
    // Thai words in excerpts are not split by spaces that the index needed.
    expect(await page.locator('#search-results .excerpt').allTextContents()).toContainEqual(
      expect.stringContaining('ดูแลสุขภาพของประชาชน มาตรการเร่งด่วน'),
    );

    await page.locator('.filter-group[data-group="province"] summary').click();
    await page.getByRole('checkbox', { name: /เชียงใหม่/ }).check();
    await page.waitForURL(/province=TH-50/);
    await settled(page, /พบ 1 ข่าว/);
    expect(await resultTitles(page)).toEqual([expect.stringContaining('หมอกควัน')]);

    // A second province adds to the first (OR), with counts from the other filters only.
    await page.getByRole('checkbox', { name: /กรุงเทพมหานคร/ }).check();
    await page.waitForURL(/province=TH-50&province=TH-10|province=TH-10&province=TH-50/);
    await settled(page, /พบ 2 ข่าว/);

    await page.getByLabel('เรียงผลตาม').selectOption('oldest');
    await page.waitForURL(/sort=oldest/);
    await expect.poll(() => resultDates(page)).toEqual(['2018-03-15', '2025-01-20']);
    await page.getByLabel('เรียงผลตาม').selectOption('newest');
    await expect.poll(() => resultDates(page)).toEqual(['2025-01-20', '2018-03-15']);
    const urlBefore = page.url();

    await page.reload();
    await settled(page, /พบ 2 ข่าว/);
    expect(page.url()).toBe(urlBefore);
    expect(await resultDates(page)).toEqual(['2025-01-20', '2018-03-15']);
    expect(await page.getByLabel('เรียงผลตาม').inputValue()).toBe('newest');
    expect(await page.getByRole('checkbox', { name: /เชียงใหม่/ }).isChecked()).toBe(true);
    expect(await page.getByRole('checkbox', { name: /กรุงเทพมหานคร/ }).isChecked()).toBe(true);

    await page.goBack();
    await page.waitForURL(/sort=oldest/);
    await expect.poll(() => resultDates(page)).toEqual(['2018-03-15', '2025-01-20']);
    expect(await page.getByLabel('เรียงผลตาม').inputValue()).toBe('oldest');
    await page.goBack();
    await page.goBack();
    await page.goBack();
    await page.waitForURL(/\?q=[^&]+$/);
    await settled(page, /พบ 6 ข่าว/);
    expect(await page.getByRole('checkbox', { name: /เชียงใหม่/ }).isChecked()).toBe(false);
    await page.close();
  });

  it('lists a category from the URL alone, and adds a second one from its filter', async () => {
    const page = await browser.newPage();
    await page.goto(`${site.url}/search/?category=economy`);
    await settled(page, /พบ 5 ข่าว/);
    expect(await page.getByRole('checkbox', { name: /ด้านเศรษฐกิจ/ }).isChecked()).toBe(true);
    expect(await resultTitles(page)).toContainEqual(expect.stringContaining('ค่าจ้างขั้นต่ำ'));
    // The group with a chosen value is open already.
    await page.getByRole('checkbox', { name: /โควิด-19/ }).check();
    await page.waitForURL(/category=economy&category=covid-19/);
    await settled(page, /พบ 6 ข่าว/);
    expect(await resultTitles(page)).toContainEqual(expect.stringContaining('สถานการณ์ฉุกเฉิน'));
    await page.close();
  });

  it('is usable with the keyboard alone and has no serious axe violation', async () => {
    const page = await browser.newPage();
    await page.goto(`${site.url}/search/`);
    await page.locator('#search-q').focus();
    await page.keyboard.type('จังหวัด');
    await page.keyboard.press('Enter');
    await settled(page, /พบ 11 ข่าว/);
    expect(await seriousViolations(page)).toEqual([]);
    // The filters' summary, the sort select, then the first filter group: open it and tick its first value.
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('search-sort');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Space');
    await page.waitForURL(/ministry=/);
    await settled(page);
    // The redrawn checkbox keeps the focus, so the reader can go on from where they were.
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.checked)).toBe(true);
    expect(await seriousViolations(page)).toEqual([]);
    await page.close();
  });

  it('takes odd URL values as text or ignores them: $ patterns, Object property names, punctuation, long queries', async () => {
    const page = await browser.newPage();
    const query = "ประชาชน $& $` $'";
    await page.goto(`${site.url}/search/?q=${encodeURIComponent(query)}&province=toString&year=__proto__&ministry=constructor`);
    await expect.poll(() => page.title()).toBe(`ผลการค้นหา “${query}” | แถลง`);
    await page.waitForFunction(() => document.querySelector('.filter-options li'));
    expect(await page.locator('.filters').textContent()).not.toMatch(/function|object|constructor|__proto__/i);
    expect(await page.locator('.filters input:checked').count()).toBe(0);

    await page.goto(`${site.url}/search/?q=*`);
    await page.waitForFunction(() => document.querySelector('.filter-options li'));
    expect(await page.locator('#search-results li').count()).toBe(0);
    expect(await page.locator('#search-q').getAttribute('maxlength')).toBe('200');
    await page.close();
  });

  it('shows the newest shard’s results at once and adds older ones below, moving none', async () => {
    const [newest] = (await readdir(path.join(inject('siteDir'), 'pagefind'))).sort().reverse();
    const page = await browser.newPage();
    // Older shards answer only when let go: what the reader sees before that is the newest shard's.
    let letGo!: () => void;
    const older = new Promise<void>((resolve) => (letGo = resolve));
    await page.context().route(/\/pagefind\/[^/]+\//, async (route) => {
      if (!route.request().url().includes(`/pagefind/${newest}/`)) await older;
      await route.continue();
    });
    await page.goto(`${site.url}/search/?q=${encodeURIComponent('กระทรวง')}`);
    // The newest shard holds one release of the ministries' word: the minimum wage.
    await settled(page, /ข่าวล่าสุดที่พบอยู่ด้านล่าง กำลังค้นข่าวที่เก่ากว่า/);
    await expect.poll(() => resultTitles(page)).toEqual([expect.stringContaining('ค่าจ้างขั้นต่ำ')]);
    const first = await resultTitles(page);
    letGo();
    await settled(page, /^พบ 11 ข่าว$/);
    const all = await resultTitles(page);
    expect(all).toHaveLength(10);
    expect(all.slice(0, first.length)).toEqual(first);
    // Newest first across shards: what came later is older than what came first.
    const dates = await resultDates(page);
    expect(dates.slice(first.length).every((date) => date < dates.slice(0, first.length).sort()[0]!)).toBe(true);
    await page.close();
  });

  it('runs Pagefind on the page’s own thread, beside the worker that reads the query', async () => {
    // In Pagefind's worker each result, once garbage-collected, costs a message each way
    // (pagefind.js 1.6): after a common word's complete search of 100,000 releases those
    // messages held the next query's first results for seconds (npm run bench -- --search).
    const page = await browser.newPage();
    await page.goto(`${site.url}/search/?q=${encodeURIComponent('กระทรวง')}`);
    await settled(page, /^พบ 11 ข่าว$/);
    const workers = page.workers().map((worker) => worker.url());
    expect(workers.some((url) => url.endsWith(`/${SEARCH_MODULE}`))).toBe(true);
    expect(workers.filter((url) => url.includes('/pagefind/'))).toEqual([]);
    await page.close();
  });

  it('on a phone: the newest releases before any search, results before the filters, chips that remove a filter', async () => {
    const page = await browser.newPage({ viewport: { width: 360, height: 740 } });
    await page.goto(`${site.url}/search/`);
    const latest = page.getByRole('region', { name: 'ข่าวล่าสุด' });
    // Shown by the script once it knows nothing is asked.
    await expect.poll(() => latest.isVisible()).toBe(true);
    expect(await latest.locator('.release-list > li').count()).toBe(10);
    // The filters wait behind one line, so the results come right after it.
    const filters = page.locator('#filters');
    expect(await filters.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);

    await page.locator('#search-q').fill('ประชาชน');
    await page.keyboard.press('Enter');
    await settled(page, /พบ 6 ข่าว/);
    expect(await latest.isVisible()).toBe(false);
    const first = page.locator('#search-results > li').first();
    expect(await first.evaluate((li) => li.getBoundingClientRect().top)).toBeLessThan(400);
    await page.screenshot({ path: 'test-results/screenshots/phone-search-results.png' });
    // The ministry is a link, and the excerpt does not repeat the title shown above it.
    const ministry = first.locator('.meta a');
    expect(await ministry.getAttribute('href')).toMatch(/^\/ministries\/[a-z-]+\/$/);
    const [title, excerpt] = [await first.locator('h3').textContent(), await first.locator('.excerpt').textContent()];
    expect(excerpt!.replace('…', '').startsWith(title!.slice(0, 20))).toBe(false);

    await page.locator('#filters > summary').click();
    await page.locator('.filter-group[data-group="province"] summary').click();
    await page.getByLabel('พิมพ์ชื่อจังหวัดเพื่อหา').fill('เชียง');
    const visibleLabels = page.locator('.filter-group[data-group="province"] li:not([hidden]) label');
    // The choices come with their counts, once every shard's filters are in.
    await expect.poll(() => visibleLabels.count()).toBeGreaterThan(0);
    const visible = await visibleLabels.allTextContents();
    expect(visible.every((label) => label.includes('เชียง'))).toBe(true);
    await page.getByRole('checkbox', { name: /เชียงใหม่/ }).check();
    await page.waitForURL(/province=TH-50/);
    await settled(page, /พบ 1 ข่าว/);
    const chip = page.getByRole('button', { name: 'เอาตัวกรอง เชียงใหม่ ออก' });
    expect(await chip.isVisible()).toBe(true);
    expect(await seriousViolations(page)).toEqual([]);
    await chip.click();
    await page.waitForURL((url) => !url.search.includes('province='));
    await settled(page, /พบ 6 ข่าว/);
    expect(await page.locator('#chosen-filters').isVisible()).toBe(false);
    await page.close();
  });

  it('narrows to a period from month to month, from the URL and from its two lists', async () => {
    const page = await browser.newPage();
    await page.goto(`${site.url}/search/?from=2563-01&to=2563-12`);
    await settled(page, /พบ 4 ข่าว/);
    expect(await page.getByRole('button', { name: 'เอาตัวกรอง มกราคม 2563 – ธันวาคม 2563 ออก' }).isVisible()).toBe(true);
    expect(await page.getByLabel('ถึงเดือน').inputValue()).toBe('2563-12');
    // Only months with releases are offered, newest first.
    const months = await page.getByLabel('ตั้งแต่เดือน').locator('option').allTextContents();
    // The draft of November 2568 is not published, so its month is not offered.
    expect(months.slice(0, 3)).toEqual(['ไม่กำหนด', 'ตุลาคม 2568', 'มกราคม 2568']);
    await page.getByLabel('ถึงเดือน').selectOption('2563-06');
    await page.waitForURL(/to=2563-06/);
    await settled(page, /พบ 2 ข่าว/);
    await expect.poll(() => resultDates(page)).toEqual(['2020-06-18', '2020-03-26']);
    await page.close();
  });

  it('offers to search without the filters when they leave nothing, and says no "0 releases"', async () => {
    const page = await browser.newPage();
    await page.goto(`${site.url}/search/?q=${encodeURIComponent('หมอกควัน')}&ministry=labour`);
    await expect.poll(() => page.locator('#no-results').isVisible()).toBe(true);
    expect(await status(page).textContent()).toBe('');
    const drop = page.getByRole('link', { name: 'ค้นหาคำนี้โดยไม่ใช้ตัวกรอง' });
    await drop.click();
    await page.waitForURL((url) => url.searchParams.get('q') === 'หมอกควัน' && !url.searchParams.has('ministry'));
    await settled(page, /พบ 1 ข่าว/);
    await page.close();
  });

  it('finds on the Thai page what the index holds, as in Node: words whose marks ICU would split them at', async () => {
    // Pagefind 1.6 segments a query again where the page is Thai; these words' index forms then fell apart.
    const words = ['รัฐมนตรี', 'สาธารณสุข', 'ประชาสัมพันธ์'];
    const inNode = await loadSiteSearch(inject('siteDir'));
    const counts = await Promise.all(words.map(async (word) => (await inNode.search(word)).results.length));
    expect(counts.every((count) => count > 0)).toBe(true);
    const page = await browser.newPage();
    for (const [i, word] of words.entries()) {
      await page.goto(`${site.url}/search/?q=${encodeURIComponent(word)}`);
      await settled(page, new RegExp(`พบ ${counts[i]} ข่าว`));
    }
    // The page keeps its language: only Pagefind was made without it.
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('th');
    await page.close();
  });

  it('after more results and a release opened from them, Back shows as many again, where the reader was', async () => {
    const paged = await serveStatic(inject('trickySiteDir'));
    const page = await browser.newPage({ viewport: { width: 360, height: 740 } });
    try {
      await page.goto(`${paged.url}/search/?q=${encodeURIComponent('ข่าวทดสอบการแบ่งหน้า')}`);
      await settled(page, /พบ 125 ข่าว/);
      for (const shown of [20, 30]) {
        await page.locator('#load-more').click();
        await expect.poll(() => page.locator('#search-results > li').count()).toBe(shown);
      }
      const opened = page.locator('#search-results > li').nth(24).locator('a').first();
      const title = await opened.textContent();
      await opened.scrollIntoViewIfNeeded();
      await opened.click();
      await page.waitForURL(/\/releases\//);
      await page.goBack();
      await expect.poll(() => page.locator('#search-results > li').count()).toBe(30);
      await expect.poll(() => status(page).textContent()).toContain('แสดง 30 จาก 125 ข่าว');
      // The result the reader opened is in view again, not the top of the list.
      await expect.poll(() => page.getByRole('link', { name: title!.trim() }).first().isVisible()).toBe(true);
      const box = await page.getByRole('link', { name: title!.trim() }).first().boundingBox();
      expect(box!.y).toBeGreaterThanOrEqual(0);
      expect(box!.y).toBeLessThan(740);
      expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(1000);
    } finally {
      await page.close();
      await paged.close();
    }
  });

  it('shows what to do when nothing matches, and never runs query text as HTML', async () => {
    const page = await browser.newPage();
    const attack = '<img src=x onerror="window.__injected=1">"><script>window.__injected=2</script>';
    await page.goto(`${site.url}/search/?q=${encodeURIComponent(attack)}`);
    await expect.poll(() => page.locator('#no-results').isVisible()).toBe(true);
    expect(await page.locator('#no-results').textContent()).toContain('ไม่พบข่าวที่ตรงกับการค้นหา');
    expect(await page.locator('#search-q').inputValue()).toBe(attack);
    expect(await page.locator('main img, main script:not([type])').count()).toBe(0);
    expect(await page.evaluate(() => (window as { __injected?: number }).__injected)).toBeUndefined();
    expect(await page.title()).toContain(attack);
    await page.close();
  });
});
