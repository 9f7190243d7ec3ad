/** How the search names a month: its month filter and periods (`2567-03`), from a Bangkok date or a shard's name. */
import { buddhistYear } from '@/thai/buddhist-era.ts';

/** 2024, 3 → `2567-03`: Buddhist era, as readers choose months. */
export const buddhistMonthKey = (gregorianYear: number, month: number): string =>
  `${buddhistYear(gregorianYear)}-${String(month).padStart(2, '0')}`;
