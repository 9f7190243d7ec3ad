/** The shared corpora of raw thaigov releases, each extracted once into a cache folder. */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readdir, rename, rm } from 'node:fs/promises';
import path from 'node:path';

export const CORPORA = ['2016-2020', '2020-2025'] as const;
export type Corpus = (typeof CORPORA)[number];

const SHARED = path.resolve(import.meta.dirname, '../../../shared/corpus');
export const corpusArchive = (corpus: Corpus): string => path.join(SHARED, `thaigov-${corpus}.tar.xz`);
export const CORPUS_ARCHIVE = corpusArchive('2016-2020');
const CACHE = path.resolve(import.meta.dirname, '../../.cache/corpus');

/** The folder holding `thaigov-<corpus>/…`, extracting the archive the first time. */
export async function corpusFolder(corpus: Corpus = '2016-2020'): Promise<string> {
  if (existsSync(path.join(CACHE, `thaigov-${corpus}`))) return CACHE;
  const archive = corpusArchive(corpus);
  if (!existsSync(archive)) throw new Error(`The corpus is not at ${archive}: it needs ../shared beside the repository.`);
  const partial = `${CACHE}.partial-${process.pid}`;
  await mkdir(partial, { recursive: true });
  execFileSync('tar', ['-xJf', archive, '-C', partial]);
  await mkdir(CACHE, { recursive: true });
  await rename(path.join(partial, `thaigov-${corpus}`), path.join(CACHE, `thaigov-${corpus}`)).catch(() => undefined);
  await rm(partial, { recursive: true, force: true });
  return CACHE;
}

/** The raw release files below `folder`, sorted: archive order, the same every run. */
export async function rawReleaseFiles(folder: string): Promise<string[]> {
  return (await readdir(folder, { recursive: true, withFileTypes: true }))
    .filter((entry) => entry.isFile() && entry.name.endsWith('.txt'))
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort();
}
