/**
 * Finds what a browser would run in HTML: a script that is not one of the site's own
 * bundles or a JSON data block, a frame or plugin, an event-handler attribute, or a
 * javascript:/vbscript:/data: URL where a link or source goes. Parsed as a browser
 * parses (parse5), so "<script>" inside an attribute value or text does not count.
 */
import { parse, parseFragment } from 'parse5';

interface Node {
  nodeName: string;
  attrs?: { name: string; value: string }[];
  childNodes?: Node[];
  content?: Node;
}

const URL_ATTRIBUTES = new Set(['href', 'src', 'action', 'formaction', 'xlink:href', 'srcdoc', 'data', 'poster']);
const DANGEROUS_URL = /^\s*(javascript|vbscript|data):/i;
const DANGEROUS_ELEMENTS = new Set(['iframe', 'frame', 'object', 'embed', 'applet', 'base']);

function find(node: Node): string | undefined {
  const attrs = node.attrs ?? [];
  const attr = (name: string): string | undefined => attrs.find((a) => a.name === name)?.value;
  if (node.nodeName === 'script') {
    const type = attr('type') ?? '';
    const ownBundle = /^\/(?:[^/]+\/)*_astro\//.test(attr('src') ?? '');
    if (!/^application\/(ld\+)?json$/.test(type) && !ownBundle)
      return `<script${attrs.map((a) => ` ${a.name}="${a.value}"`).join('')}>`;
  }
  if (DANGEROUS_ELEMENTS.has(node.nodeName)) return `<${node.nodeName}>`;
  for (const { name, value } of attrs) {
    if (/^on/i.test(name)) return `${node.nodeName} ${name}="${value}"`;
    if (URL_ATTRIBUTES.has(name) && DANGEROUS_URL.test(value)) return `${node.nodeName} ${name}="${value}"`;
  }
  for (const child of [...(node.childNodes ?? []), ...(node.content ? [node.content] : [])]) {
    const found = find(child);
    if (found) return found;
  }
  return undefined;
}

/** The first live piece of markup in a whole page, or undefined. */
export const liveMarkupInPage = (html: string): string | undefined => find(parse(html) as unknown as Node);
/** The same in an HTML fragment, such as a feed item's content. */
export const liveMarkupInFragment = (html: string): string | undefined => find(parseFragment(html) as unknown as Node);
