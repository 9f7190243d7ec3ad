import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, readdir, rm, writeFile, copyFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runImport, type ImportOptions } from '../../scripts/lib/import-run.ts';
import { runScript, ROOT } from '../helpers/run-script.ts';

const SEED = path.resolve(ROOT, '../shared/seed/000_e52606ff80856709.txt');
const SEED_RELEASE = path.join(ROOT, 'content/releases/2017/11/2017-11-02-7766.md');
const RELEASE = (id: string, title = 'ข่าวทดสอบ') =>
  `รัฐบาลไทย-ข่าวทำเนียบรัฐบาล-${title}\n\nวันพฤหัสบดีที่ 2 พฤศจิกายน 2560\n${title}\nกระทรวงแรงงานจัดงานที่จังหวัดเชียงใหม่\n\nที่มา : http://www.thaigov.go.th/news/contents/details/${id}\n`;

let work: string;
let input: string;
let out: string;
const options = (extra: Partial<ImportOptions> = {}): ImportOptions => ({
  inputs: [input], out, dryRun: false, force: false, root: work, now: new Date('2026-11-23T00:00:00Z'), ...extra,
});

beforeEach(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'thalaeng-import-'));
  input = path.join(work, 'raw');
  out = path.join(work, 'content/releases');
  await mkdir(input, { recursive: true });
});
afterEach(() => rm(work, { recursive: true, force: true }));

describe('npm run import', () => {
  it('writes <yyyy>/<mm>/<date>-<source id>.md with ministry and provinces', async () => {
    await writeFile(path.join(input, 'a.txt'), RELEASE('101'));
    const report = await runImport(options());
    expect(report.imported).toEqual([{ input: 'raw/a.txt', output: 'content/releases/2017/11/2017-11-02-101.md' }]);
    const text = await readFile(path.join(out, '2017/11/2017-11-02-101.md'), 'utf8');
    expect(text).toContain('ministry: labour\nprovinces: [TH-50]\n');
  });

  it('marks a release written in English lang: en, and writes no lang for Thai', async () => {
    await writeFile(path.join(input, 'a.txt'), RELEASE('101'));
    await writeFile(path.join(input, 'Government News_1.txt'), `รัฐบาลไทย-Government News-PM meets the press\n\nวันพฤหัสบดีที่ 2 พฤศจิกายน 2560\nPM meets the press\nThe Prime Minister met the press at Government House on 2 November 2017.\n\nที่มา : http://www.thaigov.go.th/news/contents/details/102\n`);
    await runImport(options());
    expect(await readFile(path.join(out, '2017/11/2017-11-02-102.md'), 'utf8')).toMatch(/\nlang: en\n/);
    expect(await readFile(path.join(out, '2017/11/2017-11-02-101.md'), 'utf8')).not.toContain('lang:');
  });

  it('gives byte-identical output, and a second run changes nothing and says so', async () => {
    await writeFile(path.join(input, 'a.txt'), RELEASE('101'));
    await runImport(options());
    const first = await readFile(path.join(out, '2017/11/2017-11-02-101.md'));
    const again = await runImport(options());
    expect(again.unchanged).toHaveLength(1);
    expect(again.imported).toHaveLength(0);
    expect(await readFile(path.join(out, '2017/11/2017-11-02-101.md'))).toEqual(first);
  });

  it('never overwrites a file an editor changed, unless forced; updates an untouched one', async () => {
    await writeFile(path.join(input, 'a.txt'), RELEASE('101'));
    await runImport(options());
    const target = path.join(out, '2017/11/2017-11-02-101.md');
    const edited = (await readFile(target, 'utf8')).replace('ข่าวทดสอบ\n', 'ข่าวทดสอบ แก้โดยบรรณาธิการ\n');
    await writeFile(target, edited);
    await writeFile(path.join(input, 'a.txt'), RELEASE('101', 'ข่าวทดสอบฉบับใหม่'));
    const refused = await runImport(options());
    expect(refused.refused).toEqual([{ input: 'raw/a.txt', output: 'content/releases/2017/11/2017-11-02-101.md' }]);
    expect(await readFile(target, 'utf8')).toBe(edited);
    const forced = await runImport(options({ force: true }));
    expect(forced.updated).toHaveLength(1);
    expect(await readFile(target, 'utf8')).toContain('title: ข่าวทดสอบฉบับใหม่');
    await writeFile(path.join(input, 'a.txt'), RELEASE('101', 'ข่าวทดสอบฉบับที่สาม'));
    expect((await runImport(options())).updated).toHaveLength(1);
  });

  it('writes nothing on --dry-run and deletes nothing ever', async () => {
    await writeFile(path.join(input, 'a.txt'), RELEASE('101'));
    const report = await runImport(options({ dryRun: true }));
    expect(report.imported).toHaveLength(1);
    expect(existsSync(out)).toBe(false);
    await runImport(options());
    await rm(path.join(input, 'a.txt'));
    await runImport(options());
    expect(existsSync(path.join(out, '2017/11/2017-11-02-101.md'))).toBe(true);
  });

  it('names every skipped input with its reason', async () => {
    await writeFile(path.join(input, 'a.txt'), RELEASE('101'));
    await writeFile(path.join(input, 'b-duplicate.txt'), RELEASE('101'));
    await writeFile(path.join(input, 'c-empty.txt'), '');
    await writeFile(path.join(input, 'd-binary.txt'), Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 1, 2]));
    await writeFile(path.join(input, 'e-no-date.txt'), RELEASE('102').replace('วันพฤหัสบดีที่ 2 พฤศจิกายน 2560\n', ''));
    await writeFile(path.join(input, 'f-no-source.txt'), RELEASE('103').replace(/ที่มา.*\n/, ''));
    await writeFile(path.join(input, 'g-no-body.txt'), RELEASE('104').replace('กระทรวงแรงงานจัดงานที่จังหวัดเชียงใหม่\n', ''));
    await writeFile(path.join(input, 'h-not-release.txt'), 'สวัสดีครับ พี่น้องประชาชน\nวันพฤหัสบดีที่ 2 พฤศจิกายน 2560\n');
    const report = await runImport(options());
    expect(report.skipped.map((s) => [s.input, s.reason])).toEqual([
      ['raw/b-duplicate.txt', 'duplicate source id'],
      ['raw/c-empty.txt', 'empty body'],
      ['raw/d-binary.txt', 'unreadable'],
      ['raw/e-no-date.txt', 'no date'],
      ['raw/f-no-source.txt', 'no source URL'],
      ['raw/g-no-body.txt', 'empty body'],
      ['raw/h-not-release.txt', 'not a press release'],
    ]);
  });

  it('prints a summary and writes the same as JSON with --report', async () => {
    await writeFile(path.join(input, 'a.txt'), RELEASE('101'));
    await writeFile(path.join(input, 'z.txt'), '');
    const { code, stdout } = await runScript('import.ts', ['raw', '--out', 'content/releases', '--report', 'report.json'], { cwd: work });
    expect(code).toBe(0);
    expect(stdout).toContain('imported 1, updated 0, unchanged 0, refused (edited since import) 0, skipped 1');
    expect(stdout).toContain('skipped  raw/z.txt: empty body (empty file)');
    const report = JSON.parse(await readFile(path.join(work, 'report.json'), 'utf8'));
    expect(report.imported).toEqual([{ input: 'raw/a.txt', output: 'content/releases/2017/11/2017-11-02-101.md' }]);
    expect(report.skipped).toEqual([{ input: 'raw/z.txt', reason: 'empty body', detail: 'empty file' }]);
    const second = await runScript('import.ts', ['raw', '--out', 'content/releases'], { cwd: work });
    expect(second.stdout).toContain('nothing changed');
  });
});

describe.skipIf(!existsSync(SEED))('the seed release (needs ../shared)', () => {
  it('imports to exactly the committed release file, which passes npm run check', async () => {
    await copyFile(SEED, path.join(input, 'seed.txt'));
    const report = await runImport(options());
    expect(report.imported.map((w) => w.output)).toEqual(['content/releases/2017/11/2017-11-02-7766.md']);
    expect(await readFile(path.join(out, '2017/11/2017-11-02-7766.md'), 'utf8')).toBe(await readFile(SEED_RELEASE, 'utf8'));
    expect(await readdir(path.join(out, '2017/11'))).toEqual(['2017-11-02-7766.md']);
  });
});
