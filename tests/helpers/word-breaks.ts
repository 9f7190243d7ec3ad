/**
 * Judges line breaks against words: ICU's Thai word boundaries (Intl.Segmenter), less
 * any offset inside a run the site keeps whole (src/thai/unbreakable.ts).
 */
import { unbreakableRuns } from '@/thai/unbreakable.ts';
import type { RenderedBlock } from './line-starts.ts';

const words = new Intl.Segmenter('th', { granularity: 'word' });

export interface BreakAudit {
  breaks: number;
  atWordBoundary: number;
  /** Breaks inside a word, as `before|after`. */
  insideWords: string[];
  /** Breaks inside a year, a time or a name, as `before|after`. */
  insideRuns: string[];
}

export function auditBreaks(blocks: readonly RenderedBlock[]): BreakAudit {
  const audit: BreakAudit = { breaks: 0, atWordBoundary: 0, insideWords: [], insideRuns: [] };
  for (const { text, breaks } of blocks) {
    const boundaries = new Set([...words.segment(text)].map((s) => s.index));
    const runs = unbreakableRuns(text);
    for (const at of breaks) {
      const shown = `${text.slice(Math.max(0, at - 12), at)}|${text.slice(at, at + 12)}`;
      audit.breaks++;
      if (runs.some(([start, end]) => start < at && at < end)) audit.insideRuns.push(shown);
      else if (boundaries.has(at)) audit.atWordBoundary++;
      else audit.insideWords.push(shown);
    }
  }
  return audit;
}
