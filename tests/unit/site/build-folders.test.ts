import { describe, expect, it } from 'vitest';
import { isBuildOutput } from '@/site/build-folders.ts';

describe('the folders the dev server leaves unwatched', () => {
  const ignored = isBuildOutput('/project', {
    outDir: './dist',
    cacheDir: './node_modules/.astro',
    releasesDir: '.cache/builds/dev-1/releases',
  });

  it('are the folders builds write', () => {
    for (const file of [
      '/project/.cache',
      '/project/.cache/builds/bench/x.md',
      '/project/dist/index.html',
      '/project/dist.building/a',
      '/project/node_modules/.astro/search-shards',
    ]) {
      expect(ignored(file), file).toBe(true);
    }
  });

  it('leave the sources and a releases folder kept among them watched', () => {
    for (const file of [
      '/project/src/pages/index.astro',
      '/project/content/releases/2020/01/a.md',
      '/project/.cache/builds/dev-1/releases',
      '/project/.cache/builds/dev-1/releases/2020/09/a.md',
      '/project/.cachet/a',
    ]) {
      expect(ignored(file), file).toBe(false);
    }
  });
});
