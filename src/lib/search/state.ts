/**
 * The state of a search, and its URL form `?q=…&ministry=…&province=…&year=…&sort=…`,
 * so a result page can be shared, reloaded and reached with Back.
 */

export const FILTER_GROUPS = ['ministry', 'province', 'year'] as const;
export type FilterGroup = (typeof FILTER_GROUPS)[number];
export type SearchFilters = Partial<Record<FilterGroup, string[]>>;

export const SORTS = ['relevance', 'newest', 'oldest'] as const;
export type SearchSort = (typeof SORTS)[number];

export interface SearchState {
  query: string;
  filters: SearchFilters;
  sort: SearchSort;
}

const isSort = (value: string | null): value is SearchSort => SORTS.includes(value as SearchSort);

/** Unknown parameters and sorts are ignored; repeated filter values count once. */
export function stateFromParams(params: URLSearchParams): SearchState {
  const filters: SearchFilters = {};
  for (const group of FILTER_GROUPS) {
    const values = [...new Set(params.getAll(group).map((value) => value.trim()).filter(Boolean))];
    if (values.length) filters[group] = values;
  }
  const sort = params.get('sort');
  return { query: (params.get('q') ?? '').trim(), filters, sort: isSort(sort) ? sort : 'relevance' };
}

/** The default sort is left out so that plain searches keep short URLs. */
export function paramsFromState(state: SearchState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.query) params.set('q', state.query);
  for (const group of FILTER_GROUPS) for (const value of state.filters[group] ?? []) params.append(group, value);
  if (state.sort !== 'relevance') params.set('sort', state.sort);
  return params;
}

/** Pagefind's filter object: values of one group are ORed, groups are ANDed. */
export function pagefindFilters(filters: SearchFilters = {}): Record<string, { any: string[] }> {
  const out: Record<string, { any: string[] }> = {};
  for (const group of FILTER_GROUPS) {
    const values = filters[group];
    if (values?.length) out[group] = { any: values };
  }
  return out;
}

export function pagefindSort(sort: SearchSort = 'relevance'): Record<string, 'asc' | 'desc'> | undefined {
  if (sort === 'newest') return { date: 'desc' };
  if (sort === 'oldest') return { date: 'asc' };
  return undefined;
}

/** Filters with one group left out: its counts must not be narrowed by its own choices. */
export function withoutGroup(filters: SearchFilters, group: FilterGroup): SearchFilters {
  const { [group]: _left, ...rest } = filters;
  return rest;
}
