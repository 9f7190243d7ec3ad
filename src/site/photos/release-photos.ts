/**
 * The photos of one release, read for the content loader: the lead photo, the gallery and
 * the body's images, by `src` as written. A photo outside the release's folder, missing or
 * not a photo stops the build with the file and line, as `npm run check` does: the build
 * never reads a file it would not publish.
 */
import { splitRelease } from '@/release/front-matter.ts';
import type { ReleaseProblem } from '@/release/problems.ts';
import type { PhotoFile, Release } from '@/release/release.ts';
import { bodyImages } from './body-photos.ts';
import { photoFolder, resolvePhotoPath } from './photo-path.ts';
import { PHOTO_FORMATS, type PhotoReader, type PhotoRead } from './read-photo.ts';

export interface ReleasePhotos {
  photos: Record<string, PhotoFile>;
  problems: ReleaseProblem[];
}

/** Remote images are not files beside the release: `npm run check` refuses them, the page leaves them be. */
const REMOTE = /^(?:[a-z][a-z0-9+.-]*:|\/\/)/i;

/** Every photo `release` shows; `text` is its file, for the lines of the problems. */
export async function readReleasePhotos(release: Release, text: string, reader: PhotoReader): Promise<ReleasePhotos> {
  const { positions, body, bodyLine } = splitRelease(text);
  const lineOf = (field: string): number => positions.get(field)?.line ?? positions.get(field.split('.')[0]!)?.line ?? 1;
  const written = [
    ...(release.image ? [{ src: release.image.src, line: lineOf('image.src'), field: 'image' }] : []),
    ...release.gallery.map((photo, index) => ({ src: photo.src, line: lineOf(`gallery.${index}.src`), field: 'gallery' })),
    ...bodyImages(body)
      .filter((image) => !REMOTE.test(image.src))
      .map((image) => ({ src: image.src, line: bodyLine + image.line - 1, field: undefined })),
  ];
  const photos: Record<string, PhotoFile> = {};
  const problems: ReleaseProblem[] = [];
  for (const { src, line, field } of written) {
    if (photos[src]) continue;
    const at = { file: release.filePath, line, column: 1, ...(field ? { field } : {}) };
    const resolved = resolvePhotoPath(release.filePath, src);
    if (!resolved.ok) {
      problems.push({ ...at, ...outsideFolder(release.filePath, src) });
      continue;
    }
    const read = await reader.read(resolved.path, resolved.folder);
    if (read.ok) photos[src] = read.file;
    else problems.push({ ...at, ...unreadable(resolved.path, read.reason) });
  }
  return { photos, problems };
}

/** True when every photo of the release in `releaseFile` is the file it was: same path, same bytes. */
export async function samePhotos(photos: Record<string, PhotoFile>, releaseFile: string, reader: PhotoReader): Promise<boolean> {
  for (const photo of Object.values(photos)) {
    const read = await reader.read(photo.path, photoFolder(releaseFile));
    if (!read.ok || read.file.hash !== photo.hash) return false;
  }
  return true;
}

function outsideFolder(releaseFile: string, src: string): Pick<ReleaseProblem, 'message' | 'fix'> {
  const folder = `./${releaseFile.split('/').at(-1)!.replace(/\.md$/, '')}/`;
  return {
    message: `รูปต้องอยู่ในโฟลเดอร์ของข่าว / the photo ${JSON.stringify(src)} is not in the release's own folder, so it is not read or published`,
    fix: `copy the photo into ${folder} beside the release and write src: ${folder}<file name>`,
  };
}

function unreadable(
  photoPath: string,
  reason: Exclude<PhotoRead, { ok: true }>['reason'],
): Pick<ReleaseProblem, 'message' | 'fix'> {
  switch (reason) {
    case 'missing':
      return {
        message: `ไม่พบไฟล์รูป / the photo ${photoPath} does not exist`,
        fix: 'check the file name (letters, case and extension), or add the photo to the release folder',
      };
    case 'not-a-file':
      return {
        message: `รูปต้องเป็นไฟล์จริง ไม่ใช่ลิงก์หรือโฟลเดอร์ / ${photoPath} is a link or a folder, not a photo file`,
        fix: 'put the photo file itself in the release folder',
      };
    case 'format':
      return {
        message: `อ่านไฟล์รูปไม่ได้ / ${photoPath} is not a photo the site can publish`,
        fix: `save it as ${PHOTO_FORMATS.filter((format) => format !== 'jpg').join(', ')}`,
      };
  }
}
