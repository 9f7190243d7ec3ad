/**
 * Which shards can hold a phrase, from the pair directory that the build makes
 * (src/search/indexing/pair-directory.ts): a search asks for the phrase only those shards.
 */
import { searchedForm } from '@/search/common/indexed-forms.ts';
import {
  PAIR_NEXT_LETTERS,
  bucketOfPair,
  pairBits,
  pairFile,
  pairHash,
  tripleHash,
  type PairLayout,
} from '@/search/common/word-pairs.ts';
import { mayContinue } from './phrase-continuation.ts';

/**
 * The hashes that every page holding the phrase `words` has: each three words side by
 * side, or the pair where there are only two. Three tell more than their two pairs apart:
 * โดย|องค์การ and องค์การ|คลัง stand in most shards, โดย|องค์การ|คลัง in few, and each shard
 * asked in vain fetches its chunks for every word. A last word that may go on in the text
 * (phrase-continuation.ts) and is shorter than a pair's start of it is in none: its
 * completions start differently.
 */
export function phraseHashes(words: readonly string[]): number[] {
  const forms = words.map(searchedForm).filter(Boolean);
  const open = mayContinue(words) && forms.length > 0 && forms.at(-1)!.length < PAIR_NEXT_LETTERS;
  const kept = open ? forms.slice(0, -1) : forms;
  if (kept.length === 2) return [pairHash(kept[0]!, kept[1]!)];
  return kept.slice(2).map((next, at) => tripleHash(kept[at]!, kept[at + 1]!, next));
}

/**
 * Whether each of the layout's shards may hold every pair of `hashes` (`readBucket`
 * gives a bucket file's bytes). False means surely not; true, most likely.
 */
export async function shardsHoldingPairs(
  hashes: readonly number[],
  layout: PairLayout,
  readBucket: (file: string) => Promise<Uint8Array>,
): Promise<boolean[]> {
  const holding = layout.slices.map(() => true);
  await Promise.all(
    hashes.map(async (hash) => {
      const bucket = bucketOfPair(hash, layout.buckets);
      const bytes = await readBucket(pairFile(layout.name, bucket));
      let offset = 0;
      for (const [shard, slice] of layout.slices.entries()) {
        const start = offset;
        offset += slice;
        // A shard without pairs (every release one word) holds no phrase.
        holding[shard] &&=
          slice > 0 &&
          pairBits(hash, layout.buckets, slice * 8).every((bit) => (bytes[start + (bit >>> 3)]! & (1 << (bit & 7))) !== 0);
      }
    }),
  );
  return holding;
}
