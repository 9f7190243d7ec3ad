/**
 * Raw HTML in a body is dropped by the Markdown pipeline (src/site/markdown/markdown.ts), so the
 * words inside it would silently vanish from the page: find it and say where.
 */
import { visit } from 'unist-util-visit';
import type { Html } from 'mdast';
import { parseBody } from './markdown-tree.ts';

export interface RawHtml {
  /** Line within the Markdown body, 1-based. */
  line: number;
  column: number;
  html: string;
}

/** Cheap test first: most bodies have no `<` followed by a tag or comment at all. */
const MAYBE_HTML = /<[a-zA-Z!/?]/;

export function findRawHtml(markdown: string): RawHtml[] {
  if (!MAYBE_HTML.test(markdown)) return [];
  const found: RawHtml[] = [];
  visit(parseBody(markdown), 'html', (node: Html) => {
    found.push({
      line: node.position?.start.line ?? 1,
      column: node.position?.start.column ?? 1,
      html: node.value.trim().slice(0, 60),
    });
  });
  return found;
}
