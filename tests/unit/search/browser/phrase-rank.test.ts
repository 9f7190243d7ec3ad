import { describe, expect, it } from 'vitest';
import { inRankOf } from '@/search/browser/phrase-rank.ts';
import type { PagefindResult, PagefindSearch } from '@/search/browser/pagefind-api.ts';

const result = (id: string, score = 1): PagefindResult => ({
  id,
  score,
  words: [],
  data: async () => {
    throw new Error('not loaded');
  },
});
const found = (...ids: string[]): PagefindSearch => ({
  results: ids.map((id) => result(id)),
  unfilteredResultCount: ids.length,
  filters: { ministry: { pmo: ids.length } },
  totalFilters: {},
});

describe('ranking exact-phrase results', () => {
  it('orders the phrase results as the ranked search of the same words ranks them', () => {
    const exact = found('und-2020-01_a', 'und-2020-01_b', 'und-2019-06_c');
    const ranked = found('und-2019-06_c', 'und-2020-02_x', 'und-2020-01_b', 'und-2020-01_a');
    expect(inRankOf(exact, ranked).results.map((r) => r.id)).toEqual(['und-2019-06_c', 'und-2020-01_b', 'und-2020-01_a']);
  });

  it('keeps every phrase result, and the counts, even one the ranked search lacks', () => {
    const exact = found('a', 'b', 'c');
    const ordered = inRankOf(exact, found('c'));
    expect(ordered.results.map((r) => r.id)).toEqual(['c', 'a', 'b']);
    expect(ordered.unfilteredResultCount).toBe(3);
    expect(ordered.filters).toEqual(exact.filters);
  });
});
