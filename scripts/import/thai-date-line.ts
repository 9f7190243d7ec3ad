/**
 * Reads the dates thaigov releases carry: the Thai date line
 * (`วันพฤหัสบดีที่ 2 พฤศจิกายน 2560`, full or abbreviated month, Thai or Arabic digits,
 * Buddhist-era year, with or without the weekday and พ.ศ.) and `dd/mm/yyyy` lines, both
 * read by src/thai/written-date.ts.
 */
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
