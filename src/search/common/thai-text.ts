/**
 * Text normalisation shared by the index (at build time) and queries (in the browser),
 * so both sides see the same characters.
 */
import { foldThaiDigits } from '@/thai/digits.ts';
import { withoutInvisible } from '@/thai/invisible.ts';
import { withStandardSpelling } from '@/thai/spelling.ts';

/**
 * Rides on a word the writer put a space after. Pagefind turns every space into one
 * plain space, so the spaces put between Thai words for it could not be told from the
 * writer's own, and excerpts would put a space between every Thai word (without it,
 * tests/unit/search/common/thai-text.test.ts "reads back exactly as written" fails).
 * ASCII punctuation, which Pagefind leaves out of the words it indexes and matches
 * (get_indexable_words in pagefind/src/fossick/splitting.rs): a phrase matches across the
 * writer's spaces, or where there were none, and no query loads the places of every
 * space, as a word for the space did (a chunk of 300–400 KB a shard). No release of the
 * corpora has a `^`; one in the text is shown as ‸.
 */
export const SPACE_AFTER = '^';

/** Marks where a release's text ends and its inner words begin (inner-words.ts). */
export const INNER_WORDS = '\uA6A1';

/**
 * Thai vowel signs and tone marks (ั ิ ี ึ ื ุ ู ฺ ็ ่ ้ ๊ ๋ ์ ํ ๎) are combining marks, which
 * Pagefind (1.5 and 1.6) treats as accents: its index drops tone marks and ์ from words
 * (they are not alphanumeric), files words under their form without marks (ข่าย under
 * ขาย, https://github.com/Pagefind/pagefind/pull/995, so exactDiacritics cannot tell
 * them apart), and strips them from queries before
 * it picks the index chunks to load. So the index and the queries carry each mark as a
 * letter of its own, Bamum letters that no Thai release uses; readers see them as marks
 * again (readableForm). Without this, tests/search-quality/quality.test.ts "tells Thai words
 * apart by their marks" fails.
 */
const THAI_MARKS = '\u0E31\u0E34\u0E35\u0E36\u0E37\u0E38\u0E39\u0E3A\u0E47\u0E48\u0E49\u0E4A\u0E4B\u0E4C\u0E4D\u0E4E';
const MARK_LETTER_BASE = 0xa6b0;
const MARK_LETTERS = Array.from(THAI_MARKS, (_, i) => String.fromCharCode(MARK_LETTER_BASE + i)).join('');
const THAI_MARK = new RegExp(`[${THAI_MARKS}]`, 'g');
const MARK_LETTER = new RegExp(`[${MARK_LETTERS}]`, 'g');

/** Text as Pagefind is given it: every Thai mark as a letter. */
export const indexForm = (text: string): string =>
  text.replace(THAI_MARK, (mark) => MARK_LETTERS[THAI_MARKS.indexOf(mark)] as string);
/** Text as readers read it, from the index form. */
export const readableForm = (text: string): string =>
  text.replace(MARK_LETTER, (letter) => THAI_MARKS[MARK_LETTERS.indexOf(letter)] as string);

/** Pagefind's own word split, so that its match locations point at the same words. */
export const indexedWords = (indexed: string): string[] => indexed.split(/[\r\n\s]+/);

const SPACES = /[\s\u00A0\u2000-\u200A\u202F\u205F\u3000]+/g;

/**
 * NFC, sara am and sara ae as one letter each (a query for ดำเนินการ finds ดําเนินการ), Arabic digits, no invisible
 * characters nor characters the index reserves, single plain spaces. Case is left alone.
 */
export function normaliseSearchText(text: string): string {
  return foldThaiDigits(withStandardSpelling(withoutInvisible(text.normalize('NFC'))))
    .replaceAll(SPACE_AFTER, '\u2038')
    .replaceAll(INNER_WORDS, '')
    .replace(MARK_LETTER, '')
    .replace(SPACES, ' ')
    .trim();
}
