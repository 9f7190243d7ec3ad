/**
 * Which search file a request to the dev server asks for. `astro build` writes the search
 * module and the shards into dist/; `astro dev` serves them from memory and the cache
 * folder, so a request's path must be read as carefully as a static server reads it.
 */
import { SEARCH_INDEX, SEARCH_MODULE, SEARCH_WORDS } from '@/site/relative-paths.ts';

export type SearchRequest =
  { kind: 'module' } | { kind: 'shard-file'; shard: string; file: string } | { kind: 'words'; file: string };

/** `<shard>/<file>` in the search index's folder. */
const SHARD_FILE = /^([^/]+)\/(.+)$/;

/** Undefined for anything else, including paths that would leave a shard's folder. */
export function searchRequestOf(pathname: string, base: string): SearchRequest | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return undefined;
  }
  const prefix = base.endsWith('/') ? base : `${base}/`;
  if (!decoded.startsWith(prefix)) return undefined;
  const rest = decoded.slice(prefix.length);
  if (rest === SEARCH_MODULE) return { kind: 'module' };
  // Served from memory by name: nothing on disk is reached through it.
  if (rest.startsWith(SEARCH_WORDS)) return { kind: 'words', file: rest.slice(SEARCH_WORDS.length) };
  const match = rest.startsWith(SEARCH_INDEX) ? SHARD_FILE.exec(rest.slice(SEARCH_INDEX.length)) : null;
  if (!match) return undefined;
  const [, shard, file] = match as unknown as [string, string, string];
  const safe = [shard, ...file.split('/')].every((part) => part !== '' && part !== '.' && part !== '..' && !/[\\\0]/.test(part));
  return safe ? { kind: 'shard-file', shard, file } : undefined;
}

/** Pagefind's own files are compressed binaries whatever their extension, except its loader. */
export function contentTypeOf(file: string): string {
  if (file.endsWith('.js')) return 'text/javascript; charset=utf-8';
  if (file.endsWith('.json')) return 'application/json; charset=utf-8';
  return 'application/octet-stream';
}
