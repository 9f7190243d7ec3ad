/**
 * Runs of Thai text a line must not break inside (issue 15): a year with its era
 * (พ.ศ. 2564) and a time with its น. (13.00 น.); names: ministries and provinces from the
 * registries, people's names (./person-names.ts); and words ICU's dictionary splits,
 * which the site's own dictionary knows: compounds found in the corpora (./compounds.json,
 * `npm run mine:compounds`) and a few terms. A long name may still break between its parts,
 * as a typesetter would break it: after กระทรวง, before และ and at its spaces
 * (กระทรวง | การพัฒนาสังคม | และความมั่นคงของมนุษย์), so that every part fits a phone's line.
 */
import { ministries, provinces } from '@/release/registries.ts';
import compounds from './compounds.json' with { type: 'json' };
import { personNameParts } from './person-names.ts';

const DIGIT = '[0-9๐-๙]';
/** A year after its era, and a time before น.; the space between may already be a no-break one. */
const UNITS = [`(?:พ\\.ศ\\.|ค\\.ศ\\.)[ \\u00a0]?${DIGIT}{4}`, `${DIGIT}{1,2}[.:]${DIGIT}{2}[ \\u00a0]?น\\.`];
const UNIT = new RegExp(UNITS.join('|'), 'g');

/** Words the corpora's counts miss but readers saw broken (issue 15). */
const TERMS = ['โควิด-19', 'โควิด', 'นางสาว', 'ปฏิบัติงาน'];
const NAME_PARTS = /(?<=^กระทรวง)|(?=และ)| /;

/** The parts of ministry and province names, longest first. */
export const UNBREAKABLE_NAMES: readonly string[] = [
  ...new Set(
    [...ministries.flatMap((m) => [m.nameTh, ...m.formerNames]), ...provinces.map((p) => p.nameTh)]
      .flatMap((name) => name.split(NAME_PARTS))
      // Thai parts only: former names also hold English ones, whose `of` is in URLs too.
      .filter((part) => /[ก-๛]/.test(part) && part.length > 1 && part !== 'กระทรวง'),
  ),
].sort((a, b) => b.length - a.length);

/** What a run is: readers must never see a unit or a name broken; a word broken is a fault to count. */
export type RunKind = 'unit' | 'name' | 'word';
export interface UnbreakableRun {
  start: number;
  end: number;
  kind: RunKind;
}

const segmenter = new Intl.Segmenter('th', { granularity: 'word' });
const DICTIONARY = new Map<string, RunKind>([
  ...[...compounds.words, ...TERMS].map((word): [string, RunKind] => [word, 'word']),
  ...UNBREAKABLE_NAMES.map((name): [string, RunKind] => [name, 'name']),
]);
/** For each first ICU segment of a dictionary entry, the most segments an entry starting with it spans. */
const ENTRY_STARTS = new Map<string, number>();
for (const word of DICTIONARY.keys()) {
  const segments = [...segmenter.segment(word)];
  const first = segments[0]!.segment;
  ENTRY_STARTS.set(first, Math.max(ENTRY_STARTS.get(first) ?? 0, segments.length));
}

/**
 * Dictionary entries at ICU's word boundaries, longest first from the left: so that แพร่ in
 * เผยแพร่ is part of the word, not the province, and a name never starts inside a word.
 * `taken` (sorted) are runs found before, which an entry may not overlap.
 */
function dictionaryRuns(text: string, taken: readonly UnbreakableRun[]): UnbreakableRun[] {
  const segments = [...segmenter.segment(text)];
  const runs: UnbreakableRun[] = [];
  const overlapsTaken = (start: number, end: number): boolean => taken.some((run) => start < run.end && run.start < end);
  for (let i = 0; i < segments.length; i++) {
    const longest = ENTRY_STARTS.get(segments[i]!.segment);
    if (longest === undefined) continue;
    const start = segments[i]!.index;
    for (let count = Math.min(longest, segments.length - i); count >= 1; count--) {
      const last = segments[i + count - 1]!;
      const end = last.index + last.segment.length;
      const kind = DICTIONARY.get(text.slice(start, end));
      // One segment needs no help to stay whole unless it is a name, which readers must never see broken.
      if (!kind || (count === 1 && kind === 'word') || (taken.length > 0 && overlapsTaken(start, end))) continue;
      runs.push({ start, end, kind });
      i += count - 1;
      break;
    }
  }
  return runs;
}

/** Every run of `text` that must stay on one line, in order. */
export function unbreakableRuns(text: string): UnbreakableRun[] {
  const fixed: UnbreakableRun[] = [
    ...[...text.matchAll(UNIT)].map((m): UnbreakableRun => ({ start: m.index, end: m.index + m[0].length, kind: 'unit' })),
    ...personNameParts(text).map(([start, end]): UnbreakableRun => ({ start, end, kind: 'name' })),
  ];
  return [...fixed, ...dictionaryRuns(text, fixed)].sort((a, b) => a.start - b.start);
}

/** A stretch of text, and whether it is a name or word to set in a `nowrap` span. */
export interface TextPart {
  text: string;
  nowrap: boolean;
}

/**
 * `text` in parts: each name and word on its own, for a `<span class="nowrap">`, with a
 * no-break space inside each year and time. Markup, not word joiners (U+2060), keeps a
 * name whole: a joiner hides the word before the name from Chromium's Thai dictionary,
 * which then breaks that word (กระทร|วงสาธารณสุข), and it stays in copied text, in search
 * and in the accessible name of a link. The no-break space is enough for a unit: it is no Thai letter.
 */
export function keepTogether(text: string): TextPart[] {
  const spaced = text.replace(UNIT, (unit) => unit.replace(' ', '\u00a0'));
  const parts: TextPart[] = [];
  let at = 0;
  for (const { start, end, kind } of unbreakableRuns(spaced)) {
    if (kind === 'unit' || start < at) continue;
    if (start > at) parts.push({ text: spaced.slice(at, start), nowrap: false });
    parts.push({ text: spaced.slice(start, end), nowrap: true });
    at = end;
  }
  if (at < spaced.length || parts.length === 0) parts.push({ text: spaced.slice(at), nowrap: false });
  return parts;
}
