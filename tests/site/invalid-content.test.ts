/** A release with mistakes must stop the build, with messages an editor can act on. */
import { describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

function build(env: NodeJS.ProcessEnv): Promise<{ code: number; output: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], { env: { ...process.env, ...env } }, (error, stdout, stderr) => {
      resolve({ code: error ? Number(error.code ?? 1) : 0, output: stdout + stderr });
    });
  });
}

describe('a build with an invalid release', () => {
  it('fails, naming the file, line, field and what to write instead', async () => {
    const work = await mkdtemp(path.join(tmpdir(), 'thalaeng-invalid-'));
    try {
      await mkdir(path.join(work, 'releases/2017/11'), { recursive: true });
      await writeFile(
        path.join(work, 'releases/2017/11/2017-11-02-1.md'),
        '---\ntitle: ทดสอบ\ndate: 2017-11-02\nministry: labor\nprovinces: [เชียงใหม่]\nsource: https://www.thaigov.go.th/news/contents/details/1\n---\nเนื้อข่าว\n',
      );
      const { code, output } = await build({
        THALAENG_RELEASES_DIR: path.join(work, 'releases'),
        THALAENG_OUT_DIR: path.join(work, 'dist'),
        THALAENG_CACHE_DIR: path.join(work, 'cache'),
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
