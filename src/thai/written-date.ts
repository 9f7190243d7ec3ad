/**
 * Dates as Thai text writes them: a day, a month name, full or abbreviated, and a year
 * (`วันศุกร์ที่ 20 พฤศจิกายน พ.ศ. 2569`, `20 พ.ย. 2569`), day/month/year (`20/11/2569`), or
 * ISO with a Buddhist-era year (`2569-11-20`); Thai or Arabic digits, either era, with or
 * without a time (`เวลา 10.00 น.`). The importer reads thaigov's date lines with it;
 * `npm run new` takes such a date and `npm run check` offers the ISO date it stands for.
 */
import { gregorianYear } from './buddhist-era.ts';
import { isRealCalendarDate } from './calendar.ts';
import { foldThaiDigits } from './digits.ts';
import { THAI_MONTHS, thaiMonthNumber } from './months.ts';

/** A date read at the start of a text: the ISO date and the text after it. */
export interface ThaiDate {
  iso: string;
  rest: string;
}

const escape = (s: string): string => s.replace(/[.]/g, '\\.');
const MONTH_PATTERN = THAI_MONTHS.flatMap(({ name, abbreviation }) => [name, abbreviation])
  .sort((a, b) => b.length - a.length)
  .map(escape)
  .join('|');
const THAI_DATE = new RegExp(
  `^(?:วัน\\S{0,10}?\\s*(?:ที่)?\\s*)?(\\d{1,2})\\s*(${MONTH_PATTERN})\\s*(?:(?:พ\\.ศ\\.|ค\\.ศ\\.)\\s*)?(\\d{4}|\\d{2}(?!\\d))`,
);
const DAY_MONTH_YEAR = /^(\d{1,2})(\/)(\d{1,2})\/(\d{4})(?!\d)/;
/** Editors also write `20.11.2569` and `20-11-2569`; thaigov's date lines use slashes alone. */
const DAY_MONTH_YEAR_ANY = /^(\d{1,2})([/.-])(\d{1,2})\2(\d{4})(?!\d)/;
const ISO_BUDDHIST = /^(2[4-6]\d\d)-(\d\d)-(\d\d)(?![\d])/;
/** All a date may be followed by: a time, `เวลา 10.00 น.`, `10:30`, `T10:30`. */
const TIME = /^\s*(?:(?:เวลา|T)\s*(\d{1,2})[.:](\d{2})|(\d{1,2}):(\d{2}))\s*(?:น\.?|นาฬิกา)?\s*$/;

/** `วันพฤหัสบดีที่ 2 พฤศจิกายน 2560 …`: the Thai date a text opens with (four-digit year). */
export function readThaiMonthDate(text: string): ThaiDate | undefined {
  const folded = foldThaiDigits(text.trim());
  const match = THAI_DATE.exec(folded);
  if (!match || match[3]!.length !== 4) return undefined;
  return dated(isoDate(Number(match[3]), thaiMonthNumber(match[2]!), Number(match[1])), folded.slice(match[0].length));
}

/** `02/11/2560 …` (day first, either era): the date a text opens with. */
export function readDayMonthYear(text: string): ThaiDate | undefined {
  return readDayFirst(foldThaiDigits(text.trim()), DAY_MONTH_YEAR);
}

function readDayFirst(folded: string, pattern: RegExp): ThaiDate | undefined {
  const match = pattern.exec(folded);
  if (!match) return undefined;
  return dated(isoDate(Number(match[4]), Number(match[3]), Number(match[1])), folded.slice(match[0].length));
}

/** `10:30` for the time a date may be followed by, `` for none, undefined for anything else. */
export function readThaiTime(rest: string): string | undefined {
  if (!rest.trim()) return '';
  const match = TIME.exec(rest);
  if (!match) return undefined;
  const hour = Number(match[1] ?? match[3]);
  const minute = Number(match[2] ?? match[4]);
  return hour <= 23 && minute <= 59 ? `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}` : undefined;
}

/**
 * The ISO date (`2026-11-20`) or date-time (`2026-11-20T10:00`) that a text holding a
 * Thai-written date and nothing else stands for; a two-digit year is Buddhist-era there
 * (`20 พ.ย. 69`). Undefined for anything else, an ISO date with a Gregorian year included.
 */
export function thaiDateAsIso(text: string): string | undefined {
  const read = readWrittenDay(text);
  const iso = read && isoOf(read.day);
  if (!read || !iso) return undefined;
  const time = readThaiTime(read.rest);
  if (time === undefined) return undefined;
  return time ? `${iso}T${time}` : iso;
}

/** A day as a date names it, in the Gregorian year, whether or not the calendar has it. */
export interface NamedDay {
  year: number;
  month: number;
  day: number;
}

/**
 * The day a text holding a Thai-written date and nothing else names (`30/02/2569`), though
 * the calendar may lack it, with the year as written (2569) for messages.
 */
export function thaiNamedDay(text: string): { day: NamedDay; writtenYear: number } | undefined {
  const read = readWrittenDay(text);
  return read && readThaiTime(read.rest) !== undefined ? { day: read.day, writtenYear: read.writtenYear } : undefined;
}

interface WrittenDay {
  day: NamedDay;
  writtenYear: number;
  rest: string;
}

function readWrittenDay(text: string): WrittenDay | undefined {
  const folded = foldThaiDigits(text.trim());
  const thai = THAI_DATE.exec(folded);
  if (thai) return named(twoDigitYear(thai[3]!), thaiMonthNumber(thai[2]!), Number(thai[1]), folded.slice(thai[0].length));
  const dayFirst = DAY_MONTH_YEAR_ANY.exec(folded);
  if (dayFirst) return named(Number(dayFirst[4]), Number(dayFirst[3]), Number(dayFirst[1]), folded.slice(dayFirst[0].length));
  const iso = ISO_BUDDHIST.exec(folded);
  if (iso) return named(Number(iso[1]), Number(iso[2]), Number(iso[3]), folded.slice(iso[0].length));
  return undefined;
}

const twoDigitYear = (year: string): number => (year.length === 2 ? 2500 + Number(year) : Number(year));

function named(writtenYear: number, month: number | undefined, day: number, rest: string): WrittenDay | undefined {
  const read = namedDay(writtenYear, month, day);
  return read && { day: read, writtenYear, rest };
}

function dated(iso: string | undefined, rest: string): ThaiDate | undefined {
  return iso === undefined ? undefined : { iso, rest };
}

/** A year over 2400 is Buddhist-era; only years from 1900 to 2200 are read as dates. */
function namedDay(year: number, month: number | undefined, day: number): NamedDay | undefined {
  if (month === undefined) return undefined;
  const gregorian = year > 2400 ? gregorianYear(year) : year;
  return gregorian < 1900 || gregorian > 2200 ? undefined : { year: gregorian, month, day };
}

/** The ISO date of a day the calendar has. */
function isoOf({ year, month, day }: NamedDay): string | undefined {
  if (!isRealCalendarDate(year, month, day)) return undefined;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The ISO date of a day that exists; a year over 2400 is Buddhist-era. */
function isoDate(year: number, month: number | undefined, day: number): string | undefined {
  const read = namedDay(year, month, day);
  return read && isoOf(read);
}
