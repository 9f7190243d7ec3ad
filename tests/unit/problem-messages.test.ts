/** One case per kind of problem an editor can make, with the exact message and fix. */
import { describe, expect, it } from 'vitest';
import { validateRelease } from '../../src/lib/validate-release.ts';
import { formatProblem, type ReleaseProblem } from '../../src/lib/schema/problems.ts';

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
  const lines = Object.entries({ ...FIELDS, ...change }).filter(([, v]) => v !== null && v !== undefined).map(([, v]) => v);
  return `---\n${lines.join('\n')}\n---\n${body}\n`;
}

function problems(text: string, path = FILE): ReleaseProblem[] {
  const result = validateRelease(path, text, { now: NOW });
  return result.ok ? [] : result.problems;
}

const UNKNOWN_MINISTRY = 'use a slug from content/ministries.json';
const UNKNOWN_PROVINCE = 'use an ISO 3166-2:TH code from content/provinces.json';

describe.each<{ kind: string; text: string; path?: string; expected: Omit<ReleaseProblem, 'file'> }>([
  {
    kind: 'unknown ministry (typo)', text: file({ ministry: 'ministry: labor' }),
    expected: { line: 4, column: 1, field: 'ministry', message: `ไม่รู้จักกระทรวง "labor" / unknown ministry "labor"; ${UNKNOWN_MINISTRY}`, fix: 'labour' },
  },
  {
    kind: 'unknown ministry (Thai name)', text: file({ ministry: 'ministry: กระทรวงสาธารณสุข' }),
    expected: { line: 4, column: 1, field: 'ministry', message: `ไม่รู้จักกระทรวง "กระทรวงสาธารณสุข" / unknown ministry "กระทรวงสาธารณสุข"; ${UNKNOWN_MINISTRY}`, fix: 'public-health' },
  },
  {
    kind: 'unknown ministry (former name)', text: file({ ministry: 'ministry: กระทรวงเทคโนโลยีสารสนเทศและการสื่อสาร' }),
    expected: { line: 4, column: 1, field: 'ministry', message: `ไม่รู้จักกระทรวง "กระทรวงเทคโนโลยีสารสนเทศและการสื่อสาร" / unknown ministry "กระทรวงเทคโนโลยีสารสนเทศและการสื่อสาร"; ${UNKNOWN_MINISTRY}`, fix: 'digital-economy' },
  },
  {
    kind: 'unknown province (Thai name)', text: file({ provinces: 'provinces: [TH-80, เชียงใหม่]' }),
    expected: { line: 5, column: 20, field: 'provinces.1', message: `ไม่รู้จักจังหวัด "เชียงใหม่" / unknown province "เชียงใหม่"; ${UNKNOWN_PROVINCE}`, fix: 'TH-50' },
  },
  {
    kind: 'unknown province (alias)', text: file({ provinces: 'provinces: [โคราช]' }),
    expected: { line: 5, column: 13, field: 'provinces.0', message: `ไม่รู้จักจังหวัด "โคราช" / unknown province "โคราช"; ${UNKNOWN_PROVINCE}`, fix: 'TH-30' },
  },
  {
    kind: 'unknown province (English name)', text: file({ provinces: 'provinces: [Chiang Rai]' }),
    expected: { line: 5, column: 13, field: 'provinces.0', message: `ไม่รู้จักจังหวัด "Chiang Rai" / unknown province "Chiang Rai"; ${UNKNOWN_PROVINCE}`, fix: 'TH-57' },
  },
  {
    kind: 'provinces not a list', text: file({ provinces: 'provinces: TH-80' }),
    expected: { line: 5, column: 1, field: 'provinces', message: 'provinces ต้องเป็นรายการ / provinces must be a list', fix: 'provinces: [TH-50, TH-10]' },
  },
  {
    kind: 'Buddhist-era year', text: file({ date: 'date: 2560-11-02' }),
    expected: { line: 3, column: 1, field: 'date', message: 'ปีใน date ดูเหมือนเป็นพุทธศักราช / the year in date looks Buddhist-era ("2560-11-02"); write the Gregorian year', fix: 'date: 2017-11-02' },
  },
  {
    kind: 'impossible date', text: file({ date: 'date: 2017-02-30' }),
    expected: { line: 3, column: 1, field: 'date', message: 'date ไม่ใช่วันที่ที่ถูกต้อง / date is not a valid ISO date, got "2017-02-30"', fix: 'date: 2017-11-02' },
  },
  {
    kind: 'date in the future', path: 'content/releases/2026/12/2026-12-01-x.md', text: file({ date: 'date: 2026-12-01' }),
    expected: { line: 3, column: 1, message: 'วันที่อยู่ในอนาคต / the date 2026-12-01 is in the future (today is 2026-11-23 in Bangkok)', fix: 'date: 2026-11-23 — or keep draft: true until the release may be published' },
  },
  {
    kind: 'missing title', text: file({ title: null }),
    expected: { line: 6, column: 1, field: 'title', message: 'ขาดช่อง title ซึ่งจำเป็นต้องมี / missing required field title', fix: 'title: "หัวข้อข่าว"' },
  },
  {
    kind: 'missing date', text: file({ date: null }),
    expected: { line: 6, column: 1, field: 'date', message: 'ขาดช่อง date ซึ่งจำเป็นต้องมี / missing required field date', fix: 'date: 2017-11-02' },
  },
  {
    kind: 'missing ministry', text: file({ ministry: null }),
    expected: { line: 6, column: 1, field: 'ministry', message: 'ขาดช่อง ministry ซึ่งจำเป็นต้องมี / missing required field ministry', fix: 'ministry: labour' },
  },
  {
    kind: 'missing source', text: file({ source: null }),
    expected: { line: 6, column: 1, field: 'source', message: 'ขาดช่อง source ซึ่งจำเป็นต้องมีเมื่อเผยแพร่ / missing required field source (only a draft may leave it out)', fix: 'source: https://www.thaigov.go.th/news/contents/details/7766' },
  },
  {
    kind: 'source that is not http(s)', text: file({ source: 'source: javascript:alert(1)' }),
    expected: { line: 6, column: 1, field: 'source', message: 'ที่มาต้องเป็นลิงก์ http หรือ https / source must be an http(s) URL, got "javascript:alert(1)"', fix: 'source: https://www.thaigov.go.th/news/contents/details/7766' },
  },
  {
    kind: 'empty title', text: file({ title: 'title: ""' }),
    expected: { line: 2, column: 1, field: 'title', message: 'title ต้องเป็นข้อความที่ไม่ว่าง / title must be non-empty text, got ""', fix: 'title: "…"' },
  },
  {
    kind: 'misspelt field', text: file({ extra: 'sumary: สรุป' }),
    expected: { line: 7, column: 1, message: 'ไม่รู้จักช่อง sumary / unknown field sumary; fields are title, date, ministry, provinces, source, summary, updated, office, lang, imported, draft', fix: 'summary' },
  },
  {
    kind: 'draft that is not true/false', text: file({ extra: 'draft: yes' }),
    expected: { line: 7, column: 1, field: 'draft', message: 'draft ต้องเป็น true หรือ false / draft must be true or false, got "yes"', fix: 'draft: true' },
  },
  {
    kind: 'YAML that does not parse', text: file({ extra: 'office: "unclosed' }),
    expected: { line: 7, column: 18, message: 'YAML อ่านไม่ได้ / YAML does not parse: Missing closing "quote' },
  },
  {
    kind: 'empty body', text: file({}, ''),
    expected: { line: 8, column: 1, message: 'เนื้อข่าวว่าง / the release has no body text', fix: 'write the release text below the closing ---' },
  },
  {
    kind: 'raw HTML', text: file({}, 'ย่อหน้า <iframe src="x"></iframe>'),
    expected: { line: 8, column: 9, message: 'มี HTML ที่จะถูกตัดออกจากหน้าเว็บ / raw HTML "<iframe src=\\"x\\">" will be removed from the page', fix: 'write it in Markdown (**bold**, [text](https://…)), or put a backslash before < to show it as text: \\<' },
  },
  {
    kind: 'folder that does not match the date', path: 'content/releases/2018/01/2017-11-02-7766.md', text: file(),
    expected: { line: 3, column: 1, message: 'โฟลเดอร์ไม่ตรงกับวันที่ / the folder 2018/01 does not match the date 2017-11', fix: 'move the file to content/releases/2017/11/2017-11-02-7766.md' },
  },
  {
    kind: 'file name with capitals or Thai', path: 'content/releases/2017/11/ข่าว-Labour.md', text: file(),
    expected: { line: 1, column: 1, message: 'ชื่อไฟล์ต้องเป็นตัวอักษรละตินพิมพ์เล็ก ตัวเลข และขีด / file name must be lower-case latin letters, digits and hyphens: "ข่าว-Labour.md"', fix: 'labour.md' },
  },
  {
    kind: 'no front matter', text: 'เนื้อข่าวอย่างเดียว\n',
    expected: { line: 1, column: 1, message: 'ไม่มีส่วนหัว (front matter) / the file has no front matter block between --- lines', fix: '---\\ntitle: …\\n---' },
  },
])('$kind', ({ text, path, expected }) => {
  it('is reported with the exact message and fix', () => {
    const found = problems(text, path);
    expect(found[0]).toEqual({ file: path ?? FILE, ...expected });
  });
});

describe('formatting', () => {
  it('prints file:line:column field: message, then the fix', () => {
    const [problem] = problems(file({ ministry: 'ministry: labor' }));
    expect(formatProblem(problem!)).toBe(`${FILE}:4:1 ministry: ไม่รู้จักกระทรวง "labor" / unknown ministry "labor"; ${UNKNOWN_MINISTRY}\n    แก้เป็น / write instead: labour`);
  });

  it('reports every problem of a file, not only the first', () => {
    expect(problems(file({ ministry: 'ministry: x', date: 'date: soon' })).map((p) => p.field).sort()).toEqual(['date', 'ministry']);
  });
});
