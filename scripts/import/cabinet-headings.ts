/**
 * Cabinet meeting summaries (สรุปข่าวการประชุมคณะรัฐมนตรี) list their resolutions by section
 * and then give each in full. In the full part, the sections (กฎหมาย, เศรษฐกิจ-สังคม,
 * ต่างประเทศ, แต่งตั้ง) and each numbered resolution (`12. เรื่อง …`) become headings, so that
 * the page can show a table of contents. The English digests (The cabinet met on March 7, 2023)
 * have no sections and head each resolution `Title: …`: those heads become headings, without
 * the `Title:`. No other release gets a heading.
 */
const CABINET_SUMMARY = /^สรุปข่าวการประชุม\s*(คณะรัฐมนตรี|ครม\.?)/;
export const SECTION = /^(กฎหมาย|เศรษฐกิจ\s*-?\s*สังคม|ต่างประเทศ|แต่งตั้ง)$/;
export const RESOLUTION = /^(\d{1,3})\.\s*เรื่อง\s/;
/** A resolution's number and the เรื่อง before its subject, which a head in the full part may leave out. */
export const NUMBERED_HEAD = /^(\d{1,3})\.\s*(?:เรื่อง\s*)?/;
/** Characters of a subject compared, without spaces: enough to tell resolutions apart. */
const SUBJECT_LENGTH = 20;

/** Resolution numbers that may be missing between two heads (worded differently in the source). */
const MAX_GAP = 2;

/** Markdown levels: the site shifts them one down, under the page's h1 (`#` is an h2). */
export type HeadingLevel = 1 | 2;

const ENGLISH_DIGEST = /^(The cabinet met|(Special session of )?[Cc]abinet [Mm]eeting)/;
/** An English digest's head of a resolution; what the heading drops of it. */
export const ENGLISH_HEAD = /^Title\s*:\s*/;

/**
 * Paragraph index → heading level; empty unless the release is a cabinet summary with sections and resolutions, or
 * an English digest with `Title:` heads.
 */
export function cabinetHeadings(title: string, paragraphs: readonly string[]): Map<number, HeadingLevel> {
  const headings = new Map<number, HeadingLevel>();
  if (ENGLISH_DIGEST.test(title))
    return new Map(
      paragraphs.flatMap((paragraph, i): [number, HeadingLevel][] => (ENGLISH_HEAD.test(paragraph) ? [[i, 1]] : [])),
    );
  if (!CABINET_SUMMARY.test(title)) return headings;
  const sections = paragraphs.flatMap((p, i) => (SECTION.test(p) ? [i] : []));
  // The list at the top names the sections once; the full part starts where the first is named again.
  const named = new Set<string>();
  const again = sections.find((i) => {
    const name = paragraphs[i]!.replace(/[\s-]/g, '');
    if (named.has(name)) return true;
    named.add(name);
    return false;
  });
  const from = again ?? sections[0];
  if (from === undefined) return headings;
  // The list above gives each resolution's number and subject; in the full part a head
  // sometimes leaves out เรื่อง, and is still known by its subject.
  const listed = new Map<number, string>();
  for (const paragraph of paragraphs.slice(0, again ?? 0)) {
    const match = RESOLUTION.exec(paragraph);
    if (match) listed.set(Number(match[1]), subject(paragraph));
  }
  let last = listed.size > 0 ? Math.min(...listed.keys()) - 1 : undefined;
  let found = false;
  for (let i = from; i < paragraphs.length; i++) {
    const paragraph = paragraphs[i]!;
    const number = Number(NUMBERED_HEAD.exec(paragraph)?.[1] ?? NaN);
    const known = listed.get(number);
    const isHead = RESOLUTION.test(paragraph) || (known !== undefined && known !== '' && subject(paragraph).startsWith(known));
    if (SECTION.test(paragraph)) headings.set(i, 1);
    // Numbered in one run across sections; a numbered point inside a resolution starts lower or jumps.
    else if (isHead && (last === undefined || (number > last && number <= last + MAX_GAP + 1))) {
      headings.set(i, 2);
      last = number;
      found = true;
    }
  }
  return found ? headings : new Map();
}

function subject(head: string): string {
  return head.replace(NUMBERED_HEAD, '').replace(/\s+/g, '').slice(0, SUBJECT_LENGTH);
}
