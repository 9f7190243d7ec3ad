import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { imageSource, originalPath } from '@/site/photos/image-source.ts';
import type { PhotoFile } from '@/release/release.ts';

const photo: PhotoFile = { path: 'content/releases/2026/12/x/lead.jpg', hash: 'ab12', width: 1600, height: 1067, format: 'jpg' };
/** What Astro hashes of a transform's src (its enumerable fields, astro/dist/assets/utils/hash.js). */
const cacheKey = (value: object): string => createHash('sha256').update(JSON.stringify(value)).digest('hex');

describe("a photo as Astro's image pipeline takes it", () => {
  it('is named by its content in a build, under the site base', () => {
    expect(imageSource(photo, { root: '/site', base: '/', dev: false }).src).toBe('/_astro/photos/ab12.jpg');
    expect(imageSource(photo, { root: '/site', base: '/thalaeng', dev: false }).src).toBe('/thalaeng/_astro/photos/ab12.jpg');
    expect(originalPath(photo)).toBe('_astro/photos/ab12.jpg');
  });

  it('is read from the release folder in the dev server', () => {
    expect(imageSource(photo, { root: '/site', base: '/', dev: true }).src).toBe('/@fs/site/content/releases/2026/12/x/lead.jpg');
  });

  it('keys its encoded files by content: the same bytes in another release or under another name share them', () => {
    const here = imageSource(photo, { root: '/site', base: '/', dev: false });
    const moved = imageSource(
      { ...photo, path: 'content/releases/2027/01/y/photo.jpg' },
      { root: '/site', base: '/', dev: false },
    );
    const changed = imageSource({ ...photo, hash: 'cd34' }, { root: '/site', base: '/', dev: false });
    expect(cacheKey(moved)).toBe(cacheKey(here));
    expect(cacheKey(changed)).not.toBe(cacheKey(here));
    expect((here as unknown as { fsPath: string }).fsPath).toBe('/site/content/releases/2026/12/x/lead.jpg');
    expect(Object.keys(here)).toEqual(['src', 'width', 'height', 'format']);
  });
});
