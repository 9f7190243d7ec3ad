/**
 * Adjacent word pairs and triples, hashed the same way at build time and in the browser,
 * for the pair directory (src/search/indexing/pair-directory.ts): which shards can hold a
 * phrase.
 *
 * A pair is a word's indexed form and the start of the next word's: PAIR_NEXT_LETTERS
 * letters, so that a phrase whose last word goes on in the text (ว่าการกระ in
 * ว่าการ|กระทรวง, phrase-continuation.ts) is checked by the same pair as its completion.
 * A triple is two words' forms and the start of the third's, the same way.
 * A hash is a whole number below 2^53: 32 low bits (`low`) and 21 high bits (`high`).
 */

/** Letters of the last word in a pair or triple. */
export const PAIR_NEXT_LETTERS = 3;

const TWO_TO_32 = 2 ** 32;

/** The hash of the pair `first`, `next` (both indexed forms, non-empty). */
export const pairHash = (first: string, next: string): number => hashOf([first], next);

/** The hash of the triple `first`, `middle`, `next` (indexed forms, non-empty). */
export const tripleHash = (first: string, middle: string, next: string): number => hashOf([first, middle], next);

function hashOf(whole: readonly string[], next: string): number {
  let a = 0x811c9dc5;
  let b = 0x9747b28c;
  const mix = (code: number): void => {
    a = Math.imul(a ^ code, 0x01000193);
    b = Math.imul(b ^ code, 0x5bd1e995);
    b ^= b >>> 15;
  };
  for (const word of whole) {
    for (let at = 0; at < word.length; at++) mix(word.charCodeAt(at));
    // Between the words: no code unit of a word is 0.
    mix(0);
  }
  for (let at = 0; at < Math.min(next.length, PAIR_NEXT_LETTERS); at++) mix(next.charCodeAt(at));
  return (finish(b) >>> 11) * TWO_TO_32 + finish(a);
}

/** Murmur3's finaliser: every input bit reaches every output bit. */
function finish(h: number): number {
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/** Bits set per pair in a shard's filter. */
export const PAIR_FILTER_PROBES = 4;

/** The bucket file a pair's bits are in. */
export const bucketOfPair = (hash: number, buckets: number): number => (hash % TWO_TO_32) % buckets;

/** The bits a pair sets in a filter of `bits` bits (double hashing from the hash's other parts). */
export function pairBits(hash: number, buckets: number, bits: number): number[] {
  const start = Math.floor(hash / TWO_TO_32);
  // Odd, so that the probes differ; `>>> 0` keeps it positive (`|` works on signed 32 bits).
  const step = (Math.floor((hash % TWO_TO_32) / buckets) | 1) >>> 0;
  return Array.from({ length: PAIR_FILTER_PROBES }, (_, probe) => (start + probe * step) % bits);
}

/** What the search module knows of the pair directory: shard s's part of each bucket is `slices[s]` bytes. */
export interface PairLayout {
  name: string;
  buckets: number;
  slices: number[];
}

/** A bucket's file, named by the directory's content. */
export const pairFile = (name: string, bucket: number): string => `${name}-${bucket}.pf_pairs`;
