import { describe, expect, it } from 'vitest';
import { pairDirectory, PAIR_FILTER_BITS } from '@/search/indexing/pair-directory.ts';
import { pairFile, pairHash } from '@/search/common/word-pairs.ts';

const hashes = (count: number, seed: string): Float64Array =>
  new Float64Array(Array.from({ length: count }, (_, at) => pairHash(`${seed}${at}`, 'next')));

describe('pairDirectory', () => {
  it('cuts the filters into buckets of about the asked size, each holding every shard by its share of pairs', () => {
    const { layout, contents } = pairDirectory([hashes(20_000, 'a'), hashes(5_000, 'b'), new Float64Array()], 4096);
    const total = (25_000 * PAIR_FILTER_BITS) / 8;
    expect(layout.buckets).toBe(Math.round(total / 4096));
    expect(layout.slices[0]! / layout.slices[1]!).toBeCloseTo(4, 0);
    expect(layout.slices[2]).toBe(0);
    expect(contents.size).toBe(layout.buckets);
    for (let bucket = 0; bucket < layout.buckets; bucket++)
      expect(contents.get(pairFile(layout.name, bucket))!.length).toBe(layout.slices[0]! + layout.slices[1]!);
  });

  it('names its files by their content', () => {
    const one = pairDirectory([hashes(100, 'a')]).layout.name;
    expect(pairDirectory([hashes(100, 'a')]).layout.name).toBe(one);
    expect(pairDirectory([hashes(100, 'b')]).layout.name).not.toBe(one);
  });
});
