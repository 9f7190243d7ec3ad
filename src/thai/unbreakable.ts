/**
 * Runs of Thai text a line must not break inside (issue 15): a year with its era
 * (พ.ศ. 2564), a time with its น. (13.00 น.), and the names the site owns: ministries
 * and provinces from the registries, and terms ICU's dictionary splits (โควิด-19, นางสาว).
 * A long name may still break between its parts, as a typesetter would break it: after
 * กระทรวง, before และ and at its spaces (กระทรวง | การพัฒนาสังคม | และความมั่นคงของมนุษย์), so that
 * every part fits a phone's line.
 */
import { ministries, provinces } from '@/release/registries.ts';

const DIGIT = '[0-9๐-๙]';
/** A year after its era, and a time before น.; the space between may already be a no-break one. */
const UNITS = [`(?:พ\\.ศ\\.|ค\\.ศ\\.)[ \\u00a0]?${DIGIT}{4}`, `${DIGIT}{1,2}[.:]${DIGIT}{2}[ \\u00a0]?น\\.`];
const UNIT = new RegExp(UNITS.join('|'), 'g');

const TERMS = ['โควิด-19', 'โควิด', 'นางสาว'];
const NAME_PARTS = /(?<=^กระทรวง)|(?=และ)| /;
const WORD_JOINER = '\u2060';

/** The parts of ministry and province names, and TERMS, longest first so that a longer one wins. */
export const UNBREAKABLE_NAMES: readonly string[] = [
  ...new Set(
    [...ministries.flatMap((m) => [m.nameTh, ...m.formerNames]), ...provinces.map((p) => p.nameTh), ...TERMS]
      .flatMap((name) => name.split(NAME_PARTS))
      // Thai parts only: former names also hold English ones, whose `of` is in URLs too.
      .filter((part) => /[ก-๛]/.test(part) && part.length > 1 && part !== 'กระทรวง'),
  ),
].sort((a, b) => b.length - a.length);

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&');
/** A name as written, or with word joiners between its letters (as keepTogether leaves it). */
const namePattern = (name: string): string => [...name].map(escape).join(`${WORD_JOINER}?`);
const NAME = new RegExp(UNBREAKABLE_NAMES.map(namePattern).join('|'), 'g');
const RUN = new RegExp(`${UNITS.join('|')}|${NAME.source}`, 'g');

/** The [start, end) offsets of every run of `text` that must stay on one line. */
export function unbreakableRuns(text: string): [number, number][] {
  return [...text.matchAll(RUN)].map((m) => [m.index, m.index + m[0].length]);
}

const words = new Intl.Segmenter('th', { granularity: 'word' });
const letters = new Intl.Segmenter('th', { granularity: 'grapheme' });
const joined = (text: string, segmenter: Intl.Segmenter): string =>
  [...segmenter.segment(text)].map((s) => s.segment).join(WORD_JOINER);
/**
 * How a name is joined: letter by letter in running text, since Chromium's line breaker
 * splits words Node's ICU sees whole (นาง|สาว, วัฒน|ธรรม); word by word in the text of a
 * link, whose accessible name should carry as few joiners as it can. Terms always letter
 * by letter (โค|วิด).
 */
export type NameJoin = 'letters' | 'words';

/**
 * `text` with a no-break space inside each year and time, and a word joiner (U+2060)
 * inside each name, where Chromium would otherwise break.
 */
export function keepTogether(text: string, join: NameJoin = 'letters'): string {
  const segmenter = join === 'letters' ? letters : words;
  return text
    .replace(UNIT, (unit) => unit.replace(' ', '\u00a0'))
    .replace(NAME, (name) => joined(name, TERMS.includes(name) ? letters : segmenter));
}
