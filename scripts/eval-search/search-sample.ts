/**
 * Random evaluation queries drawn from the indexed releases' own text, a new sample for
 * every seed, so that no fixed query set can be tuned to. Each class picks a random
 * release, then a random candidate of its kind in that release's text; ground truth is
 * every release whose text holds the query where a reader's word can start (truthHolds).
 */
import { randomOf } from '../shared/random.ts';
import { ministries, provinces } from '@/release/registries.ts';
import { normaliseSearchText } from '@/search/common/thai-text.ts';
import { toThaiDigits } from '@/thai/digits.ts';

export interface EvalQuery {
  class: string;
  query: string;
}

export const QUERY_CLASSES = [
  'common word',
  'tone mark or ์',
  'name or surname',
  'place',
  'organisation',
  'compound or phrase',
  'Thai/Latin mix',
  'Thai digits',
] as const;

const segmenter = new Intl.Segmenter('th', { granularity: 'word' });
const THAI_RUN = /[\u0E01-\u0E4E]+/g;
const THAI_WORD = /^[\u0E01-\u0E4E]+$/;
const MARK = /[\u0E48-\u0E4C]/;
const LEADING_VOWEL = /[\u0E40-\u0E44]/;
const ALNUM = /[\p{L}\p{N}]/u;

/** ICU's words in each run of Thai letters: what a reader copies out of a release. */
function thaiRuns(text: string): string[][] {
  return [...text.matchAll(THAI_RUN)].map((m) => [...segmenter.segment(m[0])].map((s) => s.segment));
}

/** Text with the offsets where ICU starts a word: what ground truth is judged on. */
export interface TruthText {
  text: string;
  /** 1 at each offset where a word (or a space, or punctuation) starts. */
  starts: Uint8Array;
}

export function segmentedText(text: string): TruthText {
  const starts = new Uint8Array(text.length + 1);
  for (const { index } of segmenter.segment(text)) starts[index] = 1;
  starts[text.length] = 1;
  return { text, starts };
}

/**
 * Whether `doc` holds `query` as a reader means it: the query may begin inside a word
 * of the text (ชาติ in ธรรมชาติ) and end inside one (แรง in แรงงาน), but not straddle
 * two words of the text that the query keeps as one (ตราด in อัตรา|ดอกเบี้ย). Nor may
 * an abbreviation start inside a word (ปภ. in กปภ.), nor any query start right after a letter or digit when it starts with one outside Thai (563 in
 * 2563), after a leading vowel (ดิน in เดิน), or end before a mark (แร in แร่): a mark
 * belongs to the letter before it.
 */
export function truthHolds(doc: TruthText, query: TruthText): boolean {
  const { text, starts } = doc;
  const length = query.text.length;
  const thaiStart = /[\u0E00-\u0E7F]/.test(query.text[0] ?? '');
  const abbreviation = query.text.includes('.');
  occurrences: for (let at = text.indexOf(query.text); at >= 0; at = text.indexOf(query.text, at + 1)) {
    const before = text[at - 1] ?? ' ';
    if (thaiStart ? LEADING_VOWEL.test(before) : ALNUM.test(before)) continue;
    // An abbreviation is a word of its own: ปภ. is not in กปภ.
    if (abbreviation && !starts[at]) continue;
    if (/\p{M}/u.test(text[at + length] ?? ' ')) continue;
    for (let k = 1; k < length; k++) if (starts[at + k] && !query.starts[k]) continue occurrences;
    return true;
  }
  return false;
}

type Candidates = (written: string, commonWords: ReadonlySet<string>) => string[];

const PLACES = provinces.map((p) => p.nameTh);
const ORGANISATIONS = [...new Set(ministries.flatMap((m) => [m.nameTh, ...m.agencies]))];

/** Candidates of each class in one release's text as written (case kept). */
const CANDIDATES: Record<(typeof QUERY_CLASSES)[number], Candidates> = {
  'common word': (text) =>
    thaiRuns(text)
      .flat()
      .filter((w) => THAI_WORD.test(w) && w.length >= 4 && !MARK.test(w)),
  'tone mark or ์': (text) =>
    thaiRuns(text)
      .flat()
      .filter((w) => THAI_WORD.test(w) && w.length >= 3 && MARK.test(w)),
  // A title, then a given name and a surname: either the surname or both.
  // A surname is no run of common words (ให้ประชาชน after a name is not one).
  'name or surname': (text, commonWords) =>
    [
      ...text.matchAll(
        /(?<![\u0E01-\u0E4E])(?:นาย(?!ก)|นางสาว|นาง|ดร\.) ?([\u0E01-\u0E2E\u0E40-\u0E44][\u0E01-\u0E4E]+) ([\u0E01-\u0E2E\u0E40-\u0E44][\u0E01-\u0E4E]{2,19})(?![\u0E01-\u0E4E])/g,
      ),
    ]
      .filter((m) => ![...segmenter.segment(m[2] as string)].every(({ segment }) => commonWords.has(segment)))
      .flatMap((m) => [m[2] as string, `${m[1]} ${m[2]}`]),
  // Provinces, also as จังหวัด… (a name cut from run-on text would end mid-word).
  place: (text) => PLACES.flatMap((name) => [name, `จังหวัด${name}`]).filter((name) => text.includes(name)),
  organisation: (text) => ORGANISATIONS.filter((name) => text.includes(name)),
  // Two or three of ICU's words written together.
  'compound or phrase': (text) =>
    thaiRuns(text)
      .flatMap((run) => run.flatMap((_, i) => [run.slice(i, i + 2), run.slice(i, i + 3)]))
      .map((words) => words.join(''))
      .filter((phrase) => phrase.length >= 7 && phrase.length <= 24),
  // Codes and acronyms as written (EEC, 5G, COVID-19), and a Thai word before one.
  'Thai/Latin mix': (text) =>
    [...text.matchAll(/(?:([\u0E01-\u0E4E]+) )?((?:[A-Z][A-Za-z0-9]{1,9}|\d+[A-Z][A-Z0-9]*)(?:-\d+)?)(?![A-Za-z0-9])/g)].flatMap(
      (m) => {
        const thai = m[1] ? [...segmenter.segment(m[1])].at(-1)?.segment : undefined;
        return [m[2] as string, ...(thai && thai.length >= 2 ? [`${thai} ${m[2]}`] : [])];
      },
    ),
  'Thai digits': (text) => [...text.matchAll(/(?<![\d.,])\d{2,6}(?![\d])/g)].map((m) => toThaiDigits(m[0])),
};

/**
 * `perClass` queries of each class: each from a random release that has a candidate, a
 * random one of its candidates. Deterministic for a seed and a set of texts.
 */
export function sampleQueries(texts: readonly string[], seed: number, perClass: number): EvalQuery[] {
  const random = randomOf(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const commonWords = wordsInMany(texts.slice(0, 1000), 0.02);
  const queries: EvalQuery[] = [];
  for (const name of QUERY_CLASSES) {
    const seen = new Set<string>();
    for (let tries = 0; seen.size < perClass && tries < perClass * 50; tries++) {
      const text = pick(texts);
      const candidates = CANDIDATES[name](text, commonWords);
      if (candidates.length === 0) continue;
      const query = pick(candidates);
      // Only queries that their own release holds as a reader means it (truthHolds).
      if (
        seen.has(query) ||
        !truthHolds(segmentedText(text.toLowerCase()), segmentedText(normaliseSearchText(query).toLowerCase()))
      )
        continue;
      seen.add(query);
      queries.push({ class: name, query });
    }
  }
  return queries;
}

/** ICU's words that occur in at least `share` of `texts`. */
function wordsInMany(texts: readonly string[], share: number): Set<string> {
  const count = new Map<string, number>();
  for (const text of texts) {
    for (const word of new Set(thaiRuns(text).flat())) count.set(word, (count.get(word) ?? 0) + 1);
  }
  return new Set([...count].filter(([, n]) => n >= share * texts.length).map(([word]) => word));
}
