/**
 * What stands for a release's provinces when they are too many to list before its text
 * (one listed 77 links, issue 15): more than ten collapse behind this summary, which
 * says ทั่วประเทศ when all are there. Undefined when the list is short enough to show.
 */
import { provinces } from '@/release/registries.ts';
import { UI } from '@/i18n/th.ts';

export const LISTED_PROVINCES_MAX = 10;

export function provinceSummary(count: number): string | undefined {
  if (count <= LISTED_PROVINCES_MAX) return undefined;
  return count >= provinces.length ? `${UI.metaNational} (${UI.provinceCount(count)})` : UI.provinceCount(count);
}
