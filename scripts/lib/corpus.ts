/** The shared corpus of raw thaigov releases, extracted once into a cache folder. */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readdir, rename, rm } from 'node:fs/promises';
import path from 'node:path';

export const CORPUS_ARCHIVE = path.resolve(import.meta.dirname, '../../../shared/corpus/thaigov-2016-2020.tar.xz');
const CACHE = path.resolve(import.meta.dirname, '../../.cache/corpus');

/** The folder holding `thaigov-2016-2020/…`, extracting the archive the first time. */
export async function corpusFolder(): Promise<string> {
  if (existsSync(path.join(CACHE, 'thaigov-2016-2020'))) return CACHE;
  if (!existsSync(CORPUS_ARCHIVE)) throw new Error(`The corpus is not at ${CORPUS_ARCHIVE}: it needs ../shared beside the repository.`);
  const partial = `${CACHE}.partial-${process.pid}`;
  await mkdir(partial, { recursive: true });
  execFileSync('tar', ['-xJf', CORPUS_ARCHIVE, '-C', partial]);
  await rm(CACHE, { recursive: true, force: true });
  await rename(partial, CACHE).catch(async () => rm(partial, { recursive: true, force: true }));
  return CACHE;
}

/** The raw release files below `folder`, sorted: archive order, the same every run. */
export async function rawReleaseFiles(folder: string): Promise<string[]> {
  return (await readdir(folder, { recursive: true, withFileTypes: true }))
    .filter((entry) => entry.isFile() && entry.name.endsWith('.txt'))
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort();
}
