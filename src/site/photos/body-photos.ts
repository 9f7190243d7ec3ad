/**
 * The images a Markdown body shows (`![alt](./slug/photo.jpg)` and reference-style
 * `![alt][ref]`), with their lines, so that the loader can read each photo the body names.
 */
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import { visit } from 'unist-util-visit';
import type { Definition, Image, ImageReference, Root } from 'mdast';

export interface BodyImage {
  /** The URL as written. */
  src: string;
  /** Line within the body, 1-based. */
  line: number;
}

const parser = unified().use(remarkParse).use(remarkGfm).freeze();

export function bodyImages(markdown: string): BodyImage[] {
  // Cheap test first: most bodies show no image at all.
  if (!markdown.includes('![')) return [];
  const tree = parser.parse(markdown) as Root;
  const definitions = new Map<string, string>();
  visit(tree, 'definition', (node: Definition) => {
    definitions.set(node.identifier, node.url);
  });
  const found: BodyImage[] = [];
  visit(tree, (node) => {
    const line = node.position?.start.line ?? 1;
    if (node.type === 'image') found.push({ src: (node as Image).url, line });
    if (node.type === 'imageReference') {
      const src = definitions.get((node as ImageReference).identifier);
      if (src !== undefined) found.push({ src, line });
    }
  });
  return found;
}
