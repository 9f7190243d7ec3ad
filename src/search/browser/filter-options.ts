/** The choices shown for one filter group, from Pagefind's counts. */
import type { FilterGroup } from './state.ts';

export interface FilterOption {
  value: string;
  label: string;
  count: number;
  checked: boolean;
}

/**
 * Values with results, plus chosen ones even at zero (so they can be unchosen).
 * Years run newest first; ministries and provinces by count, then by name.
 */
export function filterOptions(
  group: FilterGroup,
  counts: Readonly<Record<string, number>>,
  chosen: readonly string[],
  labels: Readonly<Record<string, string>>,
): FilterOption[] {
  const values = new Set([...Object.keys(counts).filter((value) => (counts[value] ?? 0) > 0), ...chosen]);
  const options = [...values].map((value) => ({
    value,
    label: group === 'year' ? value : (labels[value] ?? value),
    count: counts[value] ?? 0,
    checked: chosen.includes(value),
  }));
  return options.sort(
    group === 'year'
      ? (a, b) => Number(b.value) - Number(a.value)
      : (a, b) => b.count - a.count || a.label.localeCompare(b.label, 'th'),
  );
}
