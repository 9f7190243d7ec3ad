/**
 * Makes relative links and image sources absolute against the URL in `file.data.base`.
 * Feed readers show `content:encoded` outside the site, where a relative link leads nowhere.
 */
import type { Root } from 'hast';
import type { VFile } from 'vfile';
import { rewriteUrls } from './url-properties.ts';

export default function rehypeAbsoluteUrls() {
  return (tree: Root, file: VFile): void => {
    const base = file.data['base'];
    if (typeof base !== 'string') return;
    rewriteUrls(tree, (url) => {
      if (url.startsWith('#')) return url;
      try {
        return new URL(url, base).href;
      } catch {
        return undefined;
      }
    });
  };
}
