import { describe, expect, it, vi } from 'vitest';
import { validateRelease } from '@/release/validate.ts';
import { findDuplicateReleases } from '@/release/duplicates.ts';
import { formatProblem } from '@/release/problems.ts';
import { releaseFrontMatterSchema } from '@/release/schema.ts';
import { provinces } from '@/release/registries.ts';

const FILE = 'content/releases/2017/11/2017-11-02-7766.md';

function release(fields: string, body = 'เนื้อข่าว'): string {
  return `---\n${fields}\n---\n${body}\n`;
}

const VALID = [
  'title: ปลัดแรงงานกำชับข้าราชการ',
  'date: 2017-11-02',
  'ministry: labour',
  'provinces: [TH-80, TH-81]',
  'source: http://www.thaigov.go.th/news/contents/details/7766',
].join('\n');

function problemsOf(text: string, file = FILE) {
  const result = validateRelease(file, text);
  if (result.ok) throw new Error('expected problems');
  return result.problems;
}

describe('a valid release', () => {
  it('gives its metadata, with the date in Bangkok time and an excerpt', () => {
    const result = validateRelease(FILE, release(VALID, 'นายจรินทร์ จักกะพาก ปลัดกระทรวงแรงงาน'));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.release).toMatchObject({
      slug: '2017-11-02-7766',
      ministry: 'labour',
      provinces: ['TH-80', 'TH-81'],
      draft: false,
      excerpt: 'นายจรินทร์ จักกะพาก ปลัดกระทรวงแรงงาน',
      filePath: FILE,
    });
    expect(result.release.date.toISOString()).toBe('2017-11-01T17:00:00.000Z');
  });

  it('is Thai unless lang says en', () => {
    const thai = validateRelease(FILE, release(VALID));
    const english = validateRelease(FILE, release(`${VALID}\nlang: en`, 'The Prime Minister said'));
    expect(thai.ok && thai.release.lang).toBe(undefined);
    expect(english.ok && english.release.lang).toBe('en');
    expect(validateRelease(FILE, release(`${VALID}\nlang: th`)).ok).toBe(true);
  });

  it("holds the front matter's fields but the importer's digest, and lang only when not Thai", () => {
    const result = validateRelease(
      FILE,
      release(`${VALID}\nsummary: สรุปข่าว\noffice: กองเผยแพร่\nlang: th\nimported: sha256:0123456789abcdef`),
    );
    expect(result.ok && Object.keys(result.release).sort()).toEqual([
      'date',
      'draft',
      'excerpt',
      'filePath',
      'gallery',
      'ministry',
      'nationwide',
      'office',
      'provinces',
      'slug',
      'source',
      'summary',
      'title',
      'updates',
    ]);
  });

  it('holds the sources its body links to, by their keys, for links to other releases of the archive', () => {
    const body = 'อ่านเพิ่มเติม คลิก >> https://www.thaigov.go.th/news/contents/details/74827';
    const result = validateRelease(FILE, release(VALID, body));
    expect(result.ok && result.release.linkedSources).toEqual(['thaigov.go.th/news/contents/details/74827']);
  });

  it('names the languages when lang is another, in Thai and English', () => {
    const [problem] = problemsOf(release(`${VALID}\nlang: English`));
    expect(problem).toMatchObject({ field: 'lang', line: 7, fix: 'lang: en' });
    expect(problem!.message).toBe(
      'lang ต้องเป็น th (ภาษาไทย) หรือ en (ภาษาอังกฤษ) / lang must be th (Thai) or en (English), got "English"',
    );
    expect(problemsOf(release(`${VALID}\nlang: fr`))[0]!.fix).toBe(
      'lang: en สำหรับข่าวภาษาอังกฤษ ข่าวภาษาไทยให้ลบบรรทัดนี้ / lang: en for a release in English; for Thai, delete the line',
    );
  });
});

describe('validation rules beyond the schema', () => {
  it('a release dated later is scheduled, not refused: a notice says when it will appear, in Thai and English', () => {
    const now = new Date('2026-11-23T18:00:00Z'); // already 24 November in Bangkok
    const result = validateRelease(
      'content/releases/2026/11/2026-11-25-x.md',
      release(VALID.replace('date: 2017-11-02', 'date: 2026-11-25T10:30')),
      { now },
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.warnings).toEqual([
      {
        file: 'content/releases/2026/11/2026-11-25-x.md',
        line: 3,
        column: 1,
        field: 'date',
        severity: 'notice',
        message:
          'ตั้งเวลาไว้ จะเผยแพร่ วันที่ 25 พฤศจิกายน 2569 เวลา 10:30 น. (เวลากรุงเทพฯ) ในการสร้างเว็บไซต์รอบแรกหลังเวลานั้น / scheduled: it will be published on 25 November 2026 at 10:30 Bangkok time, with the first build after then (the site rebuilds every hour); until then it is left out of the site',
      },
    ]);
    // At its time, or with no time to compare with, it is an ordinary release.
    const at = validateRelease(result.release.filePath, release(VALID.replace('date: 2017-11-02', 'date: 2026-11-25T10:30')), {
      now: new Date('2026-11-25T03:30:00Z'),
    });
    expect(at.ok && at.warnings).toEqual([]);
  });

  it('a draft may carry any date, and gets no notice', () => {
    const result = validateRelease(
      'content/releases/2099/01/2099-01-01-x.md',
      release(VALID.replace('date: 2017-11-02', 'date: 2099-01-01').concat('\ndraft: true')),
      { now: new Date('2026-11-23T00:00:00Z') },
    );
    expect(result.ok && result.warnings).toEqual([]);
  });

  it('updates are listed newest first, and the newest is the last update', () => {
    const result = validateRelease(
      FILE,
      release(
        `${VALID}\nupdates:\n  - { date: 2017-11-03T10:00, note: แก้ไขตัวเลขงบประมาณ }\n  - date: 2017-11-05\n    note: เพิ่มรายชื่อจังหวัด`,
      ),
      { now: new Date('2026-11-23T00:00:00Z') },
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.release.updates).toEqual([
      { date: new Date('2017-11-05T00:00:00+07:00'), note: 'เพิ่มรายชื่อจังหวัด' },
      { date: new Date('2017-11-03T10:00:00+07:00'), note: 'แก้ไขตัวเลขงบประมาณ' },
    ]);
    expect(result.release.updated).toEqual(new Date('2017-11-05T00:00:00+07:00'));
  });

  it('an old file with a bare updated: date stays valid, with no updates', () => {
    const result = validateRelease(FILE, release(`${VALID}\nupdated: 2017-11-03`));
    expect(result.ok && [result.release.updated, result.release.updates]).toEqual([new Date('2017-11-03T00:00:00+07:00'), []]);
  });

  it('raw HTML that the page would drop is pointed at, line and column', () => {
    const problems = problemsOf(release(VALID, 'ย่อหน้าแรก\n\nมี <b>ตัวหนา</b> ในข้อความ'));
    expect(problems).toEqual([
      {
        file: FILE,
        line: 10,
        column: 4,
        message: 'มี HTML ที่จะถูกตัดออกจากหน้าเว็บ / raw HTML "<b>" will be removed from the page',
        fix: 'เขียนเป็น Markdown (**ตัวหนา**, [ข้อความ](https://…)) หรือใส่ \\ หน้า < เพื่อแสดงเป็นข้อความ / write it in Markdown (**bold**, [text](https://…)), or put a backslash before < to show it as text: \\<',
      },
      expect.objectContaining({ line: 10, message: expect.stringContaining('"</b>"') }),
    ]);
  });

  it('a body over 1 MB is published with a warning', () => {
    const result = validateRelease(FILE, release(VALID, 'ข่าว '.repeat(100_000)));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.warnings).toEqual([
      {
        file: FILE,
        line: 8,
        column: 1,
        severity: 'warning',
        message:
          'เนื้อข่าวยาวเกิน 1 MB / the body is 1.3 MB: pages and search get slow over 1 MB, and over 5 MB a release is refused',
        fix: 'แบ่งเป็นหลายข่าว หรือคงภาคผนวกและตารางยาวไว้ที่เว็บไซต์ต้นฉบับแล้วใส่ลิงก์ / split it into several releases, or leave long annexes and tables on the source site and link to them',
      },
    ]);
    expect(formatProblem(result.warnings[0]!)).toMatch(
      /^content\/releases\/2017\/11\/2017-11-02-7766\.md:8:1 คำเตือน \/ warning: เนื้อข่าวยาวเกิน 1 MB/,
    );
    const small = validateRelease(FILE, release(VALID));
    expect(small.ok && small.warnings).toEqual([]);
  });

  it('a list of more than 20 provinces gets a warning that suggests nationwide: true', () => {
    const codes = (n: number): string =>
      provinces
        .slice(0, n)
        .map((p) => p.code)
        .join(', ');
    const long = VALID.replace('provinces: [TH-80, TH-81]', `provinces: [${codes(21)}]`);
    const result = validateRelease(FILE, release(long));
    expect(result.ok && result.warnings).toEqual([
      expect.objectContaining({
        line: 5,
        field: 'provinces',
        severity: 'warning',
        message: expect.stringContaining('lists 21 provinces: a release about the whole country says nationwide: true instead'),
        fix: expect.stringContaining('nationwide: true'),
      }),
    ]);
    const marked = validateRelease(FILE, release(`${long}\nnationwide: true`));
    expect(marked.ok && marked.warnings).toEqual([]);
    const twenty = validateRelease(FILE, release(VALID.replace('provinces: [TH-80, TH-81]', `provinces: [${codes(20)}]`)));
    expect(twenty.ok && twenty.warnings).toEqual([]);
  });

  it('a close-call note left beside the ministry it offered gets a warning to delete it; an open one passes quietly', () => {
    const noted = (ministry: string): string =>
      release(VALID.replace('ministry: labour', `ministry: ${ministry} # ควรตรวจ: อาจเป็น labour ลบหมายเหตุนี้เมื่อตรวจแล้ว`));
    const open = validateRelease(FILE, noted('pmo'));
    expect(open.ok && open.warnings).toEqual([]);
    const stale = validateRelease(FILE, noted('labour'));
    expect(stale.ok && stale.warnings).toEqual([
      expect.objectContaining({
        line: 4,
        field: 'ministry',
        severity: 'warning',
        message: expect.stringContaining('the close-call note still asks whether this is labour, which the ministry now is'),
        fix: expect.stringContaining('delete the note'),
      }),
    ]);
  });

  it('a category comes from content/categories.json; a Thai section name gets its slug as the fix', () => {
    const result = validateRelease(FILE, release(`${VALID}\ncategory: economy`));
    expect(result.ok && result.release.category).toBe('economy');
    const [problem] = problemsOf(release(`${VALID}\ncategory: ด้านเศรษฐกิจ`));
    expect(problem).toMatchObject({
      line: 7,
      field: 'category',
      message: expect.stringContaining('"ด้านเศรษฐกิจ" is economy (Economy): write its slug'),
      fix: 'category: economy',
    });
    expect(problemsOf(release(`${VALID}\nnationwide: yes`))[0]).toMatchObject({ field: 'nationwide', fix: 'nationwide: true' });
  });

  it('ordinary nesting is fine: quotes in lists, three list levels, indented code, a rule', () => {
    const body = '> อ้าง\n> > อ้างซ้อน\n\n- หนึ่ง\n  - สอง\n    - สาม\n      1. สี่\n\n- - -\n\n        code';
    expect(validateRelease(FILE, release(VALID, body)).ok).toBe(true);
  });

  it('a < that is not a tag is fine', () => {
    expect(validateRelease(FILE, release(VALID, 'ดอกเบี้ย < 2% และ a<b')).ok).toBe(true);
  });

  it('a published release needs a source; a draft may leave it out', () => {
    const withoutSource = VALID.replace(/\nsource: .*/, '');
    const [problem] = problemsOf(release(withoutSource));
    expect(problem).toEqual({
      file: FILE,
      line: 6,
      column: 1,
      field: 'source',
      message: 'ขาดช่อง source ซึ่งจำเป็นต้องมีเมื่อเผยแพร่ / missing required field source (only a draft may leave it out)',
      fix: 'source: https://… (ลิงก์ข่าวต้นฉบับ / the original release)',
    });
    expect(validateRelease(FILE, release(`${withoutSource}\ndraft: true`)).ok).toBe(true);
  });
});

describe('problems across files', () => {
  it('reports two files with the same slug or source', () => {
    const a = validateRelease(FILE, release(VALID));
    const b = validateRelease('content/releases/2017/11/other.md', release(VALID));
    const c = validateRelease('content/releases/2017/11/2017-11-02-7766.md', release(VALID.replace('7766', '9999')));
    if (!a.ok || !b.ok || !c.ok) throw new Error('fixtures must be valid');
    const problems = findDuplicateReleases([a.release, b.release, c.release]);
    expect(problems.map((p) => p.file)).toEqual([
      'content/releases/2017/11/other.md',
      'content/releases/2017/11/2017-11-02-7766.md',
    ]);
    expect(problems[0]!.message).toContain('same source URL');
    expect(problems[1]!.message).toContain('slug "2017-11-02-7766" is already used');
  });

  it('takes a source spelt otherwise (https, no www., a closing slash) for the same', () => {
    const a = validateRelease(FILE, release(VALID));
    const spelt = VALID.replace(/source: \S+/, 'source: https://thaigov.go.th/news/contents/details/7766/');
    const b = validateRelease('content/releases/2017/11/other.md', release(spelt));
    if (!a.ok || !b.ok) throw new Error('fixtures must be valid');
    expect(a.release.source).not.toBe(b.release.source);
    const problems = findDuplicateReleases([a.release, b.release]);
    expect(problems.map((p) => [p.file, p.field])).toEqual([['content/releases/2017/11/other.md', 'source']]);
  });
});

describe('input no rule foresaw', () => {
  it('is a problem naming the file, never an exception', () => {
    const spy = vi.spyOn(releaseFrontMatterSchema, 'safeParse').mockImplementation(() => {
      throw new RangeError('Maximum call stack size exceeded');
    });
    try {
      expect(validateRelease(FILE, release(VALID))).toEqual({
        ok: false,
        problems: [
          {
            file: FILE,
            line: 1,
            column: 1,
            message: 'ตรวจไฟล์นี้ไม่ได้ / this file cannot be read as a release: Maximum call stack size exceeded',
            fix: "หาข้อความแปลก ๆ ในไฟล์ ถ้าไม่พบ ส่งข้อความนี้พร้อมไฟล์ให้ผู้ดูแลเว็บไซต์ / look for unusual text in the file; if none, report this message with the file to the site's maintainers",
          },
        ],
      });
    } finally {
      spy.mockRestore();
    }
  });
});
