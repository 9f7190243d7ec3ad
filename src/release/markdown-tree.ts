/** A release body as a Markdown syntax tree, parsed as the page's pipeline parses it (CommonMark and GFM), for checks that read it. */
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import type { Root } from 'mdast';

const parser = unified().use(remarkParse).use(remarkGfm).freeze();

export function parseBody(markdown: string): Root {
  return parser.parse(markdown) as Root;
}
