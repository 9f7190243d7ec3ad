/**
 * "Did you mean …?" for registry values: exact matches on any known name first
 * (เชียงใหม่ → TH-50), then the nearest spelling by edit distance.
 */
import { distance } from 'fastest-levenshtein';

export interface Candidate {
  /** The value the editor should write. */
  value: string;
  /** Every name that should lead to it: slug or code, Thai and English names, aliases. */
  names: readonly string[];
}

const normalise = (s: string): string =>
  s
    .normalize('NFC')
    .trim()
    .toLowerCase()
    .replace(/[\s._-]+/g, ' ');

/** The value one of whose names is exactly `input` (ignoring case, spaces, dots and hyphens). */
export function findExact(input: string, candidates: readonly Candidate[]): string | undefined {
  const wanted = normalise(input);
  return candidates.find((c) => c.names.some((name) => normalise(name) === wanted))?.value;
}

export function suggest(input: string, candidates: readonly Candidate[]): string | undefined {
  const wanted = normalise(input);
  if (!wanted) return undefined;
  let best: { value: string; score: number } | undefined;
  for (const candidate of candidates) {
    for (const name of candidate.names) {
      const known = normalise(name);
      if (known === wanted) return candidate.value;
      const score = distance(known, wanted) / Math.max(known.length, wanted.length);
      if (!best || score < best.score) best = { value: candidate.value, score };
    }
  }
  // Beyond this share of changed characters a suggestion is more confusing than none.
  return best && best.score <= 0.4 ? best.value : undefined;
}
