/**
 * Builds, once for all site tests and into temporary folders: the site from content/,
 * and a fixture site from tests/fixtures/tricky-releases (text that breaks naive feeds)
 * with releases enough to page through (tests/helpers/paged-releases.ts).
 */
import { cp, rm } from 'node:fs/promises';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { astroBuild, buildWorkDir } from '../../scripts/build/astro-build.ts';
import { writePagedReleases } from '../helpers/paged-releases.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    siteDir: string;
    trickySiteDir: string;
  }
}

/** The 13 published releases of content/ fall into 4 shards of months. */
export const SEARCH_SHARD_SIZE = 4;

export default async function buildSites(project: TestProject): Promise<() => Promise<void>> {
  const root = project.config.root;
  const work = await buildWorkDir(root, 'site');
  const build = async (name: string, releasesDir?: string): Promise<string> => {
    const outDir = path.join(work, name);
    // Small search shards, so that every search test also tests merging them.
    const folders = { outDir, cacheDir: path.join(work, `cache-${name}`), searchShardSize: SEARCH_SHARD_SIZE };
    const { code, output } = await astroBuild(root, { ...folders, ...(releasesDir ? { releasesDir } : {}) });
    if (code !== 0) throw new Error(`building ${name} failed:\n${output}`);
    return outDir;
  };
  project.provide('siteDir', await build('site'));
  const trickyReleases = path.join(work, 'tricky-releases');
  await cp(path.join(root, 'tests/fixtures/tricky-releases'), trickyReleases, { recursive: true });
  await writePagedReleases(trickyReleases);
  project.provide('trickySiteDir', await build('tricky', trickyReleases));
  return () => rm(work, { recursive: true, force: true });
}
