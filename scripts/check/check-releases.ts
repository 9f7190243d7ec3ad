/**
 * `npm run check`: the build's own validation of the releases folder (src/release/folder.ts),
 * reporting every problem instead of the first.
 */
import { validateReleaseFolder } from '@/release/folder.ts';
import { projectPath } from '@/release/files.ts';
import type { ReleaseProblem } from '@/release/problems.ts';

export interface CheckOptions {
  root: string;
  /** Folder of releases, relative to root. */
  releasesDir: string;
  /** Report only problems in these files (project paths); all files are still read for duplicates. */
  only?: ReadonlySet<string>;
  now: Date;
}

export interface CheckResult {
  checked: number;
  problems: ReleaseProblem[];
}

export async function checkReleases(options: CheckOptions): Promise<CheckResult> {
  const { files, problems } = await validateReleaseFolder(options.root, options.releasesDir, { now: options.now });
  const { only } = options;
  if (!only) return { checked: files.length, problems };
  return {
    checked: files.filter((file) => only.has(projectPath(options.root, file))).length,
    problems: problems.filter((problem) => only.has(problem.file)),
  };
}
