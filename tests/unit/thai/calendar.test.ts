import { describe, expect, it } from 'vitest';
import { isRealCalendarDate } from '@/thai/calendar.ts';

describe('isRealCalendarDate', () => {
  it.each([
    [2017, 11, 2],
    [2020, 2, 29],
    [2000, 2, 29],
    [2017, 1, 31],
    [2017, 12, 31],
  ])('accepts %i-%i-%i', (year, month, day) => {
    expect(isRealCalendarDate(year, month, day)).toBe(true);
  });
  it.each([
    [2017, 2, 29],
    [1900, 2, 29],
    [2017, 4, 31],
    [2017, 13, 1],
    [2017, 0, 1],
    [2017, 1, 0],
    [2017, 1, 32],
  ])('refuses %i-%i-%i', (year, month, day) => {
    expect(isRealCalendarDate(year, month, day)).toBe(false);
  });
});
