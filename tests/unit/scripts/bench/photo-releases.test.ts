import { describe, expect, it } from 'vitest';
import { afterAll, beforeAll } from 'vitest';
import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { addPhotos } from '../../../../scripts/bench/photo-releases.ts';
import { validateRelease } from '@/release/validate.ts';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'bench-photos-'));
  await mkdir(path.join(dir, '2020/01'), { recursive: true });
  for (const day of ['01', '02'])
    await writeFile(
      path.join(dir, `2020/01/2020-01-${day}-x.md`),
      `---\ntitle: ข่าว\ndate: 2020-01-${day}\nministry: pmo\nsource: https://example.go.th/${day}\n---\nเนื้อข่าว\n`,
    );
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('photos for the benchmark', () => {
  it('gives every release a lead photo and a gallery beside it, each its own, as valid front matter', async () => {
    expect(await addPhotos(dir, 3)).toBe(6);
    const file = '2020/01/2020-01-01-x.md';
    const result = validateRelease(file, await readFile(path.join(dir, file), 'utf8'));
    expect(result.ok && result.release.image?.src).toBe('./2020-01-01-x/lead.jpg');
    expect(result.ok && result.release.gallery.map((p) => p.src)).toEqual([
      './2020-01-01-x/photo-2.jpg',
      './2020-01-01-x/photo-3.jpg',
    ]);
    expect((await readdir(path.join(dir, '2020/01/2020-01-01-x'))).sort()).toEqual(['lead.jpg', 'photo-2.jpg', 'photo-3.jpg']);
    const leads = await Promise.all(['01', '02'].map((day) => readFile(path.join(dir, `2020/01/2020-01-${day}-x/lead.jpg`))));
    expect(leads[0]!.equals(leads[1]!)).toBe(false);
  });
});
