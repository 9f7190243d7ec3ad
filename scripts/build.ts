/**
 * npm run build [-- astro build options, e.g. --force]
 * Builds the site with the lock held (one build per folder at a time), aside from the
 * published dist/, and swaps it in only when Astro finished without error.
 */
import { spawn } from 'node:child_process';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { acquireLock } from './build/build-lock.ts';
import { buildingFolder, publishSite, recoverSite } from './build/site-swap.ts';
import { environment } from '@/config.ts';

// The folders astro.config.mjs gives Astro, so that the lock and the swap guard the ones it uses.
const outDir = path.resolve(environment().outDir);
const cacheDir = path.resolve(environment().cacheDir);
await mkdir(path.dirname(outDir), { recursive: true });
await mkdir(cacheDir, { recursive: true });
const waiting = (pid: number): void =>
  console.log(
    `อีกงานสร้างเว็บไซต์ (pid ${pid}) กำลังทำงานในโฟลเดอร์นี้ รอให้เสร็จก่อน… / another build (pid ${pid}) is using this folder; waiting for it…`,
  );
// The site folder and the cache each take one build at a time.
const locks = [
  await acquireLock(`${outDir}.lock`, { onWait: waiting }),
  await acquireLock(path.join(cacheDir, 'build.lock'), { onWait: waiting }),
];
const releaseAll = async (): Promise<void> => {
  for (const lock of locks) await lock.release();
};

try {
  await recoverSite(outDir);
  const code = await new Promise<number>((resolve) => {
    const astro = spawn(process.execPath, [path.resolve('node_modules/astro/bin/astro.mjs'), 'build', ...process.argv.slice(2)], {
      stdio: 'inherit',
      // The build's time, fixed here: every process and module of the build holds back the same releases.
      env: { ...process.env, THALAENG_OUT_DIR: buildingFolder(outDir), THALAENG_NOW: environment().now.toISOString() },
    });
    // Ctrl+C or a CI cancel reaches Astro too; the lock and the half-built folder are cleared below.
    for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => astro.kill(signal));
    astro.on('exit', (exitCode, signal) => resolve(exitCode ?? (signal ? 1 : 0)));
  });
  if (code === 0) await publishSite(outDir);
  else
    console.error(
      `สร้างเว็บไซต์ไม่สำเร็จ ${path.relative(process.cwd(), outDir)}/ ยังเป็นฉบับเดิม / the build failed; ${path.relative(process.cwd(), outDir)}/ still holds the previous site`,
    );
  await recoverSite(outDir);
  process.exitCode = code;
} finally {
  await releaseAll();
}
