/**
 * Where a release's photos live: in the folder named after its file, next to it
 * (content/releases/2026/12/2026-12-01-moph-dengue.md → content/releases/2026/12/2026-12-01-moph-dengue/lead.jpg),
 * written from the release as `./2026-12-01-moph-dengue/lead.jpg`. A path that leaves that
 * folder is refused: it could publish another release's photo, or any file on the machine
 * that builds the site.
 */
import { posix } from 'node:path';

/** The photo folder of a release file (a project path): the same path without `.md`. */
export function photoFolder(releasePath: string): string {
  return releasePath.replace(/\.md$/, '');
}

/** How a release writes the path of one of its photos: `./<slug>/<name>`. */
export function photoSrc(releasePath: string, name: string): string {
  return `./${posix.basename(photoFolder(releasePath))}/${name}`;
}

/** Why a `src` is not a photo in the release's own folder. */
export type PhotoSrcFault =
  /** Another site's address, or a data: URL. */
  | 'remote'
  /** From the site's root (`/images/…`) or the disk's. */
  | 'absolute'
  /** `../`, or another folder than the release's. */
  | 'outside'
  /** Inside the release's folder but not written `./<slug>/<name>`: `correct` is. */
  | 'spelling';

export type ReadPhotoSrc =
  | { ok: true; name: string }
  | { ok: false; fault: Exclude<PhotoSrcFault, 'spelling'> }
  | { ok: false; fault: 'spelling'; name: string; correct: string };

const SCHEME = /^[a-z][a-z0-9+.-]*:/i;
/** From the root of the site or of a disk, Windows' too (C:\). */
const ABSOLUTE = /^(?:[/\\]|[a-z]:[/\\])/i;

/**
 * The photo's path inside the release's folder (`lead.jpg`, `gallery/1.jpg`), or why `src`
 * names no file there. @param releasePath the release file's project path.
 */
export function readPhotoSrc(releasePath: string, src: string): ReadPhotoSrc {
  const folder = posix.basename(photoFolder(releasePath));
  const trimmed = src.trim();
  if (trimmed.startsWith('//')) return { ok: false, fault: 'remote' };
  if (ABSOLUTE.test(trimmed)) return { ok: false, fault: 'absolute' };
  if (SCHEME.test(trimmed)) return { ok: false, fault: 'remote' };
  const segments = trimmed.replaceAll('\\', '/').split('/');
  if (segments[0] === '.') segments.shift();
  const [first, ...rest] = segments;
  const inside = first === folder && rest.length > 0 && rest.every((segment) => segment && segment !== '.' && segment !== '..');
  if (!inside) return { ok: false, fault: 'outside' };
  const name = rest.join('/');
  const correct = `./${folder}/${name}`;
  return trimmed === correct ? { ok: true, name } : { ok: false, fault: 'spelling', name, correct };
}
