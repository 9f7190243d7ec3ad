/** One case per kind of problem an editor can make, with the exact message and fix. */
import { describe, expect, it } from 'vitest';
import { validateRelease } from '@/release/validate.ts';
import { formatProblem, type ReleaseProblem } from '@/release/problems.ts';

const FILE = 'content/releases/2017/11/2017-11-02-7766.md';
const FIELDS = {
  title: 'title: ปลัดแรงงานกำชับข้าราชการ',
  date: 'date: 2017-11-02',
  ministry: 'ministry: labour',
  provinces: 'provinces: [TH-80, TH-81]',
  source: 'source: http://www.thaigov.go.th/news/contents/details/7766',
};
const NOW = new Date('2026-11-23T03:00:00Z');

function file(change: Partial<Record<keyof typeof FIELDS | 'extra', string | null>> = {}, body = 'เนื้อข่าว'): string {
  const lines = Object.entries({ ...FIELDS, ...change })
    .filter(([, v]) => v !== null && v !== undefined)
    .map(([, v]) => v);
  return `---\n${lines.join('\n')}\n---\n${body}\n`;
}

const SOURCE_PLACEHOLDER = 'source: https://… (ลิงก์ข่าวต้นฉบับ / the original release)';
const DATE_FORM = 'date: ปปปป-ดด-วว (ปี ค.ศ. / yyyy-mm-dd, Gregorian year)';

function problems(text: string, path = FILE): ReleaseProblem[] {
  const result = validateRelease(path, text, { now: NOW });
  return result.ok ? [] : result.problems;
}

describe.each<{ kind: string; text: string; path?: string; expected: Omit<ReleaseProblem, 'file'> }>([
  {
    kind: 'unknown ministry (typo)',
    text: file({ ministry: 'ministry: labor' }),
    expected: {
      line: 4,
      column: 1,
      field: 'ministry',
      message:
        'ไม่รู้จักกระทรวง "labor" หรือหมายถึง labour (กระทรวงแรงงาน) / unknown ministry "labor"; did you mean labour (Ministry of Labour)?',
      fix: 'ministry: labour',
    },
  },
  {
    kind: 'unknown ministry (Thai name)',
    text: file({ ministry: 'ministry: กระทรวงสาธารณสุข' }),
    expected: {
      line: 4,
      column: 1,
      field: 'ministry',
      message:
        '"กระทรวงสาธารณสุข" คือ public-health (กระทรวงสาธารณสุข) ให้เขียนชื่อย่อ / "กระทรวงสาธารณสุข" is public-health (Ministry of Public Health): write its slug',
      fix: 'ministry: public-health',
    },
  },
  {
    kind: 'unknown ministry (former name)',
    text: file({ ministry: 'ministry: กระทรวงเทคโนโลยีสารสนเทศและการสื่อสาร' }),
    expected: {
      line: 4,
      column: 1,
      field: 'ministry',
      message:
        '"กระทรวงเทคโนโลยีสารสนเทศและการสื่อสาร" คือ digital-economy (กระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม) ให้เขียนชื่อย่อ / "กระทรวงเทคโนโลยีสารสนเทศและการสื่อสาร" is digital-economy (Ministry of Digital Economy and Society): write its slug',
      fix: 'ministry: digital-economy',
    },
  },
  {
    kind: 'unknown province (Thai name)',
    text: file({ provinces: 'provinces: [TH-80, เชียงใหม่]' }),
    expected: {
      line: 5,
      column: 20,
      field: 'provinces.1',
      message: '"เชียงใหม่" คือ TH-50 (เชียงใหม่) ให้เขียนรหัส / "เชียงใหม่" is TH-50 (Chiang Mai): write its code',
      fix: 'provinces: [TH-80, TH-50]',
    },
  },
  {
    kind: 'unknown province (alias)',
    text: file({ provinces: 'provinces: [โคราช]' }),
    expected: {
      line: 5,
      column: 13,
      field: 'provinces.0',
      message: '"โคราช" คือ TH-30 (นครราชสีมา) ให้เขียนรหัส / "โคราช" is TH-30 (Nakhon Ratchasima): write its code',
      fix: 'provinces: [TH-30]',
    },
  },
  {
    kind: 'unknown province (English name)',
    text: file({ provinces: 'provinces: [Chiang Rai]' }),
    expected: {
      line: 5,
      column: 13,
      field: 'provinces.0',
      message: '"Chiang Rai" คือ TH-57 (เชียงราย) ให้เขียนรหัส / "Chiang Rai" is TH-57 (Chiang Rai): write its code',
      fix: 'provinces: [TH-57]',
    },
  },
  {
    kind: 'provinces not a list',
    text: file({ provinces: 'provinces: TH-80' }),
    expected: {
      line: 5,
      column: 1,
      field: 'provinces',
      message: 'provinces ต้องเป็นรายการในวงเล็บเหลี่ยม [ ] / provinces must be a list in square brackets, got "TH-80"',
      fix: 'provinces: [TH-80]',
    },
  },
  {
    kind: 'Buddhist-era year',
    text: file({ date: 'date: 2560-11-02' }),
    expected: {
      line: 3,
      column: 1,
      field: 'date',
      message:
        'ปีใน date เป็นพุทธศักราช ให้เขียนปีคริสต์ศักราช (ลบ 543) / the year in date is Buddhist-era ("2560-11-02"): write the Gregorian year (subtract 543)',
      fix: 'date: 2017-11-02',
    },
  },
  {
    kind: 'impossible date',
    text: file({ date: 'date: 2017-02-30' }),
    expected: {
      line: 3,
      column: 1,
      field: 'date',
      message:
        'ไม่มีวันที่หรือเวลา "2017-02-30" ในปฏิทิน: เดือน 02 ปี 2017 มี 28 วัน / there is no such date or time as "2017-02-30" in date: month 02 of 2017 has 28 days',
      fix: DATE_FORM,
    },
  },
  {
    // Not "2024-13-40": taking 543 off does not make a date that exists.
    kind: 'impossible date with a Buddhist-era year',
    text: file({ date: 'date: 2567-13-40' }),
    expected: {
      line: 3,
      column: 1,
      field: 'date',
      message:
        'ไม่มีวันที่หรือเวลา "2567-13-40" ในปฏิทิน: เดือนต้องเป็น 01 ถึง 12 / there is no such date or time as "2567-13-40" in date: the month must be 01 to 12',
      fix: DATE_FORM,
    },
  },
  {
    // Not the generic "write year-month-day": the editor learns which day is missing.
    kind: 'a Thai-written day that the calendar lacks',
    text: file({ date: 'date: 30/02/2569' }),
    expected: {
      line: 3,
      column: 1,
      field: 'date',
      message:
        'ไม่มีวันที่หรือเวลา "30/02/2569" ในปฏิทิน: เดือน 02 ปี 2569 มี 28 วัน / there is no such date or time as "30/02/2569" in date: month 02 of 2569 has 28 days',
      fix: DATE_FORM,
    },
  },
  {
    kind: 'a date written the Thai way',
    text: file({ date: 'date: 2 พฤศจิกายน 2560' }),
    expected: {
      line: 3,
      column: 1,
      field: 'date',
      message:
        'date เขียนแบบไทย ให้เขียนเป็น ปี ค.ศ.-เดือน-วัน / date is written the Thai way ("2 พฤศจิกายน 2560"): write it as Gregorian year-month-day',
      fix: 'date: 2017-11-02',
    },
  },
  {
    kind: 'year 0001',
    text: file({ date: 'date: 0001-07-23' }),
    expected: {
      line: 3,
      column: 1,
      field: 'date',
      message: 'ปีใน date ต้องอยู่ระหว่าง 1900 ถึง 2100 / the year in date must be from 1900 to 2100, got "0001-07-23"',
      fix: DATE_FORM,
    },
  },
  {
    kind: 'year after 2100 that is no Buddhist-era year',
    text: file({ extra: 'updated: 2101-01-01' }),
    expected: {
      line: 7,
      column: 1,
      field: 'updated',
      message: 'ปีใน updated ต้องอยู่ระหว่าง 1900 ถึง 2100 / the year in updated must be from 1900 to 2100, got "2101-01-01"',
      fix: 'updated: ปปปป-ดด-วว (ปี ค.ศ. / yyyy-mm-dd, Gregorian year)',
    },
  },
  {
    kind: 'update before the release',
    text: file({ extra: 'updates:\n  - date: 2017-11-01T10:00\n    note: แก้ไขตัวเลข' }),
    expected: {
      line: 8,
      column: 1,
      message:
        'การปรับปรุงรายการที่ 1 ลงวันที่ก่อนวันเผยแพร่ / update 1 is dated 2017-11-01T10:00, before the release itself (2017-11-02T00:00)',
      fix: 'date: 2017-11-02T00:00 หรือหลังจากนั้น (แก้ก่อนเผยแพร่ไม่ต้องบันทึก แก้ข้อความได้เลย) / date: 2017-11-02T00:00 or later (a fix made before publication needs no update: correct the text)',
    },
  },
  {
    kind: 'update dated later than now',
    text: file({ extra: 'updates:\n  - date: 2026-11-23T12:00\n    note: แก้ไขตัวเลข' }),
    expected: {
      line: 8,
      column: 1,
      message:
        'การปรับปรุงรายการที่ 1 ลงวันที่ในอนาคต / update 1 is dated 2026-11-23T12:00, later than now (2026-11-23T10:00 in Bangkok)',
      fix: 'date: 2026-11-23T10:00 (เวลาที่แก้ไข เวลากรุงเทพฯ / the time the correction is made, Bangkok time)',
    },
  },
  {
    kind: 'update without a note',
    text: file({ extra: 'updates:\n  - date: 2017-11-03T10:00' }),
    expected: {
      line: 8,
      column: 5,
      field: 'updates.0.note',
      message: 'การปรับปรุงรายการที่ 1 ไม่มีบันทึกว่าแก้ไขอะไร / update 1 has no note: say in a few words what changed',
      fix: 'note: "แก้ไขอะไร / what changed"',
    },
  },
  {
    kind: 'update with an empty note',
    text: file({ extra: 'updates:\n  - { date: 2017-11-03, note: "" }' }),
    expected: {
      line: 8,
      column: 25,
      field: 'updates.0.note',
      message: 'บันทึกของการปรับปรุงรายการที่ 1 ต้องเป็นข้อความที่ไม่ว่าง / the note of update 1 must be non-empty text, got ""',
      fix: 'note: "แก้ไขอะไร / what changed"',
    },
  },
  {
    kind: 'update with a Buddhist-era year',
    text: file({ extra: 'updates:\n  - date: 2017-11-03\n    note: ก\n  - date: 2560-11-04\n    note: ข' }),
    expected: {
      line: 10,
      column: 5,
      field: 'updates.1.date',
      message:
        'การปรับปรุงรายการที่ 2: ปีใน date เป็นพุทธศักราช ให้เขียนปีคริสต์ศักราช (ลบ 543) / the year in date is Buddhist-era ("2560-11-04"): write the Gregorian year (subtract 543)',
      fix: 'date: 2017-11-04',
    },
  },
  {
    kind: 'misspelt field of an update',
    text: file({ extra: 'updates:\n  - date: 2017-11-03\n    note: แก้ไขตัวเลข\n    nite: ก' }),
    expected: {
      line: 10,
      column: 5,
      field: 'updates.0',
      message: 'ไม่รู้จักช่อง nite ในการปรับปรุงรายการที่ 1 / unknown field nite in update 1; an update has only date and note',
      fix: 'note',
    },
  },
  {
    kind: 'updates written as a single date',
    text: file({ extra: 'updates: 2017-11-03' }),
    expected: {
      line: 7,
      column: 1,
      field: 'updates',
      message:
        'updates ต้องเป็นรายการของวันที่และบันทึก / updates must be a list of updates, each with a date and a note, got "2017-11-03"',
      fix: 'updates:\n  - { date: 2017-11-03, note: "แก้ไขอะไร / what changed" }',
    },
  },
  {
    kind: 'both updated and updates',
    text: file({ extra: 'updated: 2017-11-03\nupdates:\n  - date: 2017-11-04\n    note: แก้ไขตัวเลข' }),
    expected: {
      line: 7,
      column: 1,
      message:
        'มีทั้ง updated และ updates / updated and updates are both given: with updates, the last update is the newest entry of the list',
      fix: 'ลบบรรทัด updated: ถ้าการแก้ไขนั้นยังไม่อยู่ใน updates ให้เพิ่มพร้อมบันทึก / delete the line updated: and, if that update is not in the list, add it with a note: - { date: 2017-11-03, note: "…" }',
    },
  },
  {
    kind: 'missing title',
    text: file({ title: null }),
    expected: {
      line: 6,
      column: 1,
      field: 'title',
      message: 'ขาดช่อง title ซึ่งจำเป็นต้องมี / missing required field title',
      fix: 'title: "หัวข้อข่าว"',
    },
  },
  {
    kind: 'missing date',
    text: file({ date: null }),
    expected: {
      line: 6,
      column: 1,
      field: 'date',
      message: 'ขาดช่อง date ซึ่งจำเป็นต้องมี / missing required field date',
      fix: DATE_FORM,
    },
  },
  {
    kind: 'missing ministry',
    text: file({ ministry: null }),
    expected: {
      line: 6,
      column: 1,
      field: 'ministry',
      message: 'ขาดช่อง ministry ซึ่งจำเป็นต้องมี / missing required field ministry',
      fix: 'ministry: ชื่อย่อจาก content/ministries.json (a slug from content/ministries.json)',
    },
  },
  {
    kind: 'missing source',
    text: file({ source: null }),
    expected: {
      line: 6,
      column: 1,
      field: 'source',
      message: 'ขาดช่อง source ซึ่งจำเป็นต้องมีเมื่อเผยแพร่ / missing required field source (only a draft may leave it out)',
      fix: SOURCE_PLACEHOLDER,
    },
  },
  {
    kind: 'source that is not http(s)',
    text: file({ source: 'source: javascript:alert(1)' }),
    expected: {
      line: 6,
      column: 1,
      field: 'source',
      message: 'ที่มาต้องเป็นลิงก์ http หรือ https / source must be an http(s) URL, got "javascript:alert(1)"',
      fix: SOURCE_PLACEHOLDER,
    },
  },
  {
    kind: 'empty title',
    text: file({ title: 'title: ""' }),
    expected: {
      line: 2,
      column: 1,
      field: 'title',
      message: 'title ต้องเป็นข้อความที่ไม่ว่าง / title must be non-empty text, got ""',
      fix: 'title: "…"',
    },
  },
  {
    kind: 'title of zero-width characters only',
    text: file({ title: 'title: "\u200B\u200B "' }),
    expected: {
      line: 2,
      column: 1,
      field: 'title',
      message: 'title ต้องเป็นข้อความที่ไม่ว่าง / title must be non-empty text, got "\\u200B\\u200B "',
      fix: 'title: "…"',
    },
  },
  {
    kind: 'misspelt field',
    text: file({ extra: 'sumary: สรุป' }),
    expected: {
      line: 7,
      column: 1,
      message:
        'ไม่รู้จักช่อง sumary / unknown field sumary; fields are title, date, ministry, provinces, nationwide, category, source, summary, image, gallery, updated, updates, office, lang, imported, draft',
      fix: 'summary',
    },
  },
  {
    kind: 'draft that is not true/false',
    text: file({ extra: 'draft: yes' }),
    expected: {
      line: 7,
      column: 1,
      field: 'draft',
      message: 'draft ต้องเป็น true หรือ false / draft must be true or false, got "yes"',
      fix: 'draft: true',
    },
  },
  {
    kind: 'YAML that does not parse',
    text: file({ extra: 'office: "unclosed' }),
    expected: {
      field: 'office',
      line: 7,
      column: 18,
      message:
        'YAML อ่านไม่ได้: เครื่องหมายคำพูดหรือวงเล็บที่เปิดไว้ยังไม่ได้ปิด / YAML does not parse: a quote or bracket opened earlier is never closed (Missing closing "quote)',
    },
  },
  {
    // 9 × 9 × 9 values from three lines: yaml's own guard would throw without a file name.
    kind: 'YAML alias bomb',
    text: file({
      extra:
        'office: &a [x, x, x, x, x, x, x, x, x]\nsummary: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\nimported: [*b, *b, *b, *b, *b, *b, *b, *b, *b]',
    }),
    expected: {
      line: 8,
      column: 14,
      message: 'ห้ามใช้ anchor และ alias ของ YAML (*a) / YAML anchors and aliases (*a) are not allowed in a release',
      fix: 'เขียนค่าเต็มแทน *ชื่อ และลบ &ชื่อ / write the value out in full where the alias stands, and remove the &anchor',
    },
  },
  {
    // The loader decodes without the BOM; the search indexing reads the file as it is.
    kind: 'language after a BOM and the opening ---',
    text: '\uFEFF---javascript\n{ title: "x" }\n---\nเนื้อข่าว\n',
    expected: {
      line: 1,
      column: 4,
      message: 'บรรทัดเปิด --- ต้องไม่มีข้อความต่อท้าย / the opening --- must be alone on its line, not followed by "javascript"',
      fix: '---',
    },
  },
  {
    // gray-matter would run a `---js` block as JavaScript.
    kind: 'language after the opening ---',
    text: '---js\n{ title: "x" }\n---\nเนื้อข่าว\n',
    expected: {
      line: 1,
      column: 4,
      message: 'บรรทัดเปิด --- ต้องไม่มีข้อความต่อท้าย / the opening --- must be alone on its line, not followed by "js"',
      fix: '---',
    },
  },
  {
    // Pagefind stops the build at a lone surrogate ("unexpected end of hex escape").
    kind: 'lone surrogate written as an escape',
    text: file({ title: 'title: "ข่าว \\ud800"' }),
    expected: {
      line: 2,
      column: 1,
      field: 'title',
      message:
        'title มีอักขระที่มองไม่เห็นซึ่งเผยแพร่ไม่ได้ U+D800 (lone surrogate) / title holds the invisible character U+D800 (lone surrogate), which cannot be published',
      fix: 'ลบ escape ที่เขียนอักขระนี้ (เช่น \\uD800, \\x.., \\e หรือ \\a) ออกจาก title / remove the escape that writes it (such as \\uD800, \\x.., \\e or \\a) from title',
    },
  },
  {
    kind: 'ESC written as an escape',
    text: file({ extra: 'office: "กอง\\e"' }),
    expected: {
      line: 7,
      column: 1,
      field: 'office',
      message:
        'office มีอักขระที่มองไม่เห็นซึ่งเผยแพร่ไม่ได้ U+001B (ESC) / office holds the invisible character U+001B (ESC), which cannot be published',
      fix: 'ลบ escape ที่เขียนอักขระนี้ (เช่น \\u001B, \\x.., \\e หรือ \\a) ออกจาก office / remove the escape that writes it (such as \\u001B, \\x.., \\e or \\a) from office',
    },
  },
  {
    kind: 'NUL typed in a title',
    text: file({ title: 'title: ปลัด\u0000แรงงาน' }),
    expected: {
      line: 2,
      column: 12,
      field: 'title',
      message:
        'มีอักขระที่มองไม่เห็นซึ่งเผยแพร่ไม่ได้ U+0000 (NUL) / the invisible character U+0000 (NUL) cannot be published: it breaks the search index and feeds',
      fix: 'ลบอักขระที่บรรทัด 2 คอลัมน์ 12 (ถ้าโปรแกรมไม่แสดง ให้พิมพ์คำรอบ ๆ ใหม่) / delete the character at line 2, column 12 (retype the word around it if your editor does not show it)',
    },
  },
  {
    kind: 'BEL typed in a province list',
    text: file({ provinces: 'provinces: [TH-80,\u0007 TH-81]' }),
    expected: {
      line: 5,
      column: 19,
      field: 'provinces',
      message:
        'มีอักขระที่มองไม่เห็นซึ่งเผยแพร่ไม่ได้ U+0007 (BEL) / the invisible character U+0007 (BEL) cannot be published: it breaks the search index and feeds',
      fix: 'ลบอักขระที่บรรทัด 5 คอลัมน์ 19 (ถ้าโปรแกรมไม่แสดง ให้พิมพ์คำรอบ ๆ ใหม่) / delete the character at line 5, column 19 (retype the word around it if your editor does not show it)',
    },
  },
  {
    kind: 'C1 control in the body',
    text: file({}, 'ย่อหน้าแรก\n\nมี\u0085ข้อความ'),
    expected: {
      line: 10,
      column: 3,
      message:
        'มีอักขระที่มองไม่เห็นซึ่งเผยแพร่ไม่ได้ U+0085 (NEL) / the invisible character U+0085 (NEL) cannot be published: it breaks the search index and feeds',
      fix: 'ลบอักขระที่บรรทัด 10 คอลัมน์ 3 (ถ้าโปรแกรมไม่แสดง ให้พิมพ์คำรอบ ๆ ใหม่) / delete the character at line 10, column 3 (retype the word around it if your editor does not show it)',
    },
  },
  {
    kind: 'title of 150,000 characters',
    text: file({ title: `title: ${'ก'.repeat(150_000)}` }),
    expected: {
      line: 2,
      column: 1,
      field: 'title',
      message: 'title ยาว 150,000 ตัวอักษร เกิน 300 / title is 150,000 characters long, more than 300',
      fix: 'ย่อหัวข้อข่าว ข้อความที่เหลือใส่ในเนื้อข่าว / shorten the headline; the rest of the text belongs in the body',
    },
  },
  {
    kind: 'summary over 1,000 characters',
    text: file({ extra: `summary: ${'ข'.repeat(1_001)}` }),
    expected: {
      line: 7,
      column: 1,
      field: 'summary',
      message: 'summary ยาว 1,001 ตัวอักษร เกิน 1,000 / summary is 1,001 characters long, more than 1,000',
      fix: 'ย่อให้เหลือหนึ่งถึงสองประโยค ที่เหลือใส่ในเนื้อข่าว / shorten it to one or two sentences; the rest belongs in the body',
    },
  },
  {
    kind: 'office over 200 characters',
    text: file({ extra: `office: ${'ค'.repeat(201)}` }),
    expected: {
      line: 7,
      column: 1,
      field: 'office',
      message: 'office ยาว 201 ตัวอักษร เกิน 200 / office is 201 characters long, more than 200',
      fix: 'ย่อ office ให้เหลือไม่เกิน 200 ตัวอักษร / shorten office to at most 200 characters',
    },
  },
  {
    kind: 'body over 5 MB',
    text: file({}, `${'ก'.repeat(2_000_000)}\n`),
    expected: {
      line: 8,
      column: 1,
      message: 'เนื้อข่าวยาวเกิน 5 MB / the body is 6 MB, more than the 5 MB a release may have',
      fix: 'แบ่งเป็นหลายข่าว หรือคงภาคผนวกและตารางยาวไว้ที่เว็บไซต์ต้นฉบับแล้วใส่ลิงก์ / split it into several releases, or leave long annexes and tables on the source site and link to them',
    },
  },
  {
    // remark overflows the stack at a few thousand levels, in check and in the build.
    kind: 'quotes nested 10,000 deep',
    text: file({}, `ย่อหน้าแรก\n\n${'>'.repeat(10_000)} ข้อความ`),
    expected: {
      line: 10,
      column: 1,
      message: 'ข้อความซ้อนกันลึกเกิน 50 ชั้น / quotes or lists are nested 10000 deep here, more than 50: the page cannot be built',
      fix: 'ลบเครื่องหมาย > เครื่องหมายรายการ หรือการเยื้องที่เกินมาต้นบรรทัด / remove the extra > and list markers (or indentation) at the start of the line',
    },
  },
  {
    // A few hundred indented levels take minutes to render.
    kind: 'lists nested 300 deep',
    text: file({}, Array.from({ length: 300 }, (_, level) => `${'  '.repeat(level)}- ข้อ`).join('\n')),
    expected: {
      line: 58,
      column: 1,
      message: 'ข้อความซ้อนกันลึกเกิน 50 ชั้น / quotes or lists are nested 51 deep here, more than 50: the page cannot be built',
      fix: 'ลบเครื่องหมาย > เครื่องหมายรายการ หรือการเยื้องที่เกินมาต้นบรรทัด / remove the extra > and list markers (or indentation) at the start of the line',
    },
  },
  {
    kind: 'empty body',
    text: file({}, ''),
    expected: {
      line: 8,
      column: 1,
      message: 'เนื้อข่าวว่าง / the release has no body text',
      fix: 'เขียนเนื้อข่าวใต้บรรทัด --- ปิด / write the release text below the closing ---',
    },
  },
  {
    kind: 'raw HTML',
    text: file({}, 'ย่อหน้า <iframe src="x"></iframe>'),
    expected: {
      line: 8,
      column: 9,
      message: 'มี HTML ที่จะถูกตัดออกจากหน้าเว็บ / raw HTML "<iframe src=\\"x\\">" will be removed from the page',
      fix: 'เขียนเป็น Markdown (**ตัวหนา**, [ข้อความ](https://…)) หรือใส่ \\ หน้า < เพื่อแสดงเป็นข้อความ / write it in Markdown (**bold**, [text](https://…)), or put a backslash before < to show it as text: \\<',
    },
  },
  {
    kind: 'folder that does not match the date',
    path: 'content/releases/2018/01/2017-11-02-7766.md',
    text: file(),
    expected: {
      line: 3,
      column: 1,
      message: 'โฟลเดอร์ไม่ตรงกับวันที่ / the folder 2018/01 does not match the date 2017-11',
      fix: 'ย้ายไฟล์ไปที่ / move the file to content/releases/2017/11/2017-11-02-7766.md',
    },
  },
  {
    kind: 'file name with capitals or Thai',
    path: 'content/releases/2017/11/ข่าว-Labour.md',
    text: file(),
    expected: {
      line: 1,
      column: 1,
      message:
        'ชื่อไฟล์ต้องเป็นตัวอักษรละตินพิมพ์เล็ก ตัวเลข และขีด / file name must be lower-case latin letters, digits and hyphens: "ข่าว-Labour.md"',
      fix: 'labour.md',
    },
  },
  {
    kind: 'no front matter',
    text: 'เนื้อข่าวอย่างเดียว\n',
    expected: {
      line: 1,
      column: 1,
      message: 'ไม่มีส่วนหัว (front matter) / the file has no front matter block between --- lines',
      fix: '---\\ntitle: …\\n---',
    },
  },
  {
    kind: 'lead photo written as its file name alone',
    text: file({ extra: 'image: lead.jpg' }),
    expected: {
      line: 7,
      column: 1,
      field: 'image',
      message: 'image ต้องมี src และ alt / image must be a photo with a src and an alt, got "lead.jpg"',
      fix: `image: { src: ./2017-11-02-7766/lead.jpg, alt: "ปลัดกระทรวงแรงงานมอบวุฒิบัตรแก่ผู้ผ่านการฝึกอาชีพ ที่ศูนย์ฝึกอาชีพเชียงใหม่" }`,
    },
  },
  {
    kind: 'lead photo without alt text',
    text: file({ extra: 'image:\n  src: ./2017-11-02-7766/lead.jpg' }),
    expected: {
      line: 7,
      column: 1,
      field: 'image.alt',
      message:
        "image.alt ไม่มีคำบรรยายแทนภาพ / image.alt has no alt: say what the photo shows, in the release's language: it is read aloud to readers who cannot see it, and shown when the photo does not load",
      fix: `alt: "ปลัดกระทรวงแรงงานมอบวุฒิบัตรแก่ผู้ผ่านการฝึกอาชีพ ที่ศูนย์ฝึกอาชีพเชียงใหม่"`,
    },
  },
  {
    kind: 'gallery photo without src',
    text: file({ extra: 'gallery:\n  - alt: ภาพเจ้าหน้าที่' }),
    expected: {
      line: 8,
      column: 5,
      field: 'gallery.0.src',
      message: 'gallery.0.src ไม่มี src / gallery.0.src has no src: the path of the photo',
      fix: 'src: ./2017-11-02-7766/lead.jpg',
    },
  },
  {
    kind: 'misspelt field of a gallery photo',
    text: file({ extra: 'gallery:\n  - { src: ./2017-11-02-7766/1.jpg, alt: ภาพเจ้าหน้าที่, capton: ณ ศาลากลาง }' }),
    expected: {
      line: 8,
      column: 58,
      field: 'gallery.0',
      message: 'ไม่รู้จักช่อง capton ใน gallery.0 / unknown field capton in gallery.0; a photo has only src, alt and caption',
      fix: 'caption',
    },
  },
  {
    kind: 'gallery written as one photo',
    text: file({ extra: 'gallery: ./2017-11-02-7766/1.jpg' }),
    expected: {
      line: 7,
      column: 1,
      field: 'gallery',
      message:
        'gallery ต้องเป็นรายการภาพ / gallery must be a list of photos, each with a src and an alt, got "./2017-11-02-7766/1.jpg"',
      fix: `gallery:\n  - { src: ./2017-11-02-7766/lead.jpg, alt: "ปลัดกระทรวงแรงงานมอบวุฒิบัตรแก่ผู้ผ่านการฝึกอาชีพ ที่ศูนย์ฝึกอาชีพเชียงใหม่" }`,
    },
  },
  {
    kind: 'alt text too long',
    text: file({ extra: `image: { src: ./2017-11-02-7766/lead.jpg, alt: ${'ภาพ'.repeat(101)} }` }),
    expected: {
      line: 7,
      column: 43,
      field: 'image.alt',
      message: 'image.alt ยาว 303 ตัวอักษร เกิน 300 / image.alt is 303 characters long, more than 300',
      fix: 'หนึ่งถึงสองประโยคก็พอ รายละเอียดอยู่ในเนื้อข่าว / a sentence or two is enough; the text of the release says the rest',
    },
  },
])('$kind', ({ text, path, expected }) => {
  it('is reported with the exact message and fix', () => {
    const found = problems(text, path);
    expect(found[0]).toEqual({ file: path ?? FILE, ...expected });
  });
});

/** Issue 17: what a new editor wrote, and the line check must offer for it, made of their own value. */
describe.each<[string, Partial<Record<keyof typeof FIELDS | 'extra', string>>, string, string]>([
  ['a ministry without the word กระทรวง', { ministry: 'ministry: เกษตร' }, 'ministry', 'ministry: agriculture'],
  ['a shortened ministry name', { ministry: 'ministry: กระทรวงเกษตร' }, 'ministry', 'ministry: agriculture'],
  ['a ministry name cut with ฯ', { ministry: 'ministry: เกษตรฯ' }, 'ministry', 'ministry: agriculture'],
  ['a part of a ministry name', { ministry: 'ministry: ท่องเที่ยว' }, 'ministry', 'ministry: tourism-sports'],
  ['the first word of a ministry name', { ministry: 'ministry: ทรัพยากร' }, 'ministry', 'ministry: natural-resources'],
  ['a former ministry name', { ministry: 'ministry: กระทรวงวิทยาศาสตร์และเทคโนโลยี' }, 'ministry', 'ministry: higher-education'],
  ["a department's name", { ministry: 'ministry: กรมการจัดหางาน' }, 'ministry', 'ministry: labour'],
  [
    'a part of two ministry names',
    { ministry: 'ministry: สังคม' },
    'ministry',
    'ministry: social-development หรือ / or ministry: digital-economy',
  ],
  ['a province by its Thai name', { provinces: 'provinces: [อุดรธานี]' }, 'provinces.0', 'provinces: [TH-41]'],
  ['a province by its short name', { provinces: 'provinces: [TH-80, อุดร]' }, 'provinces.1', 'provinces: [TH-80, TH-41]'],
  ['provinces without brackets', { provinces: 'provinces: อุดรธานี, ขอนแก่น' }, 'provinces', 'provinces: [TH-41, TH-40]'],
  ['provinces without brackets or commas', { provinces: 'provinces: อุดร ขอนแก่น' }, 'provinces', 'provinces: [TH-41, TH-40]'],
  ['a province that could be two', { provinces: 'provinces: [เชียง]' }, 'provinces.0', 'TH-50 หรือ / or TH-57'],
  ['a Thai date with an abbreviated month', { date: 'date: 2 พ.ย. 2560' }, 'date', 'date: 2017-11-02'],
  ['a Thai date in Thai digits with a time', { date: 'date: ๒ พ.ย. ๒๕๖๐ เวลา 14.30 น.' }, 'date', 'date: 2017-11-02T14:30'],
  ['day/month/Buddhist year', { date: 'date: 2/11/2560' }, 'date', 'date: 2017-11-02'],
  ['an ISO date-time with a Buddhist-era year', { date: 'date: 2560-11-02T10:00' }, 'date', 'date: 2017-11-02T10:00'],
  ['an address without https://', { source: 'source: www.mol.go.th/news/1' }, 'source', 'source: https://www.mol.go.th/news/1'],
  ['a title with a colon', { title: 'title: ปลัดแรงงาน: กำชับข้าราชการ' }, 'title', "title: 'ปลัดแรงงาน: กำชับข้าราชการ'"],
  ['a title with a colon and quotes', { title: "title: ปลัดแรงงาน: 'กำชับ'" }, 'title', `title: "ปลัดแรงงาน: 'กำชับ'"`],
])('%s', (_, change, field, fix) => {
  it('gets the line to write, made of what the editor wrote', () => {
    const found = problems(file(change));
    expect(found.map((p) => [p.field, p.fix])).toEqual([[field, fix]]);
  });
});

describe('names that are no slug or code', () => {
  it('lists every ministry a part of a name could be, in Thai and English', () => {
    const [problem] = problems(file({ ministry: 'ministry: สังคม' }));
    expect(problem?.message).toBe(
      '"สังคม" อาจเป็นกระทรวง social-development (กระทรวงการพัฒนาสังคมและความมั่นคงของมนุษย์) หรือ digital-economy (กระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม) ให้เลือกหนึ่ง / "สังคม" could be the ministry social-development (Ministry of Social Development and Human Security) or digital-economy (Ministry of Digital Economy and Society): choose one',
    );
  });

  it('says what an informal name stands for', () => {
    const [problem] = problems(file({ provinces: 'provinces: [อุดร]' }));
    expect(problem?.message).toBe('"อุดร" คือ TH-41 (อุดรธานี) ให้เขียนรหัส / "อุดร" is TH-41 (Udon Thani): write its code');
  });

  it('offers nothing for a name it cannot place, and says where the list is', () => {
    const [problem] = problems(file({ ministry: 'ministry: กระทรวงอวกาศ' }));
    expect(problem).toMatchObject({
      message:
        'ไม่รู้จักกระทรวง "กระทรวงอวกาศ" ดูรายชื่อใน content/ministries.json / unknown ministry "กระทรวงอวกาศ"; see the list in content/ministries.json',
    });
    expect(problem?.fix).toBeUndefined();
  });
});

describe('formatting', () => {
  it('prints file:line:column field: message, then the fix', () => {
    const [problem] = problems(file({ ministry: 'ministry: labor' }));
    expect(formatProblem(problem!)).toBe(
      `${FILE}:4:1 ministry: ไม่รู้จักกระทรวง "labor" หรือหมายถึง labour (กระทรวงแรงงาน) / unknown ministry "labor"; did you mean labour (Ministry of Labour)?\n    แก้เป็น / write instead: ministry: labour`,
    );
  });

  it('reports every problem of a file, not only the first', () => {
    expect(
      problems(file({ ministry: 'ministry: x', date: 'date: soon' }))
        .map((p) => p.field)
        .sort(),
    ).toEqual(['date', 'ministry']);
  });
});
