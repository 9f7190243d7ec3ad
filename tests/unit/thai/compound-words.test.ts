import { describe, expect, it } from 'vitest';
import { compoundWords, NeighbourCounts, PairCounts, wholeWords } from '../../../scripts/thai/compound-words.ts';

const RULES = { minCount: 3, minAssociation: 1, minShare: 0.1, maxLength: 16 };

describe('compoundWords', () => {
  it('finds a pair ICU splits that the text uses as one word, not a free combination of common words', () => {
    const counts = new PairCounts();
    // เดิน|ทาง always together; ที่ and จะ common, and together only now and then.
    for (const after of ['มา', 'ไป', 'ไกล', 'กลับ', 'ต่อ']) counts.add(`เดินทาง${after}`);
    for (let i = 0; i < 40; i++) counts.add('ที่ จะ ');
    for (let i = 0; i < 8; i++) counts.add('ที่จะ');
    const found = compoundWords(counts, RULES);
    expect(found).toContain('เดินทาง');
    expect(found).not.toContain('ที่จะ');
  });

  it('keeps out pairs that are too rare or too long for a phone line, and anything not Thai', () => {
    const counts = new PairCounts();
    counts.add('เดินทาง เดินทาง');
    counts.add('COVID-19 COVID-19 COVID-19 COVID-19');
    const loose = { ...RULES, minAssociation: 0 };
    expect(compoundWords(counts, loose)).toEqual([]);
    expect(compoundWords(counts, { ...loose, minCount: 2, maxLength: 5 })).toEqual([]);
    expect(compoundWords(counts, { ...loose, minCount: 2 })).toEqual(['เดินทาง']);
  });
});

describe('wholeWords', () => {
  it('takes in the segment a pair is nearly always next to, where ICU splits a word in three', () => {
    // ICU: ผลก|ระ|ทบ, so the pair ผลก|ระ is found but the line could still break before ทบ.
    const neighbours = new NeighbourCounts(['ผลกระ', 'เดินทาง']);
    for (const before of ['ได้รับ', 'ลด', 'มี', 'ถึง', 'ไม่มี']) for (let i = 0; i < 4; i++) neighbours.add(`${before}ผลกระทบ`);
    for (const after of ['มา', 'ไป', 'กลับ', 'ต่อ', 'ไกล']) neighbours.add(`เดินทาง${after}`);
    expect(wholeWords(['ผลกระ', 'เดินทาง'], neighbours)).toEqual(['ผลกระ', 'ผลกระทบ', 'เดินทาง']);
    // Too long for a phone's line at a large font, a pair is not extended.
    expect(wholeWords(['ผลกระ', 'เดินทาง'], neighbours, { ...RULES, maxLength: 6 })).toEqual(['ผลกระ', 'เดินทาง']);
  });

  it('takes in what nearly always comes before, and nothing across a space', () => {
    const neighbours = new NeighbourCounts(['คิดเห็น']);
    for (const after of ['ได้', 'ของ', 'ว่า', 'และ', 'ที่']) neighbours.add(`แสดงความคิดเห็น${after}`);
    expect(wholeWords(['คิดเห็น'], neighbours)).toEqual(['ความคิดเห็น', 'คิดเห็น']);
    const spaced = new NeighbourCounts(['คิดเห็น']);
    for (const after of ['ได้', 'ของ', 'ว่า', 'และ', 'ที่']) spaced.add(`ความ คิดเห็น${after}`);
    expect(wholeWords(['คิดเห็น'], spaced)).toEqual(['คิดเห็น']);
  });
});
