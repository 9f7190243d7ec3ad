import { describe, expect, it } from 'vitest';
import { provinceName } from '@/thai/province-name.ts';

describe('provinceName', () => {
  it('puts จังหวัด before a province', () => {
    expect(provinceName({ code: 'TH-50', nameTh: 'เชียงใหม่' })).toBe('จังหวัดเชียงใหม่');
  });
  it('names Bangkok, which is no จังหวัด, on its own', () => {
    expect(provinceName({ code: 'TH-10', nameTh: 'กรุงเทพมหานคร' })).toBe('กรุงเทพมหานคร');
  });
});
