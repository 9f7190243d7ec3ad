import { describe, expect, it } from 'vitest';
import {
  stateFromParams,
  paramsFromState,
  pagefindFilters,
  monthsInPeriod,
  pagefindSort,
  withoutGroup,
  searchPageTitle,
  MAX_QUERY_LENGTH,
} from '@/search/browser/state.ts';
import { filterOptions } from '@/search/browser/filter-options.ts';

const KNOWN = { ministry: new Set(['labour', 'pmo']), category: new Set(['economy']), province: new Set(['TH-10', 'TH-50']) };
const read = (query: string) => stateFromParams(new URLSearchParams(query), KNOWN);

describe('search state in the URL', () => {
  it('reads query, filters and sort, ignoring unknown sorts and repeated values', () => {
    const state = read('q=%20แรงงาน%20&province=TH-50&province=TH-50&province=TH-10&year=2563&sort=sideways&x=1');
    expect(state).toEqual({
      query: 'แรงงาน',
      filters: { province: ['TH-50', 'TH-10'], year: ['2563'] },
      period: {},
      sort: 'relevance',
    });
  });

  it('writes the same state back, leaving out the default sort', () => {
    const params = 'q=%E0%B9%81&ministry=labour&province=TH-50&province=TH-10&sort=oldest';
    expect(paramsFromState(read(params)).toString()).toBe(params);
    expect(paramsFromState({ query: 'x', filters: {}, period: {}, sort: 'relevance' }).toString()).toBe('q=x');
  });

  it('drops filter values that are no ministry, province or year, such as Object property names', () => {
    const state = read(
      'ministry=constructor&ministry=labour&province=toString&province=TH-99&year=__proto__&year=25631&year=2563&sort=__proto__',
    );
    expect(state).toEqual({ query: '', filters: { ministry: ['labour'], year: ['2563'] }, period: {}, sort: 'relevance' });
    expect(read('province=toString&year=__proto__').filters).toEqual({});
  });

  it('reads a query with no letter or digit as no query, since it would match every release', () => {
    for (const q of ['*', '%23', '%22%22', '...', '%E2%80%8B', '-_-']) expect(read(`q=${q}`).query).toBe('');
    expect(read('q=%22แรงงาน%22').query).toBe('"แรงงาน"');
    expect(read('q=2563').query).toBe('2563');
  });

  it(`cuts a query at ${MAX_QUERY_LENGTH} characters, never inside a character`, () => {
    expect(read(`q=${'ก'.repeat(10_000)}`).query).toBe('ก'.repeat(MAX_QUERY_LENGTH));
    const emoji = read(`q=${encodeURIComponent(`${'a'.repeat(MAX_QUERY_LENGTH - 1)}😀`)}`).query;
    expect(emoji).toBe('a'.repeat(MAX_QUERY_LENGTH - 1));
    expect(paramsFromState(read(`q=${'ก'.repeat(10_000)}`)).toString().length).toBeLessThan(2_000);
  });

  it('ORs values within a filter and ANDs filters, for Pagefind', () => {
    expect(pagefindFilters({ province: ['TH-50', 'TH-10'], year: ['2563'] })).toEqual({
      province: { any: ['TH-50', 'TH-10'] },
      year: { any: ['2563'] },
    });
    expect(pagefindSort('newest')).toEqual({ date: 'desc' });
    expect(pagefindSort('relevance')).toBeUndefined();
    expect(withoutGroup({ province: ['TH-50'], year: ['2563'] }, 'province')).toEqual({ year: ['2563'] });
  });
});

describe('the tab title', () => {
  it('shows the query as typed, $ patterns included, and keeps the site name', () => {
    const served = 'ค้นหาข่าว | แถลง';
    expect(searchPageTitle(served, "$& $` $' $1 a | b")).toBe("ผลการค้นหา “$& $` $' $1 a | b” | แถลง");
    expect(searchPageTitle(served, '')).toBe(served);
  });
});

describe('filter choices', () => {
  it('lists values with results by count, keeps chosen ones at zero, and names them in Thai', () => {
    const options = filterOptions('province', { 'TH-10': 3, 'TH-50': 5, 'TH-90': 0, 'TH-20': 0 }, ['TH-20'], {
      'TH-10': 'กรุงเทพมหานคร',
      'TH-50': 'เชียงใหม่',
      'TH-20': 'ชลบุรี',
    });
    expect(options.map((o) => [o.label, o.count, o.checked])).toEqual([
      ['เชียงใหม่', 5, false],
      ['กรุงเทพมหานคร', 3, false],
      ['ชลบุรี', 0, true],
    ]);
  });

  it('lists years newest first', () => {
    expect(filterOptions('year', { 2561: 9, 2563: 1, 2562: 4 }, [], {}).map((o) => o.value)).toEqual(['2563', '2562', '2561']);
  });
});

describe('a period from month to month', () => {
  it('reads months in the Buddhist era from the URL, drops what is no month, and puts the ends in order', () => {
    expect(read('from=2567-03&to=2567-06').period).toEqual({ from: '2567-03', to: '2567-06' });
    expect(read('from=2567-06&to=2567-03').period).toEqual({ from: '2567-03', to: '2567-06' });
    expect(read('from=2567-13&to=<b>').period).toEqual({});
    expect(read('to=2560-01').period).toEqual({ to: '2560-01' });
  });

  it('writes both ends into the URL and gives Pagefind the months in between, or none', () => {
    const state = read('q=x&from=2567-03&to=2567-04');
    expect(paramsFromState(state).toString()).toBe('q=x&from=2567-03&to=2567-04');
    const months = ['2566-12', '2567-01', '2567-03', '2567-04', '2567-05'];
    expect(monthsInPeriod(months, state.period)).toEqual(['2567-03', '2567-04']);
    expect(monthsInPeriod(months, { from: '2567-04' })).toEqual(['2567-04', '2567-05']);
    expect(pagefindFilters({}, ['2567-03'])).toEqual({ month: { any: ['2567-03'] } });
    expect(pagefindFilters({}, [])).toEqual({ month: { any: ['none'] } });
  });
});
