/**
 * Binds the pure release index to Astro's content collection (which holds drafts only
 * in the dev server, see src/release/loader.ts). Built once per build;
 * in dev rebuilt on every request so that edits show at once.
 */
import { getCollection } from 'astro:content';
import { buildReleaseIndex, type ReleaseIndex } from './release-index.ts';
import type { Release } from '@/release/release.ts';
import { withLocalLinks } from './local-links.ts';

let cached: Promise<ReleaseIndex> | undefined;

export function getReleaseIndex(): Promise<ReleaseIndex> {
  if (import.meta.env.DEV) return loadIndex();
  cached ??= loadIndex();
  return cached;
}

async function loadIndex(): Promise<ReleaseIndex> {
  const entries = await getCollection('releases');
  const releases: Release[] = entries.map((entry) => ({ slug: entry.id, digest: String(entry.digest), ...entry.data }));
  return buildReleaseIndex(withLocalLinks(releases));
}
