/**
 * The word directory: for every word of the index, in the forms Pagefind files it
 * (shard-words.ts), which shards hold it. A search reads it first and asks only the
 * shards that hold every query word (src/search/browser/word-directory.ts): without it a
 * word that only an old shard holds made the search load each newer shard and its index
 * chunk in turn, to find nothing there.
 *
 * It is cut into chunks of sorted lines, `word<TAB>shards`, where shards is a bit mask in
 * hex (bit i: the i-th shard of the search module's list, newest first); each chunk is a
 * gzipped file named by its content, and the module knows where each starts, as it knows
 * Pagefind's own chunks (chunk-starts.ts).
 */
import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';

export interface WordDirectory {
  /** Where each chunk starts, sorted: chunk i holds the words from starts[i] up to starts[i + 1]. */
  starts: string[];
  /** Each chunk's file name, in the same order. */
  files: string[];
  /** The files' contents, by name. */
  contents: Map<string, Uint8Array>;
}

/** Characters per chunk before compression (Thai is 3 bytes each in UTF-8): about 8 KB gzipped, a third of a small Pagefind chunk. */
export const DIRECTORY_CHUNK_CHARACTERS = 12 * 1024;

/** `shardWords[i]`: the i-th shard's words. */
export function wordDirectory(
  shardWords: readonly (readonly string[])[],
  chunkCharacters = DIRECTORY_CHUNK_CHARACTERS,
): WordDirectory {
  const masks = new Map<string, bigint>();
  for (const [at, words] of shardWords.entries()) {
    const bit = 1n << BigInt(at);
    for (const word of words) masks.set(word, (masks.get(word) ?? 0n) | bit);
  }
  const directory: WordDirectory = { starts: [], files: [], contents: new Map() };
  let lines: string[] = [];
  let size = 0;
  let previous = '';
  const close = (): void => {
    const content = gzipSync(lines.join('\n'), { level: 9 });
    const file = `${createHash('sha256').update(content).digest('hex').slice(0, 20)}.pf_words`;
    directory.files.push(file);
    directory.contents.set(file, content);
    lines = [];
    size = 0;
  };
  for (const word of [...masks.keys()].sort()) {
    if (lines.length === 0) directory.starts.push(directory.starts.length ? shortestStart(previous, word) : '');
    const line = `${word}\t${masks.get(word)!.toString(16)}`;
    lines.push(line);
    size += line.length;
    previous = word;
    if (size >= chunkCharacters) close();
  }
  if (lines.length) close();
  return directory;
}

/** The shortest start of `word` that sorts after `previous`: the module carries every chunk's start. */
function shortestStart(previous: string, word: string): string {
  let at = 0;
  while (at < previous.length && previous[at] === word[at]) at++;
  return word.slice(0, at + 1);
}
