/**
 * How a record carries the shard it was indexed in (src/search/indexing/shards.ts cuts
 * the index): written into every record by the build, read back from results in the
 * browser (src/search/browser/shard-results.ts).
 */

/** Every record carries its shard's name as a filter, so a search can be kept to some shards. */
export const SHARD_FILTER = 'shard';

const LANGUAGE_PREFIX = 'und-';

/**
 * Each shard indexes under a language code of its own, which Pagefind puts in front of
 * every result's id: that is how a merged search tells which shard a result came from.
 * Pagefind has no rules for `und`, so it splits only on spaces and keeps every mark.
 */
export const shardLanguage = (name: string): string => `${LANGUAGE_PREFIX}${name}`;

/** `und-2020-03_1a2b3c4` → `2020-03`. */
export const shardOfResult = (id: string): string => id.slice(LANGUAGE_PREFIX.length, id.lastIndexOf('_'));
