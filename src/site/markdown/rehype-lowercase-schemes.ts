/**
 * Writes a link's or image's scheme in lower case (HTTPS://… → https://…). Schemes are case-insensitive
 * and browsers follow either, but rehype-sanitize compares them with its allowed list as written, so an
 * editor's `HTTPS://` link would lose its href. Runs before sanitising, which still drops `javascript:`.
 */
import type { Root, Element } from 'hast';
import { visit } from 'unist-util-visit';

const URL_PROPERTIES = ['href', 'src'] as const;
const SCHEME = /^[a-z][a-z\d+.-]*:/i;

export default function rehypeLowercaseSchemes() {
  return (tree: Root): void => {
    visit(tree, 'element', (node: Element) => {
      for (const property of URL_PROPERTIES) {
        const value = node.properties[property];
        if (typeof value === 'string') node.properties[property] = value.replace(SCHEME, (scheme) => scheme.toLowerCase());
      }
    });
  };
}
