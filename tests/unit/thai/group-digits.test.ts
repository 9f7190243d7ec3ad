import { describe, expect, it } from 'vitest';
import { groupDigits } from '@/thai/group-digits.ts';

describe('groupDigits', () => {
  it.each([0, 7, 999, 1000, 28_555, 100_000, 1_234_567, -4321])('writes %i as th-TH does', (count) => {
    expect(groupDigits(count)).toBe(count.toLocaleString('th-TH'));
    expect(groupDigits(count)).not.toMatch(/[๐-๙]/);
  });

  it('refuses a fraction', () => {
    expect(() => groupDigits(1.5)).toThrow(RangeError);
  });
});
