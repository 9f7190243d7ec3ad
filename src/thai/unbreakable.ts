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
const NAME = new RegExp(UNBREAKABLE_NAMES.map(escape).join('|'), 'g');
const RUN = new RegExp(`${UNITS.join('|')}|${NAME.source}`, 'g');

/** The [start, end) offsets of every run of `text` that must stay on one line. */
export function unbreakableRuns(text: string): [number, number][] {
  return [...text.matchAll(RUN)].map((m) => [m.index, m.index + m[0].length]);
}

/** A stretch of text, and whether it is a name to set in a `nowrap` span. */
export interface TextPart {
  text: string;
  nowrap: boolean;
}

/**
 * `text` in parts: each name on its own, for a `<span class="nowrap">`, with a no-break
 * space inside each year and time. Markup, not word joiners (U+2060), keeps a name whole:
 * a joiner hides the word before the name from Chromium's Thai dictionary, which then
 * breaks that word (กระทร|วงสาธารณสุข), and it stays in copied text and in the accessible
 * name of a link. The no-break space is enough for a unit: it is no Thai letter.
 */
export function keepTogether(text: string): TextPart[] {
  const spaced = text.replace(UNIT, (unit) => unit.replace(' ', '\u00a0'));
  const parts: TextPart[] = [];
  let at = 0;
  for (const match of spaced.matchAll(NAME)) {
    if (match.index > at) parts.push({ text: spaced.slice(at, match.index), nowrap: false });
    parts.push({ text: match[0], nowrap: true });
    at = match.index + match[0].length;
  }
  if (at < spaced.length || parts.length === 0) parts.push({ text: spaced.slice(at), nowrap: false });
  return parts;
}
