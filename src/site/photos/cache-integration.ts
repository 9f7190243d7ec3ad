/**
 * Keeps Astro's image cache to the photos the site publishes: after a build, the encoded
 * photos in `<cacheDir>/assets/` that the built site no longer holds (a photo replaced or
 * deleted, a size no page asks for) are deleted, as the share cards' and search shards'
 * caches drop what no build uses. Astro itself never prunes that folder.
 */
import { readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { PHOTOS_FOLDER } from './image-source.ts';

/** An encoded photo's name, Astro's cache entry and published file alike: `<content hash>_<transform hash>.<format>`. */
const ENCODED_PHOTO = /^[0-9a-f]{32}_[\w-]+\.(?:webp|jpeg)$/;

/** The cache entries that are encoded photos the site no longer publishes. */
export function stalePhotoEntries(cacheEntries: readonly string[], published: ReadonlySet<string>): string[] {
  return cacheEntries.filter((entry) => ENCODED_PHOTO.test(entry) && !published.has(entry));
}

export function photoCache(): AstroIntegration {
  let assetsCache = '';
  return {
    name: 'thalaeng-photo-cache',
    hooks: {
      'astro:config:done': ({ config }) => {
        assetsCache = path.join(fileURLToPath(config.cacheDir), 'assets');
      },
      'astro:build:done': async ({ dir, logger }) => {
        const list = (folder: string): Promise<string[]> => readdir(folder).catch(() => []);
        const published = new Set(await list(path.join(fileURLToPath(dir), PHOTOS_FOLDER)));
        const stale = stalePhotoEntries(await list(assetsCache), published);
        for (const entry of stale) await rm(path.join(assetsCache, entry), { force: true });
        if (stale.length) logger.info(`${stale.length} encoded photos no page shows deleted from the cache`);
      },
    },
  };
}
