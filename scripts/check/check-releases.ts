/**
 * `npm run check`: the build's own validation of the releases folder (src/release/folder.ts),
 * reporting every problem instead of the first.
 */
import { posix } from 'node:path';
import { validateReleaseFolder } from '@/release/folder.ts';
import { projectPath } from '@/release/files.ts';
import type { ReleaseProblem } from '@/release/problems.ts';

export interface CheckOptions {
  root: string;
  /** Folder of releases, relative to root. */
  releasesDir: string;
  /**
   * Report only problems in these files (project paths), and in the releases whose photos
   * are among them; all files are still read for duplicates.
   */
  only?: ReadonlySet<string>;
  now: Date;
}

export interface CheckResult {
  checked: number;
  problems: ReleaseProblem[];
}

export async function checkReleases(options: CheckOptions): Promise<CheckResult> {
  const { files, problems } = await validateReleaseFolder(options.root, options.releasesDir, { now: options.now });
  if (!options.only) return { checked: files.length, problems };
  const only = withPhotosReleases(options.only);
  return {
    checked: files.filter((file) => only.has(projectPath(options.root, file))).length,
    problems: problems.filter((problem) => only.has(problem.file)),
  };
}

/**
 * A photo's problems are reported on the release that shows it (at the line naming it), so
 * a changed or deleted photo brings its release in: content/…/<slug>/lead.jpg → content/…/<slug>.md.
 */
function withPhotosReleases(changed: ReadonlySet<string>): Set<string> {
  const files = new Set(changed);
  for (const file of changed)
    for (let folder = posix.dirname(file); folder !== '.' && folder !== '/'; folder = posix.dirname(folder))
      files.add(`${folder}.md`);
  return files;
}
