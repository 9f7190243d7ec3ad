/**
 * Dates for people (Thai, Buddhist era) and for machines (ISO), always in Bangkok time:
 * a release published at 00:30 in Bangkok is still that day, whatever zone builds it.
 */
import { SITE } from '@/config.ts';
import { buddhistYear } from './buddhist-era.ts';
import { THAI_MONTHS, thaiMonthName } from './months.ts';

const OFFSET_MS = -Date.parse(`1970-01-01T00:00:00${SITE.utcOffset}`);

/** The instant whose UTC wall clock reads what a clock in Bangkok reads at `date`. */
const inBangkok = (date: Date): Date => new Date(date.getTime() + OFFSET_MS);

/** Sunday first, as Date.getUTCDay counts. */
const THAI_WEEKDAYS = ['อาทิตย์', 'จันทร์', 'อังคาร', 'พุธ', 'พฤหัสบดี', 'ศุกร์', 'เสาร์'] as const;

/**
 * The Bangkok calendar day, read without Intl: creating a Thai Intl.DateTimeFormat loads
 * locale data, tens of milliseconds of a phone's main thread on the search page. The
 * Thai forms below are the ones ICU writes (tests/unit/thai/date.test.ts compares them).
 */
function bangkokDay(date: Date): { year: number; month: number; day: number; weekday: number } {
  const local = inBangkok(date);
  if (Number.isNaN(local.getTime())) throw new RangeError('Invalid time value');
  return { year: local.getUTCFullYear(), month: local.getUTCMonth() + 1, day: local.getUTCDate(), weekday: local.getUTCDay() };
}

/** `วันพฤหัสบดีที่ 2 พฤศจิกายน พ.ศ. 2560` */
export function formatThaiDate(date: Date): string {
  const { year, month, day, weekday } = bangkokDay(date);
  return `วัน${THAI_WEEKDAYS[weekday]}ที่ ${day} ${thaiMonthName(month)} พ.ศ. ${buddhistYear(year)}`;
}

/** `2 พ.ย. 2560`, for dense lists. */
export function formatThaiShortDate(date: Date): string {
  const { year, month, day } = bangkokDay(date);
  return `${day} ${THAI_MONTHS[month - 1]!.abbreviation} ${buddhistYear(year)}`;
}

const clock = (date: Date): string => inBangkok(date).toISOString().slice(11, 16);

/** `3 ธันวาคม 2569 เวลา 10:00 น.`, Bangkok time: when a scheduled release appears, when it was updated. */
export function formatThaiDateTime(date: Date): string {
  const { year, month, day } = bangkokDay(date);
  return `${day} ${thaiMonthName(month)} ${buddhistYear(year)} เวลา ${clock(date)} น.`;
}

let longEnglish: Intl.DateTimeFormat | undefined;

/** `3 December 2026 at 10:00`, Bangkok time, for the English half of editors' messages. */
export function formatEnglishDateTime(date: Date): string {
  longEnglish ??= new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeZone: 'UTC' });
  return `${longEnglish.format(inBangkok(date))} at ${clock(date)}`;
}

/** The Bangkok calendar date as `2017-11-02`, for `<time datetime>` and URLs. */
export function isoDateInBangkok(date: Date): string {
  return inBangkok(date).toISOString().slice(0, 10);
}

/** `2017-11-02T14:30` in Bangkok, as an editor writes it in front matter (seconds when there are any). */
export function isoDateTimeInBangkok(date: Date): string {
  const text = inBangkok(date).toISOString();
  return text.slice(17, 19) === '00' ? text.slice(0, 16) : text.slice(0, 19);
}

/** Gregorian year and month (1–12) of the Bangkok calendar date. */
export function yearMonthInBangkok(date: Date): { year: number; month: number } {
  const { year, month } = bangkokDay(date);
  return { year, month };
}

/** `พ.ศ. 2560` */
export function formatBuddhistYear(gregorianYear: number): string {
  return `พ.ศ. ${buddhistYear(gregorianYear)}`;
}

/** `พฤศจิกายน 2560` */
export function formatThaiMonthYear(year: number, month: number): string {
  return `${thaiMonthName(month)} ${buddhistYear(year)}`;
}
