/**
 * Builds the search index after the pages: Thai-segmented records of published releases
 * through Pagefind's Node API (src/lib/search/record.ts), one shard of months after
 * another (src/lib/search/shards.ts), and the search module served at
 * /search/thai-search.js, which knows the shards. A failure fails the build.
 */
import { fileURLToPath } from 'node:url';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { AstroIntegration } from 'astro';
import { AstroError } from 'astro/errors';
import { build } from 'esbuild';
import * as pagefind from 'pagefind';
import { forEachPublishedRelease } from '../lib/published-releases.ts';
import { releasesDirectory } from '../lib/releases-directory.ts';
import { listReleaseFiles } from '../lib/release-files.ts';
import { searchRecord } from '../lib/search/record.ts';
import { DEFAULT_SHARD_SIZE, planShards, type SearchShard } from '../lib/search/shards.ts';
import { shardLanguage } from '../lib/search/shard-results.ts';

export function searchIndex(): AstroIntegration {
  let root = process.cwd();
  return {
    name: 'thalaeng-search-index',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const started = performance.now();
        const files = await listReleaseFiles(path.resolve(root, releasesDirectory()));
        const shards = planShards(files, shardSize());
        const written: string[] = [];
        let count = 0;
        for (const shard of shards) {
          const indexed = await indexShard(root, shard, path.join(outDir, 'pagefind', shard.name));
          // Pagefind cannot open an index without pages: a shard of drafts only is left out.
          if (indexed) written.push(shard.name);
          count += indexed;
        }
        await pagefind.close();
        await bundleSearchModule(root, path.join(outDir, 'search/thai-search.js'), written);
        logger.info(`${count} releases indexed for search in ${written.length} shards, ${((performance.now() - started) / 1000).toFixed(1)} s`);
      },
    },
  };
}

function shardSize(): number {
  const size = Number(process.env['THALAENG_SEARCH_SHARD_SIZE'] ?? DEFAULT_SHARD_SIZE);
  if (!Number.isInteger(size) || size < 1) throw new AstroError(`THALAENG_SEARCH_SHARD_SIZE must be a whole number above 0, not ${process.env['THALAENG_SEARCH_SHARD_SIZE']}`);
  return size;
}

/**
 * Pagefind's ready-made interfaces and highlighter: the search module uses none of them.
 * Leaving them out saves about 420 KB a shard.
 */
const UNUSED_PAGEFIND_FILE = /^pagefind-(?:ui|modular-ui|component-ui|highlight)\./;

/**
 * Each shard's index is deleted before the next is made, so Pagefind's memory is one
 * shard's. Files are written here rather than by Pagefind, whose writeFiles answers
 * before its last file is on disk (an empty pagefind-entry.json was seen).
 */
async function indexShard(root: string, shard: SearchShard, outputPath: string): Promise<number> {
  const fail = (what: string, errors: readonly string[]): never => {
    throw new AstroError(`การสร้างดัชนีค้นหาล้มเหลว / building the search index failed: ${what}\n${errors.join('\n')}`,
      'ดูข้อความข้างบน แก้แล้วสร้างใหม่ / see the errors above, fix them and build again.');
  };
  const language = shardLanguage(shard.name);
  const { index, errors } = await pagefind.createIndex({ forceLanguage: language, writePlayground: false });
  if (!index) return fail('Pagefind did not start', errors);
  try {
    // The reader keeps several files in flight, so Pagefind is fed while files are read.
    const count = await forEachPublishedRelease(root, shard.files, async (release, body) => {
      const result = await index.addCustomRecord(searchRecord(release, body, shard.name));
      if (result.errors.length) fail(`releases/${release.slug}`, result.errors);
    });
    if (count) {
      const { files, errors: fileErrors } = await index.getFiles();
      if (fileErrors.length) fail(outputPath, fileErrors);
      await Promise.all(files.filter((file) => !UNUSED_PAGEFIND_FILE.test(file.path)).map(async (file) => {
        const target = path.join(outputPath, file.path);
        await mkdir(path.dirname(target), { recursive: true });
        await writeFile(target, file.content);
      }));
    }
    return count;
  } finally {
    await index.deleteIndex();
  }
}

/** One readable ES module without a content hash, so that its URL stays stable. */
async function bundleSearchModule(root: string, outfile: string, shardNames: readonly string[]): Promise<void> {
  await build({
    define: { SEARCH_SHARDS: JSON.stringify(shardNames) },
    entryPoints: [path.join(root, 'src/search/thai-search.ts')],
    outfile,
    bundle: true,
    format: 'esm',
    target: 'es2022',
    logLevel: 'warning',
    legalComments: 'inline',
  });
}
