/**
 * The release file the importer writes, byte for byte the same for the same input, with
 * a digest of its own content in `imported:` so that a later import can tell whether an
 * editor has changed the file since (and then leave it alone).
 */
import { createHash } from 'node:crypto';
import { escapeMarkdownText, escapeNumbered, NUMBERED } from './escape-markdown.ts';
import type { RawRelease } from './raw-release.ts';
import type { ReleaseFrontMatterInput, ReleaseLanguage } from '@/release/schema.ts';
import { namesWholeCountry } from '@/release/nationwide.ts';
import { writeFrontMatter } from '@/release/write-front-matter.ts';
import { cabinetHeadings, ENGLISH_HEAD, type HeadingLevel } from './cabinet-headings.ts';

export interface ImportedFile {
  /** `<yyyy>/<mm>/<yyyy-mm-dd>-<source id>.md` (or `-<programme>.md`), relative to the output folder. */
  path: string;
  text: string;
}

// Prefixed so YAML never reads the digest as a number (934389595677579, 1e57…).
const DIGEST_LINE = /^imported: sha256:([0-9a-f]{16})\n/m;

/** What the detectors found in a release. */
export interface Classification {
  ministry: string;
  provinces: readonly string[];
  lang?: ReleaseLanguage;
  category?: string | undefined;
  /** For a close call: the note after `ministry:` that asks an editor to check it (src/release/close-call-note.ts). */
  ministryNote?: string | undefined;
}

export function releaseMarkdown(
  release: RawRelease,
  { ministry, provinces, lang = 'th', category, ministryNote }: Classification,
): ImportedFile {
  // A release naming most of the country is about all of it (src/release/nationwide.ts).
  const nationwide = namesWholeCountry(provinces);
  const frontMatter: ReleaseFrontMatterInput = {
    title: release.title,
    date: release.date,
    ministry,
    provinces: nationwide ? undefined : [...provinces],
    nationwide: nationwide || undefined,
    category,
    source: release.source,
    summary: release.summary,
    // Only a draft may leave the source out: a transcript waits for an editor to give thaigov's address.
    draft: release.source === undefined || undefined,
    office: release.office || undefined,
    // Thai is the default; only the exception is written.
    lang: lang === 'th' ? undefined : lang,
  };
  const body = markdownBody(release.paragraphs, cabinetHeadings(release.title, release.paragraphs));
  const notes = ministryNote ? { ministry: ministryNote } : {};
  const unsigned = `${writeFrontMatter(frontMatter, notes)}${body}`;
  const text = `${writeFrontMatter({ ...frontMatter, imported: `sha256:${importDigest(unsigned)}` }, notes)}${body}`;
  return { path: `${release.date.slice(0, 4)}/${release.date.slice(5, 7)}/${release.fileStem}.md`, text };
}

/**
 * Paragraphs as Markdown; numbered lines stay a list only when they run 1, 2, 3 …; the
 * paragraphs in `headings` (see cabinet-headings.ts) become headings of that level.
 */
export function markdownBody(paragraphs: readonly string[], headings: ReadonlyMap<number, HeadingLevel> = new Map()): string {
  const number = (i: number): number | undefined => {
    const line = paragraphs[i];
    const match = line === undefined || headings.has(i) ? null : NUMBERED.exec(line);
    return match ? Number(match[1]) : undefined;
  };
  const lines = paragraphs.map((paragraph, i) => {
    const level = headings.get(i);
    const text = escapeMarkdownText(level ? paragraph.replace(ENGLISH_HEAD, '') : paragraph);
    // A heading's closing #s would be dropped: `เรื่อง ข้อ #` keeps its #.
    if (level) return `${'#'.repeat(level)} ${text.replace(/(\s)(#+)$/, '$1\\$2')}`;
    const n = number(i);
    const inRun = n !== undefined && (number(i - 1) === n - 1 || number(i + 1) === n + 1);
    return n !== undefined && !inRun ? escapeNumbered(text) : text;
  });
  return `${lines.join('\n\n')}\n`;
}

/** Digest of a release file's text without its `imported:` line. */
function importDigest(text: string): string {
  return createHash('sha256').update(text.replace(DIGEST_LINE, '')).digest('hex').slice(0, 16);
}

/** True when the file still is exactly what an import wrote. */
export function isUnedited(text: string): boolean {
  const recorded = DIGEST_LINE.exec(text)?.[1];
  return recorded !== undefined && recorded === importDigest(text);
}
