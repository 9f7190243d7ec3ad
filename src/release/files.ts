/** Finding and reading release files on disk, for the folder validator (folder.ts) and the search indexer. */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { decodeUtf8 } from './characters.ts';
import type { ReleaseProblem } from './problems.ts';
import { photoFolder } from './photo-paths.ts';
import { photoFormatOfName, refusedFormatOfName } from './photo-formats.ts';

/** Every `.md` file below `directory`, sorted; none when the folder does not exist. */
export async function listReleaseFiles(directory: string): Promise<string[]> {
  return (await listEntries(directory)).files;
}

/**
 * The release files below `directory` (relative to `root`), and a problem for every
 * other entry, which is never read but must not pass unseen: for the loader and the checker.
 */
export async function listReleaseFolder(
  root: string,
  directory: string,
): Promise<{ files: string[]; problems: ReleaseProblem[] }> {
  const { files, ignored } = await listEntries(path.resolve(root, directory));
  return { files, problems: ignored.map(({ file, kind }) => ignoredFileProblem(projectPath(root, file), kind)) };
}

/** Why a file below the releases folder is not read as a release. */
type IgnoredKind = 'symlink' | 'extension' | 'photo' | 'other';

/**
 * Links are not followed: git keeps the link, not the text, so the release would change
 * with whatever the link points at, inside content or outside it. Hidden files
 * (.gitkeep, .DS_Store) belong to tools and are left alone. Files in a release's photo
 * folder are its photos, which the release's own pass checks (photo-files.ts); a photo
 * anywhere else belongs to no release.
 */
async function listEntries(directory: string): Promise<{ files: string[]; ignored: { file: string; kind: IgnoredKind }[] }> {
  const entries = await readdir(directory, { recursive: true, withFileTypes: true }).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return [];
    throw error;
  });
  const files: string[] = [];
  const ignored: { file: string; kind: IgnoredKind }[] = [];
  for (const entry of entries) {
    const file = path.join(entry.parentPath, entry.name);
    if (entry.isSymbolicLink()) ignored.push({ file, kind: 'symlink' });
    else if (!entry.isFile() || entry.name.startsWith('.')) continue;
    else if (entry.name.endsWith('.md')) files.push(file);
    else ignored.push({ file, kind: MARKDOWN_EXTENSION.test(entry.name) ? 'extension' : 'other' });
  }
  const photoFolders = new Set(files.map(photoFolder));
  const inPhotoFolder = (file: string): boolean => {
    for (let folder = path.dirname(file); folder.length > directory.length; folder = path.dirname(folder))
      if (photoFolders.has(folder)) return true;
    return false;
  };
  return {
    files: files.sort(),
    ignored: ignored
      .filter(({ file, kind }) => kind !== 'other' || !inPhotoFolder(file))
      .map(({ file, kind }) => ({ file, kind: kind === 'other' && isPhotoName(file) ? ('photo' as const) : kind }))
      .sort((a, b) => a.file.localeCompare(b.file)),
  };
}

const isPhotoName = (file: string): boolean => photoFormatOfName(file) !== undefined || refusedFormatOfName(file) !== undefined;

const MARKDOWN_EXTENSION = /\.(md|markdown|mdown|mkdn?|mdx)$/i;

/** What an editor reads about a file that is not read as a release. @param filePath as shown in messages. */
function ignoredFileProblem(filePath: string, kind: IgnoredKind): ReleaseProblem {
  const renamed = `${filePath.replace(/\.[^./]*$/, '')}.md`;
  switch (kind) {
    case 'symlink':
      return {
        file: filePath,
        line: 1,
        column: 1,
        message:
          'ลิงก์ (symlink) ไม่ถูกอ่าน / a symbolic link is not followed: git would keep the link, not the release, and the text would change with its target',
        fix: 'วางไฟล์ข่าวจริงแทนลิงก์ (คัดลอกไฟล์ปลายทางมาไว้ที่นี่) / replace the link by the file itself (copy the target here), or move the release here',
      };
    case 'extension':
      return {
        file: filePath,
        line: 1,
        column: 1,
        message: 'ไฟล์ข่าวต้องลงท้ายด้วย .md / a release file must end in .md (lower case); this one is not read',
        fix: `เปลี่ยนชื่อเป็น / rename it to ${renamed}`,
      };
    case 'photo':
      return {
        file: filePath,
        line: 1,
        column: 1,
        severity: 'warning',
        message: `ภาพนี้ไม่อยู่ในโฟลเดอร์ของข่าวใด / this photo is in no release's folder (there is no ${path.posix.dirname(filePath)}.md), so it is not published: a release's photos go in the folder named after its file, next to it`,
        fix: 'ย้ายไปไว้ในโฟลเดอร์ของข่าวที่ใช้ภาพนี้ หรือลบทิ้ง / move it into the folder of the release that shows it (content/releases/2026/12/2026-12-01-x.md → content/releases/2026/12/2026-12-01-x/), or delete it',
      };
    case 'other':
      return {
        file: filePath,
        line: 1,
        column: 1,
        severity: 'warning',
        message: 'ไม่ใช่ไฟล์ข่าว จึงไม่ถูกอ่าน / not a release (only .md files are read), so it is not published',
        fix: `ย้ายออกจากโฟลเดอร์ข่าว หรือถ้าเป็นข่าว เปลี่ยนชื่อเป็น ${renamed} / move it out of the releases folder, or rename it to ${renamed} if it is a release`,
      };
  }
}

/** A release file's text, or where it is not UTF-8. @param filePath as shown in messages. */
export async function readReleaseText(
  file: string,
  filePath: string,
): Promise<{ ok: true; text: string } | { ok: false; problems: ReleaseProblem[] }> {
  const decoded = decodeUtf8(await readFile(file));
  return decoded.ok ? decoded : { ok: false, problems: [{ file: filePath, ...decoded.problem }] };
}

/** Runs `work` over `items` with at most `limit` at a time (file reads, mostly). */
export async function forEachConcurrently<T>(
  items: readonly T[],
  limit: number,
  work: (item: T) => Promise<void>,
): Promise<void> {
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) await work(items[next++] as T);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}

/** Paths in messages are relative to the project root, with forward slashes. */
export function projectPath(root: string, file: string): string {
  return path.relative(root, file).split(path.sep).join('/');
}
