/**
 * Thai has no spaces between words, and Pagefind's own Thai segmenter (build) and the
 * browser's (query) disagree. So both sides are segmented here, with ICU, before
 * Pagefind sees them: Pagefind then only splits on spaces.
 */
import { normaliseSearchText, endsInMark, hasToneMark, MARK_GUARD, SPACE_WORD } from './thai-text.ts';

const segmenter = new Intl.Segmenter('th', { granularity: 'word' });
const WORD_LIKE = /[\p{L}\p{N}]/u;
// After punctuation inside a segment, where ICU keeps จ.เชียงใหม่ and 1,900 whole.
const INNER_PUNCTUATION_END = /(?<=[\p{L}\p{N}\p{M}][^\p{L}\p{N}\p{M}\s]+)(?=[\p{L}\p{N}])/u;
const PLAIN_WORD = /^[\p{L}\p{N}\p{M}]+$/u;
const EDGE_PUNCTUATION = /^([^\p{L}\p{N}\p{M}]*)(.*?)([^\p{L}\p{N}\p{M}]*)$/u;

/**
 * Text for the index as space-separated words: ICU's words, the parts of numbers and
 * codes (so 190 does not find 1,900), and SPACE_WORD for each real space. Punctuation
 * stays on its word (ขรก., “ปลัดแรงงาน”, COVID-) unless the word has a tone mark.
 */
export function segmentThai(text: string): string {
  const words: string[] = [];
  let opening = '';
  const addPunctuation = (mark: string): void => {
    const last = words.at(-1);
    if (last && last !== SPACE_WORD && !hasToneMark(last)) words[words.length - 1] = last + mark;
    else if (last && last !== SPACE_WORD) words.push(mark);
    else opening += mark;
  };
  const addWord = (piece: string): void => {
    const [, before = '', core = '', after = ''] = EDGE_PUNCTUATION.exec(piece) ?? [];
    const word = endsInMark(core) ? core + MARK_GUARD : core;
    const lead = opening + before;
    opening = '';
    if (hasToneMark(word)) {
      if (lead) words.push(lead);
      words.push(word);
    } else {
      words.push(lead + word);
    }
    if (after) addPunctuation(after);
  };
  for (const { segment } of segmenter.segment(normaliseSearchText(text))) {
    if (segment === ' ') {
      if (opening) words.push(opening);
      opening = '';
      words.push(SPACE_WORD);
      continue;
    }
    // Most segments are a plain word: the common case skips the punctuation rules.
    if (PLAIN_WORD.test(segment) && !opening) {
      words.push(endsInMark(segment) ? segment + MARK_GUARD : segment);
      continue;
    }
    for (const piece of segment.split(INNER_PUNCTUATION_END)) {
      if (WORD_LIKE.test(piece)) addWord(piece);
      else addPunctuation(piece);
    }
  }
  if (opening) words.push(opening);
  return words.join(' ');
}

/** The words of a query as the index holds them, without lone punctuation. */
export function queryWords(query: string): string[] {
  return segmentThai(query).split(' ').filter((word) => WORD_LIKE.test(word));
}
