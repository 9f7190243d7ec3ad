/**
 * Pagefind scores every page of an exact (quoted) search the same (`page_score: 1.0` in
 * exact_term, pagefind_web/src/search.rs; not reported upstream), so it lists them in
 * index order: a long cabinet summary that happens to come first outranks a release
 * titled with the phrase. The same words searched unquoted are ranked (BM25, with title
 * matches first), and every page holding the phrase holds the words: the exact results
 * take that order.
 */
import type { PagefindSearch } from './pagefind-api.ts';

export function inRankOf(exact: PagefindSearch, ranked: PagefindSearch): PagefindSearch {
  const rank = new Map(ranked.results.map((result, index) => [result.id, index]));
  const rankOf = (id: string): number => rank.get(id) ?? Number.MAX_SAFE_INTEGER;
  return { ...exact, results: [...exact.results].sort((a, b) => rankOf(a.id) - rankOf(b.id)) };
}
