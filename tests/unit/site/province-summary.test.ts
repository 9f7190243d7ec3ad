import { describe, expect, it } from 'vitest';
import { LISTED_PROVINCES_MAX, provinceSummary } from '@/site/province-summary.ts';

describe('provinceSummary', () => {
  it.each([
    [1, undefined],
    [LISTED_PROVINCES_MAX, undefined],
    [LISTED_PROVINCES_MAX + 1, '11 จังหวัด'],
    [76, '76 จังหวัด'],
    [77, 'ทั่วประเทศ (77 จังหวัด)'],
  ])('%i provinces: %s', (count, expected) => {
    expect(provinceSummary(count)).toBe(expected);
  });
});
