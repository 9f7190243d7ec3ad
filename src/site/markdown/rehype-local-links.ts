/**
 * Links to the source of another release in the archive go to its page here (src/site/local-links.ts), given in
 * `file.data.localLinks` by source key. A bare URL (the link's text is that source's URL) reads as that release's title.
 */
import type { Element, Root } from 'hast';
import type { VFile } from 'vfile';
import { toString } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';
import { sourceKey } from '@/release/linked-sources.ts';
import type { LocalLink } from '@/release/release.ts';

export default function rehypeLocalLinks() {
  return (tree: Root, file: VFile): void => {
    const links = file.data['localLinks'] as Readonly<Record<string, LocalLink>> | undefined;
    if (!links) return;
    visit(tree, 'element', (node: Element) => {
      const href = node.tagName === 'a' ? node.properties['href'] : undefined;
      if (typeof href !== 'string') return;
      const key = sourceKey(href);
      const target = key === undefined ? undefined : links[key];
      if (!target) return;
      // The text as typed, the href as the parser encoded it: the same source either way.
      const bare = sourceKey(toString(node).trim()) === key;
      node.properties['href'] = target.path;
      if (bare) node.children = [{ type: 'text', value: target.title }];
    });
  };
}
