/**
 * The section headings of a rendered body (h2 and h3 with their rehype-slug ids), for the
 * release page's table of contents: a cabinet summary has a heading per section and per
 * resolution, and a reader jumps to the one they want.
 */
import { toString } from 'hast-util-to-string';
import type { Root } from 'hast';

export interface Heading {
  id: string;
  /** Plain text, without the markup that keeps names on one line. */
  text: string;
  level: 2 | 3;
}

/** From this many headings on, a release gets a table of contents. */
export const TABLE_OF_CONTENTS_MIN = 3;

export function sectionHeadings(tree: Root): Heading[] {
  return tree.children.flatMap((node): Heading[] => {
    if (node.type !== 'element' || (node.tagName !== 'h2' && node.tagName !== 'h3')) return [];
    const id = node.properties['id'];
    const text = toString(node).trim();
    return typeof id === 'string' && text ? [{ id, text, level: node.tagName === 'h2' ? 2 : 3 }] : [];
  });
}
