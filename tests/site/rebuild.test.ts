/**
 * A second build with the same cache folder indexes again only the shards whose
 * releases changed, and what it serves is the new text.
 */
import { describe, expect, it } from 'vitest';
import { cp, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { astroBuild, buildWorkDir } from '../../scripts/lib/astro-build.ts';
import { loadSiteSearch } from '../../scripts/lib/site-search.ts';
import { SEARCH_SHARD_SIZE } from './build-site.ts';

const indexLog = (output: string): string => /\d+ releases indexed for search in \d+ shards \(\d+ unchanged/.exec(output)?.[0] ?? output.slice(-3000);

describe('rebuilding after one release changed', () => {
  it('takes unchanged search shards from the cache and indexes the changed one', async () => {
    const work = await buildWorkDir(process.cwd(), 'rebuild');
    try {
      const releasesDir = path.join(work, 'releases');
      await cp('content/releases', releasesDir, { recursive: true });
      const build = async (name: string): Promise<string> => {
        const outDir = path.join(work, name);
        const { code, output } = await astroBuild(process.cwd(), { releasesDir, outDir, cacheDir: path.join(work, 'cache'), searchShardSize: SEARCH_SHARD_SIZE });
        expect(code, output.slice(-3000)).toBe(0);
        return indexLog(output);
      };
      expect(await build('cold')).toBe('13 releases indexed for search in 4 shards (0 unchanged');
      expect(await build('same')).toBe('13 releases indexed for search in 4 shards (4 unchanged');

      const durian = path.join(releasesDir, '2020/09/2020-09-08-commerce-durian-export.md');
      await writeFile(durian, `${await readFile(durian, 'utf8')}\nมังคุดราชินีผลไม้\n`);
      expect(await build('edited')).toBe('13 releases indexed for search in 4 shards (3 unchanged');
      const { search } = await loadSiteSearch(path.join(work, 'edited'));
      const found = await search('มังคุด');
      expect(await Promise.all(found.results.map(async (result) => (await result.data()).url))).toEqual([expect.stringContaining('/releases/2020-09-08-commerce-durian-export/')]);
    } finally {
      await rm(work, { recursive: true, force: true });
    }
  });
});
