/** A release with mistakes must stop the build, with messages an editor can act on. */
import { describe, expect, it } from 'vitest';
import { mkdir, rm, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { astroBuild, buildWorkDir } from '../../scripts/build/astro-build.ts';
import { runScript } from '../helpers/run-script.ts';

const release = (n: number, fields: Record<string, string> = {}, body = 'เนื้อข่าว'): string => {
  const all = {
    title: 'ทดสอบ',
    date: `2017-11-0${n}`,
    ministry: 'labour',
    source: `https://www.thaigov.go.th/news/contents/details/${n}`,
    ...fields,
  };
  return `---\n${Object.entries(all)
    .map(([key, value]) => `${key}: ${value}`)
    .join('\n')}\n---\n${body}\n`;
};

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
      expect(output).toContain('write instead: ministry: labour');
      expect(output).toMatch(/2017-11-02-1\.md:5:13 provinces\.0: .*"เชียงใหม่" is TH-50/);
      expect(output).toContain('write instead: provinces: [TH-50]');
    } finally {
      await rm(work, { recursive: true, force: true });
    }
  });

  it('fails on every input check refuses, with the same messages: nothing the build chokes on passes check', async () => {
    const work = await buildWorkDir(process.cwd(), 'invalid-all');
    const releases = path.join(work, 'releases');
    const put = (name: string, text: string | Buffer): Promise<void> => writeFile(path.join(releases, '2017/11', name), text);
    try {
      await mkdir(path.join(releases, '2017/11'), { recursive: true });
      await put('2017-11-01-fine.md', release(1));
      await put(
        '2017-11-02-bomb.md',
        release(2, {
          office: '&a [x, x, x, x, x, x, x, x, x]',
          summary: '&b [*a, *a, *a, *a, *a, *a, *a, *a, *a]',
          imported: '[*b, *b, *b, *b, *b, *b, *b, *b, *b]',
        }),
      );
      await put('2017-11-03-surrogate.md', release(3, { title: '"\\ud800"' }));
      await put('2017-11-04-bytes.md', Buffer.concat([Buffer.from(release(4).trimEnd()), Buffer.from([0xff, 0x0a])]));
      await put('2017-11-05-upper.MD', release(5));
      await put('2017-11-06-deep.md', release(6, {}, `${'>'.repeat(10_000)} x`));
      await put('2017-11-07-long.md', release(7, { title: 'ก'.repeat(150_000) }));
      await writeFile(path.join(work, 'linked.md'), release(8));
      await symlink(path.join(work, 'linked.md'), path.join(releases, '2017/11/2017-11-08-linked.md'));

      const check = await runScript('check.ts', [], { env: { THALAENG_RELEASES_DIR: releases } });
      expect(check.code).toBe(1);
      const refused = check.stdout.split('\n').filter((line) => /^\S+:\d+:\d+ /.test(line));
      expect(refused.map((line) => line.replace(/:.*/, '').split('/').at(-1))).toEqual([
        '2017-11-02-bomb.md',
        '2017-11-03-surrogate.md',
        '2017-11-04-bytes.md',
        '2017-11-05-upper.MD',
        '2017-11-06-deep.md',
        '2017-11-07-long.md',
        '2017-11-08-linked.md',
      ]);

      const { code, output } = await astroBuild(process.cwd(), {
        releasesDir: releases,
        outDir: path.join(work, 'dist'),
        cacheDir: path.join(work, 'cache'),
      });
      expect(code).not.toBe(0);
      for (const line of refused) expect(output).toContain(line);
      expect(output).not.toMatch(/Excessive alias count|Maximum call stack|hex escape/);
    } finally {
      await rm(work, { recursive: true, force: true });
    }
  });
});
