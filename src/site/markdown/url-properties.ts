/**
 * Rewrites the URLs an element holds (a link's href, an image's src); a rewrite to undefined drops the URL.
 * Shared by the steps that mend URLs before sanitising and make them absolute for feeds.
 */
import type { Root, Element } from 'hast';
import { visit } from 'unist-util-visit';

const URL_PROPERTIES = ['href', 'src'] as const;

export function rewriteUrls(tree: Root, rewrite: (url: string) => string | undefined): void {
  visit(tree, 'element', (node: Element) => {
    for (const property of URL_PROPERTIES) {
      const value = node.properties[property];
      if (typeof value !== 'string') continue;
      const url = rewrite(value);
      if (url === undefined) delete node.properties[property];
      else node.properties[property] = url;
    }
  });
}
