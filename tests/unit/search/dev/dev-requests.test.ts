import { describe, expect, it } from 'vitest';
import { contentTypeOf, searchRequestOf } from '@/search/dev/dev-requests.ts';

describe('which search file a dev server request asks for', () => {
  it('knows the search module, the word directory and the files of a shard, under the site base', () => {
    expect(searchRequestOf('/search/thai-search.js', '/')).toEqual({ kind: 'module' });
    expect(searchRequestOf('/news/search/words/0a1b2c.pf_words', '/news')).toEqual({ kind: 'words', file: '0a1b2c.pf_words' });
    expect(searchRequestOf('/news/search/thai-search.js', '/news')).toEqual({ kind: 'module' });
    expect(searchRequestOf('/pagefind/2020-03/fragment/und-2020-03_ab12.pf_fragment', '/')).toEqual({
      kind: 'shard-file',
      shard: '2020-03',
      file: 'fragment/und-2020-03_ab12.pf_fragment',
    });
  });

  it('leaves every other path to Astro', () => {
    expect(searchRequestOf('/search/', '/')).toBeUndefined();
    expect(searchRequestOf('/search/thai-search.js', '/news/')).toBeUndefined();
    expect(searchRequestOf('/pagefind/2020-03/', '/')).toBeUndefined();
    expect(searchRequestOf('/releases/2020-03-26-pmo-covid/', '/')).toBeUndefined();
  });

  it('refuses paths that would leave a shard folder, however they are written', () => {
    for (const pathname of [
      '/pagefind/2020-03/../../package.json',
      '/pagefind/..%2F..%2Fpackage.json/x',
      '/pagefind/2020-03/%2e%2e/%2e%2e/package.json',
      '/pagefind/2020-03/a%5C..%5C..%5Cpackage.json',
      '/pagefind/2020-03//etc/passwd',
      '/pagefind/2020-03/%E0%A4%A',
    ]) {
      expect(searchRequestOf(pathname, '/'), pathname).toBeUndefined();
    }
  });

  it('serves Pagefind’s loader as a script and its compressed files as bytes', () => {
    expect(contentTypeOf('pagefind.js')).toMatch(/^text\/javascript/);
    expect(contentTypeOf('pagefind-entry.json')).toMatch(/^application\/json/);
    expect(contentTypeOf('wasm.unknown.pagefind')).toBe('application/octet-stream');
  });
});
