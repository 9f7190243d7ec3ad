/**
 * Thai has no spaces between words, and Pagefind's Thai segmenter (ICU4X at build, in
 * 1.6) and the browser's (ICU4C, for queries) still disagree; the index also needs the
 * writer's spaces and inner words (inner-words.ts). So both sides are segmented here,
 * with ICU, before Pagefind sees them: Pagefind then only splits on spaces.
 */
import { indexForm, normaliseSearchText, SPACE_AFTER } from './thai-text.ts';
import { personNameCuts } from '@/thai/person-names.ts';

// Made on first use: making it costs a phone a long task, which should not add to loading the module.
let segmenter: Intl.Segmenter | undefined;
const WORD_LIKE = /[\p{L}\p{N}]/u;
// After punctuation inside a segment, where ICU keeps จ.เชียงใหม่ and 1,900 whole.
const INNER_PUNCTUATION_END = /(?<=[\p{L}\p{N}\p{M}][^\p{L}\p{N}\p{M}\s]+)(?=[\p{L}\p{N}])/u;
const PLAIN_WORD = /^[\p{L}\p{N}\p{M}]+$/u;
const THAI_LETTER = /[\u0E01-\u0E4E]/;
// ICU keeps ปี2565, COVIDไทย, PM2.5 and ฝุ่นPM2.5 whole: 2565 must be a word of its own to be found, and PM2.5 must
// be the words of PM 2.5, as releases write it about as often.
const SCRIPT_CHANGE =
  /(?<=[\u0E00-\u0E7F])(?=[A-Za-z0-9])|(?<=[A-Za-z0-9])(?=[\u0E00-\u0E7F])|(?<=[A-Za-z])(?=[0-9])|(?<=[0-9])(?=[A-Za-z])/u;

/**
 * Text for the index as space-separated words: ICU's words, the parts of numbers and
 * codes (so 190 does not find 1,900), each real space as SPACE_AFTER on the word before it
 * (thai-text.ts). Punctuation stays on its word (ขรก., “ปลัดแรงงาน”, COVID-). Thai marks are still marks here: the
 * index gets this text in indexForm (thai-text.ts).
 */
export function segmentThai(text: string): string {
  const words: string[] = [];
  let opening = '';
  const addPunctuation = (mark: string): void => {
    const last = words.at(-1);
    if (last && !last.endsWith(SPACE_AFTER)) words[words.length - 1] = last + mark;
    else opening += mark;
  };
  const addWord = (piece: string): void => {
    words.push(opening + piece);
    opening = '';
  };
  segmenter ??= new Intl.Segmenter('th', { granularity: 'word' });
  for (const segment of segmentsOf(normaliseSearchText(text), segmenter)) {
    if (segment === ' ') {
      if (opening) words.push(opening);
      opening = '';
      if (words.length) words[words.length - 1] += SPACE_AFTER;
      continue;
    }
    // Most segments are a plain word: the common case skips the punctuation rules.
    if (PLAIN_WORD.test(segment) && !opening) {
      words.push(...segment.split(SCRIPT_CHANGE));
      continue;
    }
    for (const piece of segment.split(INNER_PUNCTUATION_END).flatMap((part) => part.split(SCRIPT_CHANGE))) {
      if (WORD_LIKE.test(piece)) addWord(piece);
      else addPunctuation(piece);
    }
  }
  if (opening) words.push(opening);
  return words.join(' ');
}

/**
 * ICU's segments, with each person's name after a title segmented on its own: in running text ICU reads นายอรรษิษฐ์
 * as นา|ยอรรษิษฐ์, and a reader who searches for อรรษิษฐ์ สัมพันธรัตน์ types the name without its title. The title,
 * then the given name and surname together, get the segments they have typed alone; the segments a name starts or
 * ends inside are cut there, and the rest of the text keeps the segments ICU gives it in context. A title written
 * against the word before it counts only where ICU starts a word at it (โดยมี|นาง…): มิถุนายน and กยศ. hold none.
 */
function* segmentsOf(text: string, icu: Intl.Segmenter): Generator<string> {
  const segments = [...icu.segment(text)];
  const wordStarts = new Set(segments.map(({ index }) => index));
  const names = personNameCuts(text).filter(([start]) => !THAI_LETTER.test(text[start - 1] ?? '') || wordStarts.has(start));
  let name = 0;
  let at = 0;
  for (const { segment, index } of segments) {
    const end = index + segment.length;
    // Past the start of the name being placed: each of its parts as typed alone, then what the segment has after it.
    while (name < names.length && end > names[name]![0]) {
      const [start, titleEnd, nameEnd] = names[name]!;
      if (start > at) yield text.slice(at, start);
      for (const part of [text.slice(start, titleEnd), text.slice(titleEnd, nameEnd)])
        for (const piece of icu.segment(part)) yield piece.segment;
      at = nameEnd;
      name++;
    }
    if (end <= at) continue;
    yield text.slice(Math.max(index, at), end);
    at = end;
  }
}

/** The words of a query as the index holds them (indexForm), without lone punctuation: where the reader put spaces does not matter. */
export function queryWords(query: string): string[] {
  return indexForm(segmentThai(query))
    .split(' ')
    .map((word) => word.replaceAll(SPACE_AFTER, ''))
    .filter((word) => WORD_LIKE.test(word));
}
