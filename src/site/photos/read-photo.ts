/**
 * Reads a photo file for the content loader (Node only): a hash of its bytes, which names
 * its encoded images, and its size as shown. A file unchanged since the last build (same
 * size, modification time and inode) is not read again: its answer is kept in a cache
 * (the loader's meta store), under the reading code's digest.
 */
import { createHash } from 'node:crypto';
import { lstat, readFile, realpath } from 'node:fs/promises';
import path from 'node:path';
import { imageMetadata } from 'astro/assets/utils';
import { photoFileSchema, type PhotoFile } from '@/release/release.ts';

/** What the site encodes: the formats sharp reads and every browser shows (no SVG, which may hold scripts). */
export const PHOTO_FORMATS: readonly PhotoFile['format'][] = photoFileSchema.shape.format.options;

export type PhotoRead = { ok: true; file: PhotoFile } | { ok: false; reason: 'missing' | 'not-a-file' | 'format' };

export interface PhotoCache {
  get(key: string): string | undefined;
  set(key: string, value: string): void;
}

export interface PhotoReader {
  /**
   * @param photoPath relative to the project root.
   * @param folder the release's photo folder it lies in (src/release/photo-paths.ts): no folder from there down may be a link.
   */
  read(photoPath: string, folder: string): Promise<PhotoRead>;
  /** How many files were read whole (not answered from the cache). */
  readonly readCount: number;
}

/** @param code the digest of the code that reads (src/site/code-digest.ts): a change reads every file again. */
export function photoReader(root: string, cache: PhotoCache, code: string): PhotoReader {
  let readCount = 0;
  return {
    get readCount() {
      return readCount;
    },
    async read(photoPath, folder) {
      const file = path.join(root, photoPath);
      const info = await lstat(file).catch(() => undefined);
      if (!info) return { ok: false, reason: 'missing' };
      // A link would publish whatever it points at, inside the content or not.
      if (!info.isFile()) return { ok: false, reason: 'not-a-file' };
      const stamp = `${code}:${info.size}:${info.mtimeMs}:${info.ino}`;
      const key = `photo:${photoPath}`;
      const cached = cache.get(key);
      if (cached) {
        const entry = JSON.parse(cached) as { stamp: string; file: PhotoFile };
        if (entry.stamp === stamp) return { ok: true, file: entry.file };
      }
      // Nor may the release's folder or one inside it be a link (checked when the file is read).
      const parent = path.join(root, path.dirname(folder));
      if ((await realpath(file)) !== path.join(await realpath(parent), path.relative(parent, file)))
        return { ok: false, reason: 'not-a-file' };
      readCount += 1;
      const bytes = await readFile(file);
      const meta = await imageMetadata(bytes).catch(() => undefined);
      const format = PHOTO_FORMATS.find((known) => known === meta?.format);
      if (!meta || !format) return { ok: false, reason: 'format' };
      const read: PhotoFile = {
        path: photoPath,
        hash: createHash('sha256').update(bytes).digest('hex').slice(0, 32),
        width: meta.width,
        height: meta.height,
        format,
      };
      cache.set(key, JSON.stringify({ stamp, file: read }));
      return { ok: true, file: read };
    },
  };
}
