import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { wordDirectory } from '@/search/indexing/word-directory.ts';

const linesOf = (directory: ReturnType<typeof wordDirectory>): string[][] =>
  directory.files.map((file) => gunzipSync(directory.contents.get(file)!).toString().split('\n'));

describe('wordDirectory', () => {
  it('lists every word once, sorted, with the shards that hold it as a hex bit mask', () => {
    const directory = wordDirectory([['แรงงาน', 'ระบบ'], ['แรงงาน'], ['covid19', 'ระบบ']]);
    expect(linesOf(directory).flat()).toEqual(['covid19\t4', 'ระบบ\t5', 'แรงงาน\t3']);
    expect(directory.starts).toEqual(['']);
  });

  it('numbers shards past 32 and 53 without losing a bit', () => {
    const shards = Array.from({ length: 60 }, (_, at) => (at === 0 || at === 59 ? ['ข่าว'] : []));
    const [[line]] = linesOf(wordDirectory(shards)) as [[string]];
    expect(line).toBe(`ข่าว\t${(1n | (1n << 59n)).toString(16)}`);
  });

  it('cuts chunks by size, each starting where no word of the chunk before could sort', () => {
    const words = Array.from({ length: 400 }, (_, at) => `word${String(at).padStart(3, '0')}`);
    const directory = wordDirectory([words], 200);
    expect(directory.files.length).toBeGreaterThan(10);
    expect(new Set(directory.files).size).toBe(directory.files.length);
    const chunks = linesOf(directory);
    expect(chunks.flat().map((line) => line.split('\t')[0])).toEqual(words);
    for (const [at, lines] of chunks.entries()) {
      const start = directory.starts[at]!;
      expect(lines[0]! >= start).toBe(true);
      if (at > 0) expect(chunks[at - 1]!.at(-1)! < start).toBe(true);
      // Short starts keep the search module small.
      if (at > 0) expect(start.length).toBeLessThanOrEqual('word399'.length);
    }
  });
});
