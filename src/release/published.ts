/**
 * Every published release with its Markdown body, read from disk as the content loader
 * reads it: for build steps that need bodies, which Astro's data store does not keep.
 */
import { readFile } from 'node:fs/promises';
import { forEachConcurrently, projectPath } from './files.ts';
import { validateRelease } from './validate.ts';
import { formatProblem } from './problems.ts';
import type { Release } from './release.ts';

const READ_CONCURRENCY = 32;

/**
 * Calls `each` for every release among `files` that is not a draft. The loader has refused
 * invalid files before any build step runs, so one here means the files changed
 * during the build: that is an error, not something to skip quietly.
 */
export async function forEachPublishedRelease(
  root: string,
  files: readonly string[],
  each: (release: Release, body: string) => Promise<void>,
  /** For a caller that holds the texts already. */
  read: (file: string) => Promise<string> = (file) => readFile(file, 'utf8'),
): Promise<number> {
  const now = new Date();
  let count = 0;
  await forEachConcurrently(files, READ_CONCURRENCY, async (file) => {
    const result = validateRelease(projectPath(root, file), await read(file), { now });
    if (!result.ok) throw new Error(result.problems.map(formatProblem).join('\n'));
    if (result.release.draft) return;
    count++;
    await each(result.release, result.body);
  });
  return count;
}
