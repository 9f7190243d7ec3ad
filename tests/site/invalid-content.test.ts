/** A release with mistakes must stop the build, with messages an editor can act on. */
import { describe, expect, it } from 'vitest';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { astroBuild, buildWorkDir } from '../../scripts/lib/astro-build.ts';

describe('a build with an invalid release', () => {
  it('fails, naming the file, line, field and what to write instead', async () => {
    const work = await buildWorkDir(process.cwd(), 'invalid');
    try {
      await mkdir(path.join(work, 'releases/2017/11'), { recursive: true });
      await writeFile(
        path.join(work, 'releases/2017/11/2017-11-02-1.md'),
        '---\ntitle: ทดสอบ\ndate: 2017-11-02\nministry: labor\nprovinces: [เชียงใหม่]\nsource: https://www.thaigov.go.th/news/contents/details/1\n---\nเนื้อข่าว\n',
      );
      const { code, output } = await astroBuild(process.cwd(), {
        releasesDir: path.join(work, 'releases'),
        outDir: path.join(work, 'dist'),
        cacheDir: path.join(work, 'cache'),
      });
      expect(code).not.toBe(0);
      expect(output).toMatch(/2017-11-02-1\.md:4:1 ministry: .*unknown ministry "labor"/);
      expect(output).toContain('write instead: labour');
      expect(output).toMatch(/2017-11-02-1\.md:5:13 provinces\.0: .*unknown province "เชียงใหม่"/);
      expect(output).toContain('write instead: TH-50');
    } finally {
      await rm(work, { recursive: true, force: true });
    }
  });
});
