/**
 * Searching shard by shard (src/search/indexing/shards.ts cuts the index into runs of
 * whole months, each named by its first month, `yyyy-mm`): which shards a search asks,
 * in which order, and their answers put together.
 */
import type { PagefindSearch } from './pagefind-api.ts';
import type { SearchPeriod, SearchSort } from './state.ts';
import { buddhistMonthKey } from '@/search/common/month-key.ts';
import { addCounts } from './add-counts.ts';

/** What a search asks of the months: chosen years (Buddhist era, `2567`) and a period (`2567-03`). */
export interface MonthsAsked {
  years?: readonly string[] | undefined;
  period?: SearchPeriod | undefined;
}

/** `2024-03` → `2567-03`: shard names are Gregorian folders, the filters Buddhist era. */
const buddhistMonth = (month: string): string => buddhistMonthKey(Number(month.slice(0, 4)), Number(month.slice(5, 7)));

/**
 * The shards that can hold a match, in the order their results are listed: newest first
 * (a news archive is mostly searched for recent news, and a newest-first sort is then
 * each shard's results in turn), oldest first for an oldest-first sort. Chosen years and
 * a period keep only the shards whose months meet them. `shardNames` are newest first;
 * a shard runs from its first month up to the next newer shard's first month.
 */
export function shardsToSearch(
  shardNames: readonly string[],
  sort: SearchSort,
  { years = [], period = {} }: MonthsAsked = {},
): string[] {
  const chosen = shardNames.filter((name, at) => {
    const first = buddhistMonth(name);
    const newer = shardNames[at - 1];
    // Months are `yyyy-mm`, so string order is time order; `newer` starts after this shard's last month.
    const endsBefore = (month: string): boolean => newer !== undefined && buddhistMonth(newer) <= month;
    const meets = (from: string | undefined, to: string | undefined): boolean =>
      (to === undefined || first <= to) && (from === undefined || !endsBefore(from));
    return (!years.length || years.some((year) => meets(`${year}-01`, `${year}-12`))) && meets(period.from, period.to);
  });
  return sort === 'oldest' ? chosen.reverse() : chosen;
}

/** The shards' answers one after another, their counts added up. */
export function joinShards(answers: readonly PagefindSearch[]): PagefindSearch {
  return {
    results: answers.flatMap((answer) => answer.results),
    unfilteredResultCount: answers.reduce((sum, answer) => sum + answer.unfilteredResultCount, 0),
    filters: addCounts(answers.map((answer) => answer.filters)),
    totalFilters: addCounts(answers.map((answer) => answer.totalFilters)),
  };
}
