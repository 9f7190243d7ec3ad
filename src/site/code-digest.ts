/**
 * A digest of the code a module runs: every source file it imports, found by esbuild's
 * bundler (its metafile), and the version of every package it imports. A cache entry
 * made by that code (a loaded release, a search shard) is kept under this digest, so it
 * is made again exactly when that code changes: no version to bump by hand, and no edit
 * to unrelated code (the importer, a page) throws it away.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { build } from 'esbuild';

/** Node-only: `entry` is a path relative to `root`, the project folder. */
export async function codeDigest(root: string, entry: string): Promise<string> {
  const { metafile } = await build({
    absWorkingDir: root,
    entryPoints: [entry],
    bundle: true,
    write: false,
    metafile: true,
    platform: 'node',
    format: 'esm',
    // Packages count by version (below); Astro's virtual modules are not files.
    packages: 'external',
    external: ['astro:*'],
    logLevel: 'silent',
  });
  const sources = Object.keys(metafile.inputs).sort();
  const packages = new Set<string>();
  for (const input of Object.values(metafile.inputs)) {
    for (const imported of input.imports)
      if (imported.external && !imported.path.startsWith('node:') && !imported.path.startsWith('astro:'))
        packages.add(packageName(imported.path));
  }
  const hash = createHash('sha256');
  for (const source of sources) hash.update(`${source}\0${await readFile(path.join(root, source))}\0`);
  for (const name of [...packages].sort()) hash.update(`${name}@${await packageVersion(root, name)}\0`);
  return hash.digest('hex');
}

function packageName(specifier: string): string {
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]!;
}

async function packageVersion(root: string, name: string): Promise<string> {
  const text = await readFile(path.join(root, 'node_modules', name, 'package.json'), 'utf8').catch(() => '{}');
  return String((JSON.parse(text) as { version?: unknown }).version ?? 'unknown');
}
