/**
 * The search index is cut into shards of consecutive months, each a Pagefind index of
 * its own built in turn: Pagefind holds a whole index in memory (about 0.5 GB per 1,000
 * Thai releases), so one index for the archive would not fit a build machine; how many
 * releases a shard holds is configured in src/config.ts.
 * The browser searches them newest first, one after another (src/search/browser/thai-search.ts).
 */
import path from 'node:path';

export interface SearchShard {
  /** The first month it holds, `yyyy-mm`: its folder under pagefind/. */
  name: string;
  files: string[];
}

/** `<yyyy>/<mm>/<slug>.md` → `yyyy-mm` (the checker keeps folders and dates in agreement). */
export function releaseMonth(file: string): string {
  const folders = path.dirname(file).split(path.sep);
  return `${folders.at(-2)}-${folders.at(-1)}`;
}

/**
 * Whole months, oldest first, at most `maxReleases` files a shard unless one month holds
 * more. New releases land in the newest shard, so older shards stay as they were.
 * Returned newest first, the order of a newest-first search.
 */
export function planShards(files: readonly string[], maxReleases: number): SearchShard[] {
  const byMonth = new Map<string, string[]>();
  for (const file of files) {
    const month = releaseMonth(file);
    const monthFiles = byMonth.get(month);
    if (monthFiles) monthFiles.push(file);
    else byMonth.set(month, [file]);
  }
  const shards: SearchShard[] = [];
  for (const month of [...byMonth.keys()].sort()) {
    const monthFiles = byMonth.get(month)!;
    const last = shards.at(-1);
    if (last && last.files.length + monthFiles.length <= maxReleases) last.files.push(...monthFiles);
    else shards.push({ name: month, files: [...monthFiles] });
  }
  return shards.reverse();
}
