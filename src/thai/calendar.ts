/** Whether a day exists in the Gregorian calendar, which release dates and Thai date lines (once out of the Buddhist era) are both in. */

/** 28 to 31; day 0 of the next month is the last day of this one. */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** False for month 13, day 0, 30 February, and 29 February outside leap years. */
export function isRealCalendarDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= daysInMonth(year, month);
}
