/**
 * Content loader for releases that keeps only metadata, a short excerpt and the keys of the
 * URLs a body names (linked-sources.ts) in Astro's data store. Bodies stay on disk and are
 * rendered per page (src/site/markdown/release-body.ts): the stock glob loader stores every
 * rendered body and fails near 30,000 releases.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { AstroError } from 'astro/errors';
import { slugFromPath } from './validate.ts';
import { validateReleaseFolder } from './folder.ts';
import { formatProblem, isError, type ReleaseProblem } from './problems.ts';
import { codeDigest } from '@/site/code-digest.ts';
import { isPublished, releaseDataSchema, visibleReleases, type ReleaseData, type Visibility } from './release.ts';
import { environment } from '@/config.ts';
import { photoReader } from '@/site/photos/read-photo.ts';
import { readReleasePhotos } from '@/site/photos/release-photos.ts';

/** Typed by its schema (not as `Loader`), so that the collection's entries are typed too. */
export function releaseLoader(options: { directory: string }) {
  return {
    name: 'thalaeng-releases',
    schema: releaseDataSchema,
    load: async (context) => {
      const report = (problems: ReleaseProblem[]): string =>
        `${problems.length} problem(s) in releases:\n${problems.map(formatProblem).join('\n')}`;
      const { watcher, logger } = context;
      const log = (problems: ReleaseProblem[]): void => {
        if (problems.some(isError)) logger.error(report(problems));
        else if (problems.length) logger.warn(report(problems));
      };
      const problems = await syncReleases(context, options.directory, { preview: watcher !== undefined, now: environment().now });
      // A broken file must never be published; in dev the rest of the site stays usable.
      if (!watcher) {
        if (problems.some(isError))
          throw new AstroError(report(problems), 'แก้ไฟล์ตามที่บอกแล้วสร้างใหม่ / fix the files as shown above, then build again.');
        log(problems);
        return;
      }
      log(problems);
      const absoluteDir = path.resolve(fileURLToPath(context.config.root), options.directory);
      watcher.add(absoluteDir);
      const resync = (changed: string): void => {
        // Any file: a .markdown file or a link is reported, not passed over.
        if (!changed.startsWith(absoluteDir)) return;
        void syncReleases(context, options.directory, { preview: true, now: new Date() }).then(log);
      };
      for (const event of ['add', 'change', 'unlink'] as const) watcher.on(event, resync);
    },
  } satisfies Loader;
}

/**
 * Drafts and scheduled releases are kept only for the dev server (the only caller with a
 * file watcher), so a built site never holds them, whatever NODE_ENV or Vite mode says.
 * Held back here, a scheduled release is missing from every list's props, so the cache
 * key (src/site/cache-key.ts) of each page it will join changes the build it comes out.
 */
async function syncReleases(context: LoaderContext, directory: string, include: Visibility): Promise<ReleaseProblem[]> {
  const { store, generateDigest, config, logger } = context;
  const root = fileURLToPath(config.root);
  // What the loader derives from a file changes with its code: entries made by other code are made again.
  const code = await codeDigest(root, path.relative(root, import.meta.filename));
  const digestOf = (filePath: string, text: string): string => generateDigest(`${code}\0${filePath}\0${text}`);
  // Photos are read once; later builds look at their size and time, and read only changed files.
  const photos = photoReader(root, context.meta, code);
  const photoProblems: ReleaseProblem[] = [];

  const { releases, problems } = await validateReleaseFolder(root, directory, {
    now: include.now,
    // A release that names photos is never known (folder.ts): its photos are read again each build, answered from the cache when unchanged.
    known: (filePath, text) => {
      const slug = slugFromPath(filePath);
      const cached = store.get<ReleaseData>(slug);
      if (cached?.digest === digestOf(filePath, text)) return { slug, ...cached.data };
      if (cached) store.delete(slug);
      return undefined;
    },
    validated: async ({ release, warnings, photos: references }, text) => {
      if (!include.preview && !isPublished(release, include.now)) return;
      const read = await readReleasePhotos(release.filePath, references, photos);
      if (read.problems.length) {
        photoProblems.push(...read.problems);
        return;
      }
      const { slug, ...data } = release;
      const hasPhotos = Object.keys(read.photos).length > 0;
      // The store keeps an entry whose digest is unchanged: a photo replaced under the same name must change it.
      const digest = digestOf(release.filePath, hasPhotos ? `${text}\0${JSON.stringify(read.photos)}` : text);
      const withPhotos = hasPhotos ? { ...data, photos: read.photos } : data;
      // A file with warnings is stored under a digest that never matches, so every build validates it again and repeats them.
      store.set({
        id: slug,
        data: withPhotos,
        digest: warnings.length ? `${digest}:warned` : digest,
        filePath: release.filePath,
      });
    },
  });

  const present = new Set(visibleReleases(releases, include).map((r) => r.slug));
  for (const id of store.keys()) if (!present.has(id)) store.delete(id);
  logger.info(`${releases.length} releases loaded from ${directory} (${photos.readCount} photo files read)`);
  return [...problems, ...photoProblems];
}
