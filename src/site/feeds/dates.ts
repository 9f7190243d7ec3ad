/**
 * Dates in feeds and data files, written in Bangkok time with its offset: written in
 * GMT, a release of 8 September at midnight showed as 7 September in every feed reader
 * outside Thailand. Bangkok has kept +07:00 since 1920 and has no summer time.
 */
const OFFSET_MS = 7 * 60 * 60 * 1000;
const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'] as const;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const;
const two = (n: number): string => String(n).padStart(2, '0');

/** The wall-clock fields of the date in Bangkok, read with UTC getters. */
const inBangkok = (date: Date): Date => new Date(date.getTime() + OFFSET_MS);

/** RFC 822 as RSS wants it: `Thu, 02 Nov 2017 00:00:00 +0700`. */
export function rfc822InBangkok(date: Date): string {
  const d = inBangkok(date);
  const time = `${two(d.getUTCHours())}:${two(d.getUTCMinutes())}:${two(d.getUTCSeconds())}`;
  return `${DAYS[d.getUTCDay()]}, ${two(d.getUTCDate())} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()} ${time} +0700`;
}

/** RFC 3339 as JSON Feed and the data files want it: `2017-11-02T00:00:00+07:00`. */
export function rfc3339InBangkok(date: Date): string {
  return `${inBangkok(date).toISOString().slice(0, 19)}+07:00`;
}
