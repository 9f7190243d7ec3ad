/**
 * Finds the compound words that ICU's Thai dictionary splits (เดิน|ทาง, เป้า|หมาย, โค|วิด) by
 * how the corpora use them: two adjacent segments that occur together far more often than
 * chance (pointwise mutual information), each often enough with the other. Chromium breaks
 * lines at ICU's boundaries, so these are the words a line can break inside (issue 15).
 * ICU splits some words in three (ผลก|ระ|ทบ, การเต|รี|ยม): a pair found is then only part of a
 * word, and kept whole it leaves the line to break at the word's other split. A pair that is
 * nearly always followed (or preceded) by the same segment also gives the word with that segment.
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

/** The share of a pair's occurrences one segment must follow (or precede) to give the word with it too. */
export const PART_OF_WORD_SHARE = 0.9;

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

/** Each word's counts of the Thai segment after and before it ('' for anything else or nothing). */
interface Neighbours {
  occurrences: number;
  after: Map<string, number>;
  before: Map<string, number>;
}

/** What comes right before and after each of some two-segment words, fed the texts again. */
export class NeighbourCounts {
  readonly #words: Map<string, Neighbours>;
  readonly #segmenter = new Intl.Segmenter('th', { granularity: 'word' });

  constructor(words: readonly string[]) {
    this.#words = new Map(words.map((word) => [word, { occurrences: 0, after: new Map(), before: new Map() }]));
  }

  add(text: string): void {
    const segments = [...this.#segmenter.segment(text)].map(({ segment }) => segment);
    const thai = (i: number): string => (THAI_WORD.test(segments[i] ?? '') ? segments[i]! : '');
    for (let i = 0; i + 1 < segments.length; i++) {
      const counts = this.#words.get(segments[i]! + segments[i + 1]!);
      if (!counts || !thai(i) || !thai(i + 1)) continue;
      counts.occurrences++;
      for (const [map, neighbour] of [
        [counts.after, thai(i + 2)],
        [counts.before, thai(i - 1)],
      ] as const)
        map.set(neighbour, (map.get(neighbour) ?? 0) + 1);
    }
  }

  /** The segment nearly always after (or before) `word`, if there is one. */
  partner(word: string, side: 'after' | 'before', share = PART_OF_WORD_SHARE): string | undefined {
    const counts = this.#words.get(word);
    if (!counts) return undefined;
    for (const [neighbour, count] of counts[side]) if (neighbour !== '' && count >= share * counts.occurrences) return neighbour;
    return undefined;
  }
}

/**
 * The pairs, and beside each the word it is nearly always part of (the segment nearly always after and before it
 * taken in), within the length a phone's line holds. The pair stays too: the longest entry is kept whole first, and
 * the pair without its partner (แพร่ระบาด without การ, 1,371 times) must still not break, nor hold the province แพร่.
 */
export function wholeWords(
  pairs: readonly string[],
  neighbours: NeighbourCounts,
  rules: CompoundRules = COMPOUND_RULES,
): string[] {
  const words = pairs.flatMap((pair) => {
    const whole = `${neighbours.partner(pair, 'before') ?? ''}${pair}${neighbours.partner(pair, 'after') ?? ''}`;
    return whole.length <= rules.maxLength ? [pair, whole] : [pair];
  });
  return [...new Set(words)].sort();
}
