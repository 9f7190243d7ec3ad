/**
 * Pagefind 1.6 loads, for a query word, only the index chunk in which that word sorts
 * (the "strict" chunk of request_indexes in pagefind_web/src/lib.rs; the fix of
 * https://github.com/Pagefind/pagefind/pull/996 loads every chunk of a prefix only on its
 * "loose" path), so words that begin with it
 * but sort into the next chunks are never seen: แต่ found 1,257 of the 1,475 releases
 * with แต่ or แต่ละ. The search module preloads those chunks (chunkProbes): it
 * knows where every chunk starts, read here from each shard's Pagefind metadata.
 * Without it, tests/search-quality/quality.test.ts "finds every release with a word that begins
 * with the query, in whichever index chunk that word is" fails.
 */
import { gunzipSync } from 'node:zlib';

const SIGNATURE = 'pagefind_dcd';

/** The first word of each index chunk, from a `pagefind.<language>.pf_meta` file. */
export function chunkStarts(compressedMeta: Uint8Array): string[] {
  const bytes = gunzipSync(compressedMeta);
  if (bytes.subarray(0, SIGNATURE.length).toString() !== SIGNATURE) throw new Error('not Pagefind metadata');
  const cbor = cborReader(bytes.subarray(SIGNATURE.length));
  // [version, [page…], [[from, to, chunk hash…]…], …] (pagefind_web/src/metadata.rs)
  cbor.arrayLength();
  cbor.skip();
  cbor.skip();
  const starts: string[] = [];
  for (let chunks = cbor.arrayLength(); chunks > 0; chunks--) {
    const fields = cbor.arrayLength();
    starts.push(cbor.text());
    for (let field = 1; field < fields; field++) cbor.skip();
  }
  return starts;
}

/** Just enough CBOR (RFC 8949) for Pagefind's metadata: unsigned numbers, bytes, text, arrays. */
function cborReader(bytes: Uint8Array): { arrayLength: () => number; text: () => string; skip: () => void } {
  const decoder = new TextDecoder();
  let at = 0;
  const byte = (): number => {
    const value = bytes[at++];
    if (value === undefined) throw new Error('truncated CBOR');
    return value;
  };
  const head = (majorType: number): number => {
    const first = byte();
    if (first >> 5 !== majorType) throw new Error(`unexpected CBOR type ${first >> 5} at ${at - 1}`);
    const info = first & 0x1f;
    if (info < 24) return info;
    const size = [1, 2, 4, 8][info - 24];
    if (size === undefined) throw new Error(`unsupported CBOR length at ${at - 1}`);
    let value = 0;
    for (let i = 0; i < size; i++) value = value * 256 + byte();
    return value;
  };
  const skip = (): void => {
    const type = (bytes[at] ?? 0) >> 5;
    const value = head(type);
    if (type === 2 || type === 3) at += value;
    else if (type === 4) for (let item = 0; item < value; item++) skip();
    else if (type !== 0) throw new Error(`unsupported CBOR type ${type}`);
  };
  return {
    arrayLength: () => head(4),
    text: () => {
      const length = head(3);
      at += length;
      return decoder.decode(bytes.subarray(at - length, at));
    },
    skip,
  };
}
