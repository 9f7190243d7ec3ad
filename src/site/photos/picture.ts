/**
 * Binds the photo roles (variants.ts) to Astro's image pipeline (getImage): the URLs of
 * each photo's encoded sizes. Encoding itself happens after the pages, in Astro's build,
 * for every URL asked for here, and once per content hash (image-source.ts).
 *
 * getImage comes from virtual:astro:get-image, not astro:assets: astro:assets exports the
 * build's output folder (astro/dist/assets/vite-plugin-assets.js:230, `outDir`), and Astro's
 * incremental build hashes the code of every module a page imports, so each page showing a
 * photo was rendered again whenever a build wrote to another folder (tests and benchmarks
 * do) instead of being copied from the cache.
 */
import { getImage } from 'virtual:astro:get-image';
import type { PhotoFile, Release } from '@/release/release.ts';
import { environment } from '@/config.ts';
import { imageSource } from './image-source.ts';
import { linkOriginals } from './originals.ts';
import type { Picture } from './picture-html.ts';
import { ogSize, roleSizes, ROLES, type PhotoRole, type Size } from './variants.ts';

/** Quality for WebP and JPEG: sharp's default of 80 costs a third more bytes for no difference a reader sees in a news photo. */
const QUALITY = 72;

/**
 * Astro encodes at build time exactly when its build collects static images, the test
 * getImage itself makes (astro/dist/assets/internal.js:157); otherwise (astro dev) its image
 * endpoint reads each photo. Not import.meta.env.DEV, which a build run with NODE_ENV=test
 * (as tests run it) also sets.
 */
const building = (): boolean => globalThis.astroAsset?.addStaticImage !== undefined;

const source = (photo: PhotoFile) =>
  imageSource(photo, { root: process.cwd(), base: import.meta.env.BASE_URL, dev: !building() });

/** The photo as a `<picture>` for `role`: WebP sources and a JPEG fallback, at the role's widths. */
export async function pictureOf(photo: PhotoFile, role: PhotoRole): Promise<Picture> {
  const { width, height, widths } = roleSizes(photo, role);
  const { sizes, ratio } = ROLES[role];
  const transform = { src: source(photo), width, height, widths, sizes, quality: QUALITY, ...(ratio ? { fit: 'cover' } : {}) };
  const [webp, jpeg] = await Promise.all([
    getImage({ ...transform, format: 'webp' }),
    getImage({ ...transform, format: 'jpeg' }),
  ]);
  return {
    sources: [{ type: 'image/webp', srcset: webp.srcSet.attribute }],
    img: { src: jpeg.src, srcset: jpeg.srcSet.attribute, width, height },
    sizes,
  };
}

/**
 * A listing's thumbnail: WebP alone, at 1x and 2x. It is decorative (alt=""), so a browser
 * without WebP loses nothing, and leaving out the fallback halves the markup of a listing
 * page of twenty (its budget is 60 KB gzipped) and the files encoded.
 */
export async function thumbnailOf(photo: PhotoFile): Promise<Picture> {
  const ratio = ROLES.listThumb.ratio!;
  const size = (width: number): Size => ({ width, height: Math.round(width / ratio) });
  const [small, large] = await Promise.all(
    roleSizes(photo, 'listThumb').widths.map((width) =>
      getImage({ src: source(photo), ...size(width), fit: 'cover', format: 'webp', quality: QUALITY }),
    ),
  );
  const shown = size(roleSizes(photo, 'listThumb').widths[0]!);
  return { sources: [], img: { src: small!.src, srcset: large ? `${large.src} 2x` : '', ...shown }, sizes: '' };
}

export interface EncodedImage extends Size {
  /** Path on this site (with its base); absolute URLs are made by the caller. */
  path: string;
  type: 'image/jpeg';
}

/**
 * The photo as one JPEG, at most 1200 px wide: feeds, JSON-LD, a gallery's full view. The
 * column picture's largest JPEG, the same file (Astro hashes neither widths nor sizes), but
 * asked for alone so that a gallery photo is not encoded at every width of the column.
 */
export async function jpegOf(photo: PhotoFile): Promise<EncodedImage> {
  const { width, height } = roleSizes(photo, 'column');
  const image = await getImage({ src: source(photo), width, height, quality: QUALITY, format: 'jpeg' });
  return { path: image.src, width, height, type: 'image/jpeg' };
}

/** The share card cropped from the photo: 1200 × 630 (variants.ts ogSize). */
export async function ogImageOf(photo: PhotoFile): Promise<EncodedImage> {
  const size = ogSize(photo);
  const image = await getImage({ src: source(photo), ...size, fit: 'cover', format: 'jpeg', quality: QUALITY });
  return { path: image.src, ...size, type: 'image/jpeg' };
}

/**
 * Puts every release's originals where Astro's build reads them (originals.ts): called
 * once per build before any page, so that a page copied from the last build whose images
 * are missing from Astro's cache can still have them encoded.
 */
export async function linkPhotoOriginals(releases: readonly Release[]): Promise<void> {
  if (!building()) return;
  await linkOriginals(
    process.cwd(),
    environment().outDir,
    releases.flatMap((release) => Object.values(release.photos ?? {})),
  );
}
