import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runScript } from '../helpers/run-script.ts';
import sharp from 'sharp';

const GOOD = '---\ntitle: ข่าวดี\ndate: 2020-01-02\nministry: labour\nsource: https://www.mol.go.th/1\n---\nเนื้อข่าว\n';
const BAD = '---\ntitle: ข่าวผิด\ndate: 2020-01-03\nministry: labor\nsource: https://www.mol.go.th/2\n---\nเนื้อข่าว\n';

let work: string;
const put = async (relative: string, text: string | Buffer): Promise<void> => {
  await mkdir(path.dirname(path.join(work, relative)), { recursive: true });
  await writeFile(path.join(work, relative), text);
};
const check = (...args: string[]) => runScript('check.ts', args, { cwd: work });
const git = (...args: string[]): string => execFileSync('git', args, { cwd: work, encoding: 'utf8' });

beforeEach(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'thalaeng-check-'));
});
afterEach(() => rm(work, { recursive: true, force: true }));

describe('npm run check', () => {
  it('exits 0 and says so when every release is fine', async () => {
    await put('content/releases/2020/01/2020-01-02-good.md', GOOD);
    const { code, stdout } = await check();
    expect(code).toBe(0);
    expect(stdout.trim()).toBe('ตรวจแล้ว 1 ข่าว ไม่พบปัญหา / 1 release(s) checked, no problems');
  });

  it('exits 1 and reports every problem of every file with file:line:column and a fix', async () => {
    await put('content/releases/2020/01/2020-01-02-good.md', GOOD);
    await put('content/releases/2020/01/2020-01-03-bad.md', BAD);
    await put('content/releases/2020/02/2020-01-02-misplaced.md', GOOD.replace('/1', '/3'));
    const { code, stdout } = await check();
    expect(code).toBe(1);
    expect(stdout).toContain(
      'content/releases/2020/01/2020-01-03-bad.md:4:1 ministry: ไม่รู้จักกระทรวง "labor" หรือหมายถึง labour (กระทรวงแรงงาน) / unknown ministry "labor"; did you mean labour (Ministry of Labour)?\n    แก้เป็น / write instead: ministry: labour',
    );
    expect(stdout).toContain(
      'content/releases/2020/02/2020-01-02-misplaced.md:3:1 โฟลเดอร์ไม่ตรงกับวันที่ / the folder 2020/02 does not match the date 2020-01\n    แก้เป็น / write instead: ย้ายไฟล์ไปที่ / move the file to content/releases/2020/01/2020-01-02-misplaced.md',
    );
    expect(stdout.trim().split('\n').at(-1)).toBe('พบปัญหา 2 รายการใน 2 ไฟล์ / 2 problem(s) in 2 file(s) (3 release(s) checked)');
  });

  it('reports two files with one source URL', async () => {
    await put('content/releases/2020/01/2020-01-02-a.md', GOOD);
    await put('content/releases/2020/01/2020-01-02-b.md', GOOD);
    const { code, stdout } = await check();
    expect(code).toBe(1);
    expect(stdout).toContain(
      'content/releases/2020/01/2020-01-02-b.md:1:1 source: ที่มาซ้ำกับ content/releases/2020/01/2020-01-02-a.md',
    );
  });

  it('reports bytes that are not UTF-8 at their line and column, instead of publishing U+FFFD', async () => {
    await put('content/releases/2020/01/2020-01-02-good.md', GOOD);
    const bytes = Buffer.concat([Buffer.from(GOOD.replace('/1', '/2').replace('เนื้อข่าว\n', 'เนื้อ')), Buffer.from([0xff, 0x0a])]);
    await mkdir(path.join(work, 'content/releases/2020/01'), { recursive: true });
    await writeFile(path.join(work, 'content/releases/2020/01/2020-01-02-bytes.md'), bytes);
    const { code, stdout } = await check();
    expect(code).toBe(1);
    expect(stdout).toContain(
      'content/releases/2020/01/2020-01-02-bytes.md:7:6 ไฟล์ไม่ได้บันทึกเป็น UTF-8 / the file is not UTF-8: the bytes 0xFF are not a character',
    );
  });

  it('reports links and release files with another extension instead of passing over them', async () => {
    await put('content/releases/2020/01/2020-01-02-good.md', GOOD);
    await put('content/releases/2020/01/2020-01-03-upper.MD', GOOD.replace('/1', '/3'));
    await put('content/releases/2020/01/2020-01-04-long.markdown', GOOD.replace('/1', '/4'));
    await put('elsewhere/2020-01-05-linked.md', GOOD.replace('/1', '/5'));
    await symlink(
      path.join(work, 'elsewhere/2020-01-05-linked.md'),
      path.join(work, 'content/releases/2020/01/2020-01-05-linked.md'),
    );
    const { code, stdout } = await check();
    expect(code).toBe(1);
    expect(stdout).toContain(
      'content/releases/2020/01/2020-01-03-upper.MD:1:1 ไฟล์ข่าวต้องลงท้ายด้วย .md / a release file must end in .md (lower case); this one is not read\n    แก้เป็น / write instead: เปลี่ยนชื่อเป็น / rename it to content/releases/2020/01/2020-01-03-upper.md',
    );
    expect(stdout).toContain('content/releases/2020/01/2020-01-04-long.markdown:1:1 ไฟล์ข่าวต้องลงท้ายด้วย .md');
    expect(stdout).toContain('rename it to content/releases/2020/01/2020-01-04-long.md');
    expect(stdout).toContain(
      'content/releases/2020/01/2020-01-05-linked.md:1:1 ลิงก์ (symlink) ไม่ถูกอ่าน / a symbolic link is not followed',
    );
    expect(stdout.trim().split('\n').at(-1)).toBe('พบปัญหา 3 รายการใน 3 ไฟล์ / 3 problem(s) in 3 file(s) (1 release(s) checked)');
  });

  it('warns about other files in the releases folder, without failing', async () => {
    await put('content/releases/2020/01/2020-01-02-good.md', GOOD);
    await put('content/releases/2020/01/notes.txt', 'x');
    await put('content/releases/2020/01/.gitkeep', '');
    const { code, stdout } = await check('--format', 'github');
    expect(code).toBe(0);
    expect(stdout).toContain(
      '::warning file=content/releases/2020/01/notes.txt,line=1,col=1,title=release file::ไม่ใช่ไฟล์ข่าว จึงไม่ถูกอ่าน / not a release (only .md files are read), so it is not published%0Aแก้เป็น / write instead: ย้ายออกจากโฟลเดอร์ข่าว หรือถ้าเป็นข่าว เปลี่ยนชื่อเป็น content/releases/2020/01/notes.md / move it out of the releases folder, or rename it to content/releases/2020/01/notes.md if it is a release',
    );
    expect(stdout.trim().split('\n').at(-1)).toBe(
      'ตรวจแล้ว 1 ข่าว ไม่พบปัญหา / 1 release(s) checked, no problems, คำเตือน 1 รายการ / 1 warning(s)',
    );
  });

  it('writes JSON for tools', async () => {
    await put('content/releases/2020/01/2020-01-03-bad.md', BAD);
    const { code, stdout } = await check('--format', 'json');
    expect(code).toBe(1);
    expect(JSON.parse(stdout)).toEqual({
      checked: 1,
      problems: [
        {
          file: 'content/releases/2020/01/2020-01-03-bad.md',
          line: 4,
          column: 1,
          field: 'ministry',
          message:
            'ไม่รู้จักกระทรวง "labor" หรือหมายถึง labour (กระทรวงแรงงาน) / unknown ministry "labor"; did you mean labour (Ministry of Labour)?',
          fix: 'ministry: labour',
        },
      ],
    });
  });

  it('writes GitHub Actions annotations', async () => {
    await put('content/releases/2020/01/2020-01-03-bad.md', BAD);
    const { stdout } = await check('--format', 'github');
    expect(stdout.split('\n')[0]).toBe(
      '::error file=content/releases/2020/01/2020-01-03-bad.md,line=4,col=1,title=release field ministry::ไม่รู้จักกระทรวง "labor" หรือหมายถึง labour (กระทรวงแรงงาน) / unknown ministry "labor"; did you mean labour (Ministry of Labour)?%0Aแก้เป็น / write instead: ministry: labour',
    );
  });

  it('with --changed checks only files changed against a ref, new files included', async () => {
    await put('content/releases/2020/01/2020-01-03-bad.md', BAD);
    await put('content/releases/2020/01/2020-01-02-good.md', GOOD);
    git('init', '-q', '-b', 'main');
    git('-c', 'user.name=t', '-c', 'user.email=t@example.org', 'add', '.');
    git('-c', 'user.name=t', '-c', 'user.email=t@example.org', 'commit', '-qm', 'base');
    expect((await check('--changed')).code).toBe(0); // the broken file is old news to main
    await put('content/releases/2020/01/2020-01-02-good.md', GOOD.replace('labour', 'labr'));
    await put('content/releases/2020/01/2020-01-04-new.md', BAD.replace('2020-01-03', '2020-01-04').replace('/2', '/4'));
    const { code, stdout } = await check('--changed', 'main');
    expect(code).toBe(1);
    expect(stdout).toContain('2020-01-02-good.md:4:1 ministry');
    expect(stdout).toContain('2020-01-04-new.md:4:1 ministry');
    expect(stdout).not.toContain('2020-01-03-bad.md');
  });

  it('with --changed reports the release of a photo that was replaced or deleted', async () => {
    const photo = sharp({ create: { width: 60, height: 40, channels: 3, background: '#963' } });
    const release = GOOD.replace('---\nเนื้อ', 'image: { src: ./2020-01-02-good/lead.jpg, alt: ปลัดกระทรวงแรงงานเปิดงาน }\n---\nเนื้อ');
    await put('content/releases/2020/01/2020-01-02-good.md', release);
    await put('content/releases/2020/01/2020-01-02-good/lead.jpg', await photo.clone().jpeg().toBuffer());
    git('init', '-q', '-b', 'main');
    git('-c', 'user.name=t', '-c', 'user.email=t@example.org', 'add', '.');
    git('-c', 'user.name=t', '-c', 'user.email=t@example.org', 'commit', '-qm', 'base');
    await put('content/releases/2020/01/2020-01-02-good/lead.jpg', await photo.clone().png().toBuffer());
    const replaced = await check('--changed');
    expect(replaced.code).toBe(1);
    expect(replaced.stdout).toContain(
      '2020-01-02-good.md:6:10 image.src: ไฟล์ content/releases/2020/01/2020-01-02-good/lead.jpg เป็นภาพ PNG',
    );
    git('-c', 'user.name=t', '-c', 'user.email=t@example.org', 'commit', '-qam', 'png');
    git('rm', '-q', 'content/releases/2020/01/2020-01-02-good/lead.jpg');
    const deleted = await check('--changed', 'HEAD');
    expect(deleted.code).toBe(1);
    expect(deleted.stdout).toContain('2020-01-02-good.md:6:10 image.src: ไม่พบไฟล์ภาพ');
  });

  it('exits 2 with a clear message for a ref that does not exist or a wrong option', async () => {
    git('init', '-q');
    const noRef = await check('--changed', 'no-such-branch');
    expect(noRef.code).toBe(2);
    expect(noRef.stderr).toContain('git cannot compare with "no-such-branch"');
    const badFormat = await check('--format', 'xml');
    expect(badFormat.code).toBe(2);
    expect(badFormat.stderr).toContain('usage: npm run check');
  });

  it('accepts a release dated later and says, in Thai and English, when it will appear; a draft may carry any date', async () => {
    const now = { THALAENG_NOW: '2026-11-23T09:00:00+07:00' };
    await put('content/releases/2020/01/2020-01-02-good.md', GOOD);
    await put('content/releases/2026/12/2026-12-03-later.md', GOOD.replace('2020-01-02', '2026-12-03T10:30').replace('/1', '/2'));
    await put(
      'content/releases/2099/01/2099-01-01-draft.md',
      '---\ntitle: ร่าง\ndate: 2099-01-01\nministry: labour\ndraft: true\n---\nเนื้อข่าว\n',
    );
    const { code, stdout } = await runScript('check.ts', [], { cwd: work, env: now });
    expect(code).toBe(0);
    expect(stdout).toContain(
      'content/releases/2026/12/2026-12-03-later.md:3:1 แจ้ง / note: date: ตั้งเวลาไว้ จะเผยแพร่ วันที่ 3 ธันวาคม 2569 เวลา 10:30 น. (เวลากรุงเทพฯ)',
    );
    expect(stdout).toContain('scheduled: it will be published on 3 December 2026 at 10:30 Bangkok time');
    expect(stdout).not.toContain('2099-01-01-draft');
    expect(stdout.trim().split('\n').at(-1)).toBe(
      'ตรวจแล้ว 3 ข่าว ไม่พบปัญหา / 3 release(s) checked, no problems, ตั้งเวลาเผยแพร่ 1 ข่าว / 1 scheduled',
    );
    const github = await runScript('check.ts', ['--format', 'github'], { cwd: work, env: now });
    expect(github.stdout).toContain('::notice file=content/releases/2026/12/2026-12-03-later.md,line=3,');
    // At its time it is an ordinary release.
    const later = await runScript('check.ts', [], { cwd: work, env: { THALAENG_NOW: '2026-12-03T10:30:00+07:00' } });
    expect(later.stdout.trim()).toBe('ตรวจแล้ว 3 ข่าว ไม่พบปัญหา / 3 release(s) checked, no problems');
  });

  it('refuses a THALAENG_NOW without an offset, naming the variable', async () => {
    await put('content/releases/2020/01/2020-01-02-good.md', GOOD);
    const { code, stderr } = await runScript('check.ts', [], { cwd: work, env: { THALAENG_NOW: '2026-11-23' } });
    expect(code).not.toBe(0);
    expect(stderr).toContain('THALAENG_NOW must be an ISO date-time with an offset');
  });
});
