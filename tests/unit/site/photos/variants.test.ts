import { describe, expect, it } from 'vitest';
import { ogSize, roleSizes, srcsetWidths, targetSize } from '@/site/photos/variants.ts';

describe('the sizes a photo is encoded at', () => {
  it('keeps a photo its own shape, at most the width asked for, never enlarged', () => {
    expect(targetSize({ width: 1600, height: 1067 }, 1200)).toEqual({ width: 1200, height: 800 });
    expect(targetSize({ width: 640, height: 480 }, 1200)).toEqual({ width: 640, height: 480 });
  });

  it('crops to a shape within the photo', () => {
    expect(targetSize({ width: 1600, height: 1067 }, 640, 4 / 3)).toEqual({ width: 640, height: 480 });
    // A tall photo gives its full width; a wide one its full height.
    expect(targetSize({ width: 300, height: 900 }, 640, 4 / 3)).toEqual({ width: 300, height: 225 });
    expect(targetSize({ width: 2000, height: 300 }, 640, 4 / 3)).toEqual({ width: 400, height: 300 });
  });

  it('shares a photo as a 1200 × 630 card, or smaller in that shape when the photo is small', () => {
    expect(ogSize({ width: 4000, height: 3000 })).toEqual({ width: 1200, height: 630 });
    expect(ogSize({ width: 400, height: 300 })).toEqual({ width: 400, height: 210 });
  });

  it('lists in srcset the widths the photo fills and its own when smaller than the largest', () => {
    expect(srcsetWidths([480, 800, 1200], 1200)).toEqual([480, 800, 1200]);
    expect(srcsetWidths([480, 800, 1200], 900)).toEqual([480, 800, 900]);
    expect(srcsetWidths([480, 800, 1200], 400)).toEqual([400]);
  });

  it.each([
    ['column', { width: 1600, height: 1067 }, { width: 1200, height: 800, widths: [480, 800, 1200] }],
    ['galleryThumb', { width: 1600, height: 1067 }, { width: 640, height: 480, widths: [320, 640] }],
    ['listThumb', { width: 1600, height: 1067 }, { width: 192, height: 128, widths: [96, 192] }],
  ] as const)('%s', (role, photo, expected) => {
    expect(roleSizes(photo, role)).toEqual(expected);
  });
});
