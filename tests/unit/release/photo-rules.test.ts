/** What `npm run check` says about a photo from the release's text alone: one case per rule. */
import { describe, expect, it } from 'vitest';
import { validateRelease } from '@/release/validate.ts';
import { formatProblem } from '@/release/problems.ts';

const FILE = 'content/releases/2026/12/2026-12-01-moph-dengue.md';
const HEAD = 'title: สาธารณสุขเตือนไข้เลือดออก\ndate: 2026-12-01\nministry: public-health\nsource: https://www.moph.go.th/1';
const OWN = './2026-12-01-moph-dengue';
const COPY =
  'คัดลอกภาพไปไว้ใน content/releases/2026/12/2026-12-01-moph-dengue/ (โฟลเดอร์ชื่อเดียวกับไฟล์ข่าว) แล้วเขียน / copy the photo into content/releases/2026/12/2026-12-01-moph-dengue/ (the folder named after this file) and write:';

const JPEG = 'บันทึกภาพเป็น JPEG แล้วเขียน / export it as JPEG and write:';

const release = (fields: string, body = 'เนื้อข่าว'): string => `---\n${HEAD}\n${fields}\n---\n${body}\n`;
const lead = (src: string, alt = 'เจ้าหน้าที่พ่นหมอกควันกำจัดยุงลายในชุมชน'): string => `image:\n  src: ${src}\n  alt: ${alt}`;

describe.each<{ rule: string; text: string; line: number; field?: string; thai: string; english: string; fix: string }>([
  {
    rule: 'a photo from another site',
    text: release(lead('https://www.moph.go.th/images/lead.jpg')),
    line: 7,
    field: 'image.src',
    thai: 'ใช้ภาพจากเว็บไซต์อื่นไม่ได้',
    english: "the pages' security policy lets browsers load images from this site only",
    fix: `${COPY} src: ${OWN}/lead.jpg`,
  },
  {
    rule: 'a photo from the site root, in the body',
    text: release('', 'ย่อหน้า\n\n![เจ้าหน้าที่ลงพื้นที่](/images/x.jpg)'),
    line: 10,
    thai: 'ภาพต้องอยู่ในโฟลเดอร์ของข่าว',
    english: `"/images/x.jpg" is read from the site's root, where no photos are served`,
    fix: `${COPY} ![เจ้าหน้าที่ลงพื้นที่](${OWN}/x.jpg)`,
  },
  {
    rule: 'a photo above the release',
    text: release(`gallery:\n  - { src: ../11/x.jpg, alt: ภาพ }`),
    line: 7,
    field: 'gallery.0.src',
    thai: 'ภาพอยู่นอกโฟลเดอร์ของข่าวนี้',
    english: '"../11/x.jpg" is outside this release\'s folder',
    fix: `${COPY} src: ${OWN}/x.jpg`,
  },
  {
    rule: "another release's photo",
    text: release(lead('./2026-12-02-moph-flu/lead.jpg')),
    line: 7,
    field: 'image.src',
    thai: 'ภาพอยู่นอกโฟลเดอร์ของข่าวนี้',
    english: "nor another release's folder",
    fix: `${COPY} src: ${OWN}/lead.jpg`,
  },
  {
    rule: 'a path without ./',
    text: release(lead('2026-12-01-moph-dengue/lead.jpg')),
    line: 7,
    field: 'image.src',
    thai: 'เขียนที่อยู่ภาพให้ขึ้นต้นด้วย ./ ตามด้วยชื่อโฟลเดอร์ของข่าว',
    english: `write "2026-12-01-moph-dengue/lead.jpg" as ${OWN}/…, relative to the release file`,
    fix: `src: ${OWN}/lead.jpg`,
  },
  {
    rule: "an iPhone's HEIC photo",
    text: release(lead(`${OWN}/IMG_0042.HEIC`)),
    line: 7,
    field: 'image.src',
    thai: 'รูปแบบไฟล์ภาพนี้ใช้ไม่ได้ ภาพ HEIC ของ iPhone ระบบสร้างเว็บไซต์อ่านไม่ได้และเบราว์เซอร์ส่วนใหญ่ไม่แสดง',
    english: 'HEIC (the iPhone default) cannot be decoded by sharp',
    fix: `${JPEG} src: ${OWN}/IMG_0042.jpg`,
  },
  {
    rule: 'a GIF',
    text: release('', `![แผนที่พื้นที่เสี่ยง](${OWN}/map.gif)`),
    line: 8,
    thai: 'รูปแบบไฟล์ภาพนี้ใช้ไม่ได้ ภาพ GIF มีได้เพียง 256 สี และภาพเคลื่อนไหวจะเหลือภาพเดียว',
    english: 'GIF holds 256 colours, too few for a photo',
    fix: `${JPEG} ![แผนที่พื้นที่เสี่ยง](${OWN}/map.jpg)`,
  },
  {
    rule: 'a file that is no image format',
    text: release(lead(`${OWN}/report.pdf`)),
    line: 7,
    field: 'image.src',
    thai: 'รูปแบบไฟล์ภาพนี้ใช้ไม่ได้',
    english: 'is not in a format the site takes (.jpg, .jpeg, .png, .webp, .avif): save it as JPEG, PNG, WebP or AVIF',
    fix: `${JPEG} src: ${OWN}/report.jpg`,
  },
  {
    rule: 'alt text in English in a Thai release',
    text: release(lead(`${OWN}/lead.jpg`, 'Officials spraying against mosquitoes')),
    line: 8,
    field: 'image.alt',
    thai: 'คำบรรยายแทนภาพต้องเป็นภาษาไทย',
    english: "has no Thai: it is read aloud in the release's language (a release in English says lang: en)",
    fix: 'alt: "ปลัดกระทรวงแรงงานมอบวุฒิบัตรแก่ผู้ผ่านการฝึกอาชีพ ที่ศูนย์ฝึกอาชีพเชียงใหม่"',
  },
  {
    rule: 'alt text that is Thai digits alone',
    text: release(lead(`${OWN}/lead.jpg`, '๑๒๓')),
    line: 8,
    field: 'image.alt',
    thai: 'คำบรรยายแทนภาพต้องเป็นภาษาไทย',
    english: 'has no Thai',
    fix: 'alt: "ปลัดกระทรวงแรงงานมอบวุฒิบัตรแก่ผู้ผ่านการฝึกอาชีพ ที่ศูนย์ฝึกอาชีพเชียงใหม่"',
  },
  {
    rule: 'alt text that is the file name',
    text: release(`gallery:\n  - src: ${OWN}/ภาพ1.jpg\n    alt: ภาพ1`),
    line: 8,
    field: 'gallery.0.alt',
    thai: 'คำบรรยายแทนภาพเป็นเพียงชื่อไฟล์',
    english: 'the alt text "ภาพ1" of gallery.0 is a file name',
    fix: 'alt: "ปลัดกระทรวงแรงงานมอบวุฒิบัตรแก่ผู้ผ่านการฝึกอาชีพ ที่ศูนย์ฝึกอาชีพเชียงใหม่"',
  },
  {
    rule: "a camera's file name as alt text, in a release in English",
    text: release(`lang: en\n${lead(`${OWN}/lead.jpg`, 'IMG_20261201_0930')}`, 'The ministry said'),
    line: 9,
    field: 'image.alt',
    thai: 'คำบรรยายแทนภาพเป็นเพียงชื่อไฟล์',
    english: 'is a file name, which tells a reader who cannot see the photo nothing',
    fix: 'alt: "ปลัดกระทรวงแรงงานมอบวุฒิบัตรแก่ผู้ผ่านการฝึกอาชีพ ที่ศูนย์ฝึกอาชีพเชียงใหม่"',
  },
  {
    rule: 'a photo in the body without alt text',
    text: release('', `ย่อหน้า\n\n![](${OWN}/2.jpg)`),
    line: 10,
    thai: 'ภาพไม่มีคำบรรยายแทนภาพ (alt)',
    english: 'the photo has no alt text: say what the photo shows',
    fix: `![ปลัดกระทรวงแรงงานมอบวุฒิบัตรแก่ผู้ผ่านการฝึกอาชีพ ที่ศูนย์ฝึกอาชีพเชียงใหม่](${OWN}/2.jpg)`,
  },
])('$rule', ({ text, line, field, thai, english, fix }) => {
  it('is refused at its line and field, in Thai then English, with the fix', () => {
    const result = validateRelease(FILE, text);
    expect(result.ok).toBe(false);
    const problems = result.ok ? [] : result.problems;
    expect(problems, problems.map(formatProblem).join('\n')).toHaveLength(1);
    const [problem] = problems;
    expect(problem).toMatchObject({ file: FILE, line, fix, ...(field ? { field } : {}) });
    expect(problem!.field).toBe(field);
    const [th, en] = problem!.message.split(' / ');
    expect(th).toBe(thai);
    expect(en).toContain(english);
  });
});

describe('photos written as they should be', () => {
  it('pass, and are handed on for the files to be checked', () => {
    const result = validateRelease(
      FILE,
      release(
        `${lead(`${OWN}/lead.jpg`)}\n  caption: หน่วยควบคุมโรคออกพ่นหมอกควัน\ngallery:\n  - { src: ${OWN}/1.webp, alt: อาสาสมัครสาธารณสุขแจกทรายอะเบท }`,
        `ย่อหน้า\n\n![ผู้ว่าราชการจังหวัดตรวจบ่อพักน้ำ](${OWN}/more/2.JPG)`,
      ),
    );
    expect(result.ok).toBe(true);
    expect(result.ok && result.photos.map((p) => p.src)).toEqual([`${OWN}/lead.jpg`, `${OWN}/1.webp`, `${OWN}/more/2.JPG`]);
  });

  it('in a release in English take alt text in English', () => {
    const result = validateRelease(
      FILE,
      release(`lang: en\n${lead(`${OWN}/lead.avif`, 'Health officers fog a village against mosquitoes')}`, 'The ministry said'),
    );
    expect(result.ok).toBe(true);
  });
});
