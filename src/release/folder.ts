/**
 * The one pass over release files that the content loader, `npm run check` and the search
 * indexer share: list, read, validate, find duplicates, and sort every problem one way,
 * so that all three accept and refuse the same files and report them alike.
 */
import { listReleaseFolder, forEachConcurrently, projectPath, readReleaseText } from './files.ts';
import { validateRelease, type ValidRelease } from './validate.ts';
import { findDuplicateReleases } from './duplicates.ts';
import { formatProblem, isError, type ReleaseProblem } from './problems.ts';
import { isPublished, isScheduled, type Release } from './release.ts';
import { mayReferencePhotos } from './photo-references.ts';
import { checkPhotoFiles } from './photo-files.ts';

const READ_CONCURRENCY = 32;

/** What a caller sets for the pass over its files, and adds to it. */
export interface PassOptions {
  /** The build's time (src/config.ts environment().now): later releases are scheduled, later updates refused. */
  now: Date;
  /** The file's text, for a caller that holds it already; by default read and checked to be UTF-8. */
  read?: (file: string) => Promise<string>;
  /** The release already made from this very text (the loader's store): it is not validated again. */
  known?: (filePath: string, text: string) => Release | undefined;
  /** Each release validated here (not `known`), with its body and text: to store or index it. */
  validated?: (result: ValidRelease, text: string) => void | Promise<void>;
}

export interface FilesResult {
  /** Every valid release, drafts too, sorted by file path. */
  releases: Release[];
  /** Errors and warnings, sorted by file, line and column. */
  problems: ReleaseProblem[];
}

/** Reads and validates `files` (absolute paths below `root`). */
export async function validateReleaseFiles(root: string, files: readonly string[], options: PassOptions): Promise<FilesResult> {
  const releases: Release[] = [];
  const problems: ReleaseProblem[] = [];
  await forEachConcurrently(files, READ_CONCURRENCY, async (file) => {
    const filePath = projectPath(root, file);
    const read = options.read ? { ok: true as const, text: await options.read(file) } : await readReleaseText(file, filePath);
    if (!read.ok) {
      problems.push(...read.problems);
      return;
    }
    // Photos can change while the text stays the same: a release that names any is validated every time.
    const known = mayReferencePhotos(read.text) ? undefined : options.known?.(filePath, read.text);
    if (known) {
      problems.push(...(await checkPhotoFiles(root, filePath, [])));
      releases.push(known);
      return;
    }
    const validated = validateRelease(filePath, read.text, { now: options.now });
    if (!validated.ok) {
      problems.push(...validated.problems);
      return;
    }
    const photoProblems = await checkPhotoFiles(root, filePath, validated.photos);
    if (photoProblems.some(isError)) {
      problems.push(...photoProblems.filter(isError));
      return;
    }
    const result = { ...validated, warnings: [...validated.warnings, ...photoProblems] };
    problems.push(...result.warnings);
    releases.push(result.release);
    await options.validated?.(result, read.text);
  });
  return { releases: releases.sort((a, b) => a.filePath.localeCompare(b.filePath)), problems: sortProblems(problems) };
}

export interface FolderResult extends FilesResult {
  /** Every release file found (absolute paths), valid or not. */
  files: string[];
}

/**
 * Every release in `directory` (relative to `root`), and every problem of the folder: files
 * that are not read as releases, invalid files, and slugs or sources used twice.
 */
export async function validateReleaseFolder(root: string, directory: string, options: PassOptions): Promise<FolderResult> {
  const listed = await listReleaseFolder(root, directory);
  const { releases, problems } = await validateReleaseFiles(root, listed.files, options);
  const all = [...listed.problems, ...problems, ...findDuplicateReleases(releases)];
  return { files: listed.files, releases, problems: sortProblems(all) };
}

/** What a pass over published releases found, and for how long its answer holds. */
export interface PublishedPass {
  count: number;
  /**
   * The same releases are out at any time in [from, until): from the newest published
   * release's date, until the earliest scheduled one's. A cached result is good in it.
   */
  from?: Date;
  until?: Date;
}

/**
 * Calls `each` with every release among `files` that is out at `now` (neither a draft nor
 * scheduled) and its body, for build steps that need bodies (Astro's data store keeps
 * none). The loader has refused invalid files before any build step runs, so one here
 * means the files changed during the build: an error, not something to skip quietly.
 */
export async function forEachPublishedRelease(
  root: string,
  files: readonly string[],
  /** The files' texts, which the caller holds already. */
  read: (file: string) => Promise<string>,
  now: Date,
  each: (release: Release, body: string) => Promise<void>,
): Promise<PublishedPass> {
  const pass: PublishedPass = { count: 0 };
  const { problems } = await validateReleaseFiles(root, files, {
    now,
    read,
    validated: async ({ release, body }) => {
      if (isScheduled(release, now) && !(pass.until && pass.until <= release.date)) pass.until = release.date;
      if (!isPublished(release, now)) return;
      pass.count++;
      if (!(pass.from && pass.from >= release.date)) pass.from = release.date;
      await each(release, body);
    },
  });
  const errors = problems.filter(isError);
  if (errors.length) throw new Error(errors.map(formatProblem).join('\n'));
  return pass;
}

const sortProblems = (problems: ReleaseProblem[]): ReleaseProblem[] =>
  problems.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column);
