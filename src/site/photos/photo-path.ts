/**
 * Where a photo written in a release lives: `src` is relative to the release's Markdown file
 * and must stay inside the folder named after it (content/releases/2026/12/x.md →
 * content/releases/2026/12/x/…). `npm run check` says so to editors; the build refuses too,
 * rather than read (and publish) a file from anywhere else on the machine.
 */
import { posix } from 'node:path';

export type PhotoPath =
  | {
      ok: true;
      path: string;
      /** The release's photo folder, relative to the project root. */
      folder: string;
    }
  | { ok: false; reason: string };

/** A scheme (https:, data:, file:, C:) or a network path (//host): never a file beside the release. */
const NOT_RELATIVE = /^(?:[a-z][a-z0-9+.-]*:|\/\/)/i;

/** The folder a release's photos live in: its file's path without `.md`. */
export function photoFolder(releaseFile: string): string {
  return posix.join(posix.dirname(releaseFile), posix.basename(releaseFile, '.md'));
}

/**
 * @param releaseFile the release's path relative to the project root, with forward slashes.
 * @returns the photo's path relative to the project root, or why it is refused.
 */
export function resolvePhotoPath(releaseFile: string, src: string): PhotoPath {
  const written = src.trim();
  if (NOT_RELATIVE.test(written) || written.startsWith('/') || written.includes('\\'))
    return { ok: false, reason: 'not a path relative to the release' };
  if (/[?#]/.test(written)) return { ok: false, reason: 'a query or fragment is not part of a file name' };
  const folder = photoFolder(releaseFile);
  const segments = written.split('/');
  if (segments.includes('..')) return { ok: false, reason: 'outside the release folder' };
  const resolved = posix.join(posix.dirname(releaseFile), written);
  if (!resolved.startsWith(`${folder}/`) || resolved.length === folder.length + 1)
    return { ok: false, reason: 'outside the release folder' };
  return { ok: true, path: resolved, folder };
}
