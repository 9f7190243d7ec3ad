import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { readPhotoFile } from '@/release/photo-file.ts';

let dir: string;
const image = (width: number, height: number) => sharp({ create: { width, height, channels: 3, background: '#2a6f4e' } });

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'thalaeng-photo-file-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('what a photo file is', () => {
  it.each(['jpeg', 'png', 'webp', 'avif'] as const)('reads a %s image’s format and size from its header', async (format) => {
    const file = path.join(dir, `a.${format}`);
    await image(320, 200).toFormat(format).toFile(file);
    const facts = await readPhotoFile(file);
    expect(facts).toMatchObject({ format: format === 'jpeg' ? 'jpg' : format, width: 320, height: 200 });
  });

  it('finds a JPEG’s size after 100 KB of metadata, past the head it reads first', async () => {
    const file = path.join(dir, 'metadata.jpg');
    const jpeg = await image(640, 480).jpeg().toBuffer();
    // Two comment segments (FF FE, then their length) before the frame header, as cameras put maker notes and previews.
    const comment = Buffer.concat([Buffer.from([0xff, 0xfe, 0xc3, 0x52]), Buffer.alloc(50_000, 0x20)]);
    await writeFile(file, Buffer.concat([jpeg.subarray(0, 2), comment, comment, jpeg.subarray(2)]));
    expect(await readPhotoFile(file)).toMatchObject({ format: 'jpg', width: 640, height: 480 });
  });

  it('gives the size as shown: a portrait photo stored on its side is taller than wide', async () => {
    const file = path.join(dir, 'rotated.jpg');
    await image(400, 300).jpeg().withMetadata({ orientation: 6 }).toFile(file);
    expect(await readPhotoFile(file)).toMatchObject({ width: 300, height: 400 });
  });

  it('gives the bytes, and no format for a file that is no image', async () => {
    const file = path.join(dir, 'note.jpg');
    await writeFile(file, 'ไม่ใช่ภาพ');
    expect(await readPhotoFile(file)).toEqual({ bytes: Buffer.byteLength('ไม่ใช่ภาพ') });
  });
});
