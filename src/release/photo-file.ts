/**
 * What a photo file is, read from its first bytes with the reader Astro's image pipeline
 * itself uses (astro/assets/utils imageMetadata, a vendored image-size): so `npm run check`
 * and the build see the same format and dimensions, and no file is decoded to find them.
 */
import { open, readFile } from 'node:fs/promises';
import { imageMetadata } from 'astro/assets/utils';

export interface PhotoFileFacts {
  bytes: number;
  /** As the reader names it (jpg, png, webp, avif, heic, gif, tiff, svg …); undefined when it is no image it knows. */
  format?: string;
  /** As displayed, the EXIF orientation applied. */
  width?: number;
  height?: number;
}

/**
 * Dimensions sit in a file's header; a JPEG's come after its EXIF and colour profile,
 * which seldom pass 64 KiB. Past that the whole file is read.
 */
const HEAD_BYTES = 64 * 1024;

export async function readPhotoFile(file: string): Promise<PhotoFileFacts> {
  const handle = await open(file);
  try {
    const { size } = await handle.stat();
    const head = Buffer.alloc(Math.min(size, HEAD_BYTES));
    await handle.read(head, 0, head.length, 0);
    const facts = (await metadata(head)) ?? (size > head.length ? await metadata(await readFile(file)) : undefined);
    return { bytes: size, ...facts };
  } finally {
    await handle.close();
  }
}

async function metadata(data: Buffer): Promise<Omit<PhotoFileFacts, 'bytes'> | undefined> {
  try {
    const { format, width, height } = await imageMetadata(data);
    return { format, width, height };
  } catch {
    return undefined;
  }
}
