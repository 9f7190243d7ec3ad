/**
 * Keeps every feed small enough to fetch on a phone whatever the archive holds: a few
 * very long releases (a cabinet summary of 544 KB) once made feeds of 2.6 MB. Bodies
 * share a byte budget by "water-filling": every body that fits under a common cap is
 * carried whole, and only the longest are cut to the cap, so a feed of ordinary
 * releases carries every text in full.
 */

/** No feed file may be larger than this (bytes), at any archive size. */
export const FEED_MAX_BYTES = 500_000;
/** No single body is carried past this many bytes, however much room a feed has left. */
export const ITEM_BODY_MAX_BYTES = 50_000;

/**
 * The largest cap such that the bodies, each cut to the cap, add up to at most `budget`
 * bytes; Infinity when they all fit whole.
 */
export function waterLevel(sizes: readonly number[], budget: number): number {
  const sorted = [...sizes].sort((a, b) => a - b);
  let remaining = Math.max(0, budget);
  for (const [i, size] of sorted.entries()) {
    const left = sorted.length - i;
    if (size * left > remaining) return Math.floor(remaining / left);
    remaining -= size;
  }
  return Infinity;
}

/**
 * The opening of a body: its first blocks while they fit in `budget` bytes (as sized by
 * `sizeOf`); an empty list when not even the first block fits.
 */
export function openingBlocks(blocks: readonly string[], budget: number, sizeOf: (html: string) => number): string[] {
  const kept: string[] = [];
  let used = 0;
  for (const block of blocks) {
    used += sizeOf(block);
    if (used > budget) break;
    kept.push(block);
  }
  // A block boundary left at the end would only be a line break.
  while (kept.length && !kept.at(-1)!.trim()) kept.pop();
  return kept;
}
