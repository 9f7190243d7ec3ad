/**
 * The pair directory: which shards can hold a phrase. For each shard, a Bloom filter of
 * its adjacent word pairs and triples (shard-pairs.ts), cut into buckets by their hashes;
 * a bucket's file holds that bucket of every shard's filter, one after another, so one
 * small file per triple of query words (per pair, for two) tells every shard's answer. A
 * search asks for a phrase only the shards that can hold each of them
 * (src/search/browser/pair-directory.ts): without it a phrase whose words are common
 * but which only an old release holds made the search load and search each newer shard
 * in turn, to find nothing there. A filter answers "maybe" for about one in a hundred
 * that a shard lacks, never "no" for one it holds.
 */
import { createHash } from 'node:crypto';
import { bucketOfPair, pairBits, pairFile, type PairLayout } from '@/search/common/word-pairs.ts';

export interface PairDirectory {
  layout: PairLayout;
  /** The bucket files' contents, by name. */
  contents: Map<string, Uint8Array>;
}

/**
 * Bytes a bucket's file is made to have: one per triple of query words, so a name of five
 * words costs three. 8 KB made the p95 of bytes before the first results 116 KB at 28,439
 * releases; 2 KB, 95 KB (same queries, seed 1234567).
 */
export const PAIR_BUCKET_BYTES = 2 * 1024;
/** Filter bits per pair or triple: about 1 % of those a shard lacks pass with 4 probes. */
export const PAIR_FILTER_BITS = 10;

/** `shardPairs[i]`: the i-th shard's pair and triple hashes. */
export function pairDirectory(shardPairs: readonly Float64Array[], bucketBytes = PAIR_BUCKET_BYTES): PairDirectory {
  const pairs = shardPairs.reduce((sum, hashes) => sum + hashes.length, 0);
  const buckets = Math.max(1, Math.round((pairs * PAIR_FILTER_BITS) / 8 / bucketBytes));
  const slices = shardPairs.map((hashes) => Math.ceil((hashes.length * PAIR_FILTER_BITS) / 8 / buckets));
  const offsets = slices.map((_, shard) => slices.slice(0, shard).reduce((sum, bytes) => sum + bytes, 0));
  const bucketSize = slices.reduce((sum, bytes) => sum + bytes, 0);
  const files = Array.from({ length: buckets }, () => new Uint8Array(bucketSize));
  for (const [shard, hashes] of shardPairs.entries()) {
    const bits = slices[shard]! * 8;
    for (const hash of hashes) {
      const file = files[bucketOfPair(hash, buckets)]!;
      for (const bit of pairBits(hash, buckets, bits)) file[offsets[shard]! + (bit >>> 3)]! |= 1 << (bit & 7);
    }
  }
  // Named by content: a browser may keep them as long as it likes.
  const digest = createHash('sha256');
  for (const file of files) digest.update(file);
  const name = `pairs-${digest.digest('hex').slice(0, 16)}`;
  return {
    layout: { name, buckets, slices },
    contents: new Map(files.map((file, bucket) => [pairFile(name, bucket), file])),
  };
}
