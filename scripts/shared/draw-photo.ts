/**
 * Draws a photo-like image for tests and benchmarks: a sky-to-ground gradient, hills and
 * fine grain, all from a seeded generator, so the same seed gives the same bytes and
 * different seeds give photos that differ and compress like photos (a 1600 × 1067 JPEG
 * is a few hundred KB). Pixels are computed here and only encoded by sharp: rendering an
 * SVG scene took most of a second per photo, too slow for the benchmark's thousands.
 */
import sharp from 'sharp';
import { randomOf } from './random.ts';

export interface DrawOptions {
  width?: number;
  height?: number;
  format?: 'jpeg' | 'png' | 'webp';
}

export async function drawPhoto(
  seed: number,
  { width = 1200, height = 800, format = 'jpeg' }: DrawOptions = {},
): Promise<Buffer> {
  const next = randomOf(seed);
  const sky = [next() * 120 + 60, next() * 120 + 90, next() * 60 + 190];
  const ground = [next() * 80 + 40, next() * 100 + 80, next() * 60 + 20];
  const hills = Array.from({ length: 3 }, (_, i) => ({
    base: height * (0.45 + i * 0.15),
    waves: Array.from({ length: 3 }, () => ({
      amplitude: next() * height * 0.06,
      frequency: (1 + next() * 4) / width,
      phase: next() * 6.3,
    })),
    shade: 0.55 + i * 0.2,
  }));
  const pixels = Buffer.alloc(width * height * 3);
  const horizon = new Float64Array(hills.length);
  let grain = (seed * 2654435761) | 1;
  for (let x = 0; x < width; x++) {
    for (const [i, hill] of hills.entries())
      horizon[i] = hill.base - hill.waves.reduce((sum, w) => sum + w.amplitude * Math.sin(x * w.frequency * 6.3 + w.phase), 0);
    for (let y = 0; y < height; y++) {
      let over = -1;
      for (let i = 0; i < hills.length; i++) if (y >= horizon[i]!) over = i;
      const light = over < 0 ? 0.7 + (0.3 * y) / height : hills[over]!.shade;
      const colour = over < 0 ? sky : ground;
      grain ^= grain << 13;
      grain ^= grain >>> 17;
      grain ^= grain << 5;
      const noise = ((grain >>> 0) % 13) - 6;
      const at = (y * width + x) * 3;
      pixels[at] = Math.max(0, Math.min(255, colour[0]! * light + noise));
      pixels[at + 1] = Math.max(0, Math.min(255, colour[1]! * light + noise));
      pixels[at + 2] = Math.max(0, Math.min(255, colour[2]! * light + noise));
    }
  }
  return sharp(pixels, { raw: { width, height, channels: 3 } })
    .toFormat(format, { quality: 85 })
    .toBuffer();
}
