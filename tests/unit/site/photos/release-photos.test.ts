import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { photoReader, type PhotoCache } from '@/site/photos/read-photo.ts';
import { readReleasePhotos } from '@/site/photos/release-photos.ts';
import type { PhotoReference } from '@/release/photo-references.ts';
import { drawPhoto } from '../../../../scripts/shared/draw-photo.ts';

let root: string;
const FILE = 'releases/2026/12/2026-12-01-moph-dengue.md';
const cache = (): PhotoCache => {
  const entries = new Map<string, string>();
  return { get: (key) => entries.get(key), set: (key, value) => void entries.set(key, value) };
};
const reference = (src: string, line: number, field?: string): PhotoReference => ({
  src,
  alt: 'ภาพ',
  ...(field ? { field } : {}),
  srcAt: { line, column: 1 },
  altAt: { line, column: 1 },
});
const read = (references: PhotoReference[]) => readReleasePhotos(FILE, references, photoReader(root, cache(), 'code'));

beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'release-photos-'));
  const folder = path.join(root, 'releases/2026/12/2026-12-01-moph-dengue');
  await mkdir(folder, { recursive: true });
  await writeFile(path.join(folder, 'lead.jpg'), await drawPhoto(1, { width: 300, height: 200 }));
  await writeFile(path.join(folder, 'map.png'), await drawPhoto(2, { width: 200, height: 200, format: 'png' }));
  await writeFile(path.join(root, 'secret.jpg'), await drawPhoto(3, { width: 100, height: 100 }));
  await symlink(path.join(root, 'secret.jpg'), path.join(folder, 'linked.jpg'));
});
afterAll(() => rm(root, { recursive: true, force: true }));

describe("a release's photos, read for the build", () => {
  it('reads each photo once, by src as written', async () => {
    const { photos, problems } = await read([
      reference('./2026-12-01-moph-dengue/lead.jpg', 7, 'image'),
      reference('./2026-12-01-moph-dengue/lead.jpg', 10, 'gallery.0'),
      reference('./2026-12-01-moph-dengue/map.png', 14),
    ]);
    expect(problems).toEqual([]);
    expect(Object.keys(photos)).toEqual(['./2026-12-01-moph-dengue/lead.jpg', './2026-12-01-moph-dengue/map.png']);
    expect(photos['./2026-12-01-moph-dengue/map.png']).toMatchObject({
      path: 'releases/2026/12/2026-12-01-moph-dengue/map.png',
      width: 200,
      format: 'png',
    });
  });

  it('refuses, with the line, a photo outside the release folder or behind a link, rather than read it', async () => {
    const { photos, problems } = await read([
      reference('../../../secret.jpg', 7, 'image'),
      reference('/etc/passwd', 12),
      reference('./2026-12-01-moph-dengue/linked.jpg', 13, 'gallery.0'),
    ]);
    expect(photos).toEqual({});
    expect(problems).toEqual([
      expect.objectContaining({
        file: FILE,
        line: 7,
        field: 'image.src',
        message: expect.stringContaining("not in the release's own folder"),
      }),
      expect.objectContaining({ line: 12, message: expect.stringContaining("not in the release's own folder") }),
      expect.objectContaining({ line: 13, field: 'gallery.0.src', message: expect.stringContaining('is a link') }),
    ]);
  });
});
