/** Finding and reading release files on disk, for the content loader and the checker. */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { decodeUtf8 } from './release-characters.ts';
import type { ReleaseProblem } from './schema/problems.ts';

/** Every `.md` file below `directory`, sorted; none when the folder does not exist. */
export async function listReleaseFiles(directory: string): Promise<string[]> {
  const entries = await readdir(directory, { recursive: true, withFileTypes: true }).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return [];
    throw error;
  });
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith('.md'))
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort();
}

/** A release file's text, or where it is not UTF-8. @param filePath as shown in messages. */
export async function readReleaseText(file: string, filePath: string): Promise<{ ok: true; text: string } | { ok: false; problems: ReleaseProblem[] }> {
  const decoded = decodeUtf8(await readFile(file));
  return decoded.ok ? decoded : { ok: false, problems: [{ file: filePath, ...decoded.problem }] };
}

/** Runs `work` over `items` with at most `limit` at a time (file reads, mostly). */
export async function forEachConcurrently<T>(items: readonly T[], limit: number, work: (item: T) => Promise<void>): Promise<void> {
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
