/**
 * Makes relative links and image sources absolute against the URL in `file.data.base`.
 * Feed readers show `content:encoded` outside the site, where a relative link leads nowhere.
 */
import type { Root, Element } from 'hast';
import type { VFile } from 'vfile';
import { visit } from 'unist-util-visit';

const URL_PROPERTIES = ['href', 'src'] as const;

export default function rehypeAbsoluteUrls() {
  return (tree: Root, file: VFile): void => {
    const base = file.data['base'];
    if (typeof base !== 'string') return;
    visit(tree, 'element', (node: Element) => {
      for (const property of URL_PROPERTIES) {
        const value = node.properties[property];
        if (typeof value !== 'string' || value.startsWith('#')) continue;
        try {
          node.properties[property] = new URL(value, base).href;
        } catch {
          delete node.properties[property];
        }
      }
    });
  };
}
