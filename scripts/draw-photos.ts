/**
 * npm run draw-photos
 * Draws the photos of the embedded releases (scenes in scripts/draw-photos/scenes.ts) and
 * writes them as JPEG into each release's photo folder: pictures the project made itself,
 * so the site ships none it has no right to. The same code draws the same files again.
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import sharp from 'sharp';
import { harvest, hazyCity, karstBay, lifeJackets, railway, riceEars, ricePaddies, riceSacks } from './draw-photos/scenes.ts';

const RELEASES = 'content/releases';
const PHOTOS: { file: string; draw: (seed: number) => string }[] = [
  { file: '2025/01/2025-01-20-natural-resources-pm25/lead.jpg', draw: hazyCity },
  { file: '2018/12/2018-12-05-agri-rice-korat/lead.jpg', draw: ricePaddies },
  { file: '2018/12/2018-12-05-agri-rice-korat/harvest.jpg', draw: harvest },
  { file: '2018/12/2018-12-05-agri-rice-korat/ears.jpg', draw: riceEars },
  { file: '2018/12/2018-12-05-agri-rice-korat/sacks.jpg', draw: riceSacks },
  { file: '2019/07/2019-07-24-transport-double-track/lead.jpg', draw: railway },
  { file: '2019/02/2019-02-11-tourism-phuket-safety/lead.jpg', draw: karstBay },
  { file: '2019/02/2019-02-11-tourism-phuket-safety/life-jackets.jpg', draw: lifeJackets },
];

for (const [index, { file, draw }] of PHOTOS.entries()) {
  const png = new Resvg(draw(index + 1), { fitTo: { mode: 'original' } }).render().asPng();
  // mozjpeg at 80: a press photo's look at a couple of hundred kilobytes.
  const jpeg = await sharp(png).jpeg({ quality: 80, mozjpeg: true }).toBuffer();
  const target = path.join(RELEASES, file);
  await writeFile(target, jpeg);
  console.log(`${target} ${Math.round(jpeg.length / 1000)} KB`);
}
