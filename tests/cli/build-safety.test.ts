/**
 * `npm run build` cannot half-publish: it builds aside and swaps the site in only when
 * complete, two builds in one folder take turns, and a build killed at any point leaves
 * the previous site whole and a cache from which the next build makes the same site as a
 * clean build.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { cp, readdir, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { buildWorkDir } from '../../scripts/build/astro-build.ts';
import { ROOT } from '../helpers/run-script.ts';
import { loadSiteSearch } from '../../scripts/eval-search/site-search.ts';
import { scriptArguments } from '../../scripts/shared/script-arguments.ts';

let work: string;
beforeAll(async () => {
  work = await buildWorkDir(ROOT, 'build-safety');
});
afterAll(() => rm(work, { recursive: true, force: true }));

interface Run {
  code: Promise<number>;
  output: () => string;
  /** Resolves when the build prints a line matching the pattern. */
  printed: (pattern: RegExp) => Promise<void>;
  kill: () => void;
}

/** `npm run build` as its own process group, as a CI job runs it (and kills it). */
function build(name: string, cache = 'cache'): Run {
  const child = spawn(process.execPath, scriptArguments('scripts/build.ts'), {
    cwd: ROOT,
    detached: true,
    env: {
      ...process.env,
      FORCE_COLOR: '0',
      THALAENG_OUT_DIR: path.join(work, name),
      THALAENG_CACHE_DIR: path.join(work, cache),
    },
  });
  let output = '';
  const waiters: { pattern: RegExp; resolve: () => void }[] = [];
  const read = (chunk: Buffer): void => {
    output += chunk.toString();
    for (const waiter of waiters.filter((w) => w.pattern.test(output))) {
      waiter.resolve();
      waiters.splice(waiters.indexOf(waiter), 1);
    }
  };
  child.stdout.on('data', read);
  child.stderr.on('data', read);
  const code = new Promise<number>((resolve) => child.on('exit', (exitCode) => resolve(exitCode ?? 1)));
  return {
    code,
    output: () => output,
    printed: (pattern) =>
      new Promise((resolve, reject) => {
        if (pattern.test(output)) return resolve();
        waiters.push({ pattern, resolve });
        void code.then(() => reject(new Error(`the build ended without printing ${pattern}:\n${output.slice(-2000)}`)));
      }),
    kill: () => process.kill(-child.pid!, 'SIGKILL'),
  };
}

/**
 * Every file of a built site with its digest. Pagefind's files are named and filled in an
 * order of its own, which differs between two clean builds of the same releases: they are
 * compared by what a search finds (searchFinds) instead.
 */
async function snapshot(dir: string): Promise<Record<string, string>> {
  const files = (await readdir(dir, { recursive: true, withFileTypes: true })).filter(
    (e) => e.isFile() && !path.relative(dir, e.parentPath).startsWith('pagefind'),
  );
  const entries = await Promise.all(
    files.map(async (e) => {
      const file = path.join(e.parentPath, e.name);
      return [
        path.relative(dir, file),
        createHash('sha256')
          .update(await readFile(file))
          .digest('hex'),
      ] as const;
    }),
  );
  return Object.fromEntries(entries.sort(([a], [b]) => a.localeCompare(b)));
}

/** The search of a built site works, and finds the one release about durian. */
async function searchFinds(dir: string): Promise<string[]> {
  // A copy under a new name: Node caches a module by its URL, and each build replaces the folder.
  const copy = `${dir}-search-${Date.now()}`;
  await cp(dir, copy, { recursive: true });
  const { search } = await loadSiteSearch(copy);
  const { results } = await search('ทุเรียน');
  // In Node the module answers with file paths: keep what follows the site folder.
  return Promise.all(results.map(async (result) => (await result.data()).url.replace(/^.*?(?=\/releases\/)/, '')));
}

describe('npm run build', () => {
  /** The site a clean build makes, with its own cache. */
  let site: Record<string, string>;

  it('makes the same site again, and two builds in one folder take turns', async () => {
    const first = build('dist');
    expect(await first.code, first.output().slice(-3000)).toBe(0);
    site = await snapshot(path.join(work, 'dist'));
    expect(site['index.html']).toBeDefined();
    expect(site['search/thai-search.js']).toBeDefined();
    expect(existsSync(path.join(work, 'dist/pagefind'))).toBe(true);

    const [a, b] = [build('dist'), build('dist')];
    const codes = await Promise.all([a.code, b.code]);
    expect(codes, a.output().slice(-2000) + b.output().slice(-2000)).toEqual([0, 0]);
    expect(a.output() + b.output()).toMatch(/another build \(pid \d+\) is using this folder; waiting for it/);
    expect(await snapshot(path.join(work, 'dist'))).toEqual(site);
    expect(existsSync(path.join(work, 'dist.lock'))).toBe(false);
  });

  it.each([
    ['while syncing content', /Synced content/],
    ['while bundling', /Building static entrypoints/],
    ['while rendering pages', /generating static routes[^]*releases\//],
    ['after the search index', /indexed for search/],
  ])('killed %s leaves the previous site whole, and the next build matches a clean one', async (_, moment) => {
    const before = await snapshot(path.join(work, 'dist'));
    const killed = build('dist');
    await killed.printed(moment);
    killed.kill();
    await killed.code;
    expect(await snapshot(path.join(work, 'dist'))).toEqual(before);

    const next = build('dist');
    expect(await next.code, next.output().slice(-3000)).toBe(0);
    expect(await snapshot(path.join(work, 'dist'))).toEqual(site);
    expect(await searchFinds(path.join(work, `dist`))).toEqual(['/releases/2020-09-08-commerce-durian-export/']);
    expect(existsSync(path.join(work, 'dist.building'))).toBe(false);
  });
});
