/**
 * The folders that builds write, which `astro dev` must not watch: a benchmark leaves
 * hundreds of thousands of files under .cache/, and watching them used up the system's
 * file watches (`npm run dev` failed with ENOSPC). A releases folder among them (the dev
 * server's test keeps one in .cache/) is still watched: search indexes it again on a save.
 */
import path from 'node:path';
import type { Environment } from '@/config.ts';

type Folders = Pick<Environment, 'outDir' | 'cacheDir' | 'releasesDir'>;

/** For Vite's `server.watch.ignored`: true for a path inside a build's folders. */
export function isBuildOutput(root: string, { outDir, cacheDir, releasesDir }: Folders): (file: string) => boolean {
  const at = (folder: string): string => path.resolve(root, folder);
  const inside = (file: string, folder: string): boolean => file === folder || file.startsWith(`${folder}${path.sep}`);
  const releases = at(releasesDir);
  const site = at(outDir);
  const written = [at('.cache'), at(cacheDir)];
  return (file) => {
    const absolute = at(file);
    if (inside(absolute, releases)) return false;
    // dist/ and the folders a build keeps beside it (dist.building/, dist.lock).
    return absolute.startsWith(site) || written.some((folder) => inside(absolute, folder));
  };
}
