/**
 * Reads the dates thaigov releases carry: the Thai date line
 * (`วันพฤหัสบดีที่ 2 พฤศจิกายน 2560`, full or abbreviated month, Thai or Arabic digits,
 * Buddhist-era year, with or without the weekday and พ.ศ.) and `dd/mm/yyyy` lines, both
 * read by src/thai/written-date.ts.
 */
import { foldThaiDigits } from '@/thai/digits.ts';
import { readDayMonthYear, readThaiMonthDate, readThaiTime } from '@/thai/written-date.ts';

/** The ISO date of a Thai date line, or undefined when the line is not one. */
export function parseThaiDateLine(line: string): string | undefined {
  return readThaiMonthDate(line)?.iso;
}

/** `02/11/2560` (or a Gregorian year) as an ISO date. */
export function parseSlashDate(line: string): string | undefined {
  return readDayMonthYear(line)?.iso;
}

/**
 * The ISO date of a line that is a date and nothing more (Thai or dd/mm/yyyy, either era),
 * a time aside: unlike the parsers above, a paragraph that merely opens with a date is not one.
 */
export function dateLine(line: string): string | undefined {
  const read = readThaiMonthDate(line) ?? readDayMonthYear(line);
  return read && readThaiTime(read.rest) !== undefined ? read.iso : undefined;
}

/**
 * A weekday's date typed in a hurry: a misspelt month (พฤาภาคม, มิถนายน, กรกฏาคม), a broken or
 * two-digit Buddhist-era year (25 62, 256., 566, ก.พ.68), a doubled ที่ (ที่่, ที่ดี), or a day
 * alone (วันจันทร์ที่ 28, วันจันทร์ที่). The year must be one of this era's (25…, 5xx, 50–79), so
 * the event's own dates and times (วันศุกร์ที่ 10 และ 11, วันเสาร์ที่ 5 เวลา 9.00) stay text.
 */
const WEEKDAY = 'วัน(?:จันทร์|อังคาร|พุธ|พฤหัสบดี|พฤหัส|ศุกร์|เสาร์|อาทิตย์)';
const MISSPELT_MONTH_AND_YEAR = '\\s*[\\u0E01-\\u0E4E.]{2,14}\\s*(?:พ\\.ศ\\.)?\\s*(?:25[\\d\\s.]{0,4}|5\\d\\d|[5-7]\\d)';
const WEEKDAY_DATE = new RegExp(`^${WEEKDAY}\\s*(?:ที่\\S{0,2})?\\s*\\d{1,2}(?:${MISSPELT_MONTH_AND_YEAR})?$|^${WEEKDAY}\\s*ที่$`);
/** `18 พ.ค.67`, `8 มิ.ย. 68`: an abbreviated month and a two-digit Buddhist-era year. */
const SHORT_DATE = /^\d{1,2}\s*[\u0E01-\u0E4E]{1,2}\.[\u0E01-\u0E4E]{1,2}\.?\s*[5-7]\d$/;

/**
 * A line that is a date and nothing more, though the parsers above cannot read it. Over 500
 * releases of the corpora open their text on one; none says more than the release's date does.
 * A time after it is the event's and keeps the line.
 */
export function isMisspeltDateLine(line: string): boolean {
  const folded = foldThaiDigits(line.trim());
  return WEEKDAY_DATE.test(folded) || SHORT_DATE.test(folded);
}
