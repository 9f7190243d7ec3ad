/**
 * Which shards hold a query's words, from the word directory that the build makes
 * (src/search/indexing/word-directory.ts): a search asks only those shards.
 */
import { firstAtLeast } from '@/search/common/sorted.ts';

/** The directory as the search module knows it: where each chunk starts (sorted) and its file. */
export interface DirectoryChunks {
  starts: readonly string[];
  files: readonly string[];
}

/**
 * A word this short begins words in more chunks than this: most shards hold one of them
 * anyway, so the directory is not read for it.
 */
export const MAX_CHUNKS_PER_WORD = 3;

/** The chunks that hold the words beginning with `prefix`; undefined when more than MAX_CHUNKS_PER_WORD. */
export function chunksFor(prefix: string, { starts }: DirectoryChunks): number[] | undefined {
  // A site with no words (every release a draft) has no chunk at all.
  if (starts.length === 0) return [];
  let first = lastAtMost(starts, prefix);
  const chunks = [Math.max(first, 0)];
  while (++first < starts.length && starts[first]!.startsWith(prefix)) {
    chunks.push(first);
    if (chunks.length > MAX_CHUNKS_PER_WORD) return undefined;
  }
  return chunks;
}

/** The shards (as bits by shard number) holding a word that begins with `prefix`, from a chunk's sorted lines. */
export function shardsWithPrefix(lines: readonly string[], prefix: string): boolean[] {
  const held: boolean[] = [];
  for (let at = firstAtLeast(lines, prefix); at < lines.length && lines[at]!.startsWith(prefix); at++) {
    const mask = lines[at]!.slice(lines[at]!.indexOf('\t') + 1);
    // Hex, lowest bit last: digit d from the end holds shards 4d to 4d + 3.
    for (let digit = 0; digit < mask.length; digit++) {
      const value = parseInt(mask[mask.length - 1 - digit]!, 16);
      for (let bit = 0; bit < 4; bit++) if (value & (1 << bit)) held[digit * 4 + bit] = true;
    }
  }
  return held;
}

/**
 * Whether each of `shardCount` shards holds a word beginning with every one of `prefixes`
 * (`readChunk` gives a chunk's sorted lines). A shard without one of them cannot answer
 * the query, phrase or words apart.
 */
export async function shardsHoldingAll(
  prefixes: readonly string[],
  shardCount: number,
  directory: DirectoryChunks,
  readChunk: (file: string) => Promise<readonly string[]>,
): Promise<boolean[]> {
  const holding = Array.from({ length: shardCount }, () => true);
  await Promise.all(
    prefixes.map(async (prefix) => {
      const chunks = chunksFor(prefix, directory);
      if (!chunks) return;
      const held: boolean[] = [];
      for (const lines of await Promise.all(chunks.map((chunk) => readChunk(directory.files[chunk]!))))
        shardsWithPrefix(lines, prefix).forEach((yes, shard) => (held[shard] ||= yes));
      for (let shard = 0; shard < shardCount; shard++) holding[shard] &&= held[shard] === true;
    }),
  );
  return holding;
}

function lastAtMost(sorted: readonly string[], value: string): number {
  return firstAtLeast(sorted, value + '\0') - 1;
}

/** A chunk's sorted lines from its file's bytes. */
export async function chunkLines(bytes: Uint8Array<ArrayBuffer>): Promise<readonly string[]> {
  // Gzipped, unless a server that read the bytes as gzip content unzipped them on the way.
  const gzipped = bytes[0] === 0x1f && bytes[1] === 0x8b;
  const text = gzipped
    ? await new Response(new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'))).text()
    : new TextDecoder().decode(bytes);
  return text.split('\n');
}
