/**
 * Text normalisation shared by the index (at build time) and queries (in the browser),
 * so both sides see the same characters.
 */

/**
 * A word of its own where the writer put a space. Pagefind turns every space into one
 * plain space, so the spaces put between Thai words for it could not be told from the
 * writer's own; and anything attached to a word with a tone mark (an invisible mark,
 * punctuation) stops Pagefind 1.5 from matching that word exactly. A query with a space
 * gets the same word, so phrases still match across real spaces. It is a Bamum letter:
 * never in Thai releases, and sorted after every Thai and Latin word, so its long list
 * of places sits in an index chunk that no other query word has to load.
 */
export const SPACE_WORD = '\uA6A0';

/** Marks where a release's text ends and its inner words begin (inner-words.ts). */
export const INNER_WORDS = '\uA6A1';

/**
 * Appended to words that end in a mark (ที่, ไม่, นี้, ผู้). Pagefind 1.5 drops trailing
 * marks from query words but not from the index, so ที่ would never match. (Measured:
 * guarding only tone marks loses surnames that end in a vowel sign.) ฅ is obsolete;
 * text is read with ฅ as ค, so a guard is never mistaken for a letter.
 */
export const MARK_GUARD = 'ฅ';
export const endsInMark = (word: string): boolean => /\p{Mn}$/u.test(word);
const TONE_MARK = /[\u0E47-\u0E4E]/;
/** Words that Pagefind 1.5 matches exactly only when nothing is attached to them. */
export const hasToneMark = (word: string): boolean => TONE_MARK.test(word);

/** Pagefind's own word split, so that its match locations point at the same words. */
export const indexedWords = (indexed: string): string[] => indexed.split(/[\r\n\s]+/);

const THAI_DIGIT = /[\u0E50-\u0E59]/g;
// Zero-width characters and the soft hyphen hide inside words copied from the web.
const INVISIBLE = /[\u00AD\u200B-\u200D\u2060\uFEFF]/g;
const SPACES = /[\s\u00A0\u2000-\u200A\u202F\u205F\u3000]+/g;

/** ๐–๙ become 0–9, so "๒๕๖๓" and "2563" are the same word. */
export function foldThaiDigits(text: string): string {
  return text.replace(THAI_DIGIT, (digit) => String(digit.charCodeAt(0) - 0x0e50));
}

/** NFC, Arabic digits, no invisible characters, single plain spaces. Case is left alone. */
export function normaliseSearchText(text: string): string {
  return foldThaiDigits(text.normalize('NFC').replace(INVISIBLE, ''))
    .replaceAll(SPACE_WORD, '').replaceAll(INNER_WORDS, '').replaceAll(MARK_GUARD, 'ค')
    .replace(SPACES, ' ').trim();
}

const THAI = /[\u0E00-\u0E7F]/;
export const isThai = (text: string): boolean => THAI.test(text);
