/**
 * The search as a site serves it: the search module, which knows the shards holding
 * releases, where their index chunks start (chunk-starts.ts) and where the word
 * directory's chunks start (word-directory.ts) and how the pair directory is laid out
 * (pair-directory.ts); both directories' files; and the shards'
 * indexes, at the URLs of src/site/relative-paths.ts. A build writes them into its
 * output; the dev server serves the same from memory and the cache
 * (src/search/dev/dev-server.ts).
 */
import { cp, mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { build } from 'esbuild';
import { SEARCH_INDEX, SEARCH_MODULE, SEARCH_WORDS } from '@/site/relative-paths.ts';
import { frontCode } from '@/search/common/front-coding.ts';
import { chunkStarts } from './chunk-starts.ts';
import { readShardWords, SHARD_WORDS_FILE } from './shard-words.ts';
import { readShardPairs, SHARD_PAIRS_FILE } from './shard-pairs.ts';
import { wordDirectory } from './word-directory.ts';
import { pairDirectory } from './pair-directory.ts';
import type { IndexedShard } from './index-releases.ts';

export interface SearchFiles {
  /** The search module's source: one readable ES module, served without a content hash. */
  module: string;
  /** The word directory's chunks and the pair directory's buckets, by file name under SEARCH_WORDS. */
  directories: Map<string, Uint8Array>;
}

export async function searchFiles(root: string, shards: readonly IndexedShard[]): Promise<SearchFiles> {
  const published = shards.filter((shard) => shard.releases > 0);
  const starts = new Set<string>();
  for (const shard of published) {
    const meta = (await readdir(shard.folder)).find((file) => file.endsWith('.pf_meta'));
    if (meta) for (const start of chunkStarts(await readFile(path.join(shard.folder, meta)))) starts.add(start);
  }
  // Sorted as Pagefind compares words: by code point, which is UTF-16 order below U+D800.
  const sorted = [...starts].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const directory = wordDirectory(await Promise.all(published.map((shard) => readShardWords(shard.folder))));
  const pairs = pairDirectory(await Promise.all(published.map((shard) => readShardPairs(shard.folder))));
  const { outputFiles } = await build({
    define: {
      SEARCH_SHARDS: JSON.stringify(published.map((shard) => shard.name)),
      CHUNK_STARTS: JSON.stringify(frontCode(sorted)),
      WORD_DIRECTORY: JSON.stringify({ starts: directory.starts, files: directory.files }),
      PAIR_DIRECTORY: JSON.stringify(pairs.layout),
    },
    entryPoints: [path.join(root, 'src/search/browser/thai-search.ts')],
    bundle: true,
    write: false,
    format: 'esm',
    target: 'es2022',
    logLevel: 'warning',
    legalComments: 'inline',
    // Thai as UTF-8, 3 bytes a letter, not as \u0E01 escapes of 6: the module is in every first query.
    charset: 'utf8',
  });
  return { module: outputFiles[0]!.text, directories: new Map([...directory.contents, ...pairs.contents]) };
}

/** What a shard's cache folder keeps for the directories: not published. */
const KEPT_IN_CACHE = new Set([SHARD_WORDS_FILE, SHARD_PAIRS_FILE]);

/** The shards holding releases, the word and pair directories and the search module, into a built site's folder. */
export async function writeSearch(root: string, outDir: string, shards: readonly IndexedShard[]): Promise<void> {
  const published = shards.filter((shard) => shard.releases > 0);
  for (const shard of published)
    await cp(shard.folder, path.join(outDir, SEARCH_INDEX, shard.name), {
      recursive: true,
      filter: (source) => !KEPT_IN_CACHE.has(path.basename(source)),
    });
  const { module, directories } = await searchFiles(root, published);
  const directoriesDir = path.join(outDir, SEARCH_WORDS);
  await mkdir(directoriesDir, { recursive: true });
  for (const [file, content] of directories) await writeFile(path.join(directoriesDir, file), content);
  const modulePath = path.join(outDir, SEARCH_MODULE);
  await mkdir(path.dirname(modulePath), { recursive: true });
  await writeFile(modulePath, module);
}
