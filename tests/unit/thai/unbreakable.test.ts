import { describe, expect, it } from 'vitest';
import { keepTogether, UNBREAKABLE_NAMES, unbreakableRuns } from '@/thai/unbreakable.ts';

const runsOf = (text: string): string[] =>
  unbreakableRuns(text).map(({ start, end, kind }) => `${kind}:${text.slice(start, end)}`);
/** keepTogether's parts, each name in [brackets]. */
const marked = (text: string): string =>
  keepTogether(text)
    .map((p) => (p.nowrap ? `[${p.text}]` : p.text))
    .join('');

describe('keepTogether', () => {
  it.each([
    ['ประกาศเมื่อ พ.ศ. 2564 เวลา 13.00 น. ที่ทำเนียบ', 'ประกาศเมื่อ พ.ศ.\u00a02564 เวลา 13.00\u00a0น. ที่ทำเนียบ'],
    ['ค.ศ. 2021 และ ๙.๓๐ น.', 'ค.ศ.\u00a02021 และ ๙.๓๐\u00a0น.'],
    ['เวลา 9:30 น. ตรง', 'เวลา 9:30\u00a0น. ตรง'],
  ])('joins the year to its era and the time to น. with a no-break space: %s', (text, expected) => {
    expect(keepTogether(text)).toEqual([{ text: expected, nowrap: false }]);
  });

  it('leaves other spaces and numbers alone', () => {
    expect(keepTogether('จำนวน 2564 คน เมื่อ พ.ศ.นี้')).toEqual([{ text: 'จำนวน 2564 คน เมื่อ พ.ศ.นี้', nowrap: false }]);
    expect(keepTogether('')).toEqual([{ text: '', nowrap: false }]);
  });

  it('sets each name and term apart, with no word joiner, and the parts of a long name apart', () => {
    expect(marked('ผู้ติดเชื้อโควิด-19 รายใหม่')).toBe('ผู้[ติดเชื้อ][โควิด-19] รายใหม่');
    expect(marked('ผู้ว่าราชการจังหวัดเชียงใหม่')).toBe('ผู้ว่าราชการจังหวัด[เชียงใหม่]');
    expect(marked('กระทรวงการพัฒนาสังคมและความมั่นคงของมนุษย์')).toBe('กระทรวง[การพัฒนาสังคม][และความมั่นคงของมนุษย์]');
    expect(marked('วัคซีนโควิด 19 เวลา 13.00 น.')).toBe('วัคซีน[โควิด] 19 เวลา 13.00\u00a0น.');
    expect(
      keepTogether('ที่กระทรวงการต่างประเทศ')
        .map((p) => p.text)
        .join(''),
    ).toBe('ที่กระทรวงการต่างประเทศ');
    expect(keepTogether('ที่กระทรวงการต่างประเทศ').some((p) => p.text.includes('\u2060'))).toBe(false);
  });
});

describe('unbreakableRuns', () => {
  it('finds years, times, the parts of names and words, the longest first', () => {
    expect(runsOf('ที่กระทรวงการต่างประเทศแถลงสถานการณ์โควิด-19 ในจังหวัดนครศรีธรรมราช 13.00\u00a0น.')).toEqual([
      'name:การต่างประเทศ',
      'word:โควิด-19',
      'name:นครศรีธรรมราช',
      'unit:13.00\u00a0น.',
    ]);
  });

  it('keeps the compounds ICU splits, which readers saw broken (เดิน|ทาง, ต่าง|ประเทศ, ปฏิบัติ|งาน, เป้า|หมาย)', () => {
    expect(marked('เดินทางไปต่างประเทศเพื่อปฏิบัติงานตามเป้าหมาย')).toBe('[เดินทาง]ไป[ต่างประเทศ]เพื่อ[ปฏิบัติงาน]ตาม[เป้าหมาย]');
  });

  it('keeps whole a word ICU splits in three (ผลก|ระ|ทบ, การเต|รี|ยม), not only two of its pieces', () => {
    expect(marked('ได้รับผลกระทบจากการเตรียมงาน')).toContain('[ผลกระทบ]');
    expect(marked('ได้รับผลกระทบจากการเตรียมงาน')).toContain('[การเตรียม]');
  });

  it('matches at word boundaries only, the longest from the left: แพร่ in เผยแพร่ is no province', () => {
    expect(runsOf('เผยแพร่ข่าวการแพร่ระบาดในจังหวัดแพร่')).toEqual(['word:เผยแพร่', 'word:การแพร่ระบาด', 'name:แพร่']);
    expect(runsOf('โรคแพร่ระบาดในจังหวัดแพร่')).toEqual(['word:แพร่ระบาด', 'name:แพร่']);
  });

  it("keeps each part of a person's name whole, title with the given name, and the surname", () => {
    expect(marked('นายอนุทิน ชาญวีรกูล กล่าวว่า')).toBe('[นายอนุทิน] [ชาญวีรกูล] กล่าวว่า');
    expect(marked('นายกรัฐมนตรี พลเอก ประยุทธ์ จันทร์โอชา กล่าว')).toBe('[นายกรัฐมนตรี] [พลเอก ประยุทธ์] [จันทร์โอชา] กล่าว');
    expect(runsOf('พล.ต.อ. วิสนุ ปราสาททองโอสถ และ ดร.นลินี ทวิสิน')).toEqual([
      'name:พล.ต.อ. วิสนุ',
      'name:ปราสาททองโอสถ',
      'name:ดร.นลินี',
      'name:ทวิสิน',
    ]);
  });

  it('takes no word that begins with a title for a name', () => {
    expect(runsOf('นายกรัฐมนตรี นายจ้าง ลูกจ้าง นายอำเภอ เมือง').filter((run) => run.startsWith('name:'))).toEqual([]);
  });

  it('reads the dot of an abbreviated title as a dot: มูลนิธิ is no ม.ล., ศิริพล no ศ.', () => {
    expect(runsOf('มูลนิธิชัยพัฒนา ศิริพล เกษม').filter((run) => run.startsWith('name:'))).toEqual([]);
    expect(runsOf('ม.ล.ศิริเฉลิม สวัสดิวัตน์').filter((run) => run.startsWith('name:'))).toEqual(['name:ม.ล.ศิริเฉลิม', 'name:สวัสดิวัตน์']);
  });

  it('knows every ministry and province of the registries', () => {
    expect(UNBREAKABLE_NAMES).toContain('การพัฒนาสังคม');
    expect(UNBREAKABLE_NAMES).toContain('และความมั่นคงของมนุษย์');
    expect(UNBREAKABLE_NAMES).toContain('แม่ฮ่องสอน');
    expect(UNBREAKABLE_NAMES.length).toBeGreaterThan(90);
  });

  it('holds no English part of a former name, which would set words of URLs apart', () => {
    expect(UNBREAKABLE_NAMES.filter((name) => /[a-z]/i.test(name))).toEqual([]);
    expect(marked('https://example.org/list_of_retail')).toBe('https://example.org/list_of_retail');
  });
});
