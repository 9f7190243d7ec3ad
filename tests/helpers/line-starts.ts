/**
 * Where Chromium starts each line of a block of text: the line boxes of every character
 * (Range.getClientRects), read in the page. A line starts where a character sits below
 * the one before it in the same block; a new block (paragraph, list item) is not a break.
 */
import type { Page } from 'playwright-core';

export interface RenderedBlock {
  /** The block's text as rendered: its text nodes in order. */
  text: string;
  /** Offsets in `text` where a line begins, other than the block's first line. */
  breaks: number[];
}

export function readLineStarts(page: Page, selector: string): Promise<RenderedBlock[]> {
  return page.evaluate(async (selector) => {
    // Lines as the reader sees them, in Sarabun, not in the fallback font before it loads.
    await document.fonts.ready;
    const blockOf = (node: Node): Element => {
      let element = node.parentElement!;
      while (getComputedStyle(element).display.startsWith('inline')) element = element.parentElement!;
      return element;
    };
    const blocks = new Map<Element, { text: string; breaks: number[]; lastMiddle: number }>();
    for (const root of document.querySelectorAll(selector)) {
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      const range = document.createRange();
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        // Screen-reader text is clipped to 1 px: it has no lines a reader sees.
        if (node.parentElement?.closest('.visually-hidden')) continue;
        const block = blockOf(node);
        const entry = blocks.get(block) ?? { text: '', breaks: [], lastMiddle: Infinity };
        blocks.set(block, entry);
        const value = node.nodeValue ?? '';
        for (let i = 0; i < value.length; i++) {
          range.setStart(node, i);
          range.setEnd(node, i + 1);
          const rect = range.getClientRects()[0];
          // Collapsed white space and marks drawn over the letter before have no box of their own.
          // Lines may overlap (Sarabun's boxes are taller than a tight line height): a letter
          // starts a line when its top is below the middle of the letter before.
          if (rect && rect.width > 0) {
            if (rect.top > entry.lastMiddle) entry.breaks.push(entry.text.length + i);
            entry.lastMiddle = (rect.top + rect.bottom) / 2;
          }
        }
        entry.text += value;
      }
    }
    return [...blocks.values()].map(({ text, breaks }) => ({ text, breaks }));
  }, selector);
}
