/** Thai digits (๐–๙) as Arabic ones, so that "๒๕๖๓" and "2563" read as the same number. */

const THAI_DIGIT = /[\u0E50-\u0E59]/g;

/** ๐–๙ become 0–9; everything else is left as it is. */
export function foldThaiDigits(text: string): string {
  return text.replace(THAI_DIGIT, (digit) => String(digit.charCodeAt(0) - 0x0e50));
}
