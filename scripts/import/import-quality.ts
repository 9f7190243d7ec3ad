/**
 * What readers get from an import, counted over folders of raw releases: bodies that open
 * with a date line, bodies with a leftover of the source page, bodies with control or
 * invisible characters, and releases written in English. The checks are written apart
 * from the importer's own rules on purpose, so that they measure them.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { decodeInput } from './decode-input.ts';
import { parseRaw } from './parse-raw.ts';
import { markdownBody } from './release-markdown.ts';
import { detectLanguage } from './detect-language.ts';
import { isMisspeltDateLine, parseSlashDate, parseThaiDateLine } from './thai-date-line.ts';
import { rawReleaseFiles } from '../shared/corpus.ts';

export interface Quality {
  files: number;
  imported: number;
  /** The first paragraph is a date and little else. */
  startsWithDate: number;
  /** Some paragraph is a leftover of the page: lone punctuation, print links, the site's address … */
  withLeftover: number;
  /** C0 (but newline) or C1 control characters in the body. */
  withControl: number;
  /** Bidi marks, zero-width characters, object replacement and private-use glyphs in the body. */
  withInvisible: number;
  /** Bodies with the title again as a paragraph, or its first part (a copy cut short or broken). */
  withRepeatedTitle: number;
  /** Releases with no text but their title, which the body then repeats. */
  titleOnly: number;
  /** Releases the importer marks `lang: en`, and of them how many files are named "Government News". */
  english: number;
  englishGovernmentNews: number;
  /** Files named "Government News" it keeps Thai. */
  thaiGovernmentNews: number;
  /** A few files for each count, to look at. */
  examples: Record<string, string[]>;
}

const LEFTOVER_WORDS = new Set([
  'พิมพ์',
  'อัลบั้มภาพ',
  'ข่าวที่เกี่ยวข้อง',
  'prev',
  'next',
  'พ.ศ. ....',
  'http://www.thaigov.go.th',
  'https://www.thaigov.go.th',
  'www.thaigov.go.th',
]);
const CONTROL = /[\u0000-\u0009\u000B-\u001F\u007F-\u009F]/;
const INVISIBLE = /[\u200B-\u200F\u202A-\u202E\u2060-\u2064\uFEFF\uFFFC\uE000-\uF8FF]/;
const CSS_RULE = /^[\w.#-]+\s*\{[^{}]*\}$/;
const EXAMPLES = 5;

/** Markdown paragraphs back to the text they show (escapes undone). */
function shownParagraphs(markdown: string): string[] {
  return markdown
    .split('\n\n')
    .map((p) => p.trim().replace(/\\([!-/:-@[-`{-~])/g, '$1'))
    .filter((p) => p !== '');
}

function isLeftover(paragraph: string): boolean {
  return !/[\p{L}\p{N}]/u.test(paragraph) || LEFTOVER_WORDS.has(paragraph) || CSS_RULE.test(paragraph);
}

function repeatsTitle(title: string, paragraph: string): boolean {
  const squash = (text: string): string => text.replace(/\s+/g, '');
  return squash(paragraph) === squash(title) || (paragraph.length >= 20 && squash(title).startsWith(squash(paragraph)));
}

export async function measureImport(folders: readonly string[]): Promise<Quality> {
  const q: Quality = {
    files: 0,
    imported: 0,
    startsWithDate: 0,
    withLeftover: 0,
    withControl: 0,
    withInvisible: 0,
    withRepeatedTitle: 0,
    titleOnly: 0,
    english: 0,
    englishGovernmentNews: 0,
    thaiGovernmentNews: 0,
    examples: {},
  };
  const count = (key: keyof Omit<Quality, 'examples' | 'files' | 'imported'>, file: string): void => {
    q[key]++;
    const list = (q.examples[key] ??= []);
    if (list.length < EXAMPLES) list.push(file);
  };
  for (const folder of folders) {
    for (const file of await rawReleaseFiles(folder)) {
      q.files++;
      const decoded = decodeInput(await readFile(file));
      const parsed = decoded.ok ? parseRaw(decoded.text, file) : undefined;
      if (!parsed?.ok) continue;
      q.imported++;
      const { release } = parsed;
      const body = markdownBody(release.paragraphs);
      const paragraphs = shownParagraphs(body);
      const opening = paragraphs[0] ?? '';
      const opensOnDate =
        parseThaiDateLine(opening) !== undefined || parseSlashDate(opening) !== undefined || isMisspeltDateLine(opening);
      if (opening.length <= 40 && opensOnDate) count('startsWithDate', file);
      if (paragraphs.some(isLeftover)) count('withLeftover', file);
      if (CONTROL.test(body)) count('withControl', file);
      if (INVISIBLE.test(body)) count('withInvisible', file);
      // A release whose only text is its title shows it once, on purpose.
      if (paragraphs.length === 1 && repeatsTitle(release.title, paragraphs[0]!)) count('titleOnly', file);
      else if (paragraphs.some((p) => repeatsTitle(release.title, p))) count('withRepeatedTitle', file);
      const english = detectLanguage([release.title, ...release.paragraphs]) === 'en';
      const governmentNews = path.basename(file).startsWith('Government News');
      if (english) count('english', file);
      if (english && governmentNews) count('englishGovernmentNews', file);
      if (!english && governmentNews) count('thaiGovernmentNews', file);
    }
  }
  return q;
}
