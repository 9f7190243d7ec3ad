import { describe, expect, it } from 'vitest';
import { keepTogether, UNBREAKABLE_NAMES, unbreakableRuns } from '@/thai/unbreakable.ts';

const runsOf = (text: string): string[] => unbreakableRuns(text).map(([start, end]) => text.slice(start, end));

describe('keepTogether', () => {
  it.each([
    ['ประกาศเมื่อ พ.ศ. 2564 เวลา 13.00 น. ที่ทำเนียบ', 'ประกาศเมื่อ พ.ศ.\u00a02564 เวลา 13.00\u00a0น. ที่ทำเนียบ'],
    ['ค.ศ. 2021 และ ๙.๓๐ น.', 'ค.ศ.\u00a02021 และ ๙.๓๐\u00a0น.'],
    ['เวลา 9:30 น. ตรง', 'เวลา 9:30\u00a0น. ตรง'],
  ])('joins the year to its era and the time to น.: %s', (text, expected) => {
    expect(keepTogether(text)).toBe(expected);
  });

  it('leaves other spaces and numbers alone', () => {
    expect(keepTogether('จำนวน 2564 คน เมื่อ พ.ศ.นี้')).toBe('จำนวน 2564 คน เมื่อ พ.ศ.นี้');
  });

  it('joins the letters of a name, or its words in a link, and the letters of a term, not the parts of a long name', () => {
    const letters = new Intl.Segmenter('th', { granularity: 'grapheme' });
    const joined = (text: string): string => [...letters.segment(text)].map((l) => l.segment).join('\u2060');
    expect(keepTogether('นางสาวสมศรี ตรวจโควิด-19')).toBe(`${joined('นางสาว')}สมศรี ตรวจ${joined('โควิด-19')}`);
    expect(keepTogether('กระทรวงการต่างประเทศ')).toBe(`กระทรวง${joined('การต่างประเทศ')}`);
    expect(keepTogether('กระทรวงการต่างประเทศ', 'words')).toBe('กระทรวงการ\u2060ต่าง\u2060ประเทศ');
    expect(keepTogether('ปลัดแรงงาน', 'words')).toBe('ปลัดแรงงาน');
    expect(keepTogether('ตรวจโควิด-19', 'words')).toBe(`ตรวจ${joined('โควิด-19')}`);
    expect(keepTogether('วัคซีนโควิด 19')).toBe(`วัคซีน${joined('โควิด')} 19`);
  });
});

describe('unbreakableRuns', () => {
  it('finds years, times, the parts of names and terms, the longest first', () => {
    expect(runsOf('กระทรวงสาธารณสุขแถลงสถานการณ์โควิด-19 ในจังหวัดนครศรีธรรมราช 13.00\u00a0น.')).toEqual([
      'สาธารณสุข',
      'โควิด-19',
      'นครศรีธรรมราช',
      '13.00\u00a0น.',
    ]);
  });

  it('knows every ministry and province of the registries', () => {
    expect(UNBREAKABLE_NAMES).toContain('การพัฒนาสังคม');
    expect(UNBREAKABLE_NAMES).toContain('และความมั่นคงของมนุษย์');
    expect(UNBREAKABLE_NAMES).toContain('แม่ฮ่องสอน');
    expect(UNBREAKABLE_NAMES.length).toBeGreaterThan(90);
  });

  it('holds no English part of a former name, which would join letters in URLs', () => {
    expect(UNBREAKABLE_NAMES.filter((name) => /[a-z]/i.test(name))).toEqual([]);
    expect(keepTogether('https://example.org/list_of_retail')).toBe('https://example.org/list_of_retail');
  });

  it('finds a name that keepTogether joined', () => {
    expect(runsOf(keepTogether('ที่กระทรวงการต่างประเทศ')).map((run) => run.replaceAll('\u2060', ''))).toEqual(['การต่างประเทศ']);
  });
});
