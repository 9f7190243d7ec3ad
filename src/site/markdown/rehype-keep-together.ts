/**
 * Years, times and names in a body are kept on one line (src/thai/unbreakable.ts): each
 * name becomes a `<span class="nowrap">`, so that the text itself stays as written.
 */
import type { ElementContent, Root, Text } from 'hast';
import { SKIP, visit } from 'unist-util-visit';
import { keepTogether } from '@/thai/unbreakable.ts';

export default function rehypeKeepTogether() {
  return (tree: Root): void => {
    visit(tree, 'text', (node: Text, index, parent) => {
      if (!parent || index === undefined) return;
      const nodes = keepTogether(node.value).map(({ text, nowrap }): ElementContent =>
        nowrap
          ? { type: 'element', tagName: 'span', properties: { className: ['nowrap'] }, children: [{ type: 'text', value: text }] }
          : { type: 'text', value: text },
      );
      parent.children.splice(index, 1, ...nodes);
      // Past the new nodes: the text inside a span is a name already kept whole.
      return [SKIP, index + nodes.length];
    });
  };
}
