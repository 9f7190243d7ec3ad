/**
 * Putting the shards' answers back together (shards.ts cuts the index): which shard a
 * result came from, and the order of a date sort across shards.
 */
import type { PagefindResult, PagefindSearch } from './pagefind-api.ts';
import type { SearchSort } from './state.ts';
import { SHARD_FILTER, shardOfResult } from '@/search/common/shard-names.ts';

/** Results by shard, each shard's in the order Pagefind gave them. */
export function resultsByShard(results: readonly PagefindResult[]): Map<string, PagefindResult[]> {
  const groups = new Map<string, PagefindResult[]>();
  for (const result of results) {
    const shard = shardOfResult(result.id);
    const group = groups.get(shard);
    if (group) group.push(result);
    else groups.set(shard, [result]);
  }
  return groups;
}

/**
 * Pagefind merges shards by score, and under a sort the score is a page's rank within
 * its own shard, which interleaves shards. Shards are runs of months, newest first in
 * `shardNames`, so a date sort is each shard's results in turn.
 */
export function inShardOrder(
  results: readonly PagefindResult[],
  shardNames: readonly string[],
  sort: SearchSort,
): PagefindResult[] {
  if (sort === 'relevance') return [...results];
  const groups = resultsByShard(results);
  const order = sort === 'newest' ? shardNames : [...shardNames].reverse();
  return order.flatMap((name) => groups.get(name) ?? []);
}

/** The shard filter is the search module's own business: readers never see it. */
export function withoutShardCounts(found: PagefindSearch): PagefindSearch {
  return { ...found, filters: withoutShard(found.filters), totalFilters: withoutShard(found.totalFilters) };
}

export function withoutShard<T>(counts: Record<string, T>): Record<string, T> {
  const { [SHARD_FILTER]: _shard, ...rest } = counts;
  return rest;
}
