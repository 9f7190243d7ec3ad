/**
 * The language a shard's records are indexed under (src/search/indexing/shards.ts cuts
 * the index): Pagefind has no rules for `und`, so it splits only on spaces and keeps
 * every mark, and puts the code in front of every result's id (`und-2020-03_1a2b3c4`),
 * so ids stay unique across shards.
 */
export const shardLanguage = (name: string): string => `und-${name}`;
