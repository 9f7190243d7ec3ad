/**
 * The file `npm run new` writes: complete front matter, a body placeholder, the right
 * folder and a free slug. New releases are drafts unless asked to publish, so that a
 * placeholder never reaches readers.
 */
import { findExact, suggest, type Candidate } from '@/release/resolve-name.ts';
import { ministryCandidates, provinceCandidates } from '@/release/registry-candidates.ts';
import { parseReleaseDate } from '@/release/date.ts';
import { writeFrontMatter } from '@/release/write-front-matter.ts';
import { isoDateInBangkok } from '@/thai/date.ts';

export interface NewReleaseInput {
  title: string;
  /** Slug, Thai or English name, or abbreviation. */
  ministry: string;
  /** Codes, Thai or English names, or aliases. */
  provinces: readonly string[];
  /** ISO date; today in Bangkok when left out. */
  date?: string;
  source?: string;
  slug?: string;
  publish?: boolean;
}

export const BODY_PLACEHOLDER =
  'เขียนเนื้อข่าวที่นี่ แต่ละย่อหน้าคั่นด้วยบรรทัดว่าง\n\nWrite the release here, one blank line between paragraphs.\n';

export class InputError extends Error {}

export interface NewReleaseFile {
  /** Relative to the releases folder: `<yyyy>/<mm>/<slug>.md`. */
  path: string;
  text: string;
}

/** @param exists tells whether a path (relative to the releases folder) is taken. */
export function newReleaseFile(input: NewReleaseInput, now: Date, exists: (path: string) => boolean): NewReleaseFile {
  const title = input.title.replace(/\s+/g, ' ').trim();
  if (!title) throw new InputError('ต้องมีหัวข้อข่าว / --title is required');
  const ministry = resolve(input.ministry, ministryCandidates, 'ministry', 'กระทรวง');
  const provinces = input.provinces
    .flatMap((p) => p.split(','))
    .map((p) => p.trim())
    .filter(Boolean)
    .map((p) => resolve(p, provinceCandidates, 'province', 'จังหวัด'));
  const date = input.date ?? isoDateInBangkok(now);
  if (!parseReleaseDate(date)) throw new InputError(`วันที่ไม่ถูกต้อง / --date must be an ISO date such as 2026-11-23, got "${date}"`);
  if (input.publish && !input.source) throw new InputError('การเผยแพร่ต้องมีที่มา / --publish needs --source');

  const folder = `${date.slice(0, 4)}/${date.slice(5, 7)}`;
  const base = input.slug ?? `${date.slice(0, 10)}-${ministry}`;
  let slug = base;
  if (input.slug !== undefined) {
    if (exists(`${folder}/${slug}.md`))
      throw new InputError(`มีไฟล์นี้อยู่แล้ว จะไม่เขียนทับ / ${folder}/${slug}.md already exists and will not be overwritten`);
  } else {
    for (let n = 2; exists(`${folder}/${slug}.md`); n++) slug = `${base}-${n}`;
  }

  const frontMatter = writeFrontMatter({
    title,
    date,
    ministry,
    provinces,
    source: input.source || undefined,
    draft: input.publish ? undefined : true,
  });
  return { path: `${folder}/${slug}.md`, text: `${frontMatter}${BODY_PLACEHOLDER}` };
}

function resolve(input: string, candidates: readonly Candidate[], what: string, whatTh: string): string {
  const found = findExact(input, candidates);
  if (found) return found;
  const nearest = suggest(input, candidates);
  throw new InputError(`ไม่รู้จัก${whatTh} "${input}" / unknown ${what} "${input}"${nearest ? `; did you mean ${nearest}?` : ''}`);
}
