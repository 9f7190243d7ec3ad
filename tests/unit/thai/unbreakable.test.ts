import { describe, expect, it } from 'vitest';
import { keepTogether, UNBREAKABLE_NAMES, unbreakableRuns } from '@/thai/unbreakable.ts';

const runsOf = (text: string): string[] => unbreakableRuns(text).map(([start, end]) => text.slice(start, end));
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
    expect(marked('นางสาวสมศรี ตรวจโควิด-19')).toBe('[นางสาว]สมศรี ตรวจ[โควิด-19]');
    expect(marked('รัฐมนตรีว่าการกระทรวงสาธารณสุข')).toBe('รัฐมนตรีว่าการกระทรวง[สาธารณสุข]');
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

  it('holds no English part of a former name, which would set words of URLs apart', () => {
    expect(UNBREAKABLE_NAMES.filter((name) => /[a-z]/i.test(name))).toEqual([]);
    expect(marked('https://example.org/list_of_retail')).toBe('https://example.org/list_of_retail');
  });
});
