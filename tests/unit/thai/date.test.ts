import { describe, expect, it } from 'vitest';
import {
  formatThaiDate,
  formatThaiDateTime,
  formatThaiShortDate,
  isoDateInBangkok,
  formatThaiMonthYear,
  yearMonthInBangkok,
  formatBuddhistYear,
} from '@/thai/date.ts';
import { parseReleaseDate } from '@/release/date.ts';

describe('formatThaiDate', () => {
  it.each([
    ['2017-11-02', 'วันพฤหัสบดีที่ 2 พฤศจิกายน พ.ศ. 2560'],
    ['2020-02-29', 'วันเสาร์ที่ 29 กุมภาพันธ์ พ.ศ. 2563'],
    ['2025-01-01', 'วันพุธที่ 1 มกราคม พ.ศ. 2568'],
  ])('shows %s with weekday and Buddhist-era year', (iso, expected) => {
    expect(formatThaiDate(parseReleaseDate(iso)!)).toBe(expected);
  });

  it('keeps the Bangkok calendar day just after midnight (17:30 UTC the day before)', () => {
    const date = new Date('2017-11-01T17:30:00Z');
    expect(isoDateInBangkok(date)).toBe('2017-11-02');
    expect(formatThaiDate(date)).toBe('วันพฤหัสบดีที่ 2 พฤศจิกายน พ.ศ. 2560');
  });

  it('keeps the Bangkok calendar day just before midnight', () => {
    const date = new Date('2017-11-02T16:59:00Z');
    expect(isoDateInBangkok(date)).toBe('2017-11-02');
  });

  it('crosses 31 December to 1 January in Bangkok time, and the Buddhist year with it', () => {
    const newYear = new Date('2019-12-31T17:00:00Z');
    expect(isoDateInBangkok(newYear)).toBe('2020-01-01');
    expect(formatThaiDate(newYear)).toBe('วันพุธที่ 1 มกราคม พ.ศ. 2563');
    expect(yearMonthInBangkok(newYear)).toEqual({ year: 2020, month: 1 });
    const lastDay = new Date('2019-12-31T16:59:59Z');
    expect(formatThaiDate(lastDay)).toBe('วันอังคารที่ 31 ธันวาคม พ.ศ. 2562');
  });
});

describe('dates before 1920', () => {
  it("keep their Bangkok day: +07:00, not the tz database's local mean time (+06:42)", () => {
    const date = parseReleaseDate('1910-05-01')!;
    expect(isoDateInBangkok(date)).toBe('1910-05-01');
    expect(formatThaiDate(date)).toBe('วันอาทิตย์ที่ 1 พฤษภาคม พ.ศ. 2453');
    expect(yearMonthInBangkok(parseReleaseDate('1900-01-01')!)).toEqual({ year: 1900, month: 1 });
  });
});

describe('month and year labels', () => {
  it('labels archive months in the Buddhist era', () => {
    expect(formatThaiMonthYear(2017, 11)).toBe('พฤศจิกายน 2560');
    expect(formatBuddhistYear(2020)).toBe('พ.ศ. 2563');
  });
});

describe('parseReleaseDate', () => {
  it.each([
    ['2017-11-02', '2017-11-01T17:00:00.000Z'],
    ['2017-11-02T14:30', '2017-11-02T07:30:00.000Z'],
    ['2017-11-02T14:30:15', '2017-11-02T07:30:15.000Z'],
    ['2017-11-02T14:30:00Z', '2017-11-02T14:30:00.000Z'],
    ['2017-11-02T14:30:00+0100', '2017-11-02T13:30:00.000Z'],
  ])('reads %s (no offset = Bangkok time)', (input, expected) => {
    expect(parseReleaseDate(input)?.toISOString()).toBe(expected);
  });

  it.each([
    '2017-02-30',
    '2017-13-01',
    '02/11/2017',
    '2 พฤศจิกายน 2560',
    '2017-11-02T25:00',
    '',
    '0001-07-23',
    '1899-12-31',
    '2101-01-01',
    '2560-11-02',
  ])('rejects %j', (input) => {
    expect(parseReleaseDate(input)).toBeUndefined();
  });
});

describe('Thai dates written without Intl', () => {
  // ICU's own Thai forms, at Bangkok's +07:00 (the site's offset, also before 1920): what the site wrote before it stopped
  // loading Intl's locale data on phones. One day in every 9 from 1900 to 2100 and a few
  // instants either side of Bangkok's midnight.
  const intl = (options: Intl.DateTimeFormatOptions) => new Intl.DateTimeFormat('th-TH', { ...options, timeZone: '+07:00' });
  const full = intl({ dateStyle: 'full' });
  const medium = intl({ dateStyle: 'medium' });
  const long = intl({ dateStyle: 'long' });
  const iso = new Intl.DateTimeFormat('en-CA', { year: 'numeric', month: '2-digit', day: '2-digit', timeZone: '+07:00' });
  const instants: Date[] = [];
  for (let t = Date.UTC(1900, 0, 1, 5, 13); t < Date.UTC(2100, 0, 1); t += 9 * 86_400_000 + 3_600_000) instants.push(new Date(t));
  instants.push(new Date('2017-11-01T16:59:59Z'), new Date('2017-11-01T17:00:00Z'), new Date('2024-02-29T16:59:00Z'));

  it('match ICU for every sampled instant', () => {
    const differ = instants.filter(
      (date) =>
        formatThaiDate(date) !== full.format(date) ||
        formatThaiShortDate(date) !== medium.format(date) ||
        !formatThaiDateTime(date).startsWith(`${long.format(date)} เวลา `) ||
        isoDateInBangkok(date) !== iso.format(date),
    );
    expect(instants.length).toBeGreaterThan(8000);
    expect(differ.map((date) => date.toISOString())).toEqual([]);
  });

  it('refuses an invalid date as Intl did', () => {
    expect(() => formatThaiDate(new Date(Number.NaN))).toThrow(RangeError);
  });
});
