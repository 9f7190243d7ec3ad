import { describe, expect, it } from 'vitest';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { cardCacheKey, cardDrawer } from '@/site/og/draw-card.ts';
import { cardTree, titleSize, type CardText } from '@/site/og/card.ts';

const text: CardText = { siteName: 'แถลง', title: 'กระทรวงแรงงาน', subtitle: 'Ministry of Labour', host: 'example.org' };
const font = { data: new Uint8Array([1, 2, 3]) };

/** Width and height from a PNG's IHDR chunk. */
const pngSize = (png: Uint8Array): [number, number] => {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  return [view.getUint32(16), view.getUint32(20)];
};

describe('a card cache key', () => {
  const key = cardCacheKey(cardTree(text), [font], 'code');

  it('is the same for the same card, fonts and code', () => {
    expect(cardCacheKey(cardTree({ ...text }), [{ data: new Uint8Array([1, 2, 3]) }], 'code')).toBe(key);
  });

  it.each([
    ['the text', cardCacheKey(cardTree({ ...text, title: 'กระทรวงพลังงาน' }), [font], 'code')],
    ['the host', cardCacheKey(cardTree({ ...text, host: 'example.com' }), [font], 'code')],
    ['a font file', cardCacheKey(cardTree(text), [{ data: new Uint8Array([1, 2, 4]) }], 'code')],
    ['the drawing code or its packages', cardCacheKey(cardTree(text), [font], 'other code')],
  ])('changes with %s', (_, other) => {
    expect(other).not.toBe(key);
  });
});

describe('the title size', () => {
  it('shrinks for long names, never below 64 px', () => {
    expect(titleSize('กระทรวงแรงงาน')).toBe(96);
    expect(titleSize('กระทรวงการอุดมศึกษา วิทยาศาสตร์ วิจัยและนวัตกรรม')).toBe(64);
  });
});

describe('drawing cards', () => {
  it('draws a 1200 × 630 PNG once and reads it from the cache after', async () => {
    const cacheDir = await mkdtemp(path.join(tmpdir(), 'thalaeng-cards-'));
    try {
      const first = await cardDrawer(process.cwd(), cacheDir);
      const png = await first.draw(text);
      expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
      expect(pngSize(png)).toEqual([1200, 630]);
      expect(first.drawn).toBe(1);
      expect(first.key(text)).not.toBe(first.key({ ...text, title: 'กระทรวงพลังงาน' }));

      const again = await cardDrawer(process.cwd(), cacheDir);
      expect(Buffer.from(await again.draw(text)).equals(Buffer.from(png))).toBe(true);
      expect(again.drawn).toBe(0);
      expect(await readdir(path.join(cacheDir, 'og-cards'))).toEqual([`${again.key(text)}.png`]);

      await again.keepOnly([again.key({ ...text, title: 'กระทรวงพลังงาน' })]);
      expect(await readdir(path.join(cacheDir, 'og-cards'))).toEqual([]);
    } finally {
      await rm(cacheDir, { recursive: true, force: true });
    }
  }, 30_000);
});
