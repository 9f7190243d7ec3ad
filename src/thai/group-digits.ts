/**
 * `12,345`: a count as Thai text writes it (Western digits, comma every three), without
 * Intl.NumberFormat, whose locale data costs a phone's main thread on the search page.
 */
export function groupDigits(count: number): string {
  if (!Number.isSafeInteger(count)) throw new RangeError(`a whole number is needed, got ${count}`);
  return String(count).replace(/\B(?=(\d{3})+$)/g, ',');
}
