import { describe, expect, it } from 'vitest';
import { paginationItems, type PaginationItem } from '@/site/pagination-items.ts';

/** `1 … [5] 6 … 9`: numbers, the current one in brackets, gaps as … */
const show = (items: PaginationItem[]): string =>
  items.map((item) => (item.kind === 'ellipsis' ? '…' : item.current ? `[${item.number}]` : String(item.number))).join(' ');

describe('paginationItems', () => {
  it.each([
    { current: 1, last: 1, expected: '' },
    { current: 1, last: 2, expected: '[1] 2' },
    { current: 2, last: 2, expected: '1 [2]' },
    { current: 2, last: 3, expected: '1 [2] 3' },
    { current: 1, last: 7, expected: '[1] 2 … 7' },
    { current: 2, last: 7, expected: '1 [2] 3 … 7' },
    // A gap of one page shows the page, not an ellipsis.
    { current: 3, last: 7, expected: '1 2 [3] 4 … 7' },
    { current: 4, last: 7, expected: '1 2 3 [4] 5 6 7' },
    { current: 5, last: 9, expected: '1 … 4 [5] 6 … 9' },
    { current: 6, last: 7, expected: '1 … 5 [6] 7' },
    { current: 7, last: 7, expected: '1 … 6 [7]' },
    { current: 75, last: 150, expected: '1 … 74 [75] 76 … 150' },
  ])('page $current of $last: $expected', ({ current, last, expected }) => {
    expect(show(paginationItems(current, last))).toBe(expected);
  });

  it('marks exactly one page current, and keeps numbers in order without repeats', () => {
    for (let last = 1; last <= 12; last++) {
      for (let current = 1; current <= last; current++) {
        const items = paginationItems(current, last);
        const numbers = items.flatMap((item) => (item.kind === 'page' ? [item.number] : []));
        expect(numbers).toEqual([...new Set(numbers)].sort((a, b) => a - b));
        expect(items.filter((item) => item.kind === 'page' && item.current)).toHaveLength(last > 1 ? 1 : 0);
        // Never more than first, last, current, two neighbours and two gaps.
        expect(items.length).toBeLessThanOrEqual(7);
      }
    }
  });

  it('shows more neighbours when asked', () => {
    expect(show(paginationItems(10, 20, 2))).toBe('1 … 8 9 [10] 11 12 … 20');
  });
});
