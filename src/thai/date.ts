/**
 * Dates for people (Thai, Buddhist era) and for machines (ISO), always in Bangkok time:
 * a release published at 00:30 in Bangkok is still that day, whatever zone builds it.
 */
import { SITE } from '@/config.ts';
import { buddhistYear } from './buddhist-era.ts';
import { thaiMonthName } from './months.ts';

/**
 * A formatter made on first use: each costs a phone tens of milliseconds of loading locale
 * data, and a page's script uses one or none. Formatted in UTC after moving the instant by
 * Bangkok's offset (see SITE.utcOffset).
 */
function formatter(locale: string, options: Intl.DateTimeFormatOptions): () => Intl.DateTimeFormat {
  let made: Intl.DateTimeFormat | undefined;
  return () => (made ??= new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' }));
}

const fullThai = formatter('th-TH', { dateStyle: 'full' });
const shortThai = formatter('th-TH', { dateStyle: 'medium' });
const isoParts = formatter('en-CA', { year: 'numeric', month: '2-digit', day: '2-digit' });

const OFFSET_MS = -Date.parse(`1970-01-01T00:00:00${SITE.utcOffset}`);

/** The instant whose UTC wall clock reads what a clock in Bangkok reads at `date`. */
const inBangkok = (date: Date): Date => new Date(date.getTime() + OFFSET_MS);

/** `วันพฤหัสบดีที่ 2 พฤศจิกายน พ.ศ. 2560` */
export function formatThaiDate(date: Date): string {
  return fullThai().format(inBangkok(date));
}

/** `2 พ.ย. 2560`, for dense lists. */
export function formatThaiShortDate(date: Date): string {
  return shortThai().format(inBangkok(date));
}

const longThai = formatter('th-TH', { dateStyle: 'long' });
const longEnglish = formatter('en-GB', { dateStyle: 'long' });
const clock = (date: Date): string => inBangkok(date).toISOString().slice(11, 16);

/** `3 ธันวาคม 2569 เวลา 10:00 น.`, Bangkok time: when a scheduled release appears, when it was updated. */
export function formatThaiDateTime(date: Date): string {
  return `${longThai().format(inBangkok(date))} เวลา ${clock(date)} น.`;
}

/** `3 December 2026 at 10:00`, Bangkok time, for the English half of editors' messages. */
export function formatEnglishDateTime(date: Date): string {
  return `${longEnglish().format(inBangkok(date))} at ${clock(date)}`;
}

/** The Bangkok calendar date as `2017-11-02`, for `<time datetime>` and URLs. */
export function isoDateInBangkok(date: Date): string {
  return isoParts().format(inBangkok(date));
}

/** `2017-11-02T14:30` in Bangkok, as an editor writes it in front matter (seconds when there are any). */
export function isoDateTimeInBangkok(date: Date): string {
  const text = inBangkok(date).toISOString();
  return text.slice(17, 19) === '00' ? text.slice(0, 16) : text.slice(0, 19);
}

/** Gregorian year and month (1–12) of the Bangkok calendar date. */
export function yearMonthInBangkok(date: Date): { year: number; month: number } {
  const [year, month] = isoDateInBangkok(date).split('-');
  return { year: Number(year), month: Number(month) };
}

/** `พ.ศ. 2560` */
export function formatBuddhistYear(gregorianYear: number): string {
  return `พ.ศ. ${buddhistYear(gregorianYear)}`;
}

/** `พฤศจิกายน 2560` */
export function formatThaiMonthYear(year: number, month: number): string {
  return `${thaiMonthName(month)} ${buddhistYear(year)}`;
}
