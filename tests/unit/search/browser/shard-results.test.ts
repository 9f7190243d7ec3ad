import { describe, expect, it } from 'vitest';
import { joinShards, shardsToSearch } from '@/search/browser/shard-results.ts';
import type { PagefindResult, PagefindSearch } from '@/search/browser/pagefind-api.ts';

// Newest first, each named by its first month: 2024-07 onwards, 2023-11 to 2024-06, 2023-01 to 2023-10.
const shards = ['2024-07', '2023-11', '2023-01'];

describe('which shards a search asks, in which order', () => {
  it('asks every shard, newest first, for relevance and a newest-first sort', () => {
    expect(shardsToSearch(shards, 'relevance')).toEqual(shards);
    expect(shardsToSearch(shards, 'newest')).toEqual(shards);
  });

  it('asks the oldest shard first for an oldest-first sort', () => {
    expect(shardsToSearch(shards, 'oldest')).toEqual(['2023-01', '2023-11', '2024-07']);
  });

  it('asks only the shards whose months meet a chosen year (Buddhist era)', () => {
    // 2566 is 2023: its months run through the two older shards.
    expect(shardsToSearch(shards, 'relevance', { years: ['2566'] })).toEqual(['2023-11', '2023-01']);
    // 2567 is 2024: January to June in the middle shard, July on in the newest.
    expect(shardsToSearch(shards, 'oldest', { years: ['2567'] })).toEqual(['2023-11', '2024-07']);
    expect(shardsToSearch(shards, 'relevance', { years: ['2566', '2567'] })).toEqual(shards);
    expect(shardsToSearch(shards, 'relevance', { years: ['2560'] })).toEqual([]);
  });

  it('asks only the shards whose months meet a period, either end open', () => {
    expect(shardsToSearch(shards, 'newest', { period: { from: '2567-07' } })).toEqual(['2024-07']);
    // June 2567 is the middle shard's last month.
    expect(shardsToSearch(shards, 'newest', { period: { from: '2567-06' } })).toEqual(['2024-07', '2023-11']);
    expect(shardsToSearch(shards, 'newest', { period: { to: '2566-10' } })).toEqual(['2023-01']);
    expect(shardsToSearch(shards, 'newest', { period: { from: '2566-10', to: '2566-11' } })).toEqual(['2023-11', '2023-01']);
    expect(shardsToSearch(shards, 'newest', { period: { to: '2565-12' } })).toEqual([]);
  });

  it('asks the shards that both a year and a period allow', () => {
    expect(shardsToSearch(shards, 'newest', { years: ['2567'], period: { to: '2566-12' } })).toEqual(['2023-11']);
  });
});

const result = (id: string): PagefindResult => ({ id, score: 1, words: [], data: () => Promise.reject(new Error('unused')) });
const answer = (ids: string[], counts: Record<string, Record<string, number>>, unfiltered: number): PagefindSearch => ({
  results: ids.map(result),
  unfilteredResultCount: unfiltered,
  filters: counts,
  totalFilters: counts,
});

describe('putting the shards’ answers together', () => {
  it('lists each shard’s results after the one before and adds up the counts', () => {
    const joined = joinShards([
      answer(['a', 'b'], { province: { 'TH-10': 2 } }, 5),
      answer(['c'], { province: { 'TH-10': 1, 'TH-50': 1 }, year: { 2566: 1 } }, 3),
    ]);
    expect(joined.results.map((r) => r.id)).toEqual(['a', 'b', 'c']);
    expect(joined.filters).toEqual({ province: { 'TH-10': 3, 'TH-50': 1 }, year: { 2566: 1 } });
    expect(joined.unfilteredResultCount).toBe(8);
  });
});
