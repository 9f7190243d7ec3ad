/**
 * Draws a photo-like JPEG for tests and benchmarks: a sky-to-ground gradient with hills,
 * a sun and many small shapes, all placed by a seeded generator, so the same seed gives
 * the same bytes and different seeds give photos that differ (and compress) like photos.
 */
import sharp from 'sharp';

/** mulberry32: small, fast and good enough to place shapes. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface DrawOptions {
  width?: number;
  height?: number;
  format?: 'jpeg' | 'png' | 'webp';
}

export async function drawPhoto(
  seed: number,
  { width = 1200, height = 800, format = 'jpeg' }: DrawOptions = {},
): Promise<Buffer> {
  const next = random(seed);
  const hue = Math.floor(next() * 360);
  const colour = (h: number, s: number, l: number): string => `hsl(${Math.round(h) % 360} ${s}% ${l}%)`;
  const shapes: string[] = [];
  for (let i = 0; i < 3; i++) {
    const y = height * (0.45 + i * 0.12);
    const peaks = Array.from({ length: 6 }, (_, k) => `${((k + 1) * width) / 6},${y - next() * height * 0.2}`).join(' ');
    shapes.push(
      `<polygon points="0,${height} 0,${y} ${peaks} ${width},${height}" fill="${colour(hue + 90 + i * 20, 35, 30 + i * 8)}"/>`,
    );
  }
  shapes.push(`<circle cx="${next() * width}" cy="${height * 0.2}" r="${height * 0.08}" fill="${colour(hue + 30, 90, 75)}"/>`);
  for (let i = 0; i < 400; i++) {
    shapes.push(
      `<circle cx="${(next() * width).toFixed(1)}" cy="${(height * (0.4 + next() * 0.6)).toFixed(1)}" r="${(1 + next() * 6).toFixed(1)}" fill="${colour(hue + next() * 120, 50, 20 + next() * 60)}" opacity="0.8"/>`,
    );
  }
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">
<defs><linearGradient id="sky" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="${colour(hue, 60, 55)}"/><stop offset="1" stop-color="${colour(hue + 40, 50, 85)}"/></linearGradient></defs>
<rect width="${width}" height="${height}" fill="url(#sky)"/>${shapes.join('')}</svg>`;
  return sharp(Buffer.from(svg)).toFormat(format, { quality: 85 }).toBuffer();
}
