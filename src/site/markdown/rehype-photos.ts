/**
 * Photos in a body (`![alt](./slug/photo.jpg)`) as the site serves them: on the page the
 * same `<picture>` as the lead photo's, lazy, with its size (src/site/photos/picture-html.ts);
 * in feeds one JPEG with its size, which rehype-absolute-urls then makes absolute. The
 * pictures come in `file.data.photos`, by `src` as written; an image that is not among
 * them (none, once `npm run check` passed) is left as it is.
 */
import type { Element, Root } from 'hast';
import type { VFile } from 'vfile';
import { SKIP, visit } from 'unist-util-visit';
import { pictureElement, type Picture } from '@/site/photos/picture-html.ts';

/** remark-rehype percent-encodes the URL as written (a Thai file name); the pictures are keyed as written. */
const decoded = (src: string): string => {
  try {
    return decodeURI(src);
  } catch {
    return src;
  }
};

export default function rehypePhotos(options: { page: boolean }) {
  return (tree: Root, file: VFile): void => {
    const photos = file.data['photos'] as Record<string, Picture> | undefined;
    if (!photos) return;
    visit(tree, 'element', (node: Element, index, parent) => {
      if (node.tagName !== 'img' || !parent || index === undefined) return;
      const src = String(node.properties['src'] ?? '');
      const picture = photos[src] ?? photos[decoded(src)];
      if (!picture) return;
      const alt = String(node.properties['alt'] ?? '');
      if (options.page) {
        parent.children[index] = pictureElement(picture, { alt });
        return SKIP;
      }
      node.properties = { src: picture.img.src, width: picture.img.width, height: picture.img.height, alt };
      return SKIP;
    });
  };
}
