/**
 * Some releases come hard-wrapped: typed in a word processor and pasted line by line, so every
 * line ends where the page did and a sentence runs over two paragraphs (ไทยคู่ฟ้า scripts of
 * 2021–2025, some English releases: about 1,300 of the corpora). A line ended by the page is
 * full: the next line's first word would not have fitted after it. Full lines join the next one;
 * a line that ends short ends its paragraph, as do list items, which start a line of their own.
 */
import { boundaryAt } from './word-boundary.ts';
import { displayWidth } from '@/thai/display-width.ts';

const segmenter = new Intl.Segmenter('th', { granularity: 'word' });

/** Wrapped text is narrow: a page's width at most, in characters. */
const MAX_PAGE_WIDTH = 130;
/** So few lines tell nothing of a page's width. */
const MIN_LINES = 5;
/** Proportional fonts fit more narrow letters on a line than wide ones: a line this close to the widest was full. */
const FONT_SLACK = 0.8;
/** Text is wrapped when at least this share of its lines (but the last) fill the page. */
const MIN_FULL_SHARE = 0.5;
/**
 * A list item or numbered resolution (1., ๒), (3), ก., -, •) starts its own line, as does a radio script's
 * sign-off (“สื่อสารภารกิจรัฐบาล” กับผม …), which is the announcer's and not the release's text.
 */
const STARTS_OWN_LINE = /^\s*([-–•*]|\(?[\d๐-๙]{1,3}[.)]|[ก-ฮ][.)]\s|[“"]?สื่อสารภารกิจรัฐบาล)/;

/** A Thai abbreviation: a few letters and a dot (จ., อ., ม.ล., กทม.). */
const ABBREVIATION = /^[\u0E01-\u0E4E]{1,4}\./;

/**
 * A line that ends a sentence of Latin text (…in Bangkok. / B.E. … / Title:) may end its paragraph: joining
 * it could swallow a heading (Gist, Title: …), splitting at it loses nothing. Thai ends sentences with a space.
 */
const ENDS_SENTENCE = /[A-Za-z0-9)”"’'\s][.!?:…]["”’]?$/;

function firstWord(line: string): string {
  for (const { segment, isWordLike } of segmenter.segment(line.trimStart())) if (isWordLike) return segment;
  return '';
}

/** Whether this line fills the page: the next line's first word would not have fitted after it. */
function fillsPage(line: string, next: string, pageWidth: number): boolean {
  return displayWidth(line) + 1 + displayWidth(firstWord(next)) > pageWidth * FONT_SLACK;
}

/** Whether the page, not the writer, ended this line: it fills the page and nothing says the paragraph ends. */
function endedByPage(line: string, next: string, pageWidth: number): boolean {
  return fillsPage(line, next, pageWidth) && !STARTS_OWN_LINE.test(next) && !ENDS_SENTENCE.test(line);
}

/**
 * Most pages end at a space, which the line break took; Thai text copied out of a PDF may end one in
 * the middle of a word (ดำเนินกา / รตาม), which closes up again where ICU finds no word boundary.
 * Not before an abbreviation (จ.สงขลา, กทม.), which ICU runs into the word before it.
 */
function joinWrapped(line: string, next: string): string {
  const midWord =
    /[\u0E01-\u0E4E]$/.test(line) &&
    /^[\u0E01-\u0E4E]/.test(next) &&
    !ABBREVIATION.test(next) &&
    !boundaryAt(line + next, line.length);
  return midWord ? line + next : `${line} ${next}`;
}

/** Paragraphs as written, from lines that may be hard-wrapped; other text comes back as it was. */
export function unwrapLines(lines: readonly string[]): string[] {
  if (lines.length < MIN_LINES) return [...lines];
  const pageWidth = Math.max(...lines.map(displayWidth));
  if (pageWidth > MAX_PAGE_WIDTH) return [...lines];
  const full = lines.slice(0, -1).filter((line, i) => fillsPage(line, lines[i + 1]!, pageWidth)).length;
  if (full < (lines.length - 1) * MIN_FULL_SHARE) return [...lines];
  const paragraphs: string[] = [];
  let joining = false;
  for (const [i, line] of lines.entries()) {
    if (joining) paragraphs.push(joinWrapped(paragraphs.pop()!, line));
    else paragraphs.push(line);
    const next = lines[i + 1];
    joining = next !== undefined && endedByPage(line, next, pageWidth);
  }
  return paragraphs;
}
