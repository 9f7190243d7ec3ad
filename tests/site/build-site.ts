/** Builds the site from content/ into a temporary folder, once for all site tests. */
import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    siteDir: string;
  }
}

export default async function buildSite(project: TestProject): Promise<() => Promise<void>> {
  const work = await mkdtemp(path.join(tmpdir(), 'thalaeng-site-'));
  const outDir = path.join(work, 'dist');
  await promisify(execFile)(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], {
    cwd: project.config.root,
    env: { ...process.env, THALAENG_OUT_DIR: outDir, THALAENG_CACHE_DIR: path.join(work, 'cache') },
    maxBuffer: 64 * 1024 * 1024,
  });
  project.provide('siteDir', outDir);
  return () => rm(work, { recursive: true, force: true });
}
