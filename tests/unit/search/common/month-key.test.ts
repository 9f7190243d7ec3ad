import { describe, expect, it } from 'vitest';
import { buddhistMonthKey } from '@/search/common/month-key.ts';

describe('buddhistMonthKey', () => {
  it('names a month in the Buddhist era with two-digit months, so keys sort in time order', () => {
    expect(buddhistMonthKey(2024, 3)).toBe('2567-03');
    expect(buddhistMonthKey(2016, 12)).toBe('2559-12');
    expect([buddhistMonthKey(2020, 10), buddhistMonthKey(2020, 9)].sort()).toEqual(['2563-09', '2563-10']);
  });
});
