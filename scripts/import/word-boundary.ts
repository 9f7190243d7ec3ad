/**
 * Thai has no spaces between words, so whether a name found in running text stands as a
 * word is judged by ICU word segmentation of the text around it.
 */
const segmenter = new Intl.Segmenter('th', { granularity: 'word' });
/** Characters of context segmented around a position to find its word boundaries. */
const CONTEXT = 24;

/** Whether ICU puts a word boundary at `at`, judged on the text around it. */
export function boundaryAt(text: string, at: number): boolean {
  if (at <= 0 || at >= text.length) return true;
  const from = Math.max(0, at - CONTEXT);
  for (const { index } of segmenter.segment(text.slice(from, at + CONTEXT))) {
    if (from + index === at) return true;
    if (from + index > at) return false;
  }
  return false;
}
