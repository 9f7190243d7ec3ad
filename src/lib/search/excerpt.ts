/**
 * Excerpts for results. Pagefind joins excerpt words with spaces, which would put a
 * space between every Thai word; this rebuilds the excerpt from the indexed text,
 * where only words ending in SPACE_MARK were followed by a real space.
 */
import { MARK_GUARD, SPACE_MARK } from './thai-text.ts';

/** Pagefind's own word split, so that its match locations point at the same words. */
const SEPARATOR = /([\r\n\s]+)/;
const GUARD_AFTER_MARK = new RegExp(`(\\p{Mn})${MARK_GUARD}`, 'gu');

const escapeHtml = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');

/** Readers' text from indexed text: guards removed, words joined again. */
export function displayText(indexed: string): string {
  return indexed.split(SEPARATOR).map((part, i) => (i % 2 ? '' : displayWord(part))).join('');
}

/** A word as readers see it, with the space that followed it if the writer put one there. */
function displayWord(word: string): string {
  const shown = word.replace(GUARD_AFTER_MARK, '$1');
  return shown.endsWith(SPACE_MARK) ? `${shown.slice(0, -1)} ` : shown;
}

/**
 * HTML: `length` words around the densest run of matches, with matches in <mark>
 * (adjacent ones merged) and everything else escaped.
 */
export function buildExcerpt(content: string, locations: readonly number[], length = 36): string {
  const parts = content.split(SEPARATOR);
  const wordCount = Math.ceil(parts.length / 2);
  const start = densestStart(locations, wordCount, length);
  const end = Math.min(wordCount, start + length);
  const marked = new Set(locations);
  let html = start > 0 ? '… ' : '';
  let open = false;
  for (let word = start; word < end; word++) {
    const isMatch = marked.has(word);
    if (open && !isMatch) { html += '</mark>'; open = false; }
    const shown = displayWord(parts[word * 2] ?? '');
    const spaced = shown.endsWith(' ');
    if (isMatch && !open) { html += '<mark>'; open = true; }
    html += escapeHtml(spaced ? shown.trimEnd() : shown);
    // A mark spans joined Thai words; a real space closes it.
    if (spaced) {
      if (open) { html += '</mark>'; open = false; }
      html += ' ';
    }
  }
  if (open) html += '</mark>';
  return html.trim() + (end < wordCount ? ' …' : '');
}

function densestStart(locations: readonly number[], wordCount: number, length: number): number {
  if (wordCount <= length || locations.length === 0) return 0;
  const sorted = [...locations].sort((a, b) => a - b);
  let best = 0;
  let bestCount = 0;
  let last = 0;
  for (let first = 0; first < sorted.length; first++) {
    while (last < sorted.length && (sorted[last] as number) < (sorted[first] as number) + length) last++;
    if (last - first > bestCount) { bestCount = last - first; best = sorted[first] as number; }
  }
  // Some words before the first match give it context.
  return Math.max(0, Math.min(best - Math.floor(length / 4), wordCount - length));
}
