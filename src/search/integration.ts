/**
 * Hooks search into Astro; the work is done by the search wing's layers (README, "How it
 * is built"): src/search/indexing makes the index, src/search/dev serves it in `astro dev`.
 *
 * In a build, indexing needs only the release files, so it starts with the build and runs
 * while Astro renders pages: Pagefind works in a process of its own, on the other core.
 * A failure fails the build.
 */
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import type { AstroIntegration } from 'astro';
import { indexReleases, indexSummary, type IndexedShard } from '@/search/indexing/index-releases.ts';
import { writeSearch } from '@/search/indexing/search-module.ts';
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
        const shards = await indexing!;
        await writeSearch(root, fileURLToPath(dir), shards);
        logger.info(`${indexSummary(shards)}, ${((performance.now() - started) / 1000).toFixed(1)} s since the build started`);
      },
    },
  };
}
