/**
 * The search wing's layers (README, "How it is built"): what the browser loads, and the
 * text rules it shares with the build, must bundle for a browser, with nothing Node-only
 * (node:*, esbuild, Pagefind's Node API) and no `process`; and imports run one way only,
 * from the build's side to the shared rules, never from the build into the browser's code.
 */
import { describe, expect, it } from 'vitest';
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { build } from 'esbuild';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const SEARCH = 'src/search';

/** Node code keeps its packages and Astro's virtual modules outside the bundle; browser code has none. */
async function bundle(entry: string, platform: 'browser' | 'node'): Promise<{ inputs: string[]; text: string }> {
  const { metafile, outputFiles } = await build({
    absWorkingDir: ROOT,
    entryPoints: [entry],
    bundle: true,
    write: false,
    metafile: true,
    format: 'esm',
    platform,
    logLevel: 'silent',
    ...(platform === 'node' ? { packages: 'external', external: ['astro:*'] } : {}),
  });
  return { inputs: Object.keys(metafile.inputs), text: outputFiles.map((file) => file.text).join('\n') };
}

const layer = (name: string) => async (): Promise<string[]> =>
  (await readdir(path.join(ROOT, SEARCH, name)))
    .filter((file) => file.endsWith('.ts'))
    .map((file) => `${SEARCH}/${name}/${file}`);
const inLayer = (inputs: readonly string[], ...names: string[]): string[] =>
  inputs.filter((input) => names.some((name) => input.startsWith(`${SEARCH}/${name}/`)));

describe('the search wing', () => {
  it('bundles the browser modules and the shared rules for a browser, without process', async () => {
    for (const entry of [...(await layer('browser')()), ...(await layer('common')())]) {
      const { inputs, text } = await bundle(entry, 'browser');
      expect(inLayer(inputs, 'indexing', 'dev'), entry).toEqual([]);
      expect(
        inputs.filter((input) => input.includes('node_modules')),
        entry,
      ).toEqual([]);
      expect(text, entry).not.toMatch(/\bprocess\b/);
    }
  });

  it('keeps the shared rules to themselves', async () => {
    for (const entry of await layer('common')())
      expect(inLayer((await bundle(entry, 'browser')).inputs, 'browser'), entry).toEqual([]);
  });

  it('builds and serves the index without importing the browser code', async () => {
    const { inputs } = await bundle(`${SEARCH}/integration.ts`, 'node');
    expect(inLayer(inputs, 'indexing', 'dev', 'common').length).toBeGreaterThan(0);
    expect(inLayer(inputs, 'browser')).toEqual([]);
  });
});
