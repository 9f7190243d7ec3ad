/**
 * A cabinet summary gives each resolution's subject twice: in the list at the top and as the head of its full
 * text (cabinet-headings.ts). thaigov's editors broke a long subject over two or three lines in one copy or the
 * other (…ว่าด้วยความร่วมมือด้าน / การป้องกันประเทศ), and each line became a paragraph: in the list it read as a
 * section of its own, in the full part it cut the head, and with it the page's table of contents, short. Where
 * the other copy goes on with a line's words (spaces aside), the line joins its subject, spaced as that copy is.
 * Measured on the 450 summaries of both corpora: 226 list entries and 139 heads made whole.
 */
import { cabinetHeadings, NUMBERED_HEAD, RESOLUTION, SECTION } from './cabinet-headings.ts';

const squash = (text: string): string => text.replace(/\s+/g, '');
const subjectOf = (head: string): string => head.replace(NUMBERED_HEAD, '');

export function joinWrappedResolutionTitles(title: string, paragraphs: readonly string[]): string[] {
  const headings = cabinetHeadings(title, paragraphs);
  if (headings.size === 0) return [...paragraphs];
  // The list at the top ends where the full part's first heading (a section's name) stands.
  const listEnd = Math.min(...headings.keys());
  const numberOf = (i: number): number => Number(NUMBERED_HEAD.exec(paragraphs[i]!)?.[1]);
  const listed = new Map<number, number>();
  for (let i = 0; i < listEnd; i++) if (RESOLUTION.test(paragraphs[i]!)) listed.set(numberOf(i), i);
  const heads = [...headings].filter(([, level]) => level === 2).map(([i]) => i);

  const joined = [...paragraphs];
  const taken = new Set<number>();
  // A line that may be the rest of a subject: not a section's name or a numbered line (every head is one or the other).
  const mayGoOn = (i: number, end: number): boolean =>
    i < end && !SECTION.test(paragraphs[i]!) && !NUMBERED_HEAD.test(paragraphs[i]!);
  const extend = (at: number, copy: number, end: number): void => {
    for (let next = at + 1; mayGoOn(next, end); next++) {
      const line = paragraphs[next]!;
      const whole = subjectOf(joined[copy]!);
      const sofar = squash(subjectOf(joined[at]!));
      if (!squash(whole).startsWith(sofar + squash(line))) return;
      joined[at] = spacedAs(whole, sofar.length, joined[at]!, line);
      taken.add(next);
    }
  };
  for (const head of heads) {
    const entry = listed.get(numberOf(head));
    if (entry === undefined) continue;
    extend(entry, head, listEnd);
    extend(head, entry, paragraphs.length);
  }
  return joined.filter((_, i) => !taken.has(i));
}

/** `text` and `line` joined with a space where `copy` has one after its first `length` characters (spaces aside). */
function spacedAs(copy: string, length: number, text: string, line: string): string {
  let seen = 0;
  let at = 0;
  for (; at < copy.length && seen < length; at++) if (!/\s/.test(copy[at]!)) seen++;
  return /\s/.test(copy[at] ?? '') ? `${text} ${line}` : `${text}${line}`;
}
