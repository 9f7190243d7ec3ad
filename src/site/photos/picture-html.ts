/**
 * A photo as `<picture>`: WebP sources, then a JPEG `<img>` with its width and height (so
 * the page does not move when it arrives), lazy below the fold and eager, fetched first,
 * for the lead photo. Built as a hast tree, so that alt text is escaped by the serialiser
 * wherever it comes from: the release page, a listing and the Markdown body share it.
 */
import type { Element } from 'hast';
import { toHtml } from 'hast-util-to-html';

export interface Picture {
  /** Modern formats first; the browser takes the first it reads. */
  sources: { type: string; srcset: string }[];
  img: { src: string; srcset: string; width: number; height: number };
  sizes: string;
}

export interface PictureOptions {
  alt: string;
  /** Above the fold (the lead photo): loaded at once and before other images. */
  priority?: boolean;
  className?: string;
}

export function pictureElement(picture: Picture, { alt, priority = false, className }: PictureOptions): Element {
  const { img, sizes } = picture;
  const image: Element = {
    type: 'element',
    tagName: 'img',
    properties: {
      src: img.src,
      ...(img.srcset ? { srcSet: img.srcset } : {}),
      ...(sizes ? { sizes } : {}),
      width: img.width,
      height: img.height,
      alt,
      ...(priority ? { loading: 'eager', fetchPriority: 'high' } : { loading: 'lazy' }),
      decoding: 'async',
    },
    children: [],
  };
  // One format only (a decorative thumbnail): the image alone.
  if (picture.sources.length === 0) return image;
  return {
    type: 'element',
    tagName: 'picture',
    properties: className ? { className: [className] } : {},
    children: [
      ...picture.sources.map((source): Element => ({
        type: 'element',
        tagName: 'source',
        properties: { type: source.type, srcSet: source.srcset, sizes },
        children: [],
      })),
      image,
    ],
  };
}

export function pictureHtml(picture: Picture, options: PictureOptions): string {
  return toHtml(pictureElement(picture, options));
}
