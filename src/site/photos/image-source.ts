/**
 * A photo as Astro's image pipeline takes it (astro:assets getImage): the object an
 * `import` of an image gives, made by hand from what the loader read. Astro encodes it
 * with sharp, keeps each encoded file in its cache folder (`<cacheDir>/assets/`) under a
 * hash of the transform, and copies it from there in later builds.
 *
 * Why not the ways Astro documents for files outside src/:
 * - an `image()` field of a content collection: every image becomes an `import` in one
 *   module (astro/dist/content/mutable-data-store.js:160-163, `content-assets.mjs`), which
 *   Vite loads whole each build, reading and emitting every original into the bundle
 *   (astro/dist/assets/utils/node.js:75 and :104): 300,000 imports at 100,000 releases;
 * - a path as a string: its cache entry is reused only while `expires > Date.now()`
 *   (astro/dist/assets/build/generate.js:116), and a local file is read with `expires: 0`
 *   (generate.js:266-273), so every build encodes every photo again.
 * Astro reads an original from the built site's folder (generate.js:49-50), where
 * originals.ts links it. As an import's object, the cache is used (generate.js:93: copied from the cache when
 * there); `src` carries the photo's content hash, so the transform's hash, the cache
 * entry and the published file name change exactly when the photo does.
 */
import type { ImageMetadata } from 'astro';
import path from 'node:path';
import type { PhotoFile } from '@/release/release.ts';

/** Where originals are put for Astro to read (originals.ts) and its encoded files go, below the site's base. */
export const PHOTOS_FOLDER = '_astro/photos';

/** The original's path in the built site, relative to its root: named by content, so a rebuild finds it unchanged. */
export function originalPath(photo: Pick<PhotoFile, 'hash' | 'format'>): string {
  return `${PHOTOS_FOLDER}/${photo.hash}.${photo.format}`;
}

/**
 * @param base the site's base path (/ or /thalaeng/).
 * @param dev in `astro dev` Astro's image endpoint reads the file itself, through Vite's /@fs/.
 */
export function imageSource(photo: PhotoFile, { root, base, dev }: { root: string; base: string; dev: boolean }): ImageMetadata {
  const file = path.resolve(root, photo.path);
  const source = {
    src: dev
      ? `/@fs${file.startsWith('/') ? '' : '/'}${file.split(path.sep).join('/')}`
      : `${base.replace(/\/?$/, '/')}${originalPath(photo)}`,
    width: photo.width,
    height: photo.height,
    format: photo.format,
  };
  // As on an import's object: not enumerable, so it is not part of the transform's hash
  // (the same bytes under another name are the same images). Astro deletes the original
  // from the built site once every size is encoded (generate.js:57-64).
  Object.defineProperty(source, 'fsPath', { value: file, enumerable: false });
  return source as ImageMetadata;
}
