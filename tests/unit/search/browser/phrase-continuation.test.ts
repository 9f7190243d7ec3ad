import { describe, expect, it } from 'vitest';
import { completionIn, followedPages, mayContinue, unionOf } from '@/search/browser/phrase-continuation.ts';
import type { PagefindResult, PagefindResultData, PagefindSearch } from '@/search/browser/pagefind-api.ts';

const page = (id: string, words: number[] = [], filters: Record<string, string[]> = {}): PagefindResult => ({
  id,
  score: 1,
  words,
  data: async () => ({ filters }) as unknown as PagefindResultData,
});
const search = (results: PagefindResult[], filters: Record<string, Record<string, number>>): PagefindSearch => ({
  results,
  unfilteredResultCount: results.length,
  filters,
  totalFilters: filters,
});

describe('a phrase whose last word may go on in the text', () => {
  it('is a phrase whose last word is a word, not an abbreviation', () => {
    expect(mayContinue(['ว่าการ', 'กระ'])).toBe(true);
    expect(mayContinue(['กระ'])).toBe(false);
    expect(mayContinue(['สำนักงาน', 'อย.'])).toBe(false);
  });

  it('finds the pages where a word of the rest is followed by a word that begins with the last', () => {
    const before = [page('a', [10, 40]), page('b', [5]), page('c', [7])];
    const after = [page('a', [41, 90]), page('b', [3]), page('d', [8])];
    expect(followedPages(before, after).map(({ result, at }) => [result.id, at])).toEqual([['a', [41]]]);
  });

  it('reads the longer word that completes the last one, as Pagefind indexes it', () => {
    const content = 'รัฐมนตรี ว่าการ กระทรวง, แรงงาน กระ';
    expect(completionIn(content, [2], 'กระ')).toBe('กระทรวง');
    // The same word, whole, is no completion: the exact phrase already found it.
    expect(completionIn(content, [4], 'กระ')).toBeUndefined();
    expect(completionIn(content, [3], 'กระ')).toBeUndefined();
  });
});

describe('joining the exact searches of a phrase', () => {
  it('lists each page once, in the order found, and counts it once per filter value', async () => {
    const joined = await unionOf([
      search([page('a'), page('b', [], { ministry: ['labour'] })], { ministry: { labour: 1, pmo: 1 } }),
      search([page('b', [], { ministry: ['labour'] }), page('c')], { ministry: { labour: 1, finance: 1 } }),
    ]);
    expect(joined.results.map((result) => result.id)).toEqual(['a', 'b', 'c']);
    expect(joined.filters).toEqual({ ministry: { labour: 1, pmo: 1, finance: 1 } });
  });

  it('returns a lone search as it is', async () => {
    const only = search([page('a')], {});
    expect(await unionOf([only])).toBe(only);
  });
});
