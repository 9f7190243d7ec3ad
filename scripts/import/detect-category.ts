/**
 * thaigov's own section of a raw release, read from its file name: the part before the
 * running number (`ด้านเศรษฐกิจ_2782_5812454d-….txt`, `ด้านสังคม_21.txt`), looked up in
 * content/categories.json by name or alias as editors' names are (src/release/resolve-name.ts):
 * spaces, tabs and a trailing dot vary between exports (`สรุปข่าวการประชุม ครม.` and
 * `สรุปข่าวการประชุม ครม`) and do not count. A file
 * named by a number alone falls back on the page's breadcrumb, its first line
 * (`รัฐบาลไทย-ข่าวทำเนียบรัฐบาล-<title>`), which names the parent section, and a transcript, which has none, on the
 * folder of thaigov's programme archive it is in (รายการคืนความสุขให้คนในชาติ/2558/2/27.txt, see parse-transcript.ts).
 */
import path from 'node:path';
import { findExact } from '@/release/resolve-name.ts';
import { categoryCandidates } from '@/release/registry-candidates.ts';
import { transcriptProgramme } from './parse-transcript.ts';

const RUNNING_NUMBER = /_\d+(?:_[0-9a-f-]{36})?(?:-\d+)?\.txt$/i;

/** The section name in a raw file's name; undefined for a file named only by its number (`12.txt`). */
export function sectionName(file: string): string | undefined {
  const base = path.basename(file);
  if (!RUNNING_NUMBER.test(base)) return undefined;
  const name = base.replace(RUNNING_NUMBER, '').replace(/\s+/g, ' ').trim();
  // `15_1_….txt`: a number again, not a section.
  return /\p{L}/u.test(name) ? name : undefined;
}

export type CategoryDetection = { slug: string } | { unknown: string } | { none: true };

const BREADCRUMB = /^รัฐบาลไทย-([^-\n]+)-/;

/** The category slug of a raw file, or the section name the registry does not know yet. */
export function detectCategory(file: string, text = ''): CategoryDetection {
  const name = sectionName(file) ?? BREADCRUMB.exec(text.trimStart())?.[1]?.trim() ?? transcriptProgramme(file)?.folder;
  if (name === undefined) return { none: true };
  // Names written whole only: a section the registry does not know is reported, never guessed.
  const slug = findExact(name, categoryCandidates);
  return slug ? { slug } : { unknown: name };
}
