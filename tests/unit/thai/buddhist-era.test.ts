import { describe, expect, it } from 'vitest';
import { buddhistYear, gregorianYear } from '@/thai/buddhist-era.ts';

describe('the Buddhist era', () => {
  it('is 543 years ahead: 2017 is 2560', () => {
    expect(buddhistYear(2017)).toBe(2560);
    expect(gregorianYear(2560)).toBe(2017);
  });
  it('goes there and back', () => {
    for (const year of [1900, 2000, 2024, 2100]) expect(gregorianYear(buddhistYear(year))).toBe(year);
  });
});
