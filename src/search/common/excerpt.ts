/**
 * Excerpts for results. Pagefind joins excerpt words with spaces, which would put a
 * space between every Thai word; this rebuilds the excerpt from the indexed text,
 * where SPACE_AFTER stands for the writer's own spaces and marks are letters.
 */
import { indexedWords, INNER_WORDS, readableForm, SPACE_AFTER } from './thai-text.ts';

const EDGE_PUNCTUATION = /^([^\p{L}\p{N}\p{M}]*)(.*?)([^\p{L}\p{N}\p{M}]*)$/su;

const escapeHtml = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');

/** Readers' text from indexed text: marks as marks, words joined again. */
export function displayText(indexed: string): string {
  return textWords(indexed).map(displayWord).join('');
}

/** The indexed text's words up to the inner words, which are for matching only. */
function textWords(indexed: string): string[] {
  const words = indexedWords(indexed);
  const end = words.indexOf(INNER_WORDS);
  return end < 0 ? words : words.slice(0, end);
}

const displayWord = (word: string): string => readableForm(word).replaceAll(SPACE_AFTER, ' ');

/**
 * HTML: `length` words around the densest run of matches, with matches in <mark>
 * (adjacent ones merged) and everything else escaped. `wanted` (the query's words)
 * finds the match in the text when Pagefind located it among the inner words. `from`
 * skips the first words (the title, which the result shows above its excerpt) unless
 * nothing follows them.
 */
export function buildExcerpt(
  content: string,
  locations: readonly number[],
  { length = 60, wanted = [], from = 0 }: { length?: number; wanted?: readonly string[]; from?: number } = {},
): string {
  const all = textWords(content);
  const skip = all.length > from ? from : 0;
  const words = all.slice(skip);
  const inText = locations.map((at) => at - skip).filter((at) => at >= 0 && at < words.length);
  // Found only by an inner word: mark the words of the text that hold what was asked.
  const shown = inText.length
    ? inText
    : words.flatMap((word, at) => (wanted.some((w) => w && displayWord(word).includes(w)) ? [at] : []));
  const start = densestStart(shown, words.length, length);
  const end = Math.min(words.length, start + length);
  const marked = new Set(shown);
  let html = start > 0 ? '…' : '';
  let open = false;
  for (let at = start; at < end; at++) {
    const word = words[at] ?? '';
    // A mark spans Thai words written together; a real space ends it (it is the word's
    // trail), and it holds no punctuation around a word (“<ด่วน>” marks ด่วน).
    if (!marked.has(at)) {
      if (open) {
        html += '</mark>';
        open = false;
      }
      html += escapeHtml(displayWord(word));
      continue;
    }
    const [, lead = '', core = '', trail = ''] = EDGE_PUNCTUATION.exec(displayWord(word)) ?? [];
    if (lead && open) {
      html += '</mark>';
      open = false;
    }
    html += escapeHtml(lead);
    if (!open) {
      html += '<mark>';
      open = true;
    }
    html += escapeHtml(core);
    if (trail) {
      html += `</mark>${escapeHtml(trail)}`;
      open = false;
    }
  }
  if (open) html += '</mark>';
  return html.trim() + (end < words.length ? '…' : '');
}

function densestStart(locations: readonly number[], wordCount: number, length: number): number {
  if (wordCount <= length || locations.length === 0) return 0;
  const sorted = [...locations].sort((a, b) => a - b);
  let best = 0;
  let bestCount = 0;
  let last = 0;
  for (let first = 0; first < sorted.length; first++) {
    while (last < sorted.length && (sorted[last] as number) < (sorted[first] as number) + length) last++;
    if (last - first > bestCount) {
      bestCount = last - first;
      best = sorted[first] as number;
    }
  }
  // Some words before the first match give it context.
  return Math.max(0, Math.min(best - Math.floor(length / 4), wordCount - length));
}
