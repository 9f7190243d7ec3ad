/**
 * Photos as readers get them (issue 16): a site built from releases with drawn photos
 * (tests/helpers/photo-releases.ts): the lead photo, the gallery, body photos, listing
 * thumbnails, og:image, JSON-LD and the feeds' media, alt text kept as text everywhere, no
 * layout shift in Chromium, the gallery with a keyboard and without scripts, axe; then
 * rebuilds that encode nothing they have, and a deleted photo gone from the site.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { lstat, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parse, type DefaultTreeAdapterMap } from 'parse5';
import { XMLParser } from 'fast-xml-parser';
import sharp from 'sharp';
import type { Browser, Page } from 'playwright-core';
import { astroBuild, buildWorkDir } from '../../scripts/build/astro-build.ts';
import { copiedPages, imageFiles } from '../../scripts/bench/build-phases.ts';
import { launchChromium } from '../../scripts/shared/browser.ts';
import { serveStatic, type StaticSite } from '../../scripts/shared/static-server.ts';
import { drawPhoto } from '../../scripts/shared/draw-photo.ts';
import { HOSTILE_TEXT, PHOTO_RELEASES, writePhotoReleases } from '../helpers/photo-releases.ts';
import { axeViolations } from '../helpers/axe.ts';
import { htmlProblems } from '../helpers/html-validate.ts';

type Element = DefaultTreeAdapterMap['element'];
const SITE = 'https://thalaeng.github.io';
const FULL = `/releases/${PHOTO_RELEASES.full}/`;

let work: string;
let releasesDir: string;
let siteDir: string;
let coldLog: string;
let site: StaticSite;
let browser: Browser;

const build = async (name: string): Promise<string> => {
  const { code, output } = await astroBuild(process.cwd(), {
    releasesDir,
    outDir: path.join(work, name),
    cacheDir: path.join(work, 'cache'),
  });
  if (code !== 0) throw new Error(`building ${name} failed:\n${output.slice(-5000)}`);
  return output;
};

beforeAll(async () => {
  work = await buildWorkDir(process.cwd(), 'photos');
  releasesDir = path.join(work, 'releases');
  await writePhotoReleases(releasesDir);
  coldLog = await build('cold');
  siteDir = path.join(work, 'cold');
  [site, browser] = await Promise.all([serveStatic(siteDir), launchChromium()]);
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
  if (work) await rm(work, { recursive: true, force: true });
});

const read = (urlPath: string): Promise<string> =>
  readFile(path.join(siteDir, urlPath.endsWith('/') ? `${urlPath}index.html` : urlPath), 'utf8');

function elements(node: DefaultTreeAdapterMap['parentNode'], tag: string): Element[] {
  const found: Element[] = [];
  for (const child of node.childNodes) {
    if (!('tagName' in child)) continue;
    if (child.tagName === tag) found.push(child);
    found.push(...elements(child.tagName === 'template' ? (child as DefaultTreeAdapterMap['template']).content : child, tag));
  }
  return found;
}
const attr = (element: Element | undefined, name: string): string | undefined =>
  element?.attrs.find((a) => a.name === name)?.value;
const text = (node: DefaultTreeAdapterMap['parentNode']): string =>
  node.childNodes.map((child) => ('value' in child ? child.value : 'childNodes' in child ? text(child) : '')).join('');
const meta = (document: DefaultTreeAdapterMap['document'], key: string): string | undefined =>
  attr(
    elements(document, 'meta').find((m) => attr(m, 'property') === key || attr(m, 'name') === key),
    'content',
  );
/** Every URL a srcset or src names, which must be in the site. */
const urlsOf = (element: Element): string[] =>
  [attr(element, 'src'), ...(attr(element, 'srcset') ?? '').split(',').map((part) => part.trim().split(' ')[0])].filter(
    (url): url is string => Boolean(url),
  );
const sizeOf = async (url: string): Promise<[number, number, string]> => {
  const info = await sharp(path.join(siteDir, new URL(url, SITE).pathname)).metadata();
  return [info.width, info.height, info.format];
};

describe('a release with photos, as built', () => {
  it('shows its lead photo under the title as a figure with its caption, WebP first, a JPEG fallback, sized and fetched first', async () => {
    const document = parse(await read(FULL));
    const figure = elements(document, 'figure').find((f) => attr(f, 'class')?.includes('lead-photo'))!;
    expect(text(elements(figure, 'figcaption')[0]!)).toBe('เจ้าหน้าที่ตรวจแปลงนาก่อนฤดูเก็บเกี่ยว');
    const [source] = elements(figure, 'source');
    const [img] = elements(figure, 'img');
    expect(attr(source, 'type')).toBe('image/webp');
    expect(attr(img, 'alt')).toBe('เจ้าหน้าที่ตรวจแปลงนาข้าวที่จังหวัดสุพรรณบุรี');
    expect([attr(img, 'width'), attr(img, 'height')]).toEqual(['1200', '800']);
    expect([attr(img, 'loading'), attr(img, 'fetchpriority'), attr(img, 'decoding')]).toEqual(['eager', 'high', 'async']);
    expect(attr(img, 'sizes')).toBe('(min-width: 44rem) 42rem, calc(100vw - 2rem)');
    expect(attr(source, 'srcset')).toMatch(/ 480w, .* 800w, .* 1200w$/);
    for (const url of [...urlsOf(source!), ...urlsOf(img!)]) expect(existsSync(path.join(siteDir, url)), url).toBe(true);
    expect(await sizeOf(attr(img, 'src')!)).toEqual([1200, 800, 'jpeg']);
    expect(await sizeOf(urlsOf(source!)[0]!)).toEqual([480, 320, 'webp']);
  });

  it('shows its body photo as the same picture, lazy', async () => {
    const document = parse(await read(FULL));
    const prose = elements(document, 'div').find((d) => attr(d, 'class')?.includes('prose'))!;
    const [img] = elements(prose, 'img');
    expect(attr(img, 'alt')).toBe('แผนที่แปลงนาที่ตรวจ');
    expect([attr(img, 'width'), attr(img, 'height'), attr(img, 'loading')]).toEqual(['900', '600', 'lazy']);
    expect(elements(prose, 'source')).toHaveLength(1);
  });

  it('shows its gallery as thumbnails linking to each photo at its largest', async () => {
    const document = parse(await read(FULL));
    const gallery = elements(document, 'section').find((s) => attr(s, 'class')?.includes('gallery'))!;
    const links = elements(gallery, 'a');
    expect(links).toHaveLength(4);
    const thumbs = links.map((a) => elements(a, 'img')[0]!);
    expect(thumbs.map((img) => attr(img, 'alt'))).toEqual([1, 2, 3, 4].map((n) => `ภาพบรรยากาศการประชุมชาวนา ภาพที่ ${n}`));
    expect(thumbs.every((img) => attr(img, 'loading') === 'lazy' && attr(img, 'width') && attr(img, 'height'))).toBe(true);
    expect(await sizeOf(attr(thumbs[0], 'src')!)).toEqual([640, 480, 'jpeg']);
    // The tall photo keeps its shape at its largest.
    expect(await sizeOf(attr(links[1], 'href')!)).toEqual([800, 1200, 'jpeg']);
    expect(elements(gallery, 'figcaption').map(text)).toEqual(['ชาวนาร่วมประชุม ภาพที่ 1', 'ชาวนาร่วมประชุม ภาพที่ 3']);
  });

  it('is shared as its lead photo cropped to 1200 × 630, with its alt text, and named in JSON-LD', async () => {
    const document = parse(await read(FULL));
    const og = meta(document, 'og:image')!;
    expect(og).toMatch(new RegExp(`^${SITE}/_astro/photos/[0-9a-f]{32}_\\w+\\.jpeg$`));
    expect(await sizeOf(og)).toEqual([1200, 630, 'jpeg']);
    expect(meta(document, 'og:image:type')).toBe('image/jpeg');
    expect([meta(document, 'og:image:width'), meta(document, 'og:image:height')]).toEqual(['1200', '630']);
    expect(meta(document, 'og:image:alt')).toBe('เจ้าหน้าที่ตรวจแปลงนาข้าวที่จังหวัดสุพรรณบุรี');
    expect(meta(document, 'twitter:image')).toBe(og);
    const jsonLd = JSON.parse(text(elements(document, 'script').find((s) => attr(s, 'type') === 'application/ld+json')!)) as {
      image: string[];
    };
    expect(jsonLd.image[0]).toBe(og);
    expect(await sizeOf(jsonLd.image[1]!)).toEqual([1200, 800, 'jpeg']);
  });

  it("shares a small photo at its own size in the card's shape, and a release without one its ministry's card", async () => {
    const small = parse(await read(`/releases/${PHOTO_RELEASES.small}/`));
    expect(await sizeOf(meta(small, 'og:image')!)).toEqual([400, 210, 'jpeg']);
    const none = parse(await read(`/releases/${PHOTO_RELEASES.none}/`));
    expect(meta(none, 'og:image')).toBe(`${SITE}/og/agriculture.png`);
    expect(elements(none, 'figure').filter((f) => attr(f, 'class')?.includes('lead-photo'))).toHaveLength(0);
    expect(elements(none, 'section').filter((s) => attr(s, 'class')?.includes('gallery'))).toHaveLength(0);
  });

  it('shows a decorative thumbnail beside related releases that have a lead photo, and none in listings', async () => {
    const document = parse(await read(`/releases/${PHOTO_RELEASES.none}/`));
    const related = elements(document, 'section').find((section) => attr(section, 'class')?.includes('related'))!;
    const articles = elements(related, 'article');
    expect(articles.map((a) => elements(a, 'img').length)).toEqual([1, 1, 1]);
    const img = elements(articles[0]!, 'img')[0];
    expect([attr(img, 'alt'), attr(img, 'width'), attr(img, 'height'), attr(img, 'loading')]).toEqual(['', '96', '64', 'lazy']);
    // Decorative: WebP alone, at 1x and 2x.
    expect(await sizeOf(attr(img, 'src')!)).toEqual([96, 64, 'webp']);
    expect(attr(img, 'srcset')).toMatch(/_[\w-]+\.webp 2x$/);
    expect(elements(parse(await read('/ministries/agriculture/')), 'img')).toHaveLength(0);
  });

  it('keeps alt text and captions that look like markup as text in HTML, JSON-LD and feeds', async () => {
    const html = await read(`/releases/${PHOTO_RELEASES.hostile}/`);
    const document = parse(html);
    expect(elements(document, 'script').filter((s) => text(s).includes('alert'))).toHaveLength(0);
    const lead = elements(document, 'figure').find((f) => attr(f, 'class')?.includes('lead-photo'))!;
    expect(attr(elements(lead, 'img')[0], 'alt')).toBe(`ภาพ ${HOSTILE_TEXT}`);
    expect(text(elements(lead, 'figcaption')[0]!)).toBe(`คำบรรยาย ${HOSTILE_TEXT}`);
    expect(meta(document, 'og:image:alt')).toBe(`ภาพ ${HOSTILE_TEXT}`);
    const rss = new XMLParser({ ignoreAttributes: false }).parse(await read('/rss.xml')) as {
      rss: { channel: { item: { link: string; 'media:content'?: { 'media:description': { '#text': string } } }[] } };
    };
    const item = rss.rss.channel.item.find((i) => i.link.endsWith(`/${PHOTO_RELEASES.hostile}/`))!;
    expect(item['media:content']?.['media:description']['#text']).toBe(`ภาพ ${HOSTILE_TEXT}`);
  });

  it('passes html-validate: release pages with photos, a gallery and thumbnails', async () => {
    const pages = Object.values(PHOTO_RELEASES).map((slug) => `/releases/${slug}/`);
    const problems = await Promise.all(pages.map(async (page) => htmlProblems(await read(page), page)));
    expect(problems.flat()).toEqual([]);
  });

  it('leaves no original or link in the site, only encoded files', async () => {
    const files = await readdir(path.join(siteDir, '_astro/photos'));
    for (const file of files) {
      expect(file).toMatch(/^[0-9a-f]{32}_\w+\.(webp|jpeg)$/);
      expect((await lstat(path.join(siteDir, '_astro/photos', file))).isFile()).toBe(true);
    }
    expect(imageFiles(coldLog).encoded).toHaveLength(files.length);
  });
});

describe('feeds', () => {
  it('carry the lead photo as media:content, absolute and in the site, and JSON Feed image', async () => {
    for (const feed of ['/rss.xml', '/ministries/agriculture/rss.xml', '/provinces/th-72/rss.xml']) {
      const xml = await read(feed);
      expect(xml).toContain('xmlns:media="http://search.yahoo.com/mrss/"');
      const items = (
        new XMLParser({ ignoreAttributes: false }).parse(xml) as {
          rss: { channel: { item: { link: string; 'media:content'?: Record<string, string> }[] } };
        }
      ).rss.channel.item;
      const full = items.find((i) => i.link.endsWith(FULL))!['media:content']!;
      expect(full).toMatchObject({ '@_medium': 'image', '@_type': 'image/jpeg', '@_width': '1200', '@_height': '800' });
      expect(await sizeOf(full['@_url']!)).toEqual([1200, 800, 'jpeg']);
      expect(items.find((i) => i.link.endsWith(`/${PHOTO_RELEASES.none}/`))).not.toHaveProperty('media:content');
      const json = JSON.parse(await read(feed.replace(/rss\.xml$/, 'feed.json'))) as { items: { url: string; image?: string }[] };
      expect(json.items.find((i) => i.url.endsWith(FULL))?.image).toBe(full['@_url']);
      // The body photo reaches the item's content as one absolute JPEG.
      expect(xml).toMatch(
        /&lt;img src=&quot;https:\/\/thalaeng\.github\.io\/_astro\/photos\/\w+\.jpeg&quot; width=&quot;900&quot; height=&quot;600&quot;/,
      );
    }
  });

  it.skipIf(!existsSync('/usr/bin/python3'))('are read by feedparser with the lead photo as media content', () => {
    const script = [
      'import sys, json, feedparser',
      'd = feedparser.parse(sys.argv[1])',
      'print(json.dumps({"bozo": bool(d.bozo), "media": [e.get("media_content", [{}])[0].get("url") for e in d.entries]}))',
    ].join('\n');
    let out: { bozo: boolean; media: (string | null)[] };
    try {
      out = JSON.parse(
        execFileSync('/usr/bin/python3', ['-c', script, path.join(siteDir, 'rss.xml')], { encoding: 'utf8' }),
      ) as typeof out;
    } catch {
      return; // feedparser not installed
    }
    expect(out.bozo).toBe(false);
    expect(out.media.filter(Boolean)).toHaveLength(3);
  });
});

describe('in Chromium', () => {
  const open = async (width: number, url: string, javaScriptEnabled = true): Promise<Page> => {
    const page = await browser.newPage({ viewport: { width, height: 800 }, javaScriptEnabled });
    await page.goto(`${site.url}${url}`, { waitUntil: 'load' });
    return page;
  };
  /** Where each photo's box is, in the document, and how big. */
  const boxes = (page: Page): Promise<number[][]> =>
    page.locator('.lead-photo img, .prose img, .gallery img').evaluateAll((imgs) =>
      imgs.map((img) => {
        const box = img.getBoundingClientRect();
        return [box.top + window.scrollY, box.width, box.height].map(Math.round);
      }),
    );

  it.each([360, 1280])(
    'loads the photos in a modern format at a fitting size, and nothing moves when they arrive (%i px)',
    async (width) => {
      const page = await browser.newPage({ viewport: { width, height: 800 } });
      try {
        // Photos arrive late, as on a slow phone: the space for each is kept before it does.
        let release = (): void => undefined;
        const held = new Promise<void>((resolve) => (release = resolve));
        await page.route('**/_astro/photos/**', async (route) => {
          await held;
          await route.continue();
        });
        await page.goto(`${site.url}${FULL}`, { waitUntil: 'domcontentloaded' });
        await page.evaluate(() => document.fonts.ready);
        const before = await boxes(page);
        expect(before).toHaveLength(6);
        expect(before.every(([, w, h]) => w! > 0 && h! > 0)).toBe(true);
        release();
        const lead = page.locator('.lead-photo img');
        await expect.poll(() => lead.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBeGreaterThan(0);
        await page.locator('.gallery').scrollIntoViewIfNeeded();
        await expect
          .poll(() =>
            page
              .locator('.prose img, .gallery img')
              .evaluateAll((imgs) =>
                imgs.every((img) => (img as HTMLImageElement).complete && (img as HTMLImageElement).naturalWidth > 0),
              ),
          )
          .toBe(true);
        expect(JSON.stringify(await boxes(page))).toBe(JSON.stringify(before));
        expect(await lead.evaluate((img: HTMLImageElement) => img.currentSrc)).toMatch(/\.webp$/);
        // The narrowest size in srcset that covers the photo as shown (328 and 672 px wide), not the largest.
        const chosen = await lead.evaluate((img: HTMLImageElement) => img.currentSrc);
        expect(await page.locator('.lead-photo source').getAttribute('srcset')).toContain(
          `${new URL(chosen).pathname} ${width === 360 ? 480 : 800}w`,
        );
        expect(await axeViolations(page)).toEqual([]);
      } finally {
        await page.close();
      }
    },
  );

  it('opens the gallery with the keyboard, steps with the arrow keys and closes with Escape back on the photo', async () => {
    const page = await open(1280, FULL);
    try {
      const links = page.locator('a[data-gallery-link]');
      await links.first().focus();
      await page.keyboard.press('Enter');
      const viewer = page.locator('dialog[data-gallery-viewer]');
      await expect.poll(() => viewer.evaluate((d: HTMLDialogElement) => d.open)).toBe(true);
      expect(await viewer.locator('[data-viewer-position]').textContent()).toBe('ภาพที่ 1 จาก 4');
      expect(await viewer.locator('img').getAttribute('alt')).toBe('ภาพบรรยากาศการประชุมชาวนา ภาพที่ 1');
      expect(await viewer.locator('figcaption').textContent()).toBe('ชาวนาร่วมประชุม ภาพที่ 1');
      expect(await axeViolations(page)).toEqual([]);
      await page.keyboard.press('ArrowRight');
      expect(await viewer.locator('[data-viewer-position]').textContent()).toBe('ภาพที่ 2 จาก 4');
      await page.keyboard.press('ArrowLeft');
      await page.keyboard.press('ArrowLeft');
      expect(await viewer.locator('[data-viewer-position]').textContent()).toBe('ภาพที่ 4 จาก 4');
      await viewer.getByRole('button', { name: 'ภาพถัดไป' }).click();
      expect(await viewer.locator('[data-viewer-position]').textContent()).toBe('ภาพที่ 1 จาก 4');
      await page.keyboard.press('ArrowRight');
      await page.keyboard.press('Escape');
      await expect.poll(() => viewer.evaluate((d: HTMLDialogElement) => d.open)).toBe(false);
      const second = await links.nth(1).getAttribute('href');
      await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe(second);
    } finally {
      await page.close();
    }
  });

  it('without scripts, a gallery link opens the photo itself', async () => {
    const page = await open(360, FULL, false);
    try {
      const href = await page.locator('a[data-gallery-link]').first().getAttribute('href');
      await page.locator('a[data-gallery-link]').first().click();
      await page.waitForURL(`**${href}`);
      expect(await page.evaluate(() => (document.querySelector('img') as HTMLImageElement | null)?.naturalWidth)).toBe(1200);
    } finally {
      await page.close();
    }
  });
});

describe('rebuilding', () => {
  it('encodes nothing after an edit that changes no photo, only a replaced photo, and drops a deleted one', async () => {
    const month = path.join(releasesDir, '2020/03');
    const noPhoto = path.join(month, `${PHOTO_RELEASES.none}.md`);
    await writeFile(noPhoto, `${await readFile(noPhoto, 'utf8')}\nย่อหน้าที่เพิ่ม\n`);
    const editedLog = await build('edited');
    // Written to another folder, the pages that show photos are still copied (picture.ts, virtual:astro:get-image).
    expect(copiedPages(editedLog)).toContain(`${FULL}index.html`);
    const edited = imageFiles(editedLog);
    expect(edited.encoded).toEqual([]);
    expect(edited.reused.length).toBe(imageFiles(coldLog).encoded.length);
    expect(await readFile(path.join(work, 'edited/releases', PHOTO_RELEASES.none, 'index.html'), 'utf8')).toContain('ย่อหน้าที่เพิ่ม');

    // The small photo replaced under the same name: its sizes only are encoded.
    await writeFile(
      path.join(month, PHOTO_RELEASES.small, 'small.webp'),
      await drawPhoto(33, { width: 400, height: 300, format: 'webp' }),
    );
    // A gallery photo and its entry deleted.
    const full = path.join(month, `${PHOTO_RELEASES.full}.md`);
    const gallery4 = parse(await read(FULL));
    const deleted = elements(gallery4, 'a').filter((a) => attr(a, 'data-gallery-link') !== undefined)[3]!;
    const deletedHash = /photos\/([0-9a-f]{32})_/.exec(attr(deleted, 'href')!)![1]!;
    await writeFile(full, (await readFile(full, 'utf8')).replace(/ {2}- src: \.\/[\w-]+\/gallery-4\.jpg\n {4}alt: [^\n]+\n/, ''));
    await rm(path.join(month, PHOTO_RELEASES.full, 'gallery-4.jpg'));
    const replaced = imageFiles(await build('replaced'));
    const smallHashes = new Set(replaced.encoded.map((file) => /photos\/([0-9a-f]{32})_/.exec(file)![1]));
    expect(smallHashes.size).toBe(1);
    expect(replaced.encoded.length).toBeGreaterThan(0);
    const after = await readdir(path.join(work, 'replaced/_astro/photos'));
    expect(after.some((file) => file.startsWith(deletedHash))).toBe(false);
    // Astro's cache keeps what the site publishes, and nothing of the deleted or replaced photos.
    expect((await readdir(path.join(work, 'cache/assets'))).sort()).toEqual([...after].sort());
    expect((await readdir(path.join(siteDir, '_astro/photos'))).some((file) => file.startsWith(deletedHash))).toBe(true);
    expect(parse(await readFile(path.join(work, 'replaced', FULL, 'index.html'), 'utf8')).childNodes).toBeDefined();
    expect(
      elements(parse(await readFile(path.join(work, 'replaced', FULL, 'index.html'), 'utf8')), 'a').filter(
        (a) => attr(a, 'data-gallery-link') !== undefined,
      ),
    ).toHaveLength(3);
  });
});
