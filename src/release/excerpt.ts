import { decodeHTMLStrict } from 'entities';

/**
 * A plain-text excerpt of a Markdown body for lists, meta descriptions and feeds,
 * computed without a full Markdown parse because the loader runs it on every release.
 */
const segmenter = new Intl.Segmenter('th', { granularity: 'word' });

export function makeExcerpt(markdown: string, maxLength: number): string {
  const text = markdownToPlainText(firstParagraphs(markdown, maxLength));
  return truncateAtWord(text, maxLength);
}

/** Enough leading blocks to fill the excerpt, skipping headings, rules, tables and images. */
function firstParagraphs(markdown: string, maxLength: number): string {
  const blocks = markdown.split(/\n\s*\n/);
  const kept: string[] = [];
  let length = 0;
  for (const block of blocks) {
    const trimmed = block.trim();
    if (!trimmed || /^(#{1,6}\s|[-*_]{3,}\s*$|\||!\[|```)/.test(trimmed)) continue;
    kept.push(trimmed);
    length += trimmed.length;
    if (length > maxLength) break;
  }
  return kept.join(' ');
}

/** Plain text of Markdown, by rules rather than a parse: fast enough for every release of a build. */
export function markdownToPlainText(markdown: string): string {
  // Escaped characters are set aside first so that emphasis and entity rules cannot eat
  // them. CommonMark lets a backslash escape any ASCII punctuation (\& as much as \*).
  const escaped: string[] = [];
  const text = markdown
    .replace(/\\([!-/:-@[-`{-~])/g, (_, char: string) => `\uE000${escaped.push(char) - 1}\uE001`)
    .replace(/<[^>]*>/g, '')
    .replace(/^\s{0,3}#{1,6}\s+/gm, '')
    // Table rows: the separator row goes, cell borders become spaces.
    .replace(/^\s*\|?(?:\s*:?-{3,}:?\s*\|)+\s*:?-*:?\s*$/gm, '')
    .replace(/\s*\|\s*/g, ' ')
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/^\s{0,3}(?:>|[-*+]|\d+[.)])\s+/gm, '')
    .replace(/(\*\*|__|\*|_|~~|`)(?=\S)([^]*?\S)\1/g, '$2');
  // Character references (&amp;, &#3585;) are text too.
  return decodeHTMLStrict(text)
    .replace(/\uE000(\d+)\uE001/g, (_, i: string) => escaped[Number(i)] ?? '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Cuts at a word boundary: Thai has no spaces, so ask ICU where words end, near the cut only. */
function truncateAtWord(text: string, maxLength: number): string {
  if (text.length <= maxLength) return text;
  const from = Math.max(0, maxLength - WINDOW);
  let end = from;
  // Segment a little past the limit so the word that straddles it is seen whole.
  for (const { index, segment } of segmenter.segment(text.slice(from, maxLength + WINDOW))) {
    if (from + index + segment.length > maxLength) break;
    end = from + index + segment.length;
  }
  return `${text.slice(0, end > from ? end : maxLength).trimEnd()}…`;
}

/** Characters around the cut that ICU looks at; longer than any Thai word. */
const WINDOW = 40;
