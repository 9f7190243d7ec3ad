/**
 * The state of a search, and its URL form `?q=…&ministry=…&category=…&province=…&year=…&from=…&to=…&sort=…`,
 * so a result page can be shared, reloaded and reached with Back. A URL is anyone's
 * input: values that are no ministry, category, province or year are dropped, never looked up.
 */
import { SEARCH_SCRIPT_UI as UI } from '@/i18n/th-search-script.ts';

export const FILTER_GROUPS = ['ministry', 'category', 'province', 'year'] as const;
export type FilterGroup = (typeof FILTER_GROUPS)[number];
export type SearchFilters = Partial<Record<FilterGroup, string[]>>;

const SORTS = ['relevance', 'newest', 'oldest'] as const;
export type SearchSort = (typeof SORTS)[number];

/** A run of months, each `2567-03` (Buddhist era, as readers count years); either end may be open. */
export interface SearchPeriod {
  from?: string;
  to?: string;
}

export interface SearchState {
  query: string;
  filters: SearchFilters;
  period: SearchPeriod;
  sort: SearchSort;
}

/** Longer queries are cut: a search is a few words, and the query is in every URL. */
export const MAX_QUERY_LENGTH = 200;

/** The ministry and category slugs and province codes there are; years are Buddhist-era years of four digits. */
export type KnownFilterValues = Readonly<Record<Exclude<FilterGroup, 'year'>, ReadonlySet<string>>>;

const isSort = (value: string | null): value is SearchSort => SORTS.includes(value as SearchSort);
const BUDDHIST_YEAR = /^\d{4}$/;
const BUDDHIST_MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;
// Without a letter or digit nothing can be searched; Pagefind would return every release for `*`.
const SEARCHABLE = /[\p{L}\p{N}]/u;

/** Unknown parameters, sorts and filter values are ignored; repeated filter values count once. */
export function stateFromParams(params: URLSearchParams, known: KnownFilterValues): SearchState {
  const isKnown = (group: FilterGroup, value: string): boolean =>
    group === 'year' ? BUDDHIST_YEAR.test(value) : known[group].has(value);
  const filters: SearchFilters = {};
  for (const group of FILTER_GROUPS) {
    const values = [
      ...new Set(
        params
          .getAll(group)
          .map((value) => value.trim())
          .filter((value) => isKnown(group, value)),
      ),
    ];
    if (values.length) filters[group] = values;
  }
  const sort = params.get('sort');
  return {
    query: queryFrom(params.get('q') ?? ''),
    filters,
    period: periodFrom(params),
    sort: isSort(sort) ? sort : 'relevance',
  };
}

/** Months that are no month are dropped; ends given the wrong way round are swapped. */
function periodFrom(params: URLSearchParams): SearchPeriod {
  const month = (name: string): string | undefined => {
    const value = params.get(name)?.trim();
    return value && BUDDHIST_MONTH.test(value) ? value : undefined;
  };
  const [from, to] = [month('from'), month('to')];
  const [first, last] = from && to && from > to ? [to, from] : [from, to];
  return { ...(first ? { from: first } : {}), ...(last ? { to: last } : {}) };
}

export const hasPeriod = (period: SearchPeriod = {}): boolean => Boolean(period.from ?? period.to);

/** The months of `months` (the index's, `2567-03`) that fall in the period, both ends included. */
export function monthsInPeriod(months: readonly string[], { from, to }: SearchPeriod): string[] {
  return months.filter((month) => (!from || month >= from) && (!to || month <= to));
}

function queryFrom(typed: string): string {
  // A cut must not leave half of a character outside the Basic Multilingual Plane.
  const query = typed
    .trim()
    .slice(0, MAX_QUERY_LENGTH)
    .replace(/[\uD800-\uDBFF]$/, '')
    .trim();
  return SEARCHABLE.test(query) ? query : '';
}

/**
 * The tab title for a search, after the title the page was served with
 * (`ค้นหาข่าว | แถลง`): the query is inserted as text, never as a replacement pattern.
 */
export function searchPageTitle(servedTitle: string, query: string): string {
  const siteName = servedTitle.startsWith(UI.searchTitle) ? servedTitle.slice(UI.searchTitle.length) : '';
  return `${query ? UI.resultsFor(query) : UI.searchTitle}${siteName}`;
}

/** The default sort is left out so that plain searches keep short URLs. */
export function paramsFromState(state: SearchState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.query) params.set('q', state.query);
  for (const group of FILTER_GROUPS) for (const value of state.filters[group] ?? []) params.append(group, value);
  if (state.period.from) params.set('from', state.period.from);
  if (state.period.to) params.set('to', state.period.to);
  if (state.sort !== 'relevance') params.set('sort', state.sort);
  return params;
}

/** The filter that holds each release's month (`2567-03`), for periods. */
export const MONTH_FILTER = 'month';

/**
 * Pagefind's filter object: values of one group are ORed, groups are ANDed. `months`,
 * when given, are those of a period: a release must be in one of them (none: nothing is).
 */
export function pagefindFilters(filters: SearchFilters = {}, months?: readonly string[]): Record<string, { any: string[] }> {
  const out: Record<string, { any: string[] }> = {};
  for (const group of FILTER_GROUPS) {
    const values = filters[group];
    if (values?.length) out[group] = { any: values };
  }
  // No month is called "none", so a period without releases matches nothing.
  if (months) out[MONTH_FILTER] = { any: months.length ? [...months] : ['none'] };
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
