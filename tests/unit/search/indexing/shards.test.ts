import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { planShards, releaseMonth } from '@/search/indexing/shards.ts';

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
