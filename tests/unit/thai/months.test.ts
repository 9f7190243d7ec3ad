import { describe, expect, it } from 'vitest';
import { THAI_MONTHS, thaiMonthName, thaiMonthNumber } from '@/thai/months.ts';

describe('thaiMonthName', () => {
  it('names months 1–12, January first', () => {
    expect(thaiMonthName(1)).toBe('มกราคม');
    expect(thaiMonthName(11)).toBe('พฤศจิกายน');
    expect(thaiMonthName(12)).toBe('ธันวาคม');
  });
  it.each([0, 13, 1.5])('refuses month %s', (month) => {
    expect(() => thaiMonthName(month)).toThrow(RangeError);
  });
});

describe('thaiMonthNumber', () => {
  it('reads every full name and abbreviation back to its month', () => {
    THAI_MONTHS.forEach(({ name, abbreviation }, index) => {
      expect(thaiMonthNumber(name)).toBe(index + 1);
      expect(thaiMonthNumber(abbreviation)).toBe(index + 1);
    });
  });
  it.each(['', 'พฤศจิกา', 'ม.ค', 'November'])('knows no month %j', (name) => {
    expect(thaiMonthNumber(name)).toBeUndefined();
  });
});
