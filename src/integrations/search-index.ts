/**
 * Builds the search index after the pages: Thai-segmented records of published releases
 * through Pagefind's Node API (src/lib/search/record.ts), and the search module served
 * at /search/thai-search.js. A failure fails the build.
 */
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import type { AstroIntegration } from 'astro';
import { AstroError } from 'astro/errors';
import { build } from 'esbuild';
import * as pagefind from 'pagefind';
import { forEachPublishedRelease } from '../lib/published-releases.ts';
import { releasesDirectory } from '../lib/releases-directory.ts';
import { searchRecord, INDEX_LANGUAGE } from '../lib/search/record.ts';

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
        const count = await writeIndex(root, path.join(outDir, 'pagefind'));
        await bundleSearchModule(root, path.join(outDir, 'search/thai-search.js'));
        logger.info(`${count} releases indexed for search in ${((performance.now() - started) / 1000).toFixed(1)} s`);
      },
    },
  };
}

async function writeIndex(root: string, outputPath: string): Promise<number> {
  const fail = (what: string, errors: readonly string[]): never => {
    throw new AstroError(`การสร้างดัชนีค้นหาล้มเหลว / building the search index failed: ${what}\n${errors.join('\n')}`,
      'ดูข้อความข้างบน แก้แล้วสร้างใหม่ / see the errors above, fix them and build again.');
  };
  const { index, errors } = await pagefind.createIndex({ forceLanguage: INDEX_LANGUAGE, writePlayground: false });
  if (!index) return fail('Pagefind did not start', errors);
  try {
    // The reader keeps several files in flight, so Pagefind is fed while files are read.
    const count = await forEachPublishedRelease(root, releasesDirectory(), async (release, body) => {
      const result = await index.addCustomRecord(searchRecord(release, body));
      if (result.errors.length) fail(`releases/${release.slug}`, result.errors);
    });
    const written = await index.writeFiles({ outputPath });
    if (written.errors.length) fail(outputPath, written.errors);
    return count;
  } finally {
    await pagefind.close();
  }
}

/** One readable ES module without a content hash, so that its URL stays stable. */
async function bundleSearchModule(root: string, outfile: string): Promise<void> {
  await build({
    entryPoints: [path.join(root, 'src/search/thai-search.ts')],
    outfile,
    bundle: true,
    format: 'esm',
    target: 'es2022',
    logLevel: 'warning',
    legalComments: 'inline',
  });
}
