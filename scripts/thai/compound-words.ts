/**
 * Finds the compound words that ICU's Thai dictionary splits (เดิน|ทาง, เป้า|หมาย, โค|วิด) by
 * how the corpora use them: two adjacent segments that occur together far more often than
 * chance (pointwise mutual information), each often enough with the other. Chromium breaks
 * lines at ICU's boundaries, so these are the words a line can break inside (issue 15).
 */

/** Thai letters, vowels and marks only: a segment of anything else ends a pair. */
const THAI_WORD = /^[\u0E01-\u0E4E]+$/;

export interface CompoundRules {
  /** Times the pair must occur. */
  minCount: number;
  /** log(P(ab) / P(a)P(b)): how much likelier together than apart. */
  minAssociation: number;
  /** The share of each part's occurrences that are in the pair: both must be at least this. */
  minShare: number;
  /** Longer runs could be wider than a phone's line at a large font. */
  maxLength: number;
}

export const COMPOUND_RULES: CompoundRules = { minCount: 100, minAssociation: 4, minShare: 0.1, maxLength: 16 };

/** Counts of segments and of adjacent pairs of Thai segments, fed one text at a time. */
export class PairCounts {
  readonly words = new Map<string, number>();
  readonly pairs = new Map<string, number>();
  total = 0;
  readonly #segmenter = new Intl.Segmenter('th', { granularity: 'word' });

  add(text: string): void {
    let previous: string | undefined;
    for (const { segment } of this.#segmenter.segment(text)) {
      if (!THAI_WORD.test(segment)) {
        previous = undefined;
        continue;
      }
      this.words.set(segment, (this.words.get(segment) ?? 0) + 1);
      this.total++;
      if (previous !== undefined) {
        const pair = `${previous}\t${segment}`;
        this.pairs.set(pair, (this.pairs.get(pair) ?? 0) + 1);
      }
      previous = segment;
    }
  }
}

/** The compounds the counts show, sorted. */
export function compoundWords(counts: PairCounts, rules: CompoundRules = COMPOUND_RULES): string[] {
  const found: string[] = [];
  for (const [pair, count] of counts.pairs) {
    if (count < rules.minCount) continue;
    const [first = '', second = ''] = pair.split('\t');
    const word = first + second;
    if (word.length > rules.maxLength) continue;
    const firstCount = counts.words.get(first) ?? count;
    const secondCount = counts.words.get(second) ?? count;
    const association = Math.log((count * counts.total) / (firstCount * secondCount));
    if (association < rules.minAssociation) continue;
    if (count / firstCount < rules.minShare || count / secondCount < rules.minShare) continue;
    found.push(word);
  }
  return [...new Set(found)].sort();
}
