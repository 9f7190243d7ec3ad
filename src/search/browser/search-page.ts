/**
 * The search page in the browser. The URL is the only state: every change pushes it,
 * and Back, reload or a shared link draw the same page again from it.
 */
import { SEARCH_SCRIPT_UI as UI } from '@/i18n/th-search-script.ts';
import {
  stateFromParams,
  paramsFromState,
  searchPageTitle,
  FILTER_GROUPS,
  MAX_QUERY_LENGTH,
  MONTH_FILTER,
  hasPeriod,
  type SearchState,
  type SearchSort,
  type FilterGroup,
} from './state.ts';
import { filterOptions } from './filter-options.ts';
import { formatThaiDate } from '@/thai/date.ts';
import { groupDigits } from '@/thai/group-digits.ts';
import { thaiMonthName } from '@/thai/months.ts';
import { ministryPath, searchPath } from '@/site/paths.ts';
import type { PagefindResult } from './pagefind-api.ts';
import type { ThaiSearch } from './thai-search.ts';

type SearchModule = typeof import('./thai-search.ts');

const PAGE_SIZE = 10;

const form = document.querySelector<HTMLFormElement>('#search-form')!;
const input = form.querySelector<HTMLInputElement>('#search-q')!;
const sortSelect = form.querySelector<HTMLSelectElement>('#search-sort')!;
const status = document.querySelector<HTMLElement>('#search-status')!;
const list = document.querySelector<HTMLOListElement>('#search-results')!;
const loadMore = document.querySelector<HTMLButtonElement>('#load-more')!;
const noResults = document.querySelector<HTMLElement>('#no-results')!;
const clearLink = form.querySelector<HTMLAnchorElement>('.clear-filters')!;
const latest = document.querySelector<HTMLElement>('#search-latest')!;
const chips = document.querySelector<HTMLUListElement>('#chosen-filters')!;
const withoutFilters = document.querySelector<HTMLAnchorElement>('#without-filters')!;
const filtersPanel = form.querySelector<HTMLDetailsElement>('#filters')!;
const narrowProvinces = form.querySelector<HTMLInputElement>('[data-narrow="province"]')!;
const periodSelects = [
  form.querySelector<HTMLSelectElement>('#period-from')!,
  form.querySelector<HTMLSelectElement>('#period-to')!,
] as const;
const labelData = JSON.parse(document.querySelector('#search-labels')?.textContent ?? '{}') as Partial<
  Record<FilterGroup, Record<string, string>>
>;
// Maps, so that a value from a URL or an index (toString, __proto__) finds nothing it was not given.
const labels = new Map(FILTER_GROUPS.map((group) => [group, new Map(Object.entries(labelData[group] ?? {}))]));
const known = {
  ministry: new Set(labels.get('ministry')!.keys()),
  category: new Set(labels.get('category')!.keys()),
  province: new Set(labels.get('province')!.keys()),
};
const servedTitle = document.title;
input.maxLength = MAX_QUERY_LENGTH;
const searchModule = import(/* @vite-ignore */ form.dataset['module']!) as Promise<SearchModule>;
// The reader is still typing: fetch the index's metadata meanwhile, so the first answer is quick.
void searchModule.then((search) => search.preload()).catch(() => undefined);

// The results so far of the search drawn last, how many of them are drawn, and whether all are in.
let results: PagefindResult[] = [];
let drawn = 0;
let complete = true;
let runId = 0;
/** Stops the search the reader has left, so that it does not hold up the next one. */
let leftSearch = new AbortController();
/** The search drawn last, and the run whose filter choices are drawn. */
let current: SearchState | undefined;
let filtersDrawnFor = 0;
/** Every month of the index, once known: the period's choices, whatever the search. */
let indexMonths: readonly string[] = [];

/**
 * Where the reader was in a search's results, kept in its history entry (on more results, a new search and leaving
 * the page): Back (from a release, or to an earlier search) draws as many results again and returns there. The
 * browser's own scroll restoring comes before the results do.
 */
interface Place {
  shown: number;
  scrollY: number;
}
history.scrollRestoration = 'manual';
const keepPlace = (): void => history.replaceState({ shown: drawn, scrollY: window.scrollY } satisfies Place, '');
function placeKept(): Place | undefined {
  const kept = history.state as Partial<Place> | null;
  return typeof kept?.shown === 'number' && typeof kept.scrollY === 'number'
    ? { shown: kept.shown, scrollY: kept.scrollY }
    : undefined;
}

function readForm(): SearchState {
  const params = new URLSearchParams();
  for (const [name, value] of new FormData(form)) if (typeof value === 'string') params.append(name, value);
  return stateFromParams(params, known);
}

function showState(state: SearchState): void {
  input.value = state.query;
  sortSelect.value = state.sort;
  showPeriod(state);
}

/** `มีนาคม 2567` for the index's `2567-03`. */
function monthLabel(month: string): string {
  const [year, number] = month.split('-');
  return `${thaiMonthName(Number(number))} ${year}`;
}

/** The months the index has, newest first, as the period's choices; the chosen ones stay. */
function drawPeriod(state: SearchState, months: readonly string[]): void {
  const choices = [...new Set([...months, state.period.from ?? '', state.period.to ?? ''])].filter(Boolean).sort().reverse();
  for (const select of periodSelects) {
    const open = select.options[0]!;
    select.replaceChildren(
      open,
      ...choices.map((month) => {
        const option = document.createElement('option');
        option.value = month;
        option.textContent = monthLabel(month);
        return option;
      }),
    );
  }
  showPeriod(state);
}

function showPeriod(state: SearchState): void {
  periodSelects[0].value = state.period.from ?? '';
  periodSelects[1].value = state.period.to ?? '';
}

async function run(state: SearchState, place?: Place): Promise<void> {
  const id = ++runId;
  current = state;
  // The ticks follow the URL at once (after Back, say); the counts beside them come later.
  for (const box of form.querySelectorAll<HTMLInputElement>('.filter-options input')) {
    box.checked = state.filters[box.name as FilterGroup]?.includes(box.value) ?? false;
  }
  const hasFilters = FILTER_GROUPS.some((group) => state.filters[group]?.length) || hasPeriod(state.period);
  clearLink.hidden = !hasFilters;
  drawChips(state);
  document.title = searchPageTitle(servedTitle, state.query);
  let search: SearchModule;
  try {
    search = await searchModule;
  } catch {
    status.textContent = UI.searchUnavailable;
    return;
  }
  // The chosen period stays a choice, so that reading the form keeps it before the index's months are known.
  drawPeriod(state, indexMonths);
  leftSearch.abort();
  leftSearch = new AbortController();
  // The last search's results stay in view until the first new ones, but are no longer added to.
  results = [];
  drawn = 0;
  complete = true;
  noResults.hidden = loadMore.hidden = true;
  const nothingAsked = !state.query && !hasFilters;
  // Before anything is asked the page shows the newest releases, drawn with the page.
  latest.hidden = !nothingAsked;
  withoutFilters.hidden = !(state.query && hasFilters);
  withoutFilters.href = `${searchPath()}?${paramsFromState({ query: state.query, filters: {}, period: {}, sort: state.sort }).toString()}`;
  if (nothingAsked) {
    list.replaceChildren();
    status.textContent = '';
    if (place) window.scrollTo(0, place.scrollY);
  } else {
    status.textContent = UI.searching;
    try {
      if (!(await showInTurn(id, state, search, place))) return;
    } catch {
      if (id === runId) status.textContent = UI.searchUnavailable;
      return;
    }
  }
  if (filtersPanel.open) await drawFilterChoices(search, state, id);
}

/**
 * Results arrive shard by shard, newest first, each answer the one before with more
 * after it: the first page fills as they come, nothing drawn moves, and the status says
 * that older news is still being searched. False when a newer search took over.
 */
async function showInTurn(id: number, state: SearchState, search: SearchModule, place?: Place): Promise<boolean> {
  let first = true;
  // Back to where the reader was as soon as the results they had are in again, not after the last shard.
  let placed = false;
  const { signal } = leftSearch;
  const answers = search.searchInTurn(state.query, { filters: state.filters, period: state.period, sort: state.sort, signal });
  try {
    for await (const found of answers) {
      if (id !== runId) return false;
      if (first) {
        list.replaceChildren();
        first = false;
      }
      results = found.results;
      complete = found.complete;
      noResults.hidden = results.length > 0 || !complete;
      await drawUpTo(id, Math.max(drawn, PAGE_SIZE, place?.shown ?? 0));
      if (id !== runId) return false;
      if (place && !placed && (drawn >= place.shown || complete)) {
        window.scrollTo(0, place.scrollY);
        placed = true;
      }
      announce(
        drawn > PAGE_SIZE && complete && drawn < results.length
          ? UI.showing(drawn, results.length)
          : statusText(found, state.sort),
      );
    }
  } catch (error) {
    if (signal.aborted) return false;
    throw error;
  }
  return true;
}

/** The status is read out as it changes: it changes once while shards answer, and once when all have. */
function announce(text: string): void {
  if (status.textContent !== text) status.textContent = text;
}

function statusText(found: ThaiSearch, sort: SearchSort): string {
  const count = found.results.length;
  if (!found.complete) return sort === 'oldest' ? UI.resultsSoFarOldest : UI.resultsSoFar;
  // The no-results heading says it already: no "0 releases" beside it.
  if (!count) return '';
  return found.matchedAs === 'words' ? `${UI.resultCount(count)} — ${UI.wordsApart}` : UI.resultCount(count);
}

/**
 * The filters' choices with their counts. Each count is a search of its own: they come after
 * the results the reader came for, and on a phone only once the reader opens the filters.
 */
async function drawFilterChoices(search: SearchModule, state: SearchState, id: number): Promise<void> {
  if (filtersDrawnFor === id) return;
  filtersDrawnFor = id;
  const [counts, totals] = await Promise.all([
    search.filterCounts(state.query, state.filters, state.period),
    search.filterCounts(''),
  ]);
  if (id !== runId) return;
  indexMonths = Object.keys(totals[MONTH_FILTER] ?? {});
  drawPeriod(state, indexMonths);
  drawFilters(state, counts);
}

/** Each chosen filter as a button above the results that takes it away again. */
function drawChips(state: SearchState): void {
  const chosen = FILTER_GROUPS.flatMap((group) => (state.filters[group] ?? []).map((value) => ({ group, value })));
  const count = chosen.length + (hasPeriod(state.period) ? 1 : 0);
  chips.hidden = count === 0;
  filtersPanel.querySelector('.chosen-count')!.textContent = count ? `(${groupDigits(count)})` : '';
  chips.replaceChildren(
    ...(hasPeriod(state.period) ? [periodChip(state)] : []),
    ...chosen.map(({ group, value }) => {
      const item = document.createElement('li');
      const button = item.appendChild(document.createElement('button'));
      const label = group === 'year' ? `${UI.filterYear} ${value}` : (labels.get(group)!.get(value) ?? value);
      button.type = 'button';
      button.textContent = `${label} ×`;
      button.setAttribute('aria-label', UI.removeFilter(label));
      button.addEventListener('click', () => {
        const box = form.querySelector<HTMLInputElement>(`input[name="${group}"][value="${CSS.escape(value)}"]`);
        if (box) box.checked = false;
        go(readForm());
        input.focus();
      });
      return item;
    }),
  );
}

/** Draws the results up to `count`; the first new one, for the focus. */
async function drawUpTo(id: number, count: number): Promise<HTMLLIElement | undefined> {
  const batch = results.slice(drawn, count);
  drawn += batch.length;
  const data = await Promise.all(batch.map((result) => result.data()));
  if (id !== runId) return undefined;
  const items = data.map((result) => resultItem(result.url, result.meta, result.filters, result.excerpt));
  list.append(...items);
  loadMore.hidden = drawn >= results.length;
  return items[0];
}

function resultItem(
  url: string,
  meta: Record<string, string>,
  filters: Record<string, string[]>,
  excerpt: string,
): HTMLLIElement {
  const item = document.createElement('li');
  const heading = item.appendChild(document.createElement('h3'));
  const link = heading.appendChild(document.createElement('a'));
  link.href = url;
  link.textContent = meta['title'] ?? url;
  const details = item.appendChild(document.createElement('p'));
  details.className = 'meta';
  const date = meta['date'] ?? '';
  if (date) {
    const time = details.appendChild(document.createElement('time'));
    time.dateTime = date;
    time.textContent = formatThaiDate(new Date(`${date}T12:00:00+07:00`));
    details.append(' · ');
  }
  const ministry = filters['ministry']?.[0] ?? '';
  const ministryName = labels.get('ministry')!.get(ministry);
  if (ministryName) {
    const ministryLink = details.appendChild(document.createElement('a'));
    ministryLink.href = ministryPath(ministry);
    ministryLink.textContent = ministryName;
  }
  const text = item.appendChild(document.createElement('p'));
  text.className = 'excerpt';
  // The excerpt is escaped text with <mark> only (src/search/common/excerpt.ts).
  text.innerHTML = excerpt;
  return item;
}

function drawFilters(state: SearchState, counts: Record<string, Record<string, number>>): void {
  const focused =
    document.activeElement instanceof HTMLInputElement && document.activeElement.type === 'checkbox'
      ? { name: document.activeElement.name, value: document.activeElement.value }
      : undefined;
  for (const group of FILTER_GROUPS) drawGroup(group, state.filters[group] ?? [], counts[group] ?? {});
  if (focused)
    form.querySelector<HTMLInputElement>(`input[name="${focused.name}"][value="${CSS.escape(focused.value)}"]`)?.focus();
}

function drawGroup(group: FilterGroup, chosen: string[], counts: Record<string, number>): void {
  const details = form.querySelector<HTMLDetailsElement>(`.filter-group[data-group="${group}"]`)!;
  const options = filterOptions(group, counts, chosen, Object.fromEntries(labels.get(group)!));
  details.hidden = options.length === 0;
  if (chosen.length) details.open = true;
  details.querySelector('.chosen')!.textContent = chosen.length ? `(${groupDigits(chosen.length)})` : '';
  const list = details.querySelector('.filter-options')!;
  list.replaceChildren(
    ...options.map((option) => {
      const item = document.createElement('li');
      const label = item.appendChild(document.createElement('label'));
      const box = label.appendChild(document.createElement('input'));
      box.type = 'checkbox';
      box.name = group;
      box.value = option.value;
      box.checked = option.checked;
      const name = label.appendChild(document.createElement('span'));
      name.textContent = option.label;
      const count = label.appendChild(document.createElement('span'));
      count.className = 'count';
      count.textContent = `(${groupDigits(option.count)})`;
      return item;
    }),
  );
  if (group === 'province') narrow(list, narrowProvinces.value);
}

/** The chosen period as a chip that clears it. */
function periodChip(state: SearchState): HTMLLIElement {
  const item = document.createElement('li');
  const button = item.appendChild(document.createElement('button'));
  const label = UI.periodChip(
    state.period.from ? monthLabel(state.period.from) : '',
    state.period.to ? monthLabel(state.period.to) : '',
  );
  button.type = 'button';
  button.textContent = `${label} ×`;
  button.setAttribute('aria-label', UI.removeFilter(label));
  button.addEventListener('click', () => {
    for (const select of periodSelects) select.value = '';
    go(readForm());
    input.focus();
  });
  return item;
}

/** Shows only the options whose name holds what the reader typed (GOV.UK's option-select). */
function narrow(options: Element, typed: string): void {
  const wanted = typed.trim().toLowerCase();
  for (const item of options.querySelectorAll<HTMLLIElement>('li')) {
    const box = item.querySelector('input');
    item.hidden = Boolean(wanted) && !box?.checked && !(item.textContent ?? '').toLowerCase().includes(wanted);
  }
}

function go(state: SearchState): void {
  keepPlace();
  const query = paramsFromState(state).toString();
  history.pushState(null, '', query ? `?${query}` : location.pathname);
  void run(state);
}

form.addEventListener('submit', (event) => {
  event.preventDefault();
  go(readForm());
});
form.addEventListener('change', (event) => {
  if (event.target !== input && event.target !== narrowProvinces) go(readForm());
});
narrowProvinces.addEventListener('input', () =>
  narrow(form.querySelector('[data-group="province"] .filter-options')!, narrowProvinces.value),
);
// Enter in the narrowing box picks nothing and must not submit the search.
narrowProvinces.addEventListener('keydown', (event) => {
  if (event.key === 'Enter') event.preventDefault();
});
// Beside the results there is room for the filters; on a phone they wait behind their summary.
filtersPanel.open = window.matchMedia('(min-width: 48rem)').matches;
filtersPanel.addEventListener('toggle', () => {
  const state = current;
  if (filtersPanel.open && state) void searchModule.then((search) => drawFilterChoices(search, state, runId));
});
loadMore.addEventListener('click', async () => {
  const first = await drawUpTo(runId, drawn + PAGE_SIZE);
  // Keyboard and screen-reader users continue at the first new result.
  first?.querySelector('a')?.focus();
  // While shards still answer, the total is not known yet.
  if (complete) status.textContent = UI.showing(drawn, results.length);
  keepPlace();
});
window.addEventListener('pagehide', keepPlace);
window.addEventListener('popstate', () => {
  const state = stateFromParams(new URLSearchParams(location.search), known);
  showState(state);
  void run(state, placeKept());
});

const initial = stateFromParams(new URLSearchParams(location.search), known);
showState(initial);
void run(initial, placeKept());
