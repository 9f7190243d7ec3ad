/**
 * What an editor means by a name: a ministry, a province or a category written as people
 * write it (เกษตร, กระทรวงเกษตร, เกษตรฯ, อุดร, จ.อุดรธานี, Korat) leads to the slug or code
 * the front matter needs. `npm run check` suggests it, `npm run new` accepts it and the
 * importer looks sections up by it, so all three read names alike.
 */
import { distance } from 'fastest-levenshtein';

export interface Candidate {
  /** The value the editor should write: a slug or a code. */
  value: string;
  /** How people know it, shown beside the value: กระทรวงเกษตรและสหกรณ์, อุดรธานี. */
  label: string;
  /** The same in English, for the English half of a message. */
  labelEn: string;
  /** Names that are it, written whole: slug or code, names, former names, abbreviations, aliases, agencies. */
  names: readonly string[];
  /** Names a part of which is enough to tell it: เกษตร of กระทรวงเกษตรและสหกรณ์, อุดร of อุดรธานี. */
  partNames: readonly string[];
}

export type Resolution =
  /** One value: an exact name, or a part of the names of one candidate only. */
  | { kind: 'found'; value: string }
  /** A part of several candidates' names (เชียง: เชียงใหม่ and เชียงราย): the editor must choose. */
  | { kind: 'ambiguous'; values: string[] }
  /** No name, but one spelled nearly so (labor → labour): a guess to suggest, never to accept. */
  | { kind: 'nearest'; value: string }
  | { kind: 'unknown' };

/** Shorter parts (นา, ลำ) are in too many names to tell one. */
const MIN_PART_LENGTH = 3;
/** Beyond this share of changed characters a suggestion is more confusing than none. */
const MAX_DISTANCE_SHARE = 0.4;

/**
 * Names as compared: NFC, lower case, without ฯ, dots, hyphens and repeated spaces, and
 * without the words people add or leave out before a name (กระทรวง, การ, จังหวัด, จ.,
 * Ministry of), so กระทรวงการคลัง, การคลัง and คลัง are one name.
 */
export function normaliseName(name: string): string {
  return name
    .normalize('NFC')
    .toLowerCase()
    .replace(/ฯ/g, '')
    .replace(/[\s._\-'’]+/g, ' ')
    .trim()
    .replace(/^(?:กระทรวง|ministry of (?:the )?|จังหวัด|จ |changwat )\s*/, '')
    .replace(/^การ/, '')
    .replace(/ province$/, '')
    .trim();
}

/** The value one of whose names is `input`, written whole; no guessing (the importer's lookup). */
export function findExact(input: string, candidates: readonly Candidate[]): string | undefined {
  const wanted = normaliseName(input);
  return wanted ? candidates.find((c) => c.names.some((name) => normaliseName(name) === wanted))?.value : undefined;
}

export function resolveName(input: string, candidates: readonly Candidate[]): Resolution {
  const wanted = normaliseName(input);
  if (!wanted) return { kind: 'unknown' };
  const exact = findExact(input, candidates);
  if (exact) return { kind: 'found', value: exact };
  if ([...wanted].length >= MIN_PART_LENGTH) {
    const containing = (prefix: boolean): string[] =>
      candidates
        .filter((c) =>
          c.partNames.some((name) => {
            const known = normaliseName(name);
            return prefix ? known.startsWith(wanted) : known.includes(wanted) && !known.startsWith(wanted);
          }),
        )
        .map((c) => c.value);
    // Names that begin with the part first: เชียง lists เชียงใหม่ before a name it is inside.
    const values = [...new Set([...containing(true), ...containing(false)])];
    if (values.length === 1) return { kind: 'found', value: values[0]! };
    if (values.length > 1) return { kind: 'ambiguous', values };
  }
  const nearest = suggest(
    input,
    candidates.map((c) => ({ value: c.value, names: [...c.names, ...c.partNames] })),
  );
  return nearest ? { kind: 'nearest', value: nearest } : { kind: 'unknown' };
}

/** The value with the nearest spelled name (edit distance), if near enough to be a typo. */
export function suggest(input: string, candidates: readonly Pick<Candidate, 'value' | 'names'>[]): string | undefined {
  const wanted = normaliseName(input);
  if (!wanted) return undefined;
  let best: { value: string; score: number } | undefined;
  for (const candidate of candidates) {
    for (const name of candidate.names) {
      const known = normaliseName(name);
      if (!known) continue;
      const score = distance(known, wanted) / Math.max(known.length, wanted.length);
      if (!best || score < best.score) best = { value: candidate.value, score };
    }
  }
  return best && best.score <= MAX_DISTANCE_SHARE ? best.value : undefined;
}
