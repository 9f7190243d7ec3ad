/**
 * `npm run check`: the build's own validation (src/release/validate.ts and the
 * duplicate check) over every release, reporting every problem instead of the first.
 */
import { validateRelease } from '@/release/validate.ts';
import { findDuplicateReleases } from '@/release/duplicates.ts';
import { listReleaseFolder, forEachConcurrently, projectPath, readReleaseText } from '@/release/files.ts';
import type { ReleaseProblem } from '@/release/problems.ts';
import type { Release } from '@/release/release.ts';

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
  const { files, problems } = await listReleaseFolder(options.root, options.releasesDir);
  const releases: Release[] = [];
  await forEachConcurrently(files, 32, async (file) => {
    const filePath = projectPath(options.root, file);
    const read = await readReleaseText(file, filePath);
    const result = read.ok ? validateRelease(filePath, read.text, { now: options.now }) : read;
    if (result.ok) releases.push(result.release);
    problems.push(...(result.ok ? result.warnings : result.problems));
  });
  problems.push(...findDuplicateReleases(releases.sort((a, b) => a.filePath.localeCompare(b.filePath))));
  const reported = options.only ? problems.filter((p) => options.only!.has(p.file)) : problems;
  return {
    checked: options.only ? files.filter((f) => options.only!.has(projectPath(options.root, f))).length : files.length,
    problems: reported.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column),
  };
}
