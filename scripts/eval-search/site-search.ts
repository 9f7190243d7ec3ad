/**
 * Loads a built site's /search/thai-search.js in Node, as the browser would: Pagefind
 * fetches its files relative to its own URL, so file: URLs are answered from disk.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { SEARCH_MODULE } from '@/site/relative-paths.ts';

export type SiteSearchModule = typeof import('@/search/browser/thai-search.ts');

let fetchPatched = false;

function answerFileUrlsFromDisk(): void {
  if (fetchPatched) return;
  const networkFetch = globalThis.fetch;
  globalThis.fetch = async (input, init) => {
    const url = new URL(input instanceof Request ? input.url : String(input));
    if (url.protocol !== 'file:') return networkFetch(input, init);
    try {
      return new Response(await readFile(url));
    } catch {
      return new Response(null, { status: 404 });
    }
  };
  fetchPatched = true;
}

/** One module instance per site folder (each has its own Pagefind). */
export async function loadSiteSearch(siteDir: string): Promise<SiteSearchModule> {
  answerFileUrlsFromDisk();
  return (await import(pathToFileURL(path.join(siteDir, SEARCH_MODULE)).href)) as SiteSearchModule;
}
