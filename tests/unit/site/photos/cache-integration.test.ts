import { describe, expect, it } from 'vitest';
import { stalePhotoEntries } from '@/site/photos/cache-integration.ts';

describe("pruning Astro's image cache", () => {
  it('drops encoded photos the site no longer publishes, and nothing else', () => {
    const kept = '6d857fbdff2c8df0d48a53aa48095519_1yJpFh.jpeg';
    const gone = '977baa0815a5b42f109b341d79865a12_Z1dLMUl.webp';
    const other = ['my_image_Z1abc.webp', 'remote.jpg.json', '6d857fbdff2c8df0d48a53aa48095519.jpg'];
    expect(stalePhotoEntries([kept, gone, ...other], new Set([kept]))).toEqual([gone]);
  });
});
