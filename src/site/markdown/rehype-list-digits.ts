/**
 * A numbered list's markers stand in its indent, which fits one digit: a cabinet summary's
 * resolutions run to 10. and past, whose markers a long body's containment then clipped
 * (src/styles/global.css). A list numbered past 9 says how many digits its last number has.
 */
import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';

export default function rehypeListDigits() {
  return (tree: Root): void => {
    visit(tree, 'element', (node: Element) => {
      if (node.tagName !== 'ol') return;
      const items = node.children.filter((child) => child.type === 'element' && child.tagName === 'li').length;
      const digits = String(Number(node.properties.start ?? 1) + items - 1).length;
      if (digits < 2) return;
      const classes = (node.properties.className as string[] | undefined) ?? [];
      node.properties.className = [...classes, `digits-${Math.min(digits, 3)}`];
    });
  };
}
