/**
 * Release dates as editors write them: an ISO date (`2017-11-02`) or date-time
 * (`2017-11-02T14:30`, optionally with seconds and an offset). Anything without an
 * offset is Bangkok time, so a date-only release is midnight in Bangkok.
 */
import { SITE } from '@/config.ts';
import { isRealCalendarDate } from '@/thai/calendar.ts';

const ISO_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})?)?$/;

/**
 * Years a release may carry. Earlier or later is a typo (`0001`, `20017`) or a
 * Buddhist-era year (2560 is 2017), and would print nonsense such as `datetime="1-07-23"`.
 */
export const YEARS = { first: 1900, last: 2100 } as const;

/** Why a value is not a release date: not ISO, a day or time that does not exist, or a year out of range. */
export type ReleaseDateError = 'format' | 'no-such-date' | 'year';

export function readReleaseDate(value: string): { ok: true; date: Date } | { ok: false; error: ReleaseDateError } {
  const match = ISO_DATE_TIME.exec(value.trim());
  if (!match) return { ok: false, error: 'format' };
  const [, year, month, day, hour = '00', minute = '00', second = '00', zone] = match;
  if (!isRealCalendarDate(Number(year), Number(month), Number(day))) return { ok: false, error: 'no-such-date' };
  if (Number(hour) > 23 || Number(minute) > 59 || Number(second) > 59) return { ok: false, error: 'no-such-date' };
  if (Number(year) < YEARS.first || Number(year) > YEARS.last) return { ok: false, error: 'year' };
  const offset = zone === undefined ? SITE.utcOffset : normaliseOffset(zone);
  const date = new Date(`${year}-${month}-${day}T${hour}:${minute}:${second}${offset}`);
  return Number.isNaN(date.getTime()) ? { ok: false, error: 'format' } : { ok: true, date };
}

export function parseReleaseDate(value: string): Date | undefined {
  const read = readReleaseDate(value);
  return read.ok ? read.date : undefined;
}

function normaliseOffset(zone: string): string {
  return zone === 'Z' || zone.includes(':') ? zone : `${zone.slice(0, 3)}:${zone.slice(3)}`;
}
