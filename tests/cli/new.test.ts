import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdir, mkdtemp, readFile, readdir, rm, writeFile, access } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runScript, ROOT } from '../helpers/run-script.ts';
import { astroBuild, buildWorkDir } from '../../scripts/build/astro-build.ts';
import { BODY_PLACEHOLDER } from '../../scripts/new/new-release.ts';
import { CTRL_D, runInTerminal } from '../helpers/terminal.ts';
import sharp from 'sharp';

let work: string;
const releases = (): string => path.join(work, 'content/releases');
const newRelease = (...args: string[]) => runScript('new.ts', args, { cwd: work });

beforeEach(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'thalaeng-new-'));
});
afterEach(() => rm(work, { recursive: true, force: true }));

describe('npm run new', () => {
  it('creates a draft with complete front matter, in the folder of its date, from Thai names', async () => {
    const { code, stdout } = await newRelease(
      '--title',
      'แรงงานเปิดศูนย์ฝึกอาชีพ: "รุ่นแรก"',
      '--ministry',
      'แรงงาน',
      '--province',
      'เชียงใหม่',
      '--province',
      'TH-10',
      '--date',
      '2026-11-20',
    );
    expect(code).toBe(0);
    expect(stdout).toContain('created content/releases/2026/11/2026-11-20-labour.md');
    const text = await readFile(path.join(releases(), '2026/11/2026-11-20-labour.md'), 'utf8');
    expect(text.split('---')[1]).toBe(
      '\ntitle: \'แรงงานเปิดศูนย์ฝึกอาชีพ: "รุ่นแรก"\'\ndate: 2026-11-20\nministry: labour\nprovinces: [TH-50, TH-10]\ndraft: true\n',
    );
    const check = await runScript('check.ts', [], { cwd: work });
    expect(check.code).toBe(0);
  });

  it('creates a release dated later, and says when it will appear', async () => {
    const env = { THALAENG_NOW: '2026-11-23T09:00:00+07:00' };
    const { code, stdout } = await runScript(
      'new.ts',
      [
        '--title',
        'ข่าวล่วงหน้า',
        '--ministry',
        'labour',
        '--date',
        '2026-12-01T10:00',
        '--source',
        'https://www.mol.go.th/9',
        '--publish',
      ],
      { cwd: work, env },
    );
    expect(code).toBe(0);
    expect(stdout).toContain('created content/releases/2026/12/2026-12-01-labour.md');
    expect(stdout).toContain('แจ้ง / note: date: ตั้งเวลาไว้ จะเผยแพร่ วันที่ 1 ธันวาคม 2569 เวลา 10:00 น.');
  });

  it('picks a free name instead of overwriting, and refuses an explicit name that is taken', async () => {
    await newRelease('--title', 'หนึ่ง', '--ministry', 'labour', '--date', '2026-11-20');
    const second = await newRelease('--title', 'สอง', '--ministry', 'labour', '--date', '2026-11-20');
    expect(second.stdout).toContain('2026-11-20-labour-2.md');
    const before = await readFile(path.join(releases(), '2026/11/2026-11-20-labour.md'), 'utf8');
    const taken = await newRelease(
      '--title',
      'สาม',
      '--ministry',
      'labour',
      '--date',
      '2026-11-20',
      '--slug',
      '2026-11-20-labour',
    );
    expect(taken.code).toBe(2);
    expect(taken.stderr).toContain('2026/11/2026-11-20-labour.md already exists and will not be overwritten');
    expect(await readFile(path.join(releases(), '2026/11/2026-11-20-labour.md'), 'utf8')).toBe(before);
  });

  it('says what is wrong with an unknown ministry or province, and writes nothing', async () => {
    const ministry = await newRelease('--title', 'x', '--ministry', 'labor');
    expect(ministry.code).toBe(2);
    expect(ministry.stderr.trim()).toBe(
      '--ministry: ไม่รู้จักกระทรวง "labor" หรือหมายถึง labour (กระทรวงแรงงาน) / unknown ministry "labor"; did you mean labour (Ministry of Labour)?',
    );
    const province = await newRelease('--title', 'x', '--ministry', 'labour', '--province', 'เชียงไหม่');
    expect(province.stderr.trim()).toBe(
      '--province: ไม่รู้จักจังหวัด "เชียงไหม่" หรือหมายถึง TH-50 (เชียงใหม่) / unknown province "เชียงไหม่"; did you mean TH-50 (Chiang Mai)?',
    );
    await expect(access(releases())).rejects.toThrow();
  });

  it('reads informal ministry and province names and a Thai-written date as the editor means them', async () => {
    const { code, stdout } = await newRelease(
      '--title',
      'เกษตรเตือนเกษตรกร',
      '--ministry',
      'เกษตรฯ',
      '--province',
      'อุดร',
      '--province',
      'จ.เชียงราย',
      '--date',
      '20 พ.ย. 2569',
    );
    expect(code).toBe(0);
    expect(stdout).toContain('  เกษตรฯ → agriculture (กระทรวงเกษตรและสหกรณ์)\n');
    expect(stdout).toContain('  อุดร → TH-41 (อุดรธานี), จ.เชียงราย → TH-57 (เชียงราย)\n');
    expect(stdout).toContain('  20 พ.ย. 2569 → 2026-11-20\n');
    const text = await readFile(path.join(releases(), '2026/11/2026-11-20-agriculture.md'), 'utf8');
    expect(text).toContain('date: 2026-11-20\nministry: agriculture\nprovinces: [TH-41, TH-57]\n');
    expect((await runScript('check.ts', [], { cwd: work })).code).toBe(0);
  });

  it('prints where npm run dev shows the release, under the site base, and that its slug never changes', async () => {
    const { stdout } = await runScript(
      'new.ts',
      ['--title', 'x', '--ministry', 'labour', '--date', '2026-11-20', '--slug', '2026-11-20-job-fair'],
      { cwd: work, env: { THALAENG_BASE: '/news/' } },
    );
    expect(stdout).toContain(
      'ดูตัวอย่าง: สั่ง npm run dev แล้วเปิด / preview: run npm run dev, then open http://localhost:4321/news/releases/2026-11-20-job-fair/\n',
    );
    expect(stdout).toContain(
      "ชื่อไฟล์ 2026-11-20-job-fair คือที่อยู่ของข่าว เปลี่ยนไม่ได้หลังเผยแพร่ / the slug 2026-11-20-job-fair is the release's address: it never changes once published",
    );
  });

  it('refuses every wrong flag at once, each with its hint, and writes nothing', async () => {
    const { code, stderr } = await newRelease(
      '--title',
      'x',
      '--ministry',
      'ศึกษา',
      '--date',
      '2026-02-30',
      '--source',
      'www.moe.go.th/1',
    );
    expect(code).toBe(2);
    expect(stderr).toContain('--ministry: "ศึกษา" อาจเป็นกระทรวง education (กระทรวงศึกษาธิการ) หรือ higher-education');
    expect(stderr).toContain('--date: ไม่มีวันที่หรือเวลา "2026-02-30" ในปฏิทิน: เดือน 02 ปี 2026 มี 28 วัน');
    expect(stderr).toContain('--source: ที่มาต้องเป็นลิงก์ http หรือ https');
    expect(stderr).toContain('แก้เป็น / write instead: https://www.moe.go.th/1');
    expect(stderr).not.toMatch(/\bat \S+:\d+:\d+/);
    await expect(access(releases())).rejects.toThrow();
  });

  it('explains its usage when the title or ministry is missing', async () => {
    const { code, stderr } = await newRelease('--title', 'x');
    expect(code).toBe(2);
    expect(stderr).toContain('usage: npm run new');
  });

  it('writes a published release that builds into a page once its body is written', async () => {
    const made = await newRelease(
      '--title',
      'พาณิชย์แถลงตัวเลขส่งออก',
      '--ministry',
      'commerce',
      '--province',
      'TH-22',
      '--date',
      '2026-11-20',
      '--source',
      'https://www.moc.go.th/n/1',
      '--publish',
    );
    expect(made.code).toBe(0);
    const file = path.join(releases(), '2026/11/2026-11-20-commerce.md');
    const text = await readFile(file, 'utf8');
    expect(text).not.toContain('draft');
    await writeFile(file, text.replace(BODY_PLACEHOLDER, 'การส่งออกเดือนตุลาคมขยายตัว\n'));
    const out = await buildWorkDir(ROOT, 'new');
    try {
      const { code, output } = await astroBuild(ROOT, {
        releasesDir: releases(),
        outDir: path.join(out, 'dist'),
        cacheDir: path.join(out, 'cache'),
      });
      expect(code, output).toBe(0);
      const page = await readFile(path.join(out, 'dist/releases/2026-11-20-commerce/index.html'), 'utf8');
      expect(page).toContain('พาณิชย์แถลงตัวเลขส่งออก');
      expect(page).toContain('การส่งออกเดือนตุลาคมขยายตัว');
      expect(await readdir(path.join(out, 'dist/provinces/th-22'))).toContain('index.html');
    } finally {
      await rm(out, { recursive: true, force: true });
    }
  });
});

describe('npm run new on a terminal', () => {
  const env = { THALAENG_NOW: '2026-11-23T09:00:00+07:00' };

  it('checks each answer as it is given, asks again with the hint, and keeps the answers before', async () => {
    const answers = ['ข่าวทดสอบ', 'ทรัพยากรฯ', 'อุดรธานี, โคราช', '20/11/2569', 'https://www.mnre.go.th/1', 'mnre-forest'];
    const { code, output } = await runInTerminal(
      'new.ts',
      [],
      // A ministry that could be two, then the one meant; no lead photo.
      [answers[0]!, 'สังคม', ...answers.slice(1), ''],
      { cwd: work, env },
    );
    expect(code, output).toBe(0);
    expect(output.match(/หัวข้อข่าว \/ title: /g)).toHaveLength(1);
    expect(output).toContain('"สังคม" อาจเป็นกระทรวง social-development');
    expect(output).toContain('ทรัพยากรฯ → natural-resources (กระทรวงทรัพยากรธรรมชาติและสิ่งแวดล้อม)');
    expect(output).toContain('20/11/2569 → 2026-11-20');
    expect(output).toContain('preview: run npm run dev, then open http://localhost:4321/releases/mnre-forest/');
    const text = await readFile(path.join(releases(), '2026/11/mnre-forest.md'), 'utf8');
    expect(text.split('---')[1]).toBe(
      '\ntitle: ข่าวทดสอบ\ndate: 2026-11-20\nministry: natural-resources\nprovinces: [TH-41, TH-30]\nsource: https://www.mnre.go.th/1\ndraft: true\n',
    );
  });

  /** The answers to every field, leaving the optional ones empty, up to the lead photo. */
  const fields = ['ข่าวทดสอบ', 'labour', '', '2026-11-20', '', ''];

  it('asks for the lead photo last, checks the file and the alt text as they are given, and copies it', async () => {
    await writeFile(path.join(work, 'notes.jpg'), 'ไม่ใช่ภาพ');
    const photo = await sharp({ create: { width: 120, height: 80, channels: 3, background: '#468' } })
      .jpeg()
      .toBuffer();
    await writeFile(path.join(work, 'IMG_0042.jpg'), photo);
    const answers = [...fields, 'notes.jpg', 'IMG_0042.jpg', 'Opening', 'ปลัดกระทรวงแรงงานเปิดงาน', 'ที่ศาลากลาง'];
    const { code, output } = await runInTerminal('new.ts', [], answers, { cwd: work, env });
    expect(code, output).toBe(0);
    expect(output).toContain('"notes.jpg" cannot be read as an image');
    expect(output).toContain('the alt text "Opening" of the photo has no Thai');
    expect(output).toContain('copied the photo to content/releases/2026/11/2026-11-20-labour/lead.jpg');
    expect(await readFile(path.join(releases(), '2026/11/2026-11-20-labour.md'), 'utf8')).toContain(
      'image:\n  src: ./2026-11-20-labour/lead.jpg\n  alt: ปลัดกระทรวงแรงงานเปิดงาน\n  caption: ที่ศาลากลาง\n',
    );
    expect(await readFile(path.join(releases(), '2026/11/2026-11-20-labour/lead.jpg'))).toEqual(photo);
  });

  it('stops on Ctrl+D at the photo with exit code 130, and writes neither the release nor the photo', async () => {
    await writeFile(
      path.join(work, 'IMG_0042.jpg'),
      await sharp({ create: { width: 12, height: 8, channels: 3, background: '#468' } })
        .jpeg()
        .toBuffer(),
    );
    const { code, output } = await runInTerminal('new.ts', [], [...fields, 'IMG_0042.jpg', CTRL_D], { cwd: work, env });
    expect(code, output).toBe(130);
    expect(output.trim().split('\n').at(-1)).toBe('ยกเลิกแล้ว ไม่ได้สร้างไฟล์ / cancelled: no file was written');
    await expect(access(releases())).rejects.toThrow();
  });

  it.each([
    ['Ctrl+D', CTRL_D],
    ['Ctrl+C', '\x03'],
  ])('stops on %s in the middle with a short line and exit code 130, and writes nothing', async (_, key) => {
    const { code, output } = await runInTerminal('new.ts', [], ['ข่าวทดสอบ', 'labour', key], { cwd: work, env });
    expect(code).toBe(130);
    expect(output.trim().split('\n').at(-1)).toBe('ยกเลิกแล้ว ไม่ได้สร้างไฟล์ / cancelled: no file was written');
    expect(output).not.toMatch(/Error|\bat \S+:\d+:\d+/);
    await expect(access(releases())).rejects.toThrow();
  });
});

describe('npm run new --image', () => {
  const photo = (): Promise<Buffer> =>
    sharp({ create: { width: 160, height: 120, channels: 3, background: '#d35400' } })
      .jpeg()
      .toBuffer();
  const withPhoto = (...args: string[]) =>
    newRelease('--title', 'แรงงานเปิดศูนย์ฝึกอาชีพ', '--ministry', 'labour', '--date', '2026-11-20', ...args);

  it("copies the photo into the new release's folder and writes image:, which check accepts", async () => {
    const bytes = await photo();
    await writeFile(path.join(work, 'IMG_0042.JPG'), bytes);
    const { code, stdout } = await withPhoto(
      '--image',
      'IMG_0042.JPG',
      '--alt',
      'ปลัดกระทรวงแรงงานมอบวุฒิบัตรแก่ผู้ผ่านการฝึกอาชีพ',
      '--caption',
      'ที่ศูนย์ฝึกอาชีพเชียงใหม่',
    );
    expect(code).toBe(0);
    expect(stdout).toContain('copied the photo to content/releases/2026/11/2026-11-20-labour/lead.jpg');
    const text = await readFile(path.join(releases(), '2026/11/2026-11-20-labour.md'), 'utf8');
    expect(text).toContain(
      'image:\n  src: ./2026-11-20-labour/lead.jpg\n  alt: ปลัดกระทรวงแรงงานมอบวุฒิบัตรแก่ผู้ผ่านการฝึกอาชีพ\n  caption: ที่ศูนย์ฝึกอาชีพเชียงใหม่\n',
    );
    expect(await readFile(path.join(releases(), '2026/11/2026-11-20-labour/lead.jpg'))).toEqual(bytes);
    const check = await runScript('check.ts', [], { cwd: work });
    expect(check.stdout).toContain('no problems');
    expect(check.code).toBe(0);
  });

  it('names the copy after what the file is: a PNG called .jpg becomes lead.png', async () => {
    await writeFile(
      path.join(work, 'photo.jpg'),
      await sharp(await photo())
        .png()
        .toBuffer(),
    );
    const { code } = await withPhoto('--image', 'photo.jpg', '--alt', 'เจ้าหน้าที่ต้อนรับผู้มาสมัครงาน');
    expect(code).toBe(0);
    expect(await readdir(path.join(releases(), '2026/11/2026-11-20-labour'))).toEqual(['lead.png']);
    expect(await readFile(path.join(releases(), '2026/11/2026-11-20-labour.md'), 'utf8')).toContain(
      'src: ./2026-11-20-labour/lead.png',
    );
  });

  it('refuses a missing photo, a HEIC one, alt text without Thai or no alt at all, and writes nothing', async () => {
    const avif = await sharp(await photo())
      .avif()
      .toBuffer();
    await writeFile(path.join(work, 'IMG_0043.HEIC'), Buffer.from(avif.toString('latin1').replace(/avif/g, 'heic'), 'latin1'));
    await writeFile(path.join(work, 'photo.jpg'), await photo());
    const missing = await withPhoto('--image', 'nothere.jpg', '--alt', 'ภาพ');
    expect(missing.stderr.trim()).toBe('ไม่พบไฟล์ภาพ "nothere.jpg" / there is no photo file "nothere.jpg"');
    const heic = await withPhoto('--image', 'IMG_0043.HEIC', '--alt', 'ภาพ');
    expect(heic.stderr).toContain('"IMG_0043.HEIC" is a HEIC image: HEIC (the iPhone default) cannot be decoded by sharp');
    const english = await withPhoto('--image', 'photo.jpg', '--alt', 'Opening ceremony');
    expect(english.stderr).toContain(
      'image.alt: คำบรรยายแทนภาพต้องเป็นภาษาไทย / the alt text "Opening ceremony" of image has no Thai',
    );
    const noAlt = await withPhoto('--image', 'photo.jpg');
    expect(noAlt.stderr).toContain('--image and --alt go together');
    expect([missing.code, heic.code, english.code, noAlt.code]).toEqual([2, 2, 2, 2]);
    await expect(access(releases())).rejects.toThrow();
  });

  it('never overwrites a photo already in the folder, and then writes no release either', async () => {
    const left = path.join(releases(), '2026/11/2026-11-20-labour/lead.jpg');
    await mkdir(path.dirname(left), { recursive: true });
    await writeFile(left, 'a photo left behind');
    await writeFile(path.join(work, 'photo.jpg'), await photo());
    const { code, stderr } = await withPhoto('--image', 'photo.jpg', '--alt', 'ปลัดกระทรวงแรงงานเปิดงาน');
    expect(code).toBe(2);
    expect(stderr.trim()).toBe(
      'มีไฟล์นี้อยู่แล้ว จะไม่เขียนทับ / content/releases/2026/11/2026-11-20-labour/lead.jpg already exists and will not be overwritten',
    );
    expect(await readFile(left, 'utf8')).toBe('a photo left behind');
    expect(await readdir(path.join(releases(), '2026/11'))).toEqual(['2026-11-20-labour']);
  });
});
