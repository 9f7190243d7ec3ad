/**
 * Thai line breaking in Chromium (issue 15): titles and bodies of 60 releases of each
 * corpus drawn afresh each run (needs ../shared; skipped without it; the seed is printed and
 * THALAENG_BREAKS_SEED replays it) at phone and desktop widths break between words,
 * never inside a year, a time or a name; and no page scrolls sideways at 360 px with the
 * browser font at 150 % and 200 %.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { existsSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../../scripts/shared/browser.ts';
import { serveStatic } from '../../scripts/shared/static-server.ts';
import { CORPORA, corpusArchive } from '../../scripts/shared/corpus.ts';
import { evalSite } from '../../scripts/eval-search/search-eval.ts';
import { layOutWholePage } from '../helpers/whole-page.ts';
import { newSeed } from '../../scripts/shared/random.ts';
import { readLineStarts } from '../helpers/line-starts.ts';
import { auditBreaks, type BreakAudit } from '../helpers/word-breaks.ts';

const RELEASES = 60;
const SEED = Number(process.env['THALAENG_BREAKS_SEED'] ?? newSeed());

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

describe.each(CORPORA.filter((corpus) => existsSync(corpusArchive(corpus))))(
  `line breaks in ${RELEASES} releases of %s (needs ../shared)`,
  (corpus) => {
    // Built afresh: the breaks depend on the styles and markup under test.
    let siteDir: string;
    beforeAll(async () => {
      console.log(
        `line breaks: ${RELEASES} releases of ${corpus} drawn with seed ${SEED} (THALAENG_BREAKS_SEED=${SEED} replays them)`,
      );
      ({ siteDir } = await evalSite({ corpus, releases: RELEASES, seed: SEED }));
    });

    it.each([360, 1280])('fall between words at %i px', async (width) => {
      const site = await serveStatic(siteDir);
      const slugs = await readdir(path.join(siteDir, 'releases'));
      expect(slugs.length).toBeGreaterThanOrEqual(50);
      const page = await browser.newPage({ viewport: { width, height: 900 } });
      const audits: BreakAudit[] = [];
      for (const slug of slugs) {
        await page.goto(`${site.url}/releases/${slug}/`);
        await layOutWholePage(page);
        audits.push(auditBreaks(await readLineStarts(page, 'main h1, main .prose')));
      }
      await page.close();
      await site.close();
      const breaks = audits.reduce((n, a) => n + a.breaks, 0);
      const atWords = audits.reduce((n, a) => n + a.atWordBoundary, 0);
      const insideWords = audits.flatMap((a) => a.insideWords);
      const insideRuns = audits.flatMap((a) => a.insideRuns);
      console.log(
        `${corpus}, ${width} px: ${breaks} breaks, ${((100 * atWords) / breaks).toFixed(2)} % at word boundaries;`,
        `inside words: ${insideWords.slice(0, 20).join('  ')}; inside names and units: ${insideRuns.join('  ')}`,
      );
      expect(breaks).toBeGreaterThan(500);
      expect(atWords / breaks).toBeGreaterThanOrEqual(0.99);
      expect(insideRuns).toEqual([]);
    });
  },
);

describe('the embedded site at 360 px with a larger browser font', () => {
  it.each(['150%', '200%'])('never scrolls sideways at %s', async (fontSize) => {
    const site = await serveStatic(inject('siteDir'));
    const page = await browser.newPage({ viewport: { width: 360, height: 740 } });
    const overflowing: string[] = [];
    for (const pagePath of ['/', '/releases/2017-11-02-7766/', '/ministries/labour/', '/provinces/', '/archive/', '/search/']) {
      await page.goto(`${site.url}${pagePath}`);
      // What a reader's font setting does: the root font size, which every rem follows.
      await page.evaluate((size) => (document.documentElement.style.fontSize = size), fontSize);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      if (overflow > 0) overflowing.push(`${pagePath} by ${overflow} px`);
    }
    await page.close();
    await site.close();
    expect(overflowing).toEqual([]);
  });
});
