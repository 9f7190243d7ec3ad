/** Turns the words of what a reader typed (query-worker.ts) into the query Pagefind is given. */
import { indexedWords, readableForm } from '@/search/common/thai-text.ts';
import { indexedForms, searchedForm } from '@/search/common/indexed-forms.ts';
import { firstAtLeast } from '@/search/common/sorted.ts';

/**
 * `term` is the Pagefind search term; `words` the same words as separate terms (all
 * must occur, anywhere), the fallback when a phrase is found nowhere.
 * Both are null when nothing searchable was typed.
 */
export type PreparedQuery = { term: string; words: string } | { term: null; words: null };

/**
 * One word is searched as a prefix (แรง also finds แรงงาน). Several words, which is
 * what a Thai compound such as แรงงานนอกระบบ becomes, are searched as an exact phrase:
 * otherwise any page with แรงงาน, นอก and ระบบ anywhere would match. So is a word that
 * ends in a dot (อย., กศน.), an abbreviation that must not find อยู่ or กศนxxx.
 */
export function prepareQuery(words: readonly string[]): PreparedQuery {
  if (words.length === 0) return { term: null, words: null };
  const joined = words.join(' ');
  if (words.length === 1 && !/[.]$/.test(joined)) return { term: joined, words: joined };
  return { term: `"${joined}"`, words: joined };
}

/**
 * When a word is in no page, Pagefind quietly searches for a shorter start of it
 * instead (2560 finds 25; https://github.com/Pagefind/pagefind/pull/315). Such results
 * are not what the reader asked for. Each query word must begin one of the words
 * Pagefind located in a result's indexed text.
 */
export function locatesEveryWord(indexedContent: string, locations: readonly number[], term: string): boolean {
  const words = indexedWords(indexedContent);
  const located = locations.flatMap((at) => indexedForms(words[at] ?? ''));
  return term
    .replaceAll('"', '')
    .split(' ')
    .every((wanted) => {
      const whole = searchedForm(wanted);
      return !whole || located.some((word) => word.startsWith(whole));
    });
}

/**
 * Strings that fall in each index chunk holding words that begin with a word of `term`
 * beyond the chunk the word itself sorts in: the starts of those chunks (`chunkStarts`,
 * sorted). Pagefind loads only that first chunk (chunk-starts.ts); preloading these
 * loads the rest. Exact (quoted) terms match whole words only and need none.
 */
export function chunkProbes(term: string, chunkStarts: readonly string[]): string[] {
  if (term.startsWith('"')) return [];
  return term.split(' ').flatMap((word) => {
    const lower = searchedForm(word);
    if (!lower) return [];
    const probes: string[] = [];
    for (let at = firstAtLeast(chunkStarts, lower); at < chunkStarts.length && chunkStarts[at]!.startsWith(lower); at++) {
      if (chunkStarts[at] !== lower) probes.push(chunkStarts[at]!);
    }
    return probes;
  });
}

const THAI_LETTERS = /^[\u0E01-\u0E7F]+$/u;
// ฯ and ๆ end a word rather than continue it.
const WORD_END = /[\u0E2F\u0E46]/u;
/** Pieces of an unfinished word joined again, at most: ICU splits one unfinished word into two to four (ประชาสัมพันธ → ประ|ชา|สัม|พันธ). */
const MAX_PIECES_JOINED = 4;

/**
 * The query read with its last Thai pieces joined into one word, the longest join first.
 * ICU splits a word it does not know, such as one the reader has not finished typing
 * (อุตสาหกร → อุตสาห|กร), whereas the text holds the whole word (อุตสาหกรรม) as one: the
 * pieces as a phrase miss it. A joined reading is searched alongside the words as split
 * (where the word directory holds a word that begins with the join), and its last word
 * as a prefix finds the whole word.
 */
export function joinedReadings(words: readonly string[]): string[][] {
  const readings: string[][] = [];
  for (let pieces = Math.min(MAX_PIECES_JOINED, words.length); pieces >= 2; pieces--) {
    const tail = words.slice(-pieces);
    if (tail.every((word) => THAI_LETTERS.test(readableForm(word)) && !WORD_END.test(word)))
      readings.push([...words.slice(0, -pieces), tail.join('')]);
  }
  return readings;
}
