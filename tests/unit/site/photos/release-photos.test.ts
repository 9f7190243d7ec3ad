import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { photoReader, type PhotoCache } from '@/site/photos/read-photo.ts';
import { readReleasePhotos, samePhotos } from '@/site/photos/release-photos.ts';
import { validateRelease } from '@/release/validate.ts';
import { drawPhoto } from '../../../../scripts/shared/draw-photo.ts';

let root: string;
const FILE = 'releases/2026/12/2026-12-01-moph-dengue.md';
const cache = (): PhotoCache => {
  const entries = new Map<string, string>();
  return { get: (key) => entries.get(key), set: (key, value) => void entries.set(key, value) };
};
const text = (front: string[], body: string): string =>
  [
    '---',
    'title: ข่าว',
    'date: 2026-12-01',
    'ministry: public-health',
    'source: https://example.go.th/1',
    ...front,
    '---',
    body,
  ].join('\n');
const photosOf = async (front: string[], body = 'ข่าว\n') => {
  const source = text(front, body);
  const result = validateRelease(FILE, source);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return readReleasePhotos(result.release, source, photoReader(root, cache(), 'code'));
};

beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'release-photos-'));
  const folder = path.join(root, 'releases/2026/12/2026-12-01-moph-dengue');
  await mkdir(folder, { recursive: true });
  await writeFile(path.join(folder, 'lead.jpg'), await drawPhoto(1, { width: 300, height: 200 }));
  await writeFile(path.join(folder, 'map.png'), await drawPhoto(2, { width: 200, height: 200, format: 'png' }));
  await writeFile(path.join(root, 'releases/2026/12/secret.jpg'), await drawPhoto(3, { width: 100, height: 100 }));
});
afterAll(() => rm(root, { recursive: true, force: true }));

describe("a release's photos, read for the build", () => {
  it('reads the lead photo, the gallery and the body photos, each once, by src as written', async () => {
    const { photos, problems } = await photosOf(
      [
        'image:',
        '  src: ./2026-12-01-moph-dengue/lead.jpg',
        '  alt: ภาพ',
        'gallery:',
        '  - src: ./2026-12-01-moph-dengue/lead.jpg',
        '    alt: ภาพเดิม',
      ],
      'ข่าว\n\n![แผนที่](./2026-12-01-moph-dengue/map.png)\n\n![ภาพนอก](https://example.org/x.jpg)\n',
    );
    expect(problems).toEqual([]);
    expect(Object.keys(photos)).toEqual(['./2026-12-01-moph-dengue/lead.jpg', './2026-12-01-moph-dengue/map.png']);
    expect(photos['./2026-12-01-moph-dengue/map.png']).toMatchObject({
      path: 'releases/2026/12/2026-12-01-moph-dengue/map.png',
      format: 'png',
    });
  });

  it('refuses, with the line, a photo outside the release folder rather than read it', async () => {
    const { photos, problems } = await photosOf(
      ['image:', '  src: ./secret.jpg', '  alt: ภาพ'],
      'ข่าว\n\n![x](../../../../etc/passwd)\n',
    );
    expect(photos).toEqual({});
    expect(problems).toEqual([
      expect.objectContaining({
        file: FILE,
        line: 7,
        field: 'image',
        message: expect.stringContaining("not in the release's own folder"),
      }),
      expect.objectContaining({ file: FILE, line: 12, message: expect.stringContaining("not in the release's own folder") }),
    ]);
  });

  it('refuses a missing photo with the line of its field', async () => {
    const { problems } = await photosOf(['gallery:', '  - src: ./2026-12-01-moph-dengue/gone.jpg', '    alt: ภาพ']);
    expect(problems).toEqual([
      expect.objectContaining({ line: 7, field: 'gallery', message: expect.stringContaining('does not exist') }),
    ]);
  });

  it('knows when a photo changed under the same name', async () => {
    const { photos } = await photosOf(['image:', '  src: ./2026-12-01-moph-dengue/lead.jpg', '  alt: ภาพ']);
    const reader = photoReader(root, cache(), 'code');
    expect(await samePhotos(photos, FILE, reader)).toBe(true);
    await writeFile(
      path.join(root, 'releases/2026/12/2026-12-01-moph-dengue/lead.jpg'),
      await drawPhoto(9, { width: 300, height: 200 }),
    );
    expect(await samePhotos(photos, FILE, reader)).toBe(false);
  });
});
