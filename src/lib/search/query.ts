/** Turns what a reader typed into the query Pagefind is given. */
import { queryWords } from './segment.ts';
import { MARK_GUARD } from './thai-text.ts';

export interface PreparedQuery {
  /** The Pagefind search term; null when nothing searchable was typed. */
  term: string | null;
  /** The same words as separate terms (all must occur, anywhere): the fallback when the phrase finds nothing. */
  words: string | null;
}

/**
 * One word is searched as a prefix (แรง also finds แรงงาน), so its guard is left off.
 * Several words, which is what a Thai compound such as แรงงานนอกระบบ becomes, are
 * searched as an exact phrase: otherwise any page with แรงงาน, นอก and ระบบ anywhere matches.
 */
export function prepareQuery(query: string): PreparedQuery {
  const words = queryWords(query.replaceAll('"', ' '));
  if (words.length === 0) return { term: null, words: null };
  if (words.length === 1) {
    const word = (words[0] as string).replace(new RegExp(`${MARK_GUARD}$`), '');
    return { term: word, words: word };
  }
  return { term: `"${words.join(' ')}"`, words: words.join(' ') };
}

/** A word as Pagefind compares it: lower case, without punctuation, marks kept. */
const comparable = (word: string): string => word.toLowerCase().replace(/[^\p{L}\p{M}\p{N}]/gu, '');

/**
 * When a word is in no page, Pagefind quietly searches for a shorter start of it
 * instead (2560 finds 25). Such results are not what the reader asked for. Each query
 * word must begin one of the words Pagefind located in a result's indexed text.
 */
export function locatesEveryWord(indexedContent: string, locations: readonly number[], term: string): boolean {
  const words = indexedContent.split(/[\r\n\s]+/);
  const located = locations.map((at) => comparable(words[at] ?? ''));
  return term.replaceAll('"', '').split(' ').map(comparable).filter(Boolean)
    .every((wanted) => located.some((word) => word.startsWith(wanted)));
}
