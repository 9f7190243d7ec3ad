/**
 * Search in `npm run dev`, as an editor uses it: the search page finds releases, a word
 * added to a release is found after the file is saved, without restarting, and an
 * invalid file leaves the last index in place.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { spawn, type ChildProcess } from 'node:child_process';
import { cp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { buildWorkDir } from '../../scripts/build/astro-build.ts';
import { launchChromium } from '../../scripts/shared/browser.ts';
import { ROOT } from '../helpers/run-script.ts';

let work: string;
let dev: ChildProcess;
let log = '';
let url: string;
let browser: Browser;

/** Until the dev server has logged `pattern` `count` times. */
const logged = (pattern: RegExp, count: number, timeout: number): Promise<void> =>
  vi.waitFor(
    () => {
      if ((log.match(new RegExp(pattern, 'g'))?.length ?? 0) < count)
        throw new Error(`waiting for ${pattern} (${count}); the dev server said:\n${log}`);
    },
    { timeout, interval: 200 },
  );
const INDEXED = /releases indexed for search/;
const KEPT = /search keeps its last index/;

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = createServer().listen(0, () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

/** Astro's dev server serves no pages when it believes Vitest runs it (VITEST is set: https://github.com/withastro/astro/pull/17248). */
function devEnv(): NodeJS.ProcessEnv {
  const { VITEST: _vitest, ...env } = process.env;
  return env;
}

beforeAll(async () => {
  work = await buildWorkDir(ROOT, 'dev');
  await cp(path.join(ROOT, 'content/releases'), path.join(work, 'releases'), { recursive: true });
  const port = await freePort();
  url = `http://localhost:${port}`;
  // --ignore-lock: beside an editor's own dev server, and in the foreground, as a child to stop.
  dev = spawn(process.execPath, ['node_modules/astro/bin/astro.mjs', 'dev', '--ignore-lock', '--port', String(port)], {
    cwd: ROOT,
    env: {
      ...devEnv(),
      NO_COLOR: '1',
      THALAENG_RELEASES_DIR: path.join(work, 'releases'),
      THALAENG_CACHE_DIR: path.join(work, 'cache'),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  dev.stdout!.on('data', (chunk: Buffer) => (log += chunk.toString()));
  dev.stderr!.on('data', (chunk: Buffer) => (log += chunk.toString()));
  // Ceilings, not waits: each ends when the server logs it. A busy 2-core machine needs minutes.
  await logged(/watching for file changes/, 1, 240_000);
  await logged(INDEXED, 1, 240_000);
  browser = await launchChromium();
}, 600_000);

afterAll(async () => {
  await browser?.close();
  dev?.kill();
  await rm(work, { recursive: true, force: true });
});

async function resultTitles(page: Page, query: string): Promise<string[]> {
  // Vite compiles a page on its first request: under load that took longer than Playwright's 30 s.
  await page.goto(`${url}/search/?q=${encodeURIComponent(query)}`, { timeout: 180_000 });
  // A count when something is found; the no-results block, with no count, when nothing is.
  await expect
    .poll(
      async () =>
        (await page.locator('#no-results').isVisible()) || /พบ/.test((await page.locator('#search-status').textContent()) ?? ''),
      {
        timeout: 60_000,
      },
    )
    .toBe(true);
  return page.locator('#search-results h3').allTextContents();
}

describe('search in npm run dev', () => {
  it('finds releases, and finds words saved into a release without a restart', async () => {
    expect(log.match(new RegExp(INDEXED, 'g'))).toHaveLength(1);
    const page = await browser.newPage();
    expect(await resultTitles(page, 'ทุเรียน')).toEqual([expect.stringContaining('ทุเรียน')]);
    expect(await resultTitles(page, 'เงาะโรงเรียน')).toEqual([]);

    const durian = path.join(work, 'releases/2020/09/2020-09-08-commerce-durian-export.md');
    await writeFile(durian, `${await readFile(durian, 'utf8')}\nเงาะโรงเรียนหวานกรอบ\n`);
    await logged(INDEXED, 2, 120_000);
    expect(await resultTitles(page, 'เงาะโรงเรียน')).toEqual([expect.stringContaining('ทุเรียน')]);
    expect(log).not.toMatch(KEPT);
  });

  it('keeps the last index, and says why, while a release file is invalid', async () => {
    await writeFile(path.join(work, 'releases/2020/09/2020-09-09-broken.md'), '---\ntitle: ครึ่งเดียว\n---\nเนื้อหา\n');
    await logged(KEPT, 1, 120_000);
    expect(log).toMatch(/2020-09-09-broken\.md/);
    const page = await browser.newPage();
    expect(await resultTitles(page, 'เงาะโรงเรียน')).toEqual([expect.stringContaining('ทุเรียน')]);
  });
});
