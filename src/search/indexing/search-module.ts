/**
 * The search as a site serves it: the search module, which knows the shards holding
 * releases and where their index chunks start (chunk-starts.ts), and the shards' indexes,
 * at the URLs of src/site/relative-paths.ts. A build writes them into its output; the
 * dev server serves the same from memory and the cache (src/search/dev/dev-server.ts).
 */
import { cp, mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { build } from 'esbuild';
import { SEARCH_INDEX, SEARCH_MODULE } from '@/site/relative-paths.ts';
import { chunkStarts } from './chunk-starts.ts';
import type { IndexedShard } from './index-releases.ts';

/** One readable ES module, served without a content hash. */
export async function searchModuleSource(root: string, shards: readonly IndexedShard[]): Promise<string> {
  const published = shards.filter((shard) => shard.releases > 0);
  const starts = new Set<string>();
  for (const shard of published) {
    const meta = (await readdir(shard.folder)).find((file) => file.endsWith('.pf_meta'));
    if (meta) for (const start of chunkStarts(await readFile(path.join(shard.folder, meta)))) starts.add(start);
  }
  // Sorted as Pagefind compares words: by code point, which is UTF-16 order below U+D800.
  const sorted = [...starts].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const { outputFiles } = await build({
    define: { SEARCH_SHARDS: JSON.stringify(published.map((shard) => shard.name)), CHUNK_STARTS: JSON.stringify(sorted) },
    entryPoints: [path.join(root, 'src/search/browser/thai-search.ts')],
    bundle: true,
    write: false,
    format: 'esm',
    target: 'es2022',
    logLevel: 'warning',
    legalComments: 'inline',
  });
  return outputFiles[0]!.text;
}

/** The shards holding releases and the search module, into a built site's folder. */
export async function writeSearch(root: string, outDir: string, shards: readonly IndexedShard[]): Promise<void> {
  const published = shards.filter((shard) => shard.releases > 0);
  for (const shard of published) await cp(shard.folder, path.join(outDir, SEARCH_INDEX, shard.name), { recursive: true });
  const modulePath = path.join(outDir, SEARCH_MODULE);
  await mkdir(path.dirname(modulePath), { recursive: true });
  await writeFile(modulePath, await searchModuleSource(root, published));
}
