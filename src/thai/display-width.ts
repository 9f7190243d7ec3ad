/**
 * How wide Thai text is on a line, and how thaigov counts a title's 180 characters: a vowel or
 * tone mark above or below its letter (ั ิ ี ึ ื ุ ู ฺ ็ ่ ้ ๊ ๋ ์ ํ ๎) takes no place of its own.
 */
const MARK_ABOVE_OR_BELOW = /[\u0E31\u0E34-\u0E3A\u0E47-\u0E4E]/;

export function displayWidth(text: string): number {
  let width = 0;
  for (const char of text) if (!MARK_ABOVE_OR_BELOW.test(char)) width++;
  return width;
}

/** Where in the text its first `width` places end (the marks on the last letter included). */
export function indexAtWidth(text: string, width: number): number {
  let seen = 0;
  for (let at = 0; at < text.length; at++) {
    if (MARK_ABOVE_OR_BELOW.test(text[at]!)) continue;
    if (seen === width) return at;
    seen++;
  }
  return text.length;
}
