/**
 * Judges line breaks against words: ICU's Thai word boundaries (Intl.Segmenter), less
 * any offset inside a run the site keeps whole (src/thai/unbreakable.ts): a break inside
 * one of the site's own words (เดิน|ทาง) is inside a word, one inside a name or unit is worse. Word joiners
 * (U+2060) are taken out first: ICU treats a joined run as one word, so segmenting with
 * them in would count a break inside the word before a name as a word boundary.
 */
import { unbreakableRuns } from '@/thai/unbreakable.ts';
import type { RenderedBlock } from './line-starts.ts';

const words = new Intl.Segmenter('th', { granularity: 'word' });
const WORD_JOINER = '\u2060';

export interface BreakAudit {
  breaks: number;
  atWordBoundary: number;
  /** Breaks inside a word, as `before|after`. */
  insideWords: string[];
  /** Breaks inside a year, a time or a name, as `before|after`. */
  insideRuns: string[];
}

/** `text` without word joiners, and for each offset of `text` (and its end) the offset in it. */
function withoutJoiners(text: string): { text: string; offsets: number[] } {
  const offsets: number[] = [];
  let stripped = '';
  for (const char of text) {
    for (let i = 0; i < char.length; i++) offsets.push(stripped.length);
    if (char !== WORD_JOINER) stripped += char;
  }
  offsets.push(stripped.length);
  return { text: stripped, offsets };
}

export function auditBreaks(blocks: readonly RenderedBlock[]): BreakAudit {
  const audit: BreakAudit = { breaks: 0, atWordBoundary: 0, insideWords: [], insideRuns: [] };
  for (const block of blocks) {
    const { text, offsets } = withoutJoiners(block.text);
    const boundaries = new Set([...words.segment(text)].map((s) => s.index));
    const runs = unbreakableRuns(text);
    for (const at of new Set(block.breaks.map((rendered) => offsets[rendered]!))) {
      const shown = `${text.slice(Math.max(0, at - 12), at)}|${text.slice(at, at + 12)}`;
      audit.breaks++;
      const run = runs.find(({ start, end }) => start < at && at < end);
      if (run && run.kind !== 'word') audit.insideRuns.push(shown);
      else if (!run && boundaries.has(at)) audit.atWordBoundary++;
      else audit.insideWords.push(shown);
    }
  }
  return audit;
}
