/**
 * Finding one's way (issue 15, part 3), in Chromium: numbered pagination on listings of
 * seven pages (the tricky site's paged releases, tests/helpers/paged-releases.ts), month
 * and year pages of the archive, and the home page's province picker, which narrows as one
 * types and remembers the reader's province across a reload. axe on each new state at
 * 360 and 1280 px, and no sideways scrolling with the browser font at 200 %.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { mkdir } from 'node:fs/promises';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../../scripts/shared/browser.ts';
import { serveStatic, type StaticSite } from '../../scripts/shared/static-server.ts';
import { seriousViolations } from '../helpers/axe.ts';

const SCREENSHOTS = 'test-results/screenshots';
const WIDTHS = [
  { name: 'phone', width: 360, height: 740 },
  { name: 'desktop', width: 1280, height: 900 },
];

let site: StaticSite;
let tricky: StaticSite;
let browser: Browser;

beforeAll(async () => {
  [site, tricky] = await Promise.all([serveStatic(inject('siteDir')), serveStatic(inject('trickySiteDir'))]);
  browser = await launchChromium();
  await mkdir(SCREENSHOTS, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
  await tricky?.close();
});

/** The pagination as text: `1 [2] 3 … 7`, the current page in brackets. */
async function pagination(page: Page): Promise<string> {
  const nav = page.getByRole('navigation', { name: 'เลือกหน้าของรายการข่าว' });
  return nav.locator('li').evaluateAll((items) =>
    items
      .map((li) => {
        const a = li.querySelector('a');
        if (!a) return li.textContent!.trim();
        return a.getAttribute('aria-current') === 'page' ? `[${a.textContent!.trim()}]` : a.textContent!.trim();
      })
      .join(' '),
  );
}

async function checkPage(page: Page, label: string): Promise<void> {
  expect(await seriousViolations(page), label).toEqual([]);
  for (const size of ['100%', '200%']) {
    await page.evaluate((s) => (document.documentElement.style.fontSize = s), size);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, `${label} scrolls sideways at ${size}`).toBeLessThanOrEqual(0);
  }
  await page.evaluate(() => (document.documentElement.style.fontSize = ''));
}

describe.each(WIDTHS)('navigation on $name ($width px)', ({ name, width, height }) => {
  it('numbers the pages of a listing, marks the current one and keeps its heading', async () => {
    const page = await browser.newPage({ viewport: { width, height } });
    try {
      await page.goto(`${tricky.url}/`);
      expect(await pagination(page)).toBe('[1] 2 … 7');
      expect(await page.locator('a[rel="prev"]').count()).toBe(0);

      await page.getByRole('link', { name: 'หน้า 2', exact: true }).click();
      await page.waitForURL(/\/page\/2\/$/);
      await expect(page.locator('h1').textContent()).resolves.toBe('ข่าวล่าสุด');
      expect(await pagination(page)).toBe('1 [2] 3 … 7');
      expect(await page.locator('nav.pagination a[aria-current="page"]').getAttribute('aria-label')).toBe('หน้า 2');
      await page.screenshot({ path: `${SCREENSHOTS}/${name}-pagination.png`, fullPage: true });
      await checkPage(page, `home page 2 at ${width}px`);

      await page.getByRole('link', { name: 'หน้า 7' }).click();
      await page.waitForURL(/\/page\/7\/$/);
      expect(await pagination(page)).toBe('1 … 6 [7]');
      expect(await page.locator('a[rel="next"]').count()).toBe(0);
      await page.locator('a[rel="prev"]').click();
      await page.waitForURL(/\/page\/6\/$/);

      for (const [path, heading, expected, section] of [
        ['/page/2/', 'ข่าวล่าสุด', '1 [2] 3 … 7', 'ข่าวล่าสุด'],
        ['/provinces/th-57/4/', 'จังหวัดเชียงราย', '1 2 3 [4] 5 6 7', 'จังหวัด'],
        ['/ministries/interior/5/', 'กระทรวงมหาดไทย', '1 … 4 [5] 6 7', 'กระทรวง'],
        ['/categories/society/3/', 'ด้านสังคม', '1 2 [3] 4 … 7', 'หมวดข่าว'],
        ['/archive/2019/10/3/', 'ข่าวเดือนตุลาคม 2562', '1 2 [3]', 'คลังข่าว'],
      ] as const) {
        await page.goto(`${tricky.url}${path}`);
        await expect(page.locator('h1').textContent(), path).resolves.toBe(heading);
        expect(await pagination(page), path).toBe(expected);
        // The header marks the section on every page of its listing, and leaves a phone most of its screen.
        const menu = page.getByRole('navigation', { name: 'เมนูหลัก' });
        await expect(menu.locator('[aria-current]').textContent(), path).resolves.toBe(section);
        const header = await page.locator('body > header').evaluate((element) => element.getBoundingClientRect().height);
        expect(header, `${path} header height`).toBeLessThanOrEqual(120);
      }
      await checkPage(page, `month page 3 at ${width}px`);
    } finally {
      await page.close();
    }
  });

  it('leads from a month to the months around it and up to its year, which counts its months', async () => {
    const page = await browser.newPage({ viewport: { width, height } });
    try {
      await page.goto(`${site.url}/archive/2019/11/`);
      const nav = page.getByRole('navigation', { name: 'เดือนก่อนหน้าและถัดไป' });
      await expect(nav.getByRole('link', { name: /เดือนก่อนหน้า/ }).getAttribute('href')).resolves.toBe('/archive/2019/07/');
      await expect(nav.getByRole('link', { name: /เดือนก่อนหน้า/ }).textContent()).resolves.toContain('กรกฎาคม 2562');
      await page.screenshot({ path: `${SCREENSHOTS}/${name}-month.png` });
      await checkPage(page, `month at ${width}px`);
      await nav.getByRole('link', { name: /เดือนถัดไป/ }).click();
      await page.waitForURL(/\/archive\/2020\/03\/$/);
      await expect(page.locator('h1').textContent()).resolves.toBe('ข่าวเดือนมีนาคม 2563');

      // The oldest month has nothing earlier.
      await page.goto(`${site.url}/archive/2017/11/`);
      expect(await nav.getByRole('link', { name: /เดือนก่อนหน้า/ }).count()).toBe(0);
      await nav.getByRole('link', { name: /ข่าวปี พ.ศ. 2560/ }).click();
      await page.waitForURL(/\/archive\/2017\/$/);

      await page.goto(`${site.url}/archive/2019/`);
      await expect(page.locator('h1').textContent()).resolves.toBe('ข่าวปี พ.ศ. 2562');
      const months = await page.locator('ol.months > li').evaluateAll((items) =>
        items.map((li) => ({
          text: (li as HTMLElement).innerText.replace(/\s+/g, ' ').trim(),
          href: li.querySelector('a')?.getAttribute('href'),
        })),
      );
      expect(months).toHaveLength(12);
      expect(months[0]).toEqual({ text: 'มกราคม ไม่มีข่าว', href: undefined });
      expect(months[1]).toEqual({ text: 'กุมภาพันธ์ 1 ข่าว', href: '/archive/2019/02/' });
      expect(months.filter((m) => m.href)).toHaveLength(3);
      await page.screenshot({ path: `${SCREENSHOTS}/${name}-year.png`, fullPage: true });
      await checkPage(page, `year at ${width}px`);
      await page.getByRole('navigation', { name: 'ปีก่อนหน้าและถัดไป' }).getByRole('link', { name: /ปีถัดไป/ }).click();
      await page.waitForURL(/\/archive\/2020\/$/);
    } finally {
      await page.close();
    }
  });

  it('narrows the province picker as one types and remembers the province across a reload', async () => {
    const context = await browser.newContext({ viewport: { width, height } });
    const page = await context.newPage();
    const requests: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    try {
      await page.goto(`${site.url}/`);
      // Nothing remembered yet: no box of a province's news.
      expect(await page.locator('#my-province').isVisible()).toBe(false);
      const picker = page.locator('#province-picker');
      await picker.locator('summary').click();
      const visible = () => picker.locator('li:visible a').allTextContents();
      expect(await visible()).toHaveLength(77);
      const filter = page.getByLabel('พิมพ์ชื่อจังหวัด (ไทยหรืออังกฤษ)');
      await expect.poll(() => filter.evaluate((input) => input === document.activeElement)).toBe(true);
      await filter.pressSequentially('เชียง');
      expect((await visible()).sort()).toEqual(['เชียงราย', 'เชียงใหม่']);
      await expect(page.locator('#province-count').textContent()).resolves.toBe('พบ 2 จังหวัด');
      await filter.fill('');
      await filter.pressSequentially('nakhon si');
      expect(await visible()).toEqual(['นครศรีธรรมราช', 'พระนครศรีอยุธยา']);
      await filter.pressSequentially(' t');
      expect(await visible()).toEqual(['นครศรีธรรมราช']);
      await expect(page.locator('#province-count').textContent()).resolves.toBe('พบ 1 จังหวัด');
      await page.screenshot({ path: `${SCREENSHOTS}/${name}-province-picker.png` });
      await checkPage(page, `province picker at ${width}px`);

      await picker.getByRole('link', { name: 'นครศรีธรรมราช' }).click();
      await page.waitForURL(/\/provinces\/th-80\/$/);
      await page.goto(`${site.url}/`);
      await page.reload();
      const mine = page.getByRole('region', { name: 'ข่าวล่าสุดของจังหวัดนครศรีธรรมราช' });
      await expect.poll(() => mine.locator('ol a').count()).toBe(1);
      await expect(mine.locator('ol a').getAttribute('href')).resolves.toBe('/releases/2017-11-02-7766/');
      await expect(mine.locator('time').textContent()).resolves.toBe('2 พ.ย. 2560');
      // Above the site's latest releases.
      const top = (selector: string) =>
        page
          .locator(selector)
          .first()
          .evaluate((e) => e.getBoundingClientRect().top);
      expect(await top('#my-province')).toBeLessThan(await top('.release-list'));
      await page.screenshot({ path: `${SCREENSHOTS}/${name}-my-province.png` });
      await checkPage(page, `remembered province at ${width}px`);
      // Nothing left the site, and no cookie was set.
      expect(requests.filter((url) => !url.startsWith(site.url))).toEqual([]);
      expect(await context.cookies()).toEqual([]);

      await mine.getByRole('button', { name: 'เลิกจำจังหวัดนี้' }).click();
      expect(await page.locator('#my-province').isVisible()).toBe(false);
      await page.reload();
      expect(await page.locator('#my-province').isVisible()).toBe(false);
      await expect(page.evaluate(() => localStorage.length)).resolves.toBe(0);
    } finally {
      await context.close();
    }
  });
});

describe('without scripts and without codes', () => {
  it('offers every province page as a plain list of links when scripts are off', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    try {
      await page.goto(`${site.url}/`);
      await page.locator('#province-picker summary').click();
      const links = page.locator('#province-picker li a');
      expect(await links.count()).toBe(77);
      await expect(links.first().getAttribute('href')).resolves.toMatch(/^\/provinces\/th-\d\d\/$/);
      expect(await page.locator('#province-filter').isVisible()).toBe(false);
    } finally {
      await context.close();
    }
  });

  it('shows no ISO code or slug as text on province, ministry and release pages', async () => {
    const page = await browser.newPage();
    try {
      for (const path of ['/provinces/th-80/', '/provinces/', '/ministries/labour/', '/releases/2017-11-02-7766/', '/']) {
        await page.goto(`${site.url}${path}`);
        const text = await page.locator('main').innerText();
        expect(text, path).not.toMatch(/TH-\d\d/i);
        expect(text, path).not.toMatch(/\blabour\b/);
      }
    } finally {
      await page.close();
    }
  });
});
