import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { wordDirectory } from '@/search/indexing/word-directory.ts';
import { chunksFor, MAX_CHUNKS_PER_WORD, shardsHoldingAll } from '@/search/browser/word-directory.ts';

/** A directory of three shards, cut small so that words fall into many chunks. */
function directoryOf(shardWords: string[][], chunkBytes = 40) {
  const directory = wordDirectory(shardWords, chunkBytes);
  const reads: string[] = [];
  const readChunk = async (file: string): Promise<string[]> => {
    reads.push(file);
    return gunzipSync(directory.contents.get(file)!).toString().split('\n');
  };
  const holding = (prefixes: string[]): Promise<boolean[]> => shardsHoldingAll(prefixes, shardWords.length, directory, readChunk);
  return { directory, reads, holding };
}

const newest = ['แรงงาน', 'นอก', 'ระบบ', 'ข่าว'];
const middle = ['แรงงาน', 'ข่าว', 'สุบิน'];
const oldest = ['ระบบราง', 'ข่าว', 'คำกอนแก้ว', 'covid19'];

describe('shardsHoldingAll', () => {
  it('keeps only the shards that hold a word beginning with every query word', async () => {
    const { holding } = directoryOf([newest, middle, oldest]);
    expect(await holding(['สุบิน'])).toEqual([false, true, false]);
    expect(await holding(['แรงงาน', 'ระบบ'])).toEqual([true, false, false]);
    // ระบ begins ระบบ and ระบบราง: a prefix, as Pagefind matches one.
    expect(await holding(['ระบ'])).toEqual([true, false, true]);
    expect(await holding(['ข่าว', 'covid'])).toEqual([false, false, true]);
    expect(await holding(['ไม่มีใคร'])).toEqual([false, false, false]);
  });

  it('finds no shard and reads nothing when the site has no word at all', async () => {
    const { directory, holding, reads } = directoryOf([[]]);
    expect(directory.files).toEqual([]);
    expect(await holding(['ข่าว'])).toEqual([false]);
    expect(reads).toEqual([]);
  });

  it('asks every shard for a word so short that it begins words in too many chunks', async () => {
    const many = Array.from({ length: 200 }, (_, at) => `ก${String(at).padStart(3, '0')}`);
    const { directory, holding, reads } = directoryOf([many, ['ข่าว']]);
    expect(chunksFor('ก', directory)).toBeUndefined();
    expect(await holding(['ก'])).toEqual([true, true]);
    expect(reads).toEqual([]);
    expect(chunksFor('ก199', directory)!.length).toBeLessThanOrEqual(MAX_CHUNKS_PER_WORD);
    expect(await holding(['ก199'])).toEqual([true, false]);
  });

  it('reads a word’s words from every chunk they fall in', async () => {
    const words = Array.from({ length: 12 }, (_, at) => `ระบบ${String.fromCharCode(0x0e01 + at)}`);
    const { directory, holding } = directoryOf([words.slice(0, 11), [words[11]!]], 30);
    expect(chunksFor('ระบบ', directory)!.length).toBeGreaterThan(1);
    expect(await holding([words[11]!])).toEqual([false, true]);
    expect(await holding(['ระบบ'])).toEqual([true, true]);
  });
});
