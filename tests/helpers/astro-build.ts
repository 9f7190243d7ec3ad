/** Runs `astro build` in a child process on the same Node, into folders of the caller's. */
import { execFile } from 'node:child_process';

export interface BuildFolders {
  outDir: string;
  cacheDir: string;
  /** Releases to build instead of content/releases. */
  releasesDir?: string;
}

export function astroBuild(root: string, folders: BuildFolders): Promise<{ code: number; output: string }> {
  const env: NodeJS.ProcessEnv = { ...process.env, THALAENG_OUT_DIR: folders.outDir, THALAENG_CACHE_DIR: folders.cacheDir };
  if (folders.releasesDir) env['THALAENG_RELEASES_DIR'] = folders.releasesDir;
  return new Promise((resolve) => {
    execFile(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], { cwd: root, env, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      resolve({ code: error ? Number(error.code ?? 1) : 0, output: stdout + stderr });
    });
  });
}
