import { describe, expect, it } from 'vitest';
import { withStandardSpelling } from '@/thai/spelling.ts';

describe('Thai spelt the standard way', () => {
  it('writes sara am typed as nikhahit and sara aa as sara am', () => {
    expect(withStandardSpelling('การด\u0E4D\u0E32\u0E40นินงานของส\u0E4D\u0E32นักนายกรัฐมนตรี')).toBe('การดำเนินงานของสำนักนายกรัฐมนตรี');
  });

  it('keeps a tone mark typed between them before sara am', () => {
    expect(withStandardSpelling('น\u0E4D\u0E49\u0E32ท่วม')).toBe('น้ำท่วม');
    expect(withStandardSpelling('น\u0E49\u0E4D\u0E32ท่วม')).toBe('น้ำท่วม');
  });

  it('writes two sara e as sara ae', () => {
    expect(withStandardSpelling('กระทรวง\u0E40\u0E40รงงาน เข้ม\u0E40\u0E40ข็ง')).toBe('กระทรวงแรงงาน เข้มแข็ง');
  });

  it('leaves text already spelt so alone', () => {
    expect(withStandardSpelling('กระทรวงแรงงาน ดำเนินการ น้ำท่วม')).toBe('กระทรวงแรงงาน ดำเนินการ น้ำท่วม');
  });
});
