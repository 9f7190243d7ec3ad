/** What `npm run check` says about the files behind a release's photos: one case per rule. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { checkPhotoFiles } from '@/release/photo-files.ts';
import { validateRelease } from '@/release/validate.ts';
import { formatProblem } from '@/release/problems.ts';

const RELEASE = 'content/releases/2026/12/2026-12-01-moph-dengue.md';
const FOLDER = 'content/releases/2026/12/2026-12-01-moph-dengue';
const OWN = './2026-12-01-moph-dengue';

let root: string;
beforeEach(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'thalaeng-photos-'));
});
afterEach(() => rm(root, { recursive: true, force: true }));

const jpeg = (width = 400, height = 300): Promise<Buffer> =>
  sharp({ create: { width, height, channels: 3, background: '#c04020' } })
    .jpeg()
    .toBuffer();
const put = async (name: string, data: Buffer | string): Promise<void> => {
  const file = path.join(root, FOLDER, name);
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, data);
};

/** Checks the files of a release whose lead photo is `lead` and whose body shows `body`. */
async function check(lead: string, body: string[] = []): Promise<string[]> {
  const text = `---\ntitle: ข่าว\ndate: 2026-12-01\nministry: public-health\nsource: https://a.go.th/1\nimage:\n  src: ${OWN}/${lead}\n  alt: เจ้าหน้าที่พ่นหมอกควัน\n---\nเนื้อข่าว\n\n${body.map((name) => `![อาสาสมัครแจกทรายอะเบท](${OWN}/${name})`).join('\n\n')}\n`;
  const result = validateRelease(RELEASE, text);
  if (!result.ok) throw new Error(result.problems.map(formatProblem).join('\n'));
  return (await checkPhotoFiles(root, RELEASE, result.photos)).map(formatProblem);
}

describe("a release's photo files", () => {
  it('pass when each is there, is what its name says and is used, a photo used twice and a hidden file too', async () => {
    await put('lead.jpg', await jpeg());
    await put(
      'more/2.webp',
      await sharp(await jpeg())
        .webp()
        .toBuffer(),
    );
    await put('.DS_Store', 'Finder');
    expect(await check('lead.jpg', ['lead.jpg', 'more/2.webp'])).toEqual([]);
  });

  it('refuse a photo that is not there, at its field', async () => {
    expect(await check('lead.jpg')).toEqual([
      `${RELEASE}:7:3 image.src: ไม่พบไฟล์ภาพ ${FOLDER}/lead.jpg / there is no file ${FOLDER}/lead.jpg: a release's photos are in the folder named after its file\n    แก้เป็น / write instead: วางภาพไว้ที่ ${FOLDER}/lead.jpg หรือแก้ที่อยู่ภาพ / put the photo at ${FOLDER}/lead.jpg, or correct the path`,
    ]);
  });

  it('refuse a name that differs in capitals, which a Mac would take and the server would not', async () => {
    await put('Lead.JPG', await jpeg());
    expect(await check('lead.jpg')).toContain(
      `${RELEASE}:7:3 image.src: ไม่พบไฟล์ภาพ ${FOLDER}/lead.jpg / there is no file ${FOLDER}/lead.jpg; there is Lead.JPG, and a name must match exactly, capitals too (a Mac does not tell them apart, the server does)\n    แก้เป็น / write instead: src: ${OWN}/Lead.JPG`,
    );
  });

  it('suggest the nearest name for a typo in the body, at its line', async () => {
    await put('lead.jpg', await jpeg());
    await put('mosquito.jpg', await jpeg());
    expect(await check('lead.jpg', ['mosqito.jpg'])).toContain(
      `${RELEASE}:12:1 ไม่พบไฟล์ภาพ ${FOLDER}/mosqito.jpg / there is no file ${FOLDER}/mosqito.jpg\n    แก้เป็น / write instead: ![อาสาสมัครแจกทรายอะเบท](${OWN}/mosquito.jpg)`,
    );
  });

  it('refuse a PNG named .jpg, and say what to rename it to', async () => {
    await put(
      'lead.jpg',
      await sharp(await jpeg())
        .png()
        .toBuffer(),
    );
    expect(await check('lead.jpg')).toEqual([
      `${RELEASE}:7:3 image.src: ไฟล์ ${FOLDER}/lead.jpg เป็นภาพ PNG แต่ชื่อไฟล์บอกว่าเป็น JPG / ${FOLDER}/lead.jpg is a PNG image, though its name says JPG\n    แก้เป็น / write instead: เปลี่ยนชื่อไฟล์เป็น lead.png แล้วเขียน src: ${OWN}/lead.png / rename the file to lead.png and write src: ${OWN}/lead.png`,
    ]);
  });

  it('refuse an iPhone HEIC photo renamed .jpg, with the reason', async () => {
    // An AVIF file is the same container as HEIC: the brand in its first box tells them apart.
    const avif = await sharp(await jpeg())
      .avif()
      .toBuffer();
    const heic = Buffer.from(avif.toString('latin1').replace(/avif/g, 'heic'), 'latin1');
    await put('lead.jpg', heic);
    const [problem] = await check('lead.jpg');
    expect(problem).toContain(
      `image.src: ไฟล์ ${FOLDER}/lead.jpg เป็นภาพ HEIC แต่ชื่อไฟล์บอกว่าเป็น JPG ภาพ HEIC ของ iPhone ระบบสร้างเว็บไซต์อ่านไม่ได้`,
    );
    expect(problem).toContain('is a HEIC image, though its name says JPG: HEIC (the iPhone default) cannot be decoded by sharp');
    expect(problem).toContain(`export it as JPEG to ${FOLDER}/lead.jpg and write src: ${OWN}/lead.jpg`);
  });

  it('refuse a file that is no image', async () => {
    await put('lead.jpg', 'ไม่ใช่ภาพ');
    expect(await check('lead.jpg')).toEqual([
      `${RELEASE}:7:3 image.src: ไฟล์ ${FOLDER}/lead.jpg ไม่ใช่ภาพ หรือเสียหาย / ${FOLDER}/lead.jpg cannot be read as an image: it is damaged, or not a photo\n    แก้เป็น / write instead: ส่งออกภาพใหม่เป็น JPEG ที่ ${FOLDER}/lead.jpg / export the photo again as JPEG to ${FOLDER}/lead.jpg`,
    ]);
  });

  it('warn about an original over 5 MB or 6,000 px on a side, and pass it', async () => {
    await put('lead.jpg', Buffer.concat([await jpeg(), Buffer.alloc(5_200_000)]));
    await put(
      'wide.png',
      await sharp({ create: { width: 6_400, height: 40, channels: 3, background: '#000' } })
        .png()
        .toBuffer(),
    );
    const problems = await check('lead.jpg', ['wide.png']);
    expect(problems.map((p) => p.split(' / ')[2]?.split(':')[0])).toEqual([
      `the original ${FOLDER}/lead.jpg is 5.2 MB (over 5 MB)`,
      `the original ${FOLDER}/wide.png is 6,400 × 40 px (over 6,000 px on a side)`,
    ]);
    expect(problems[0]).toContain(`${RELEASE}:7:3 คำเตือน / warning: image.src: ภาพต้นฉบับใหญ่เกินไป`);
    expect(problems[0]).toContain(
      'write instead: ย่อภาพให้ด้านยาวไม่เกิน 3,000 พิกเซล แล้วบันทึกเป็น JPEG คุณภาพ 80–85 / resize it to at most 3,000 px on its longer side',
    );
  });

  it('warn about a file in the folder that the release does not use, which is not published', async () => {
    await put('lead.jpg', await jpeg());
    await put('spare/old.jpg', await jpeg());
    expect(await check('lead.jpg')).toEqual([
      `${FOLDER}/spare/old.jpg:1:1 คำเตือน / warning: ข่าวไม่ได้ใช้ไฟล์นี้ / ${RELEASE} does not use this file, so it is not published: it only makes the repository heavier\n    แก้เป็น / write instead: ใส่ภาพใน gallery ของข่าว หรือลบไฟล์ทิ้ง / show it in the release, or delete it: gallery:\n  - { src: ${OWN}/spare/old.jpg, alt: "…" }`,
    ]);
  });
});
