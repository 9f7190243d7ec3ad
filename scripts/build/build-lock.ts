/**
 * One build at a time per folder: two builds writing one dist/ and one cache raced
 * (ERR_MODULE_NOT_FOUND in dist/.prerender, ENOENT on search shards, stray files). A
 * lock file holds the pid of the build that owns the folder; a lock whose process is
 * gone is stale and taken over.
 */
import { open, readFile, rm } from 'node:fs/promises';

export interface Lock {
  release: () => Promise<void>;
}

const alive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
};

/** Takes the lock at `file`, calling `onWait` once with the owner's pid if it must wait. */
export async function acquireLock(
  file: string,
  options: { onWait: (pid: number) => void; pollMs?: number; timeoutMs?: number },
): Promise<Lock> {
  const { pollMs = 250, timeoutMs = 60 * 60 * 1000 } = options;
  const started = Date.now();
  let told = false;
  for (;;) {
    try {
      const handle = await open(file, 'wx');
      await handle.writeFile(String(process.pid));
      await handle.close();
      return { release: () => rm(file, { force: true }) };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const owner = Number(await readFile(file, 'utf8').catch(() => ''));
    // Empty while its owner is still writing it; otherwise a number.
    if (owner && !alive(owner)) {
      await rm(file, { force: true });
      continue;
    }
    if (!told && owner) {
      options.onWait(owner);
      told = true;
    }
    if (Date.now() - started > timeoutMs)
      throw new Error(
        `gave up after ${Math.round(timeoutMs / 60_000)} minutes waiting for the build with pid ${owner} (${file})`,
      );
    await new Promise((resolve) => setTimeout(resolve, pollMs));
  }
}
