/**
 * Makes the search index: Thai-segmented records of published releases through
 * Pagefind's Node API (src/search/indexing/record.ts), one shard of months after another
 * (src/search/indexing/shards.ts); search-module.ts makes the module that searches them.
 *
 * Each shard's index is kept in the cache folder under its key (shard-key.ts), and only
 * the shards whose releases or indexing code changed are indexed again.
 */
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import path from 'node:path';
import { AstroError } from 'astro/errors';
import * as pagefind from 'pagefind';
import { forEachPublishedRelease, type PublishedPass } from '@/release/folder.ts';
import { environment } from '@/config.ts';
import { listReleaseFiles } from '@/release/files.ts';
import { searchRecord } from './record.ts';
import { ShardWords, writeShardWords } from './shard-words.ts';
import { ShardPairs, writeShardPairs } from './shard-pairs.ts';
import { planShards, type SearchShard } from './shards.ts';
import { shardLanguage } from '@/search/common/shard-names.ts';
import { shardKey } from './shard-key.ts';
import { inTurn } from './in-turn.ts';
import { codeDigest } from '@/site/code-digest.ts';
import { LOADS_WASM, withSharedWasm } from './shared-wasm.ts';

export interface IndexedShard {
  name: string;
  /** Its folder in the cache. */
  folder: string;
  releases: number;
  reused: boolean;
}

/**
 * Every shard's index, from `<cacheDir>/search-shards/` where its key is there; stale
 * entries are removed. One indexing at a time: they share Pagefind's service, which each
 * closes at its end.
 */
export function indexReleases(root: string, cacheDir: string): Promise<IndexedShard[]> {
  return inTurn('thalaeng:search-indexing', () => indexAllShards(root, cacheDir));
}

async function indexAllShards(root: string, cacheDir: string): Promise<IndexedShard[]> {
  const { releasesDir, searchShardSize, now } = environment();
  const releasesRoot = path.resolve(root, releasesDir);
  const shards = planShards(await listReleaseFiles(releasesRoot), searchShardSize);
  const codeVersion = await indexingCodeVersion(root);
  const cache = path.join(cacheDir, 'search-shards');
  await mkdir(cache, { recursive: true });
  const indexed: IndexedShard[] = [];
  try {
    for (const shard of shards) {
      const texts = new Map(await Promise.all(shard.files.map(async (file) => [file, await readFile(file, 'utf8')] as const)));
      const inputs = shard.files.map((file) => ({ path: path.relative(releasesRoot, file), text: texts.get(file)! }));
      const folder = path.join(cache, shardKey(shard.name, inputs, codeVersion));
      const cached = await readFile(path.join(folder, SHARD_RECORD), 'utf8').then(
        (text) => JSON.parse(text) as ShardRecord,
        () => undefined,
      );
      if (cached && holdsAt(cached, now)) {
        indexed.push({ name: shard.name, folder, releases: cached.releases, reused: true });
        continue;
      }
      // Written beside, then renamed: a build stopped half-way leaves no shard that looks whole.
      const partial = `${folder}.partial`;
      await rm(partial, { recursive: true, force: true });
      const { count: releases, from, until } = await indexShard(root, shard, partial, now, async (file) => texts.get(file)!);
      const record: ShardRecord = { name: shard.name, releases, from: from?.toISOString(), until: until?.toISOString() };
      await writeFile(path.join(partial, SHARD_RECORD), JSON.stringify(record));
      await rm(folder, { recursive: true, force: true });
      await rename(partial, folder);
      indexed.push({ name: shard.name, folder, releases, reused: false });
    }
  } finally {
    await pagefind.close();
  }
  const kept = new Set(indexed.map((shard) => path.basename(shard.folder)));
  for (const entry of await readdir(cache))
    if (!kept.has(entry)) await rm(path.join(cache, entry), { recursive: true, force: true });
  return indexed;
}

const SHARD_RECORD = 'thalaeng-shard.json';

/**
 * What a cached shard holds. Its key covers the files and the code, not the time: the
 * shard holds the same releases from `from` (its newest release's date) until `until` (its
 * earliest scheduled release's), so an hourly rebuild indexes a shard again only when a
 * release of it comes out.
 */
interface ShardRecord {
  name: string;
  releases: number;
  from?: string | undefined;
  until?: string | undefined;
}

const holdsAt = (record: ShardRecord, now: Date): boolean =>
  (record.from === undefined || Date.parse(record.from) <= now.getTime()) &&
  (record.until === undefined || now.getTime() < Date.parse(record.until));

/**
 * Everything besides the releases that the index depends on: this module's code and all
 * it imports (code-digest.ts), with Pagefind's version, and the ICU data that segments Thai.
 */
async function indexingCodeVersion(root: string): Promise<string> {
  const code = await codeDigest(root, path.relative(root, import.meta.filename));
  return createHash('sha256').update(`${code}\0${process.versions.icu}`).digest('hex');
}

/**
 * Word positions per index chunk (Pagefind's default is 20,000). A query word loads its
 * chunk whole, so a name of four words loaded four chunks of 25–30 KB at 100,000 releases
 * before its first results; at 5,000 a chunk is a quarter of that, except where one common
 * word fills a chunk alone. Pagefind 1.6 reads it from its environment when its service
 * starts, as an unstable setting (PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE in
 * pagefind/src/options.rs); it is part of indexingCodeVersion, being this module's code.
 */
const INDEX_CHUNK_POSITIONS = 5000;
process.env['PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE'] = String(INDEX_CHUNK_POSITIONS);

/**
 * Pagefind's ready-made interfaces and highlighter, and its worker (Pagefind runs on the
 * page's thread: browser/thai-search.ts): the search module uses none of them. Leaving
 * them out saves about 460 KB a shard; Pagefind has no option for it yet
 * (https://github.com/Pagefind/pagefind/issues/1183).
 */
const UNUSED_PAGEFIND_FILE = /^pagefind-(?:ui|modular-ui|component-ui|highlight|worker)\./;

/**
 * Each shard's index is deleted before the next is made, so Pagefind's memory is one
 * shard's. Its words and word pairs are kept beside it for the word and pair
 * directories (shard-words.ts, shard-pairs.ts). Files
 * are taken from getFiles (https://github.com/Pagefind/pagefind/pull/272) and written
 * here: so the unused interfaces are left out, and each file is on disk before the shard
 * counts as done (writeFiles once answered before pagefind-entry.json was written,
 * leaving it empty; not reported upstream).
 */
async function indexShard(
  root: string,
  shard: SearchShard,
  outputPath: string,
  now: Date,
  read: (file: string) => Promise<string>,
): Promise<PublishedPass> {
  await mkdir(outputPath, { recursive: true });
  const fail = (what: string, errors: readonly string[]): never => {
    throw new AstroError(
      `การสร้างดัชนีค้นหาล้มเหลว / building the search index failed: ${what}\n${errors.join('\n')}`,
      'ดูข้อความข้างบน แก้แล้วสร้างใหม่ / see the errors above, fix them and build again.',
    );
  };
  const language = shardLanguage(shard.name);
  const { index, errors } = await pagefind.createIndex({ forceLanguage: language, writePlayground: false });
  if (!index) return fail('Pagefind did not start', errors);
  try {
    const words = new ShardWords();
    const pairs = new ShardPairs();
    // The reader keeps several files in flight, so Pagefind is fed while files are read.
    const pass = await forEachPublishedRelease(root, shard.files, read, now, async (release, body) => {
      const record = searchRecord(release, body, shard.name);
      words.add(record);
      pairs.add(record);
      const result = await index.addCustomRecord(record);
      if (result.errors.length) fail(`releases/${release.slug}`, result.errors);
    });
    await writeShardWords(outputPath, words.forms());
    await writeShardPairs(outputPath, pairs.hashes());
    if (pass.count) {
      const { files, errors: fileErrors } = await index.getFiles();
      if (fileErrors.length) fail(outputPath, fileErrors);
      await Promise.all(
        files
          .filter((file) => !UNUSED_PAGEFIND_FILE.test(file.path))
          .map(async (file) => {
            const target = path.join(outputPath, file.path);
            await mkdir(path.dirname(target), { recursive: true });
            const name = path.basename(file.path);
            await writeFile(
              target,
              LOADS_WASM.has(name) ? withSharedWasm(name, new TextDecoder().decode(file.content)) : file.content,
            );
          }),
      );
    }
    return pass;
  } finally {
    await index.deleteIndex();
  }
}

/** One line for the log: how much was indexed and how much came from the cache. */
export function indexSummary(shards: readonly IndexedShard[]): string {
  const published = shards.filter((shard) => shard.releases > 0);
  const count = published.reduce((sum, shard) => sum + shard.releases, 0);
  const reused = published.filter((shard) => shard.reused).length;
  return `${count} releases indexed for search in ${published.length} shards (${reused} unchanged, from the cache)`;
}
