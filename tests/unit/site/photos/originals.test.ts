import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdir, mkdtemp, readFile, readlink, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { linkOriginals } from '@/site/photos/originals.ts';
import type { PhotoFile } from '@/release/release.ts';

let root: string;
const photo: PhotoFile = { path: 'releases/x/lead.jpg', hash: 'ab12', width: 10, height: 10, format: 'jpg' };

beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'originals-'));
  await mkdir(path.join(root, 'releases/x'), { recursive: true });
  await writeFile(path.join(root, 'releases/x/lead.jpg'), 'photo bytes');
});
afterAll(() => rm(root, { recursive: true, force: true }));

describe('originals for Astro to encode', () => {
  it('are linked into the built site under their content hash, where Astro reads them', async () => {
    await linkOriginals(root, 'dist', [photo, photo]);
    expect(await readFile(path.join(root, 'dist/_astro/photos/ab12.jpg'), 'utf8')).toBe('photo bytes');
    expect(await readlink(path.join(root, 'dist/_astro/photos/ab12.jpg'))).toBe(path.join(root, 'releases/x/lead.jpg'));
  });

  it('replace a link an interrupted build left pointing at a moved file', async () => {
    await mkdir(path.join(root, 'stale/_astro/photos'), { recursive: true });
    await symlink(path.join(root, 'releases/old/lead.jpg'), path.join(root, 'stale/_astro/photos/ab12.jpg'));
    await linkOriginals(root, 'stale', [photo]);
    expect(await readFile(path.join(root, 'stale/_astro/photos/ab12.jpg'), 'utf8')).toBe('photo bytes');
  });
});
