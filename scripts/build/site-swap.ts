/**
 * The site is built aside (`dist.building`) and put in place of `dist/` only once it is
 * complete, so that a build that fails or is killed leaves the previous site whole for
 * the deploy step. The swap is two renames; a build killed between them left the old
 * site as `dist.previous`, which the next build puts back before it starts.
 */
import { existsSync } from 'node:fs';
import { rename, rm } from 'node:fs/promises';

export const buildingFolder = (outDir: string): string => `${outDir}.building`;
const previousFolder = (outDir: string): string => `${outDir}.previous`;

/** Clears what an interrupted build left. Call with the lock held. */
export async function recoverSite(outDir: string): Promise<void> {
  await rm(buildingFolder(outDir), { recursive: true, force: true });
  const previous = previousFolder(outDir);
  if (!existsSync(previous)) return;
  if (existsSync(outDir)) await rm(previous, { recursive: true, force: true });
  else await rename(previous, outDir);
}

/** Puts the finished build in place of the published site. Call with the lock held. */
export async function publishSite(outDir: string): Promise<void> {
  const previous = previousFolder(outDir);
  if (existsSync(outDir)) await rename(outDir, previous);
  await rename(buildingFolder(outDir), outDir);
  await rm(previous, { recursive: true, force: true });
}
