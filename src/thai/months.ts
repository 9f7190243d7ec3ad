/**
 * The Thai month names, full (`พฤศจิกายน`) and abbreviated as lists and date lines
 * write them (`พ.ย.`), January first.
 */

export const THAI_MONTHS = [
  { name: 'มกราคม', abbreviation: 'ม.ค.' },
  { name: 'กุมภาพันธ์', abbreviation: 'ก.พ.' },
  { name: 'มีนาคม', abbreviation: 'มี.ค.' },
  { name: 'เมษายน', abbreviation: 'เม.ย.' },
  { name: 'พฤษภาคม', abbreviation: 'พ.ค.' },
  { name: 'มิถุนายน', abbreviation: 'มิ.ย.' },
  { name: 'กรกฎาคม', abbreviation: 'ก.ค.' },
  { name: 'สิงหาคม', abbreviation: 'ส.ค.' },
  { name: 'กันยายน', abbreviation: 'ก.ย.' },
  { name: 'ตุลาคม', abbreviation: 'ต.ค.' },
  { name: 'พฤศจิกายน', abbreviation: 'พ.ย.' },
  { name: 'ธันวาคม', abbreviation: 'ธ.ค.' },
] as const;

/** `พฤศจิกายน` for 11. */
export function thaiMonthName(month: number): string {
  const names = THAI_MONTHS[month - 1];
  if (names === undefined) throw new RangeError(`month must be 1–12, got ${month}`);
  return names.name;
}

/** The month (1–12) a full or abbreviated Thai name stands for, or undefined for any other text. */
export function thaiMonthNumber(name: string): number | undefined {
  const index = THAI_MONTHS.findIndex((names) => names.name === name || names.abbreviation === name);
  return index < 0 ? undefined : index + 1;
}
