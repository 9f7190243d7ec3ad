import { describe, expect, it } from 'vitest';
import { stateFromParams, paramsFromState, pagefindFilters, pagefindSort, withoutGroup } from '../../src/lib/search/state.ts';
import { filterOptions } from '../../src/lib/search/filter-options.ts';

describe('search state in the URL', () => {
  it('reads query, filters and sort, ignoring unknown sorts and repeated values', () => {
    const state = stateFromParams(new URLSearchParams('q=%20แรงงาน%20&province=TH-50&province=TH-50&province=TH-10&year=2563&sort=sideways&x=1'));
    expect(state).toEqual({ query: 'แรงงาน', filters: { province: ['TH-50', 'TH-10'], year: ['2563'] }, sort: 'relevance' });
  });

  it('writes the same state back, leaving out the default sort', () => {
    const params = 'q=%E0%B9%81&ministry=labour&province=TH-50&province=TH-10&sort=oldest';
    expect(paramsFromState(stateFromParams(new URLSearchParams(params))).toString()).toBe(params);
    expect(paramsFromState({ query: 'x', filters: {}, sort: 'relevance' }).toString()).toBe('q=x');
  });

  it('ORs values within a filter and ANDs filters, for Pagefind', () => {
    expect(pagefindFilters({ province: ['TH-50', 'TH-10'], year: ['2563'] })).toEqual({ province: { any: ['TH-50', 'TH-10'] }, year: { any: ['2563'] } });
    expect(pagefindSort('newest')).toEqual({ date: 'desc' });
    expect(pagefindSort('relevance')).toBeUndefined();
    expect(withoutGroup({ province: ['TH-50'], year: ['2563'] }, 'province')).toEqual({ year: ['2563'] });
  });
});

describe('filter choices', () => {
  it('lists values with results by count, keeps chosen ones at zero, and names them in Thai', () => {
    const options = filterOptions('province', { 'TH-10': 3, 'TH-50': 5, 'TH-90': 0, 'TH-20': 0 }, ['TH-20'], { 'TH-10': 'กรุงเทพมหานคร', 'TH-50': 'เชียงใหม่', 'TH-20': 'ชลบุรี' });
    expect(options.map((o) => [o.label, o.count, o.checked])).toEqual([['เชียงใหม่', 5, false], ['กรุงเทพมหานคร', 3, false], ['ชลบุรี', 0, true]]);
  });

  it('lists years newest first', () => {
    expect(filterOptions('year', { 2561: 9, 2563: 1, 2562: 4 }, [], {}).map((o) => o.value)).toEqual(['2563', '2562', '2561']);
  });
});
