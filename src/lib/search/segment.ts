/**
 * Thai has no spaces between words, and Pagefind's own Thai segmenter (build) and the
 * browser's (query) disagree. So both sides are segmented here, with ICU, before
 * Pagefind sees them: Pagefind then only splits on spaces.
 */
import { normaliseSearchText, isThai, endsInMark, MARK_GUARD, SPACE_MARK } from './thai-text.ts';

const segmenter = new Intl.Segmenter('th', { granularity: 'word' });
const WORD_LIKE = /[\p{L}\p{N}]/u;

/**
 * Text for the index: a space between adjacent words when either is Thai, SPACE_MARK
 * before the writer's own spaces, and MARK_GUARD after words that end in a mark.
 * Punctuation stays on its word (ขรก., (แรงงาน)), and Latin words and numbers are
 * left whole (COVID-19, 5G, 2.5), so that Pagefind reads them as it reads any text.
 */
export function segmentThai(text: string): string {
  let out = '';
  let lastWord = '';
  for (const { segment } of segmenter.segment(normaliseSearchText(text))) {
    if (segment === ' ') {
      out += `${SPACE_MARK} `;
      lastWord = '';
      continue;
    }
    const wordLike = WORD_LIKE.test(segment);
    if (wordLike && lastWord && (isThai(lastWord) || isThai(segment))) out += ' ';
    out += segment;
    if (endsInMark(segment)) out += MARK_GUARD;
    if (wordLike) lastWord = segment;
  }
  return out;
}

/** The words of a query as the index holds them (guarded), without lone punctuation. */
export function queryWords(query: string): string[] {
  return segmentThai(query).replaceAll(SPACE_MARK, '').split(' ').filter((word) => WORD_LIKE.test(word));
}
