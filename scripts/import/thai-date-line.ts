/**
 * Reads the dates thaigov releases carry: the Thai date line
 * (`วันพฤหัสบดีที่ 2 พฤศจิกายน 2560`, full or abbreviated month, Thai or Arabic digits,
 * Buddhist-era year, with or without the weekday and พ.ศ.) and `dd/mm/yyyy` lines.
 */
import { gregorianYear } from '@/thai/buddhist-era.ts';
import { isRealCalendarDate } from '@/thai/calendar.ts';
import { foldThaiDigits } from '@/thai/digits.ts';
import { THAI_MONTHS, thaiMonthNumber } from '@/thai/months.ts';

const escape = (s: string): string => s.replace(/[.]/g, '\\.');
const MONTH_PATTERN = THAI_MONTHS.flatMap(({ name, abbreviation }) => [name, abbreviation])
  .sort((a, b) => b.length - a.length)
  .map(escape)
  .join('|');
const THAI_DATE = new RegExp(`^(?:วัน\\S{0,10}?\\s*(?:ที่)?\\s*)?(\\d{1,2})\\s*(${MONTH_PATTERN})\\s*(?:พ\\.ศ\\.\\s*)?(\\d{4})`);
const SLASH_DATE = /^(\d{1,2})\/(\d{1,2})\/(\d{4})\b/;

/** The ISO date of a Thai date line, or undefined when the line is not one. */
export function parseThaiDateLine(line: string): string | undefined {
  const match = THAI_DATE.exec(foldThaiDigits(line.trim()));
  if (!match) return undefined;
  const [, day, monthName, year] = match;
  const month = thaiMonthNumber(monthName!);
  return month === undefined ? undefined : isoDate(Number(year), month, Number(day));
}

/** `02/11/2560` (or a Gregorian year) as an ISO date. */
export function parseSlashDate(line: string): string | undefined {
  const match = SLASH_DATE.exec(foldThaiDigits(line.trim()));
  if (!match) return undefined;
  return isoDate(Number(match[3]), Number(match[2]), Number(match[1]));
}

/** After a date, all a date line may add: a time (`เวลา 10.00 น.`). */
const DATE_LINE_REST = /^\s*(?:เวลา\s*\d{1,2}[.:]\d{2}\s*(?:น\.?|นาฬิกา)?)?\s*$/;

/**
 * The ISO date of a line that is a date and nothing more (Thai or dd/mm/yyyy, either era):
 * unlike the parsers above, a paragraph that merely opens with a date is not one.
 */
export function dateLine(line: string): string | undefined {
  const text = foldThaiDigits(line.trim());
  const thai = THAI_DATE.exec(text);
  if (thai && DATE_LINE_REST.test(text.slice(thai[0].length))) return parseThaiDateLine(text);
  const slash = SLASH_DATE.exec(text);
  if (slash && DATE_LINE_REST.test(text.slice(slash[0].length))) return parseSlashDate(text);
  return undefined;
}

function isoDate(year: number, month: number, day: number): string | undefined {
  const gregorian = year > 2400 ? gregorianYear(year) : year;
  if (gregorian < 1900 || gregorian > 2200 || !isRealCalendarDate(gregorian, month, day)) return undefined;
  return `${gregorian}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
