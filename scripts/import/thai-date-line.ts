/**
 * Reads the dates thaigov releases carry: the Thai date line
 * (`วันพฤหัสบดีที่ 2 พฤศจิกายน 2560`, full or abbreviated month, Thai or Arabic digits,
 * Buddhist-era year, with or without the weekday and พ.ศ.) and `dd/mm/yyyy` lines.
 */
const MONTHS: readonly (readonly string[])[] = [
  ['มกราคม', 'ม.ค.'], ['กุมภาพันธ์', 'ก.พ.'], ['มีนาคม', 'มี.ค.'], ['เมษายน', 'เม.ย.'],
  ['พฤษภาคม', 'พ.ค.'], ['มิถุนายน', 'มิ.ย.'], ['กรกฎาคม', 'ก.ค.'], ['สิงหาคม', 'ส.ค.'],
  ['กันยายน', 'ก.ย.'], ['ตุลาคม', 'ต.ค.'], ['พฤศจิกายน', 'พ.ย.'], ['ธันวาคม', 'ธ.ค.'],
];

const escape = (s: string): string => s.replace(/[.]/g, '\\.');
const MONTH_PATTERN = MONTHS.flat().sort((a, b) => b.length - a.length).map(escape).join('|');
const THAI_DATE = new RegExp(`^(?:วัน\\S{0,10}?\\s*(?:ที่)?\\s*)?(\\d{1,2})\\s*(${MONTH_PATTERN})\\s*(?:พ\\.ศ\\.\\s*)?(\\d{4})`);
const SLASH_DATE = /^(\d{1,2})\/(\d{1,2})\/(\d{4})\b/;

/** ๐–๙ to 0–9. */
export function arabicDigits(text: string): string {
  return text.replace(/[๐-๙]/g, (d) => String(d.charCodeAt(0) - 0x0e50));
}

/** The ISO date of a Thai date line, or undefined when the line is not one. */
export function parseThaiDateLine(line: string): string | undefined {
  const match = THAI_DATE.exec(arabicDigits(line.trim()));
  if (!match) return undefined;
  const [, day, monthName, year] = match;
  const month = MONTHS.findIndex((names) => names.includes(monthName!)) + 1;
  return isoDate(Number(year), month, Number(day));
}

/** `02/11/2560` (or a Gregorian year) as an ISO date. */
export function parseSlashDate(line: string): string | undefined {
  const match = SLASH_DATE.exec(arabicDigits(line.trim()));
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
  const text = arabicDigits(line.trim());
  const thai = THAI_DATE.exec(text);
  if (thai && DATE_LINE_REST.test(text.slice(thai[0].length))) return parseThaiDateLine(text);
  const slash = SLASH_DATE.exec(text);
  if (slash && DATE_LINE_REST.test(text.slice(slash[0].length))) return parseSlashDate(text);
  return undefined;
}

function isoDate(year: number, month: number, day: number): string | undefined {
  const gregorian = year > 2400 ? year - 543 : year;
  if (gregorian < 1900 || gregorian > 2200 || month < 1 || month > 12 || day < 1) return undefined;
  if (day > new Date(Date.UTC(gregorian, month, 0)).getUTCDate()) return undefined;
  return `${gregorian}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
