/** Counts per filter value (`{ province: { 'TH-10': 3 } }`), added up over several searches. */
export function addCounts(all: readonly Record<string, Record<string, number>>[]): Record<string, Record<string, number>> {
  const sum: Record<string, Record<string, number>> = {};
  for (const counts of all) {
    for (const [group, values] of Object.entries(counts)) {
      const target = (sum[group] ??= {});
      for (const [value, count] of Object.entries(values)) target[value] = (target[value] ?? 0) + count;
    }
  }
  return sum;
}
