/**
 * Search in `astro dev`, so that an editor can try it on the releases being written: the
 * index is made when the server starts and again after release files change (only the
 * shards that changed), and the search module and shards are served from memory and the
 * cache folder at the URLs that a build writes to dist/ (search-module.ts).
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { AstroIntegrationLogger } from 'astro';
import type { ViteDevServer } from 'vite';
import { environment } from '@/config.ts';
import { contentTypeOf, searchRequestOf } from './dev-requests.ts';
import { indexReleases, indexSummary, type IndexedShard } from '@/search/indexing/index-releases.ts';
import { searchFiles, type SearchFiles } from '@/search/indexing/search-module.ts';
import { SEARCH_MODULE } from '@/site/relative-paths.ts';

interface DevSearch extends SearchFiles {
  shards: Map<string, IndexedShard>;
}

interface DevServerOptions {
  server: ViteDevServer;
  logger: AstroIntegrationLogger;
  root: string;
  cacheDir: string;
  base: string;
}

/** Editors often save several files at once: one index after the last of them. */
const SETTLE_MS = 300;

export function serveSearchInDev({ server, logger, root, cacheDir, base }: DevServerOptions): void {
  let latest: Promise<DevSearch | undefined> = Promise.resolve(undefined);
  // One indexing at a time, each after the one before; a failed one keeps the last index.
  const refresh = (): void => {
    const previous = latest;
    latest = (async () => {
      const last = await previous;
      // Search requests wait for this index; say why they may take a while.
      logger.info('indexing releases for search…');
      try {
        const shards = await indexReleases(root, cacheDir);
        logger.info(indexSummary(shards));
        return { shards: new Map(shards.map((shard) => [shard.name, shard])), ...(await searchFiles(root, shards)) };
      } catch (error) {
        logger.error(`การค้นหาใช้ดัชนีเดิม / search keeps its last index: ${(error as Error).message}`);
        return last;
      }
    })();
  };
  refresh();

  const releasesRoot = path.resolve(root, environment().releasesDir);
  let timer: NodeJS.Timeout | undefined;
  server.watcher.add(releasesRoot);
  server.watcher.on('all', (_event, file) => {
    if (!file.startsWith(releasesRoot + path.sep) || !file.endsWith('.md')) return;
    clearTimeout(timer);
    timer = setTimeout(refresh, SETTLE_MS);
  });

  server.middlewares.use((request, response, next) => {
    const wanted = searchRequestOf(new URL(request.url ?? '/', 'http://dev').pathname, base);
    if (!wanted) {
      next();
      return;
    }
    void (async () => {
      const search = await latest;
      const shard = wanted.kind === 'shard-file' ? search?.shards.get(wanted.shard) : undefined;
      const body =
        wanted.kind === 'module'
          ? search?.module
          : wanted.kind === 'words'
            ? search?.directories.get(wanted.file)
            : shard && (await readFile(path.join(shard.folder, wanted.file)).catch(() => undefined));
      if (body === undefined) {
        response.statusCode = 404;
        response.end();
        return;
      }
      response.setHeader('Content-Type', contentTypeOf(wanted.kind === 'module' ? SEARCH_MODULE : wanted.file));
      // The index changes with every save.
      response.setHeader('Cache-Control', 'no-store');
      response.end(body);
    })();
  });
}
