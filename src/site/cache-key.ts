/**
 * The key of a page for Astro's incremental build (experimental.incrementalBuild): a page
 * is rendered again only when its key or its code changes, and Astro hashes the code.
 * Thalaeng's pages are functions of their props, so the key is a digest of the props.
 * Bodies are read from disk, so a page that renders releases' bodies names them, and
 * their file digests join the key; elsewhere a release counts only by what it shows.
 */
import { createHash } from 'node:crypto';
import type { Release } from '@/release/release.ts';

export function cacheKeyOf(props: unknown, renderedBodies: readonly Release[] = []): string {
  const withoutDigests = JSON.stringify(props, (key, value: unknown) => (key === 'digest' ? undefined : value));
  const hash = createHash('sha256').update(withoutDigests);
  for (const release of renderedBodies) hash.update(`\0${release.slug}\0${release.digest ?? release.filePath}`);
  return hash.digest('base64url');
}

/** getStaticPaths entries, each with the cache key of its props and of the bodies it renders. */
export function withCacheKeys<T extends { props: unknown }>(
  paths: readonly T[],
  renderedBodies: (props: T['props']) => readonly Release[] = () => [],
): (T & { cacheKey: string })[] {
  return paths.map((entry) => ({ ...entry, cacheKey: cacheKeyOf(entry.props, renderedBodies(entry.props)) }));
}
