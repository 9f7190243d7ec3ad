import { describe, expect, it } from 'vitest';
import { readThaiTime, thaiDateAsIso, thaiNamedDay } from '@/thai/written-date.ts';

describe('a Thai-written date as the ISO date it stands for', () => {
  it.each([
    ['20 พ.ย. 2569', '2026-11-20'],
    ['20 พฤศจิกายน 2569', '2026-11-20'],
    ['วันศุกร์ที่ 20 พฤศจิกายน พ.ศ. 2569', '2026-11-20'],
    ['๒๐ พ.ย. ๒๕๖๙', '2026-11-20'],
    ['20 พ.ย. 69', '2026-11-20'],
    ['20 พฤศจิกายน 2026', '2026-11-20'],
    ['20/11/2569', '2026-11-20'],
    ['20.11.2569', '2026-11-20'],
    ['20-11-2569', '2026-11-20'],
    ['20/11/2026', '2026-11-20'],
    ['2569-11-20', '2026-11-20'],
    ['2569-11-20T10:00', '2026-11-20T10:00'],
    ['20 พ.ย. 2569 เวลา 10.00 น.', '2026-11-20T10:00'],
    ['20/11/2569 14:30', '2026-11-20T14:30'],
  ])('%s → %s', (written, iso) => {
    expect(thaiDateAsIso(written)).toBe(iso);
  });

  it.each([
    '2026-11-20',
    '30 กุมภาพันธ์ 2569',
    '20/13/2569',
    '20 พ.ย. 2569 ประชุม',
    '20-11/2569',
    'พรุ่งนี้',
    '20 พ.ย. 2569 เวลา 25.00 น.',
  ])('refuses %s', (written) => {
    expect(thaiDateAsIso(written)).toBeUndefined();
  });

  it('reads the time after a date, or nothing', () => {
    expect(readThaiTime(' เวลา 9.05 น.')).toBe('09:05');
    expect(readThaiTime('  ')).toBe('');
    expect(readThaiTime(' ประชุม')).toBeUndefined();
  });

  it('names the day a Thai-written date means though the calendar lacks it, with the year as written', () => {
    expect(thaiNamedDay('30/02/2569')).toEqual({ day: { year: 2026, month: 2, day: 30 }, writtenYear: 2569 });
    expect(thaiNamedDay('31 เม.ย. 2569')).toEqual({ day: { year: 2026, month: 4, day: 31 }, writtenYear: 2569 });
    expect(thaiNamedDay('20/11/2026')).toEqual({ day: { year: 2026, month: 11, day: 20 }, writtenYear: 2026 });
    expect(thaiNamedDay('2026-02-30')).toBeUndefined();
    expect(thaiNamedDay('30/02/2569 ประชุม')).toBeUndefined();
  });
});
