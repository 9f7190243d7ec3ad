import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { frontCode, frontDecode } from '@/search/common/front-coding.ts';

describe('front-coded sorted words', () => {
  it('gives back the very words, Thai, digits, emoji and all', () => {
    const words = ['0', '00', '0006', 'ความ', 'ความร่วมมือ', 'ความร่วมใจ', 'ความ😀', 'ความ😁', 'ไทย'];
    expect(frontDecode(frontCode(words))).toEqual(words);
  });

  it('is much smaller than a JSON array of neighbours that share their start', () => {
    const words = ['คลัง', 'ต่างประเทศ', 'ท่องเที่ยวและกีฬา', 'พัฒนาสังคม', 'อุดมศึกษา'].map((name) => `กระทรวงการ${name}`).sort();
    expect(Buffer.byteLength(frontCode(words))).toBeLessThan(Buffer.byteLength(JSON.stringify(words)) * 0.6);
  });

  it('round-trips any list of words without line breaks', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: 'grapheme' }).filter((word) => !word.includes('\n'))), (words) => {
        expect(frontDecode(frontCode(words))).toEqual(words);
      }),
    );
  });

  it('refuses a word it could not give back', () => {
    expect(() => frontCode(['a\nb'])).toThrow(/line break/);
  });

  it('codes no words as nothing', () => {
    expect(frontDecode(frontCode([]))).toEqual([]);
  });
});
