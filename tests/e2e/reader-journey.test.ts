/**
 * What a reader does, in real headless Chromium: home → release → its ministry → its
 * province, at phone and desktop widths, with axe-core on every page type and the
 * page-weight budget of a release page.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { mkdir } from 'node:fs/promises';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../../scripts/shared/browser.ts';
import { serveStatic, type StaticSite } from '../../scripts/shared/static-server.ts';
import { seriousViolations } from '../helpers/axe.ts';

const SCREENSHOTS = 'test-results/screenshots';

let site: StaticSite;
let browser: Browser;

beforeAll(async () => {
  site = await serveStatic(inject('siteDir'));
  browser = await launchChromium();
  await mkdir(SCREENSHOTS, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

describe.each([
  { name: 'small-phone', width: 320, height: 640 },
  { name: 'phone', width: 360, height: 740 },
  { name: 'desktop', width: 1280, height: 900 },
])('reader journey on $name ($width px)', ({ name, width, height }) => {
  it('goes from home to a release, its ministry and its province; every page passes axe', async () => {
    const page = await browser.newPage({ viewport: { width, height } });
    const visit = async (label: string): Promise<void> => {
      await page.screenshot({ path: `${SCREENSHOTS}/${name}-${label}.png`, fullPage: true });
      expect(await seriousViolations(page), `${label} at ${width}px`).toEqual([]);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, `${label} scrolls sideways`).toBeLessThanOrEqual(0);
    };

    await page.goto(`${site.url}/`);
    await expect(page.locator('h1').textContent()).resolves.toBe('ข่าวล่าสุด');
    await visit('home');

    await page
      .getByRole('link', { name: /ปลัดแรงงาน/ })
      .first()
      .click();
    await page.waitForURL(/\/releases\/2017-11-02-7766\/$/);
    await expect(page.locator('time').first().textContent()).resolves.toBe('วันพฤหัสบดีที่ 2 พฤศจิกายน พ.ศ.\u00a02560');
    await visit('release');

    await page.getByRole('link', { name: 'กระทรวงแรงงาน' }).first().click();
    await page.waitForURL(/\/ministries\/labour\/$/);
    await expect(page.locator('h1').textContent()).resolves.toBe('กระทรวงแรงงาน');
    await visit('ministry');

    await page.goto(`${site.url}/releases/2017-11-02-7766/`);
    await page.getByRole('link', { name: 'นครศรีธรรมราช' }).click();
    await page.waitForURL(/\/provinces\/th-80\/$/);
    await expect(page.locator('h1').textContent()).resolves.toBe('จังหวัดนครศรีธรรมราช');
    await visit('province');

    for (const [label, path] of [
      ['ministries', '/ministries/'],
      ['categories', '/categories/'],
      ['category', '/categories/economy/'],
      ['provinces', '/provinces/'],
      ['archive', '/archive/'],
      ['about', '/about/'],
      ['not-found', '/no-such-page/'],
    ]) {
      await page.goto(`${site.url}${path}`);
      await visit(label!);
    }
    await page.close();
  });
});

describe('keyboard and budget', () => {
  it('offers a skip link as the first thing a keyboard reaches', async () => {
    const page = await browser.newPage();
    await page.goto(`${site.url}/releases/2017-11-02-7766/`);
    await page.keyboard.press('Tab');
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe('ข้ามไปยังเนื้อหาหลัก');
    await page.keyboard.press('Enter');
    await expect(page.evaluate(() => location.hash)).resolves.toBe('#main');
    await page.close();
  });

  it('keeps a release page under 50 KB of HTML and CSS, 120 KB of fonts, and 2 KB of script', async () => {
    const page = await browser.newPage();
    const bytes = { document: 0, stylesheet: 0, font: 0, script: 0 };
    page.on('response', async (response) => {
      const type = response.request().resourceType() as keyof typeof bytes;
      if (type in bytes) bytes[type] += (await response.body()).length;
    });
    await page.goto(`${site.url}/releases/2017-11-02-7766/`, { waitUntil: 'networkidle' });
    await page.evaluate(() => document.fonts.ready);
    expect(bytes.document + bytes.stylesheet).toBeLessThan(50 * 1024);
    expect(bytes.font).toBeGreaterThan(0);
    expect(bytes.font).toBeLessThan(120 * 1024);
    // Only the share bar's buttons (copy, print, the system share sheet) need a script.
    expect(bytes.script).toBeLessThan(2 * 1024);
    await page.close();
  });
});

describe('sharing a release', () => {
  it('links to LINE, Facebook and X without scripts; with them copies the address and prints', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const plain = await context.newPage();
    await plain.goto(`${site.url}/releases/2017-11-02-7766/`);
    const share = plain.getByRole('region', { name: 'แบ่งปันข่าวนี้' });
    const line = await share.getByRole('link', { name: 'แชร์ข่าวนี้ทาง LINE' }).getAttribute('href');
    expect(new URL(line!).searchParams.get('url')).toBe('https://thalaeng.github.io/releases/2017-11-02-7766/');
    expect(await share.getByRole('link').count()).toBe(3);
    // Buttons that need a script are not offered without one.
    expect(await share.getByRole('button').count()).toBe(0);
    await context.close();

    const scripted = await browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
    const page = await scripted.newPage();
    await page.goto(`${site.url}/releases/2017-11-02-7766/`);
    await page.evaluate(() => {
      (window as unknown as { printed: number }).printed = 0;
      window.print = () => void ((window as unknown as { printed: number }).printed += 1);
    });
    await page.getByRole('button', { name: 'คัดลอกลิงก์' }).click();
    await expect.poll(() => page.getByRole('status').textContent()).toBe('คัดลอกลิงก์แล้ว');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
      'https://thalaeng.github.io/releases/2017-11-02-7766/',
    );
    await page.getByRole('button', { name: 'พิมพ์' }).click();
    expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
    expect(await seriousViolations(page)).toEqual([]);
    await scripted.close();
  });
});

describe('a long release with sections', () => {
  it('offers its sections in a table of contents, jumps to one, and leads back to the top', async () => {
    const tricky = await serveStatic(inject('trickySiteDir'));
    const page = await browser.newPage({ viewport: { width: 360, height: 740 } });
    try {
      await page.goto(`${tricky.url}/releases/2020-01-17-cabinet/`);
      const toc = page.getByRole('navigation', { name: 'สารบัญ' });
      await expect(toc.locator('summary').textContent()).resolves.toBe('สารบัญ (12 หัวข้อ)');
      // Closed at first, so the text is not pushed a screen down.
      expect(await toc.getByRole('link').first().isVisible()).toBe(false);
      await toc.locator('summary').click();
      expect(await toc.getByRole('link').count()).toBe(12);
      await toc.getByRole('link', { name: /เรื่องที่ 5 ของการประชุม/ }).click();
      await page.waitForURL(/#5-/);
      const heading = page.locator('h2, h3').filter({ hasText: 'เรื่องที่ 5 ของการประชุม' });
      expect(await heading.evaluate((h) => h.getBoundingClientRect().top)).toBeLessThan(100);
      expect(await seriousViolations(page)).toEqual([]);
      await page.screenshot({ path: `${SCREENSHOTS}/phone-long-release.png` });
      await page.getByRole('link', { name: 'กลับขึ้นด้านบน' }).click();
      await page.waitForURL(/#main$/);
      expect(await page.evaluate(() => window.scrollY)).toBeLessThan(200);
    } finally {
      await page.close();
      await tricky.close();
    }
  });
});

describe('a long list', () => {
  it('shows each number whole, to 12.: its indent holds the widest marker', async () => {
    const tricky = await serveStatic(inject('trickySiteDir'));
    const page = await browser.newPage({ viewport: { width: 360, height: 740 } });
    try {
      await page.goto(`${tricky.url}/releases/2020-01-17-cabinet/`);
      // The marker: the number, a dot and a space (kept by a no-break space: a trailing space has no width), in the
      // marker's tabular figures.
      const list = page.locator('.prose ol').last();
      await list.scrollIntoViewIfNeeded();
      const room = await list.evaluate((ol) => {
        const probe = document.createElement('span');
        probe.textContent = `${ol.children.length}.\u00a0`;
        probe.style.fontVariantNumeric = 'tabular-nums';
        ol.lastElementChild!.append(probe);
        const width = probe.getBoundingClientRect().width;
        probe.remove();
        return parseFloat(getComputedStyle(ol).paddingInlineStart) - width;
      });
      expect(room).toBeGreaterThanOrEqual(0);
    } finally {
      await page.close();
      await tricky.close();
    }
  });
});

describe('a release that sends its readers to another release’s source', () => {
  it('leads to that release here, by its title, when the archive holds it', async () => {
    const tricky = await serveStatic(inject('trickySiteDir'));
    const page = await browser.newPage({ viewport: { width: 360, height: 740 } });
    try {
      await page.goto(`${tricky.url}/releases/2020-01-14-earlier/`);
      // The body gave thaigov's address of the release (http, no www., a closing slash); the archive holds it.
      const link = page.getByRole('link', { name: 'Thailand and Japan sign a memorandum on digital trade' });
      expect(await link.getAttribute('rel')).toBeNull();
      await link.click();
      await page.waitForURL(/\/releases\/2020-01-18-english\/$/);
      await expect(page.locator('h1').textContent()).resolves.toBe('Thailand and Japan sign a memorandum on digital trade');
    } finally {
      await page.close();
      await tricky.close();
    }
  });
});
