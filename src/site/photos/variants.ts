/**
 * The sizes each photo is encoded at, by where it shows. Every role but the listing's
 * decorative thumbnail has a `<picture>` of WebP sources and a JPEG fallback at the same widths; AVIF is left out: sharp takes several
 * times longer to encode it than WebP, which at 100,000 releases is the difference between
 * minutes and hours of a cold build, for files a fifth smaller.
 */
import type { PhotoFile } from '@/release/release.ts';

export type PhotoRole = 'column' | 'galleryThumb' | 'listThumb';

export interface RoleSpec {
  /** Widths in the srcset, in CSS pixels × 1 and 2 (a phone's screen) where the photo is large enough. */
  widths: readonly number[];
  /** The `sizes` attribute: how wide the photo shows, matching the page's CSS. */
  sizes: string;
  /** Width ÷ height of a cropped role (thumbnails of one shape); none keeps the photo's own. */
  ratio?: number;
}

/** The release column is 42rem (--measure) with 1rem of padding each side on a phone. */
const COLUMN = '(min-width: 44rem) 42rem, calc(100vw - 2rem)';

export const ROLES: Record<PhotoRole, RoleSpec> = {
  // The lead photo and photos in the body fill the text column.
  column: { widths: [480, 800, 1200], sizes: COLUMN },
  // Three to a row in the column, two on a phone (PhotoGallery.astro).
  galleryThumb: { widths: [320, 640], sizes: '(min-width: 44rem) 13.5rem, calc(50vw - 1.5rem)', ratio: 4 / 3 },
  // Beside a title in a listing (ReleaseList.astro): 6rem wide, WebP alone (picture.ts thumbnailOf).
  listThumb: { widths: [96, 192], sizes: '6rem', ratio: 3 / 2 },
};

/** Open Graph's large card: 1.91 : 1, cropped to fill. */
export const OG_SIZE = { width: 1200, height: 630 } as const;

export interface Size {
  width: number;
  height: number;
}

/**
 * The largest size, at most `maxWidth` wide, that the photo gives without enlarging:
 * its own shape, or cropped to `ratio`.
 */
export function targetSize(photo: Pick<PhotoFile, 'width' | 'height'>, maxWidth: number, ratio?: number): Size {
  if (ratio === undefined) {
    const width = Math.min(maxWidth, photo.width);
    return { width, height: Math.max(1, Math.round((width * photo.height) / photo.width)) };
  }
  const width = Math.min(maxWidth, photo.width, Math.floor(photo.height * ratio));
  return { width, height: Math.max(1, Math.round(width / ratio)) };
}

/** The share card's size: 1200 × 630, or smaller in the same shape for a small photo. */
export function ogSize(photo: Pick<PhotoFile, 'width' | 'height'>): Size {
  return targetSize(photo, OG_SIZE.width, OG_SIZE.width / OG_SIZE.height);
}

/** The role's widths the photo can fill, and the largest it gives when smaller than the last. */
export function srcsetWidths(widths: readonly number[], largest: number): number[] {
  return [...new Set([...widths.filter((width) => width < largest), largest])];
}

/** The size a role encodes a photo at (its largest), and the widths of its srcset. */
export function roleSizes(photo: Pick<PhotoFile, 'width' | 'height'>, role: PhotoRole): Size & { widths: number[] } {
  const spec = ROLES[role];
  const size = targetSize(photo, Math.max(...spec.widths), spec.ratio);
  return { ...size, widths: srcsetWidths(spec.widths, size.width) };
}
