/** Years, times and names in a body are kept on one line (src/thai/unbreakable.ts). */
import type { Root, Text } from 'hast';
import { visit } from 'unist-util-visit';
import { keepTogether } from '@/thai/unbreakable.ts';

export default function rehypeKeepTogether() {
  return (tree: Root): void => {
    visit(tree, 'text', (node: Text) => {
      node.value = keepTogether(node.value);
    });
  };
}
