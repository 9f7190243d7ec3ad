/**
 * The photos of one release, read for the content loader: each photo it names (lead,
 * gallery, body: src/release/photo-references.ts), by `src` as written. `npm run check`'s
 * rules have passed by then (src/release/folder.ts); the build still refuses, with the
 * file and line, a path outside the release's folder or a file that is not what the rules
 * saw, rather than read it.
 */
import type { ReleaseProblem } from '@/release/problems.ts';
import type { PhotoFile } from '@/release/release.ts';
import type { PhotoReference } from '@/release/photo-references.ts';
import { photoFolder, readPhotoSrc } from '@/release/photo-paths.ts';
import type { PhotoReader, PhotoRead } from './read-photo.ts';

export interface ReleasePhotos {
  photos: Record<string, PhotoFile>;
  problems: ReleaseProblem[];
}

/** Every photo `references` (of the release in `releaseFile`) names. */
export async function readReleasePhotos(
  releaseFile: string,
  references: readonly PhotoReference[],
  reader: PhotoReader,
): Promise<ReleasePhotos> {
  const folder = photoFolder(releaseFile);
  const photos: Record<string, PhotoFile> = {};
  const problems: ReleaseProblem[] = [];
  for (const reference of references) {
    if (photos[reference.src]) continue;
    const at = { file: releaseFile, ...reference.srcAt, ...(reference.field ? { field: `${reference.field}.src` } : {}) };
    const src = readPhotoSrc(releaseFile, reference.src);
    if (!src.ok) {
      problems.push({ ...at, ...outsideFolder(reference.src, folder) });
      continue;
    }
    const read = await reader.read(`${folder}/${src.name}`, folder);
    if (read.ok) photos[reference.src] = read.file;
    else problems.push({ ...at, ...unreadable(`${folder}/${src.name}`, read.reason) });
  }
  return { photos, problems };
}

function outsideFolder(src: string, folder: string): Pick<ReleaseProblem, 'message' | 'fix'> {
  return {
    message: `ภาพต้องอยู่ในโฟลเดอร์ของข่าว จึงไม่ถูกอ่าน / the photo ${JSON.stringify(src)} is not in the release's own folder ${folder}/, so the build does not read it`,
    fix: 'ย้ายภาพไปไว้ในโฟลเดอร์ของข่าวแล้วเขียน src ใหม่ตามที่ npm run check บอก / move the photo into the folder and write src as npm run check says',
  };
}

function unreadable(
  photoPath: string,
  reason: Exclude<PhotoRead, { ok: true }>['reason'],
): Pick<ReleaseProblem, 'message' | 'fix'> {
  return reason === 'not-a-file'
    ? {
        message: `ภาพต้องเป็นไฟล์จริง ไม่ใช่ลิงก์ / ${photoPath} is a link, or inside a linked folder: the build does not follow it`,
        fix: 'วางไฟล์ภาพจริงไว้ในโฟลเดอร์ของข่าว / put the photo file itself in the release folder',
      }
    : {
        message: `อ่านไฟล์ภาพไม่ได้ / ${photoPath} ${reason === 'missing' ? 'is gone' : 'is not a photo the site can publish'}`,
        fix: 'รัน npm run check แล้วแก้ตามที่บอก / run npm run check and fix what it reports',
      };
}
