/**
 * Body headings start at h2, under the page title's h1, whichever level the editor began
 * at: `#` and `##` both become h2 when they are the body's highest. A fixed shift of one
 * turned a body that opens at `##` (as editors used to GitHub write) into h3 straight under
 * the h1, which skips a level (axe's heading-order; issue 15, part 7).
 */
import type { Element, Root } from 'hast';
import rehypeShiftHeading from 'rehype-shift-heading';
import { visit } from 'unist-util-visit';

/** The level the body's highest heading takes. */
const TOP = 2;
/** remark-rehype's heading over the footnotes: always h2, a section of its own. */
const FOOTNOTE_LABEL = 'footnote-label';

const level = (node: Element): number | undefined => {
  const match = /^h([1-6])$/.exec(node.tagName);
  return match ? Number(match[1]) : undefined;
};

export default function rehypeTopHeading() {
  return (tree: Root): void => {
    let highest = 7;
    visit(tree, 'element', (node) => {
      if (node.properties['id'] !== FOOTNOTE_LABEL) highest = Math.min(highest, level(node) ?? 7);
    });
    if (highest <= 6) rehypeShiftHeading({ shift: TOP - highest })(tree);
    visit(tree, 'element', (node) => {
      if (level(node) && node.properties['id'] === FOOTNOTE_LABEL) node.tagName = `h${TOP}`;
    });
  };
}
