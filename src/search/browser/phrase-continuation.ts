/**
 * A phrase's last word may begin a longer word of the text, as a single word does (แรง
 * finds แรงงาน): ว่าการกระ is in ว่าการ|กระทรวง, การเดิน in การ|เดินทาง. Pagefind's exact
 * phrase matches whole words only, so such a phrase found only the pages where the text
 * happens to hold the last word alone. Here, Pagefind's word positions show the pages
 * where the other words stand right before a word that begins with the last one; a page's
 * text names that longer word (a completion), and each completion is searched as an
 * exact phrase of its own, which also counts its pages per filter. Without it,
 * tests/e2e/search-index.test.ts "finds a phrase whose last word begins a longer word" fails.
 */
import { indexedWords } from '@/search/common/thai-text.ts';
import type { PagefindResult, PagefindSearch } from './pagefind-api.ts';
import { addCounts } from './add-counts.ts';

/** Completions looked up per search: a handful covers a phrase; each costs a fragment and a search. */
export const MAX_COMPLETIONS = 6;

/** Whether a phrase's last word may go on in the text: not an abbreviation (อย.). */
export function mayContinue(words: readonly string[]): boolean {
  const last = words.at(-1) ?? '';
  return words.length > 1 && !last.endsWith('.') && /[\p{L}\p{N}]/u.test(last);
}

/**
 * Pages of `before` (the phrase without its last word, searched exactly) where one of
 * its word positions is directly followed by one of `after`'s (the last word, searched
 * as a prefix), in `before`'s order: each with the position of that word.
 */
export function followedPages(
  before: readonly PagefindResult[],
  after: readonly PagefindResult[],
): { result: PagefindResult; at: number[] }[] {
  const afterById = new Map(after.map((result) => [result.id, result.words]));
  return before.flatMap((result) => {
    const words = afterById.get(result.id);
    if (!words) return [];
    const next = new Set(words);
    const at = result.words.filter((word) => next.has(word + 1)).map((word) => word + 1);
    return at.length ? [{ result, at }] : [];
  });
}

/** The word (letters, marks and digits only, as Pagefind indexes it) at one of `at` that begins with `last` and is longer. */
export function completionIn(indexedContent: string, at: readonly number[], last: string): string | undefined {
  const words = indexedWords(indexedContent);
  const wanted = last.toLowerCase();
  for (const position of at) {
    const word = (words[position] ?? '').toLowerCase().replace(/[^\p{L}\p{M}\p{N}]/gu, '');
    if (word.length > wanted.length && word.startsWith(wanted)) return word;
  }
  return undefined;
}

/**
 * One answer from several exact searches whose pages may overlap: each page once, and
 * filter counts that count it once. A page found twice is looked up (`data()`) to take
 * its second count back; there are few, as one phrase seldom goes on two ways in one page.
 */
export async function unionOf(searches: readonly PagefindSearch[]): Promise<PagefindSearch> {
  const [first, ...rest] = searches;
  if (!first) throw new Error('unionOf needs a search');
  if (rest.length === 0) return first;
  const seen = new Set<string>();
  const results: PagefindResult[] = [];
  const repeated: PagefindResult[] = [];
  for (const search of searches) {
    for (const result of search.results) {
      if (seen.has(result.id)) repeated.push(result);
      else {
        seen.add(result.id);
        results.push(result);
      }
    }
  }
  const filters = addCounts(searches.map((search) => search.filters));
  for (const result of repeated) {
    for (const [group, values] of Object.entries((await result.data()).filters)) {
      for (const value of values) {
        const counts = filters[group];
        if (counts?.[value] !== undefined) counts[value] -= 1;
      }
    }
  }
  return {
    results,
    unfilteredResultCount: Math.max(...searches.map((search) => search.unfilteredResultCount)),
    filters,
    totalFilters: addCounts(searches.map((search) => search.totalFilters)),
  };
}
