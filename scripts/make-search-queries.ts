/**
 * node scripts/make-search-queries.ts — writes tests/fixtures/search-queries.json, the
 * query set of `npm run eval:search`, from the evaluation sample of the shared corpus.
 * Queries are chosen by rules, not by hand, in seven classes; ground truth is not
 * stored: the evaluation finds it in the releases' text each time.
 */
import { writeFile } from 'node:fs/promises';
import { evalSite, releaseTexts, QUERIES_FILE, type EvalQuery } from './lib/search-eval.ts';
import { ministries, provinces } from '../src/lib/registries.ts';

const SAMPLE = 3000;
const PER_CLASS = 32;

const { releasesDir } = await evalSite(SAMPLE, { reuse: true });
const texts = [...(await releaseTexts(releasesDir)).values()];
const written = [...(await releaseTexts(releasesDir, true)).values()];
const segmenter = new Intl.Segmenter('th', { granularity: 'word' });
const THAI_WORD = /^[\u0E01-\u0E4E]+$/;

/** In how many releases each key occurs at least once. */
function documentFrequency(keysOf: (text: string) => Iterable<string>): Map<string, number> {
  const df = new Map<string, number>();
  for (const text of texts) for (const key of new Set(keysOf(text))) df.set(key, (df.get(key) ?? 0) + 1);
  return df;
}
const occurring = (candidates: Iterable<string>): string[] =>
  [...candidates].filter((c) => texts.some((text) => text.includes(c.toLowerCase())));

/** `count` keys spread evenly over the ranks of those kept, so rare and frequent both appear. */
function spread(df: Map<string, number>, keep: (key: string, n: number) => boolean, count = PER_CLASS): string[] {
  const ranked = [...df].filter(([key, n]) => keep(key, n)).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([key]) => key);
  const step = Math.max(1, ranked.length / count);
  return Array.from({ length: Math.min(count, ranked.length) }, (_, i) => ranked[Math.floor(i * step)] as string);
}

function* thaiWords(text: string): Iterable<string[]> {
  // Runs of Thai words between spaces and punctuation, as ICU splits them.
  for (const run of text.split(/[^\u0E01-\u0E4E]+/)) {
    if (run) yield [...segmenter.segment(run)].map((s) => s.segment);
  }
}

const words = documentFrequency(function* (text) {
  for (const run of thaiWords(text)) yield* run;
});
const common = spread(words, (w, n) => THAI_WORD.test(w) && w.length >= 4 && n >= 30 && n <= texts.length * 0.6);

const pairs = documentFrequency(function* (text) {
  for (const run of thaiWords(text)) for (let i = 0; i + 1 < run.length; i++) yield `${run[i]}${run[i + 1]}`;
});
// A compound: two words that mostly occur together, and are long enough to be a term.
const compounds = spread(pairs, (pair, n) => pair.length >= 8 && n >= 8 && n >= 0.25 * Math.min(...[...segmenter.segment(pair)].map((s) => words.get(s.segment) ?? Infinity)));
const named = occurring(['แรงงานนอกระบบ', 'เศรษฐกิจพอเพียง', 'ไข้เลือดออก', 'ประชารัฐ', 'ระเบียงเศรษฐกิจพิเศษภาคตะวันออก']);

// Title, given name, surname: นายกรัฐมนตรี is not นาย + name, and a surname is no dictionary word.
const surnames = documentFrequency(function* (text) {
  for (const m of text.matchAll(/(?:นาย(?!ก)|นางสาว|นาง|ดร\.) ?[\u0E01-\u0E4E]{2,} ([\u0E01-\u0E4E]{4,14})(?![\u0E01-\u0E4E])/g)) yield m[1] as string;
});
// ICU knows no surname, so one made only of common words (ในวันนี้) is a phrase after a name.
const madeOfCommonWords = (s: string): boolean => [...segmenter.segment(s)].every((piece) => (words.get(piece.segment) ?? 0) >= 100);
const surnameQueries = spread(surnames, (s, n) => n >= 2 && !words.has(s) && !madeOfCommonWords(s));

const places = occurring(provinces.map((p) => p.nameTh));
const organisations = occurring(ministries.flatMap((m) => m.agencies));

// Acronyms and codes as written (EEC, 5G, COVID-19, CO2), and a Thai word before one (พื้นที่ EEC).
// Three letters at least: "US" is inside too many English words for substring ground truth.
const ACRONYM = '(?:[A-Z][A-Z0-9]{2,7}|\\d+[A-Z]+[A-Z0-9]*)(?:[-.]\\d+)?';
// An acronym is never written in lower case: ALL, DATA and THAILAND are words.
const ordinaryWords = new Set(written.flatMap((text) => [...text.matchAll(/(?<![A-Za-z])[A-Za-z]?[a-z]+(?![A-Za-z])/g)].map((m) => m[0].toLowerCase())));
const acronyms = new Map<string, number>();
for (const text of written) {
  const seen = new Set<string>();
  for (const m of text.matchAll(new RegExp(`(?<![A-Za-z0-9])${ACRONYM}(?![A-Za-z0-9])`, 'g'))) if (!ordinaryWords.has(m[0].toLowerCase())) seen.add(m[0]);
  for (const m of text.matchAll(new RegExp(`([\\u0E01-\\u0E4E]+) (${ACRONYM})(?![A-Za-z0-9])`, 'g'))) {
    const thai = [...segmenter.segment(m[1] as string)].at(-1)?.segment ?? '';
    if (thai.length >= 3 && !ordinaryWords.has((m[2] as string).toLowerCase())) seen.add(`${thai} ${m[2]}`);
  }
  for (const key of seen) acronyms.set(key, (acronyms.get(key) ?? 0) + 1);
}
// Ground truth is "the text contains the query": a code must not also hide inside
// longer words or numbers (ITA in capital, 563 in 2563), or truth would count those.
const standsAlone = (query: string): boolean => {
  const inside = new RegExp(`[a-z0-9]${escapeRegExp(query.toLowerCase())}|${escapeRegExp(query.toLowerCase())}[a-z0-9]`);
  return !texts.some((text) => inside.test(text));
};
const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const mixes = spread(acronyms, (key, n) => n >= 3 && standsAlone(key.split(' ').at(-1) as string));

const numbers = documentFrequency(function* (text) {
  for (const m of text.matchAll(/(?<![\d.,])\d{3,4}(?![\d.,])/g)) yield m[0];
});
const toThaiDigits = (n: string): string => n.replace(/\d/g, (d) => String.fromCharCode(0x0e50 + Number(d)));
const thaiDigitQueries = spread(numbers, (number, n) => n >= 3 && standsAlone(number)).map(toThaiDigits);

const pick = (list: readonly string[], count = PER_CLASS): string[] => {
  const step = Math.max(1, list.length / count);
  return Array.from({ length: Math.min(count, list.length) }, (_, i) => list[Math.floor(i * step)] as string);
};
const classes: Record<string, string[]> = {
  'common word': common,
  'compound or phrase': [...named, ...compounds].slice(0, PER_CLASS),
  surname: surnameQueries,
  place: pick(places),
  organisation: pick(organisations),
  'Thai/Latin mix': mixes,
  'Thai digits': thaiDigitQueries,
};
const queries: EvalQuery[] = Object.entries(classes).flatMap(([name, list]) => [...new Set(list)].map((query) => ({ class: name, query })));
await writeFile(QUERIES_FILE, `${JSON.stringify({
  about: `Made by scripts/make-search-queries.ts from a ${SAMPLE}-release sample of the shared corpus. Ground truth is computed by the evaluation: releases whose normalised text contains the query.`,
  queries,
}, null, 1)}\n`);
console.log(Object.entries(classes).map(([name, list]) => `${name}: ${new Set(list).size}`).join('\n'));
