import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdir, mkdtemp, rm, symlink, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { photoReader, type PhotoCache } from '@/site/photos/read-photo.ts';
import { drawPhoto } from '../../../../scripts/shared/draw-photo.ts';

let root: string;
const memory = (): PhotoCache & { entries: Map<string, string> } => {
  const entries = new Map<string, string>();
  return { entries, get: (key) => entries.get(key), set: (key, value) => void entries.set(key, value) };
};

beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'read-photo-'));
  await writeFile(path.join(root, 'a.jpg'), await drawPhoto(1, { width: 300, height: 200 }));
  await writeFile(path.join(root, 'same-bytes.jpg'), await drawPhoto(1, { width: 300, height: 200 }));
  await writeFile(path.join(root, 'b.png'), await drawPhoto(2, { width: 200, height: 300, format: 'png' }));
  await writeFile(path.join(root, 'vector.svg'), '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"/>');
  await writeFile(path.join(root, 'text.jpg'), 'not a photo');
  await symlink(path.join(root, 'a.jpg'), path.join(root, 'link.jpg'));
  // A release folder that is a link to a folder elsewhere.
  await mkdir(path.join(root, 'elsewhere'));
  await writeFile(path.join(root, 'elsewhere/private.jpg'), await drawPhoto(4, { width: 100, height: 100 }));
  await mkdir(path.join(root, 'month'));
  await symlink(path.join(root, 'elsewhere'), path.join(root, 'month/release'));
});
afterAll(() => rm(root, { recursive: true, force: true }));

describe('reading a photo', () => {
  it('gives its size, format and a hash of its bytes, the same for the same bytes under another name', async () => {
    const reader = photoReader(root, memory(), 'code');
    const a = await reader.read('a.jpg', '.');
    expect(a).toEqual({
      ok: true,
      file: { path: 'a.jpg', hash: expect.stringMatching(/^[0-9a-f]{32}$/), width: 300, height: 200, format: 'jpg' },
    });
    const same = await reader.read('same-bytes.jpg', '.');
    expect(same.ok && a.ok && same.file.hash).toBe(a.ok && a.file.hash);
    const b = await reader.read('b.png', '.');
    expect(b.ok && [b.file.width, b.file.height, b.file.format]).toEqual([200, 300, 'png']);
    expect(b.ok && a.ok && b.file.hash).not.toBe(a.ok && a.file.hash);
  });

  it('refuses what it must not publish: a missing file, a link, a file in a linked folder, an SVG, a file that is no photo', async () => {
    const reader = photoReader(root, memory(), 'code');
    expect(await reader.read('gone.jpg', '.')).toEqual({ ok: false, reason: 'missing' });
    expect(await reader.read('link.jpg', '.')).toEqual({ ok: false, reason: 'not-a-file' });
    expect(await reader.read('vector.svg', '.')).toEqual({ ok: false, reason: 'format' });
    expect(await reader.read('text.jpg', '.')).toEqual({ ok: false, reason: 'format' });
    expect(await reader.read('month/release/private.jpg', 'month/release')).toEqual({ ok: false, reason: 'not-a-file' });
  });

  it('reads a file again only when its size or time changed, or the reading code did', async () => {
    const cache = memory();
    await photoReader(root, cache, 'code').read('a.jpg', '.');
    const again = photoReader(root, cache, 'code');
    await again.read('a.jpg', '.');
    expect(again.readCount).toBe(0);
    await utimes(path.join(root, 'a.jpg'), new Date(), new Date(Date.now() + 5_000));
    await again.read('a.jpg', '.');
    expect(again.readCount).toBe(1);
    const newCode = photoReader(root, cache, 'other code');
    await newCode.read('a.jpg', '.');
    expect(newCode.readCount).toBe(1);
  });
});
