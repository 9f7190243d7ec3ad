/**
 * Which shards can hold a phrase, from the pair directory that the build makes
 * (src/search/indexing/pair-directory.ts): a search asks for the phrase only those shards.
 */
import { searchedForm } from '@/search/common/indexed-forms.ts';
import { PAIR_NEXT_LETTERS, bucketOfPair, pairBits, pairFile, pairHash, type PairLayout } from '@/search/common/word-pairs.ts';
import { mayContinue } from './phrase-continuation.ts';

/**
 * The hashes of the pairs that every page holding the phrase `words` has. A last word
 * that may go on in the text (phrase-continuation.ts) and is shorter than a pair's start
 * of the next word is in no pair: its completions start differently.
 */
export function phrasePairs(words: readonly string[]): number[] {
  const forms = words.map(searchedForm).filter(Boolean);
  const open = mayContinue(words);
  const hashes: number[] = [];
  for (let at = 0; at + 1 < forms.length; at++) {
    const next = forms[at + 1]!;
    if (open && at + 2 === forms.length && next.length < PAIR_NEXT_LETTERS) continue;
    hashes.push(pairHash(forms[at]!, next));
  }
  return hashes;
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
