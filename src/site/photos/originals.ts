/**
 * Astro reads a photo to encode from the built site's folder, where an import's original
 * would be (astro/dist/assets/build/generate.js:49-50), and deletes it there once encoded.
 * Each original is linked there, not copied: the link costs nothing when every size comes
 * from Astro's cache, and deleting it leaves the release's file alone.
 */
import { mkdir, rm, symlink } from 'node:fs/promises';
import path from 'node:path';
import type { PhotoFile } from '@/release/release.ts';
import { forEachConcurrently } from '@/release/files.ts';
import { originalPath, PHOTOS_FOLDER } from './image-source.ts';

const linked = new Set<string>();

/** Links every photo's original into `outDir` (once per process). */
export async function linkOriginals(root: string, outDir: string, photos: Iterable<PhotoFile>): Promise<void> {
  const folder = path.resolve(root, outDir);
  const links = new Map<string, string>();
  for (const photo of photos) {
    const target = path.join(folder, originalPath(photo));
    if (!linked.has(target)) links.set(target, path.resolve(root, photo.path));
  }
  if (links.size === 0) return;
  await mkdir(path.join(folder, PHOTOS_FOLDER), { recursive: true });
  // Many at a time: at 100,000 releases these are 300,000 small file-system calls.
  await forEachConcurrently([...links], 32, async ([target, original]) => {
    // A link left by an interrupted build may point at a file since moved: made again.
    await rm(target, { force: true });
    await symlink(original, target);
    linked.add(target);
  });
}
