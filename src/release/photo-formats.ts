/**
 * The formats a release's photos may be in, and the sizes past which an original is a
 * mistake. JPEG, PNG, WebP and AVIF are what sharp (behind Astro's image service) decodes
 * in its prebuilt binaries and what every current browser shows, so a photo can be
 * resized for readers and, where a copy is served as it is, still seen.
 */
import { posix } from 'node:path';

export type PhotoFormat = 'jpg' | 'png' | 'webp' | 'avif';

const EXTENSIONS: Record<string, PhotoFormat> = {
  '.jpg': 'jpg',
  '.jpeg': 'jpg',
  '.png': 'png',
  '.webp': 'webp',
  '.avif': 'avif',
};

/** The format a file name promises, case aside (cameras write .JPG); undefined for any other. */
export function photoFormatOfName(name: string): PhotoFormat | undefined {
  return EXTENSIONS[posix.extname(name).toLowerCase()];
}

/** The extensions an editor may use, for messages. */
export const PHOTO_EXTENSIONS = Object.keys(EXTENSIONS).join(', ');

/**
 * Formats phones, cameras and editors also write, each with why it is refused, in Thai
 * and in English; the fix is always to export the photo as JPEG. The keys are the formats Astro's image-size reader
 * names (astro/assets/utils imageMetadata), and their usual extensions.
 */
export const REFUSED_FORMATS: Record<string, { th: string; en: string }> = {
  heic: {
    th: 'ภาพ HEIC ของ iPhone ระบบสร้างเว็บไซต์อ่านไม่ได้และเบราว์เซอร์ส่วนใหญ่ไม่แสดง',
    en: 'HEIC (the iPhone default) cannot be decoded by sharp, which resizes photos (its HEVC codec is patent-encumbered), and most browsers do not show it; on the iPhone, Settings → Camera → Formats → Most Compatible takes JPEG',
  },
  heif: {
    th: 'ภาพ HEIF ระบบสร้างเว็บไซต์อ่านไม่ได้',
    en: 'HEIF cannot be decoded by sharp, which resizes photos, and most browsers do not show it',
  },
  tiff: { th: 'เบราว์เซอร์ไม่แสดงภาพ TIFF และไฟล์ใหญ่มาก', en: 'TIFF is not shown by browsers (Safari aside) and its files are huge' },
  gif: {
    th: 'ภาพ GIF มีได้เพียง 256 สี และภาพเคลื่อนไหวจะเหลือภาพเดียว',
    en: 'GIF holds 256 colours, too few for a photo, and an animation would be cut to its first frame',
  },
  svg: {
    th: 'SVG เป็นภาพวาด ไม่ใช่ภาพถ่าย และอาจมีสคริปต์',
    en: 'SVG is a drawing, not a photo, may carry scripts, and would be served unchanged',
  },
  bmp: { th: 'ภาพ BMP ไม่บีบอัดและระบบอ่านไม่ได้', en: 'BMP is uncompressed and sharp does not read it' },
  psd: { th: 'ไฟล์ Photoshop ไม่ใช่ภาพสำหรับเผยแพร่', en: 'a Photoshop file is a working file, not a photo to publish' },
};

/** The refused format a file name names by its extension (`.HEIC` → heic). */
export function refusedFormatOfName(name: string): string | undefined {
  const extension = posix.extname(name).toLowerCase().slice(1);
  const format = extension === 'tif' ? 'tiff' : extension;
  return Object.hasOwn(REFUSED_FORMATS, format) ? format : undefined;
}

/** Why a file in `format` (as Astro's reader names it) is no photo for the site, in Thai and English. */
export function refusal(format: string): { th: string; en: string } {
  return REFUSED_FORMATS[format] ?? { th: '', en: 'the site takes JPEG, PNG, WebP and AVIF' };
}

/**
 * Past these an original only makes the repository and every build heavier: readers get
 * copies resized for their screen, and no screen needs more than a few thousand pixels.
 */
export const PHOTO_LIMITS = { bytes: 5_000_000, side: 6_000 } as const;

/** What to say of an original past PHOTO_LIMITS (a warning: it is published all the same). @param shown the file as the editor knows it. */
export function oversizeWarning(
  facts: { bytes: number; width?: number | undefined; height?: number | undefined },
  shown: string,
): { message: string; fix: string } | undefined {
  const megabytes = (bytes: number): string => `${(bytes / 1_000_000).toLocaleString('en', { maximumFractionDigits: 1 })} MB`;
  const side = Math.max(facts.width ?? 0, facts.height ?? 0);
  const over = [
    ...(facts.bytes > PHOTO_LIMITS.bytes ? [`${megabytes(facts.bytes)} (over ${megabytes(PHOTO_LIMITS.bytes)})`] : []),
    ...(side > PHOTO_LIMITS.side
      ? [
          `${facts.width?.toLocaleString('en')} × ${facts.height?.toLocaleString('en')} px (over ${PHOTO_LIMITS.side.toLocaleString('en')} px on a side)`,
        ]
      : []),
  ];
  if (!over.length) return undefined;
  return {
    message: `ภาพต้นฉบับใหญ่เกินไป / the original ${shown} is ${over.join(' and ')}: readers get copies resized for their screens, so its size only makes the repository and every build heavier`,
    fix: 'ย่อภาพให้ด้านยาวไม่เกิน 3,000 พิกเซล แล้วบันทึกเป็น JPEG คุณภาพ 80–85 / resize it to at most 3,000 px on its longer side and save it as JPEG at quality 80–85 (usually well under 1 MB)',
  };
}
