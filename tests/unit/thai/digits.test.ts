import { describe, expect, it } from 'vitest';
import { foldThaiDigits, toThaiDigits } from '@/thai/digits.ts';

describe('Thai digits', () => {
  it.each([
    ['๐๑๒๓๔๕๖๗๘๙', '0123456789'],
    ['ปี ๒๕๖๓ (2563) ครั้งที่ 1', 'ปี 2563 (2563) ครั้งที่ 1'],
  ])('fold %j into Arabic ones, leaving the rest', (thai, arabic) => {
    expect(foldThaiDigits(thai)).toBe(arabic);
  });

  it.each([
    ['0123456789', '๐๑๒๓๔๕๖๗๘๙'],
    ['ปี ๒๕๖๓ ครั้งที่ 1', 'ปี ๒๕๖๓ ครั้งที่ ๑'],
  ])('come back from %j', (arabic, thai) => {
    expect(toThaiDigits(arabic)).toBe(thai);
  });
});
