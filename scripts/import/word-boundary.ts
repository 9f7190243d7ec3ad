/**
 * Thai has no spaces between words, so whether a name found in running text stands as a
 * word is judged by ICU word segmentation of the text around it, and by where Thai letters
 * meet Latin letters or digits, which ICU does not split.
 */
const segmenter = new Intl.Segmenter('th', { granularity: 'word' });
/** Characters of context segmented around a position to find its word boundaries. */
const CONTEXT = 24;

const THAI_LETTER = /[\u0E01-\u0E4E]/;
/** Latin letters and digits, Arabic or Thai: ICU runs them on into a Thai word (ปทุมธานีMOPH, เชียงใหม่2564). */
const NOT_THAI_LETTER = /[A-Za-z0-9\u0E50-\u0E59]/;

/** Whether a word boundary stands at `at`: where Thai letters meet Latin ones or digits, else where ICU puts one. */
export function boundaryAt(text: string, at: number): boolean {
  if (at <= 0 || at >= text.length) return true;
  const [before, after] = [text[at - 1]!, text[at]!];
  if ((THAI_LETTER.test(before) && NOT_THAI_LETTER.test(after)) || (NOT_THAI_LETTER.test(before) && THAI_LETTER.test(after)))
    return true;
  const from = Math.max(0, at - CONTEXT);
  for (const { index } of segmenter.segment(text.slice(from, at + CONTEXT))) {
    if (from + index === at) return true;
    if (from + index > at) return false;
  }
  return false;
}
