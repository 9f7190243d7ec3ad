import { describe, expect, it } from 'vitest';
import { displayWidth, indexAtWidth } from '@/thai/display-width.ts';

describe('the width of Thai text on a line', () => {
  it('does not count vowels and tone marks above and below their letter', () => {
    // ผู้ที่มีสิทธิ์: 14 characters, 6 places (ผ ท ม ส ท ธ); ำ takes a place of its own.
    expect(displayWidth('ผู้ที่มีสิทธิ์')).toBe(6);
    expect(displayWidth('กำหนด')).toBe(5);
    expect(displayWidth('Best Practices')).toBe(14);
  });

  it('finds where the first places of a text end, the marks on the last letter with them', () => {
    expect(indexAtWidth('ผู้ที่มี', 2)).toBe(6);
    expect(indexAtWidth('ผู้ที่มี', 10)).toBe('ผู้ที่มี'.length);
    expect(indexAtWidth('abc', 0)).toBe(0);
  });
});
