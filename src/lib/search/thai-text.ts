/**
 * Text normalisation shared by the index (at build time) and queries (in the browser),
 * so both sides see the same characters.
 */

/**
 * Ends a word that was followed by a real space. Pagefind turns every space into a plain
 * one and splits words on it, so the spaces put between Thai words for it cannot be
 * told from the writer's own; this invisible mark, which Pagefind keeps in the text
 * but leaves out of words, can.
 */
export const SPACE_MARK = '\u2063';

/**
 * Appended to words that end in a tone or vowel mark (ที่, ไม่, นี้). Pagefind 1.5 drops
 * such a trailing mark from words of a quoted phrase but not from the index, so the
 * phrase "ที่ ประชุม" would never match. ฅ is obsolete and is never shown to readers.
 */
export const MARK_GUARD = 'ฅ';
const ENDS_IN_MARK = /\p{Mn}$/u;
export const endsInMark = (word: string): boolean => ENDS_IN_MARK.test(word);

const THAI_DIGIT = /[\u0E50-\u0E59]/g;
// Zero-width characters and the soft hyphen hide inside words copied from the web.
const INVISIBLE = /[\u00AD\u200B-\u200D\u2060-\u2064\uFEFF]/g;
const SPACES = /[\s\u00A0\u2000-\u200A\u202F\u205F\u3000]+/g;

/** ๐–๙ become 0–9, so "๒๕๖๓" and "2563" are the same word. */
export function foldThaiDigits(text: string): string {
  return text.replace(THAI_DIGIT, (digit) => String(digit.charCodeAt(0) - 0x0e50));
}

/** NFC, Arabic digits, no invisible characters, single plain spaces. Case is left alone. */
export function normaliseSearchText(text: string): string {
  return foldThaiDigits(text.normalize('NFC').replace(INVISIBLE, '')).replace(SPACES, ' ').trim();
}

const THAI = /[\u0E00-\u0E7F]/;
export const isThai = (text: string): boolean => THAI.test(text);
