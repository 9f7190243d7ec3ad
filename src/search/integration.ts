/**
 * The search index in `astro build` and in `astro dev` (search-indexing.ts makes it).
 *
 * In a build, indexing needs only the release files, so it starts with the build and runs
 * while Astro renders pages: Pagefind works in a process of its own, on the other core.
 * A failure fails the build. In dev, the index is made when the server starts and again
 * after release files change, and served from the cache folder (search-dev-server.ts).
 */
import { fileURLToPath } from 'node:url';
import { cp, mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { AstroIntegration } from 'astro';
import { indexReleases, indexSummary, searchModuleSource, type IndexedShard } from '@/search/indexing/index-releases.ts';
import { serveSearchInDev } from '@/search/dev/dev-server.ts';

export function searchIndex(): AstroIntegration {
  let root = process.cwd();
  let cacheDir = path.join(root, 'node_modules/.astro');
  let base = '/';
  let command = '';
  let indexing: Promise<IndexedShard[]> | undefined;
  let started = 0;
  return {
    name: 'thalaeng-search-index',
    hooks: {
      'astro:config:setup': (options) => {
        command = options.command;
      },
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
        cacheDir = fileURLToPath(config.cacheDir);
        base = config.base;
      },
      // Astro also starts Vite servers of its own inside a build: those get no index.
      'astro:server:setup': ({ server, logger }) => {
        if (command === 'dev') serveSearchInDev({ server, logger, root, cacheDir, base });
      },
      'astro:build:start': () => {
        started = performance.now();
        indexing = indexReleases(root, cacheDir);
        // Awaited, and its error reported, when the pages are done.
        indexing.catch(() => undefined);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const shards = (await indexing!).filter((shard) => shard.releases > 0);
        for (const shard of shards) await cp(shard.folder, path.join(outDir, 'pagefind', shard.name), { recursive: true });
        const modulePath = path.join(outDir, 'search/thai-search.js');
        await mkdir(path.dirname(modulePath), { recursive: true });
        await writeFile(modulePath, await searchModuleSource(root, shards));
        logger.info(`${indexSummary(shards)}, ${((performance.now() - started) / 1000).toFixed(1)} s since the build started`);
      },
    },
  };
}
