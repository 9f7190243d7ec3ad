/**
 * The forms Pagefind files a word under (get_indexable_words in
 * pagefind/src/fossick/splitting.rs): the whole word without punctuation, lower case,
 * Latin accents folded (café as cafe), and each part between punctuation, case changes
 * and digits (OpenSky: sky). Thai marks are letters by then (thai-text.ts), so folding
 * leaves Thai alone. Queries are folded the same way (coupled_search.ts), so a query
 * word finds an indexed word when its whole form begins one of these.
 */
const NOT_LETTER_MARK_OR_DIGIT_RUN = /[^\p{L}\p{M}\p{N}]+/u;
const NOT_LETTER_MARK_OR_DIGIT = /[^\p{L}\p{M}\p{N}]/gu;
const CASE_OR_DIGIT_CHANGE = /(?<=\p{Ll})(?=\p{Lu})|(?<=\p{Lu})(?=\p{Lu}\p{Ll})|(?<=\p{L})(?=\p{N})|(?<=\p{N})(?=\p{L})/u;
const ACCENT = /\p{M}/gu;
// Most words need none of the rules: Thai in index form, lower-case Latin, digits.
const PLAIN = /^[\p{Ll}\p{Lo}\p{N}]+$/u;

const folded = (word: string): string => word.normalize('NFD').replace(ACCENT, '');

export function indexedForms(word: string): string[] {
  if (PLAIN.test(word)) return [folded(word)];
  const parts = word
    .split(NOT_LETTER_MARK_OR_DIGIT_RUN)
    .flatMap((part) => part.split(CASE_OR_DIGIT_CHANGE))
    .map((part) => folded(part.toLowerCase()));
  return [folded(word.toLowerCase().replace(NOT_LETTER_MARK_OR_DIGIT, '')), ...parts].filter(Boolean);
}

/** What Pagefind searches for a query word: its whole indexed form, or '' for punctuation alone. */
export const searchedForm = (word: string): string => indexedForms(word)[0] ?? '';
