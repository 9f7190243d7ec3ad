/** Runs `astro build` in a child process on the same Node, into folders of the caller's. */
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp } from 'node:fs/promises';
import path from 'node:path';
import { stripVTControlCharacters } from 'node:util';

/**
 * A fresh folder for one build's output, inside the project: Astro 7 keeps its prerender
 * chunks next to an outDir within the working directory, but in the shared .astro/ for
 * one outside it (https://github.com/withastro/astro/pull/4736), where builds running side
 * by side overwrite each other's chunks.
 */
export async function buildWorkDir(root: string, name: string): Promise<string> {
  await mkdir(path.join(root, '.cache/builds'), { recursive: true });
  return mkdtemp(path.join(root, '.cache/builds', `${name}-`));
}

export interface BuildFolders {
  outDir: string;
  cacheDir: string;
  /** Releases to build instead of content/releases. */
  releasesDir?: string;
  /** Releases per search-index shard, instead of the default (src/search/indexing/shards.ts). */
  searchShardSize?: number;
}

/** @param extraEnv further settings, e.g. THALAENG_WEBSUB_HUB. */
export function astroBuild(
  root: string,
  folders: BuildFolders,
  extraEnv: NodeJS.ProcessEnv = {},
): Promise<{ code: number; output: string }> {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    ...extraEnv,
    THALAENG_OUT_DIR: folders.outDir,
    THALAENG_CACHE_DIR: folders.cacheDir,
  };
  if (folders.releasesDir) env['THALAENG_RELEASES_DIR'] = folders.releasesDir;
  if (folders.searchShardSize) env['THALAENG_SEARCH_SHARD_SIZE'] = String(folders.searchShardSize);
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ['node_modules/astro/bin/astro.mjs', 'build'],
      { cwd: root, env, maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) => {
        // Callers read Astro's log; CI forces colour, whose escape codes would split its words.
        resolve({ code: error ? Number(error.code ?? 1) : 0, output: stripVTControlCharacters(stdout + stderr) });
      },
    );
  });
}
