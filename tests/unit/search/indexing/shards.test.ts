import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { planShards, releaseMonth } from '@/search/indexing/shards.ts';
import { inShardOrder, resultsByShard, withoutShardCounts } from '@/search/browser/shard-results.ts';
import { shardLanguage, shardOfResult } from '@/search/common/shard-names.ts';
import type { PagefindResult } from '@/search/browser/pagefind-api.ts';

const file = (month: string, slug: string): string => path.join('content', 'releases', ...month.split('-'), `${slug}.md`);
const monthFiles = (month: string, count: number): string[] =>
  Array.from({ length: count }, (_, i) => file(month, `${month}-${i}`));

describe('cutting the search index into shards', () => {
  it('reads the month from the release folder', () => {
    expect(releaseMonth(file('2020-03', '2020-03-26-pmo-covid'))).toBe('2020-03');
  });

  it('fills shards with whole months, oldest first, and lists them newest first', () => {
    const files = [
      ...monthFiles('2020-01', 3),
      ...monthFiles('2019-12', 2),
      ...monthFiles('2020-02', 2),
      ...monthFiles('2020-03', 1),
    ];
    const shards = planShards(files, 5);
    expect(shards.map((shard) => [shard.name, shard.files.length])).toEqual([
      ['2020-02', 3],
      ['2019-12', 5],
    ]);
    expect(shards.flatMap((shard) => shard.files).sort()).toEqual([...files].sort());
  });

  it('keeps a month whole even when it alone is larger than a shard', () => {
    expect(planShards([...monthFiles('2020-01', 7), ...monthFiles('2020-02', 1)], 5).map((shard) => shard.files.length)).toEqual([
      1, 7,
    ]);
  });

  it('leaves older shards as they were when a new month arrives', () => {
    const before = planShards([...monthFiles('2020-01', 4), ...monthFiles('2020-02', 4)], 5);
    const after = planShards([...monthFiles('2020-01', 4), ...monthFiles('2020-02', 4), ...monthFiles('2020-03', 4)], 5);
    expect(after.slice(1)).toEqual(before);
  });

  it('has no shard when there is no release', () => {
    expect(planShards([], 5)).toEqual([]);
  });
});

const result = (shard: string, n: number, score: number): PagefindResult => ({
  id: `${shardLanguage(shard)}_${n.toString(16).padStart(7, '0')}`,
  score,
  words: [],
  data: () => Promise.reject(new Error('not needed')),
});

describe('merging the shards of a search', () => {
  it('tells the shard of a result from its id', () => {
    expect(shardOfResult(result('2020-03', 1, 0).id)).toBe('2020-03');
  });

  // Under a sort Pagefind scores a result by its rank within its own shard.
  const merged = [result('2020-01', 1, 9), result('2019-06', 2, 8), result('2020-01', 3, 5), result('2019-06', 4, 4)];
  const shards = ['2020-01', '2019-06'];

  it('puts newest-first results shard by shard, newest shard first', () => {
    expect(inShardOrder(merged, shards, 'newest').map((r) => r.id)).toEqual(
      [merged[0], merged[2], merged[1], merged[3]].map((r) => r!.id),
    );
  });

  it('puts oldest-first results oldest shard first, each shard in its own order', () => {
    expect(inShardOrder(merged, shards, 'oldest').map((r) => r.id)).toEqual(
      [merged[1], merged[3], merged[0], merged[2]].map((r) => r!.id),
    );
  });

  it('leaves relevance to the scores', () => {
    expect(inShardOrder(merged, shards, 'relevance')).toEqual(merged);
  });

  it('groups results by shard in the order given', () => {
    expect([...resultsByShard(merged)].map(([shard, results]) => [shard, results.length])).toEqual([
      ['2020-01', 2],
      ['2019-06', 2],
    ]);
  });

  it('keeps the shard filter out of the counts readers see', () => {
    const found = {
      results: [],
      unfilteredResultCount: 0,
      filters: { shard: { '2020-01': 2 }, year: { 2563: 2 } },
      totalFilters: { shard: { '2020-01': 9 } },
    };
    expect(withoutShardCounts(found)).toEqual({ ...found, filters: { year: { 2563: 2 } }, totalFilters: {} });
  });
});
