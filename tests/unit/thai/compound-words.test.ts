import { describe, expect, it } from 'vitest';
import { compoundWords, PairCounts } from '../../../scripts/thai/compound-words.ts';

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
