/**
 * Every page type of the embedded site (scripts/lighthouse/page-types.ts, the pages
 * npm run lighthouse audits) at 360 and 1280 px, in light and dark colour schemes, printed,
 * and with the browser font at 150 %: no axe violation of any impact, nothing scrolling
 * sideways, a screenshot of each in test-results/screenshots/<page>-<width>-<state>.png.
 * Then each page type's weight, and a release page with scripts off (issue 15, part 7).
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { mkdir } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium } from '../../scripts/shared/browser.ts';
import { serveStatic, type StaticSite } from '../../scripts/shared/static-server.ts';
import { pageTypes, type PageType } from '../../scripts/lighthouse/page-types.ts';
import { axeViolations } from '../helpers/axe.ts';
import { layOutWholePage } from '../helpers/whole-page.ts';

const SCREENSHOTS = 'test-results/screenshots';
/** A long release with sections, from the fixture site, when the embedded site has none. */
const LONG_RELEASE = '/releases/2020-01-17-cabinet/';
/** Issue 15: the most a page type other than search may transfer, gzipped. */
const BUDGET = 60 * 1024;

const types: (PageType & { tricky?: boolean })[] = await pageTypes(inject('siteDir'));
if (!types.some((type) => type.name === 'long-release')) {
  types.splice(types.findIndex((type) => type.name === 'release') + 1, 0, {
    name: 'long-release',
    path: LONG_RELEASE,
    tricky: true,
  });
}

let site: StaticSite;
let tricky: StaticSite;
let browser: Browser;

beforeAll(async () => {
  [site, tricky, browser] = await Promise.all([
    serveStatic(inject('siteDir')),
    serveStatic(inject('trickySiteDir')),
    launchChromium(),
  ]);
  await mkdir(SCREENSHOTS, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
  await tricky?.close();
});

const urlOf = (type: PageType & { tricky?: boolean }): string => `${(type.tricky ? tricky : site).url}${type.path}`;

/** Loads a page type as a reader sees it: fonts in, and on search the results its script shows. */
async function open(page: Page, type: PageType & { tricky?: boolean }): Promise<void> {
  await page.goto(urlOf(type), { waitUntil: type.name === 'search' ? 'networkidle' : 'load' });
  await page.evaluate(() => document.fonts.ready);
  await layOutWholePage(page);
}

/** What a state's check found wrong: axe's violations and any sideways scroll. */
async function problems(page: Page, label: string): Promise<string[]> {
  const found = (await axeViolations(page)).map((line) => `${label}: ${line}`);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  if (overflow > 0) found.push(`${label}: scrolls sideways by ${overflow} px`);
  return found;
}

// Concurrent (up to Vitest's maxConcurrency pages at once, in one browser): each page
// spends much of its time waiting on axe and screenshots passing through the debugging
// protocol, and the file stays within a few minutes on a 2-core machine.
describe.concurrent.each([
  { width: 360, height: 740 },
  { width: 1280, height: 900 },
])('every page type at $width px', ({ width, height }) => {
  let light: BrowserContext;
  let dark: BrowserContext;
  beforeAll(async () => {
    light = await browser.newContext({ viewport: { width, height }, colorScheme: 'light' });
    dark = await browser.newContext({ viewport: { width, height }, colorScheme: 'dark' });
  });
  afterAll(async () => {
    await light?.close();
    await dark?.close();
  });

  it.for(types)('$name ($path): light, dark, print and a 150 % font pass axe and fit', async (type, { expect }) => {
    const found: string[] = [];
    const check = async (page: Page, state: string): Promise<void> => {
      await page.screenshot({ path: `${SCREENSHOTS}/${type.name}-${width}-${state}.png`, fullPage: true });
      found.push(...(await problems(page, state)));
    };

    const page = await light.newPage();
    await open(page, type);
    await check(page, 'light');
    await page.emulateMedia({ media: 'print' });
    await check(page, 'print');
    await page.emulateMedia({ media: 'screen' });
    // What a reader's font setting does: the root font size, which every rem follows
    // (deviceScaleFactor would enlarge everything and change no layout).
    await page.evaluate(() => (document.documentElement.style.fontSize = '150%'));
    await check(page, 'font-150');
    await page.close();

    const darkPage = await dark.newPage();
    await open(darkPage, type);
    await check(darkPage, 'dark');
    await darkPage.close();

    expect(found).toEqual([]);
  });
});

describe('page weight', () => {
  /**
   * Bytes as a server that compresses would send them: every response of the page's
   * load (HTML, CSS, fonts, scripts, images) gzipped here at zlib's default level, since
   * the test server sends files as they are; fonts and images, compressed already, count
   * at their size. A fresh context per page type, so nothing comes from the cache.
   * A release's photos (/_astro/photos/) are its content, not the site's weight: they are
   * left out, and photos.test.ts checks that each is fetched at the narrowest size that fits.
   */
  it.each(types.filter((type) => type.name !== 'search'))('$name ($path) transfers at most 60 KB gzipped', async (type) => {
    const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
    const page = await context.newPage();
    const sizes: Promise<{ url: string; bytes: number }>[] = [];
    page.on('response', (response) => {
      sizes.push(
        response.body().then((body) => {
          const type = response.headers()['content-type'] ?? '';
          const compressible = /^(text\/|application\/(json|javascript|xml))|svg/.test(type);
          return { url: response.url(), bytes: compressible ? gzipSync(body).length : body.length };
        }),
      );
    });
    await page.goto(urlOf(type), { waitUntil: 'networkidle' });
    await page.evaluate(() => document.fonts.ready);
    const responses = (await Promise.all(sizes)).filter((r) => !new URL(r.url).pathname.includes('/_astro/photos/'));
    await context.close();
    const total = responses.reduce((sum, response) => sum + response.bytes, 0);
    const detail = responses.map((r) => `${new URL(r.url).pathname} ${(r.bytes / 1024).toFixed(1)} KB`).join(', ');
    expect(total, `${(total / 1024).toFixed(1)} KB: ${detail}`).toBeLessThanOrEqual(BUDGET);
  });
});

describe('a release page with scripts off', () => {
  it('shows its text, facts, related releases and navigation', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 360, height: 740 } });
    const page = await context.newPage();
    await page.goto(`${site.url}/releases/2017-11-02-7766/`);
    await expect(page.locator('h1').textContent()).resolves.toContain('ปลัดแรงงาน');
    // The text.
    const prose = page.locator('.prose');
    expect(await prose.isVisible()).toBe(true);
    expect((await prose.innerText()).length).toBeGreaterThan(200);
    // The facts: who issued it, when, where.
    const facts = page.locator('article dl');
    expect(await facts.isVisible()).toBe(true);
    expect(await facts.getByRole('link', { name: 'กระทรวงแรงงาน' }).isVisible()).toBe(true);
    expect(await facts.locator('time').first().textContent()).toBe('วันพฤหัสบดีที่ 2 พฤศจิกายน พ.ศ.\u00a02560');
    // Related releases.
    const related = page.getByRole('region', { name: 'ข่าวที่เกี่ยวข้อง' });
    expect(await related.getByRole('link').count()).toBeGreaterThan(0);
    expect(await related.getByRole('link').first().isVisible()).toBe(true);
    // Navigation: the site's menu, the newer and older releases, and the header search.
    const menu = page.getByRole('navigation', { name: 'เมนูหลัก' });
    expect(await menu.getByRole('link').count()).toBeGreaterThan(2);
    expect(await menu.getByRole('link').first().isVisible()).toBe(true);
    expect(await page.getByRole('navigation', { name: 'ข่าวก่อนหน้าและถัดไป' }).getByRole('link').count()).toBeGreaterThan(0);
    // Search, a tap away: on a phone the header's box gives way to a link to the search page.
    const searchLink = page.locator('header').getByRole('link', { name: 'ค้นหา', exact: true });
    expect(await searchLink.isVisible()).toBe(true);
    // A link followed without scripts lands on its page.
    await related.getByRole('link').first().click();
    await page.waitForURL(/\/releases\/(?!2017-11-02-7766)[^/]+\/$/);
    expect(await page.locator('.prose').isVisible()).toBe(true);
    await page.screenshot({ path: `${SCREENSHOTS}/release-360-no-script.png`, fullPage: true });
    await context.close();
  });
});

describe('a long release', () => {
  it('lays out its text blocks only near the screen, and prints every one of them', async () => {
    const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
    const page = await context.newPage();
    await page.goto(`${tricky.url}${LONG_RELEASE}`);
    const lastBlock = page.locator('.prose.long > p').last();
    const visibility = () => lastBlock.evaluate((block) => getComputedStyle(block).contentVisibility);
    expect(await visibility()).toBe('auto');
    // Scrolled to, it shows its text. The blocks around it take their real heights as they
    // are laid out and may move it off the screen again: scroll on, as a reader would.
    await expect
      .poll(async () => {
        await lastBlock.scrollIntoViewIfNeeded();
        return lastBlock.innerText();
      })
      .not.toBe('');
    await page.emulateMedia({ media: 'print' });
    expect(await visibility()).toBe('visible');
    await context.close();
  });
});
