/** Thai digits (๐–๙) and Arabic ones (0–9) stand for the same numbers: "๒๕๖๓" is 2563. */

const THAI_ZERO = 0x0e50;
const THAI_DIGIT = /[\u0E50-\u0E59]/g;
const ARABIC_DIGIT = /[0-9]/g;

/** ๐–๙ become 0–9; everything else is left as it is. */
export function foldThaiDigits(text: string): string {
  return text.replace(THAI_DIGIT, (digit) => String(digit.charCodeAt(0) - THAI_ZERO));
}

/** 0–9 become ๐–๙, as some releases write numbers. */
export function toThaiDigits(text: string): string {
  return text.replace(ARABIC_DIGIT, (digit) => String.fromCharCode(THAI_ZERO + Number(digit)));
}
