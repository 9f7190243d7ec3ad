import { describe, expect, it } from 'vitest';
import { foldThaiDigits } from '@/thai/digits.ts';

describe('foldThaiDigits', () => {
  it('turns every Thai digit into its Arabic one', () => {
    expect(foldThaiDigits('๐๑๒๓๔๕๖๗๘๙')).toBe('0123456789');
  });
  it('leaves other text alone', () => {
    expect(foldThaiDigits('ปี ๒๕๖๓ (2563) ครั้งที่ 1')).toBe('ปี 2563 (2563) ครั้งที่ 1');
  });
});
