/**
 * Everything that can be checked of one release file on its own: YAML, the schema,
 * the file name and folder, and the body. Shared by the content loader and the checker.
 */
import { posix } from 'node:path';
import { splitRelease } from './front-matter.ts';
import { releaseFrontMatterSchema } from './schema/release.ts';
import { problemFromIssue, type ReleaseProblem } from './schema/problems.ts';
import { makeExcerpt } from './excerpt.ts';
import { isoDateInBangkok } from './thai-date.ts';
import type { Release } from './release.ts';
import { SITE } from '../config.ts';

export type ValidationResult =
  | { ok: true; release: Release; body: string }
  | { ok: false; problems: ReleaseProblem[] };

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export function slugFromPath(filePath: string): string {
  return posix.basename(filePath.replaceAll('\\', '/'), '.md');
}

/** @param filePath relative to the project root, with forward slashes; shown in messages. */
export function validateRelease(filePath: string, text: string): ValidationResult {
  const problems: ReleaseProblem[] = [];
  const at = (line: number, message: string, fix?: string): void => {
    problems.push(fix ? { file: filePath, line, column: 1, message, fix } : { file: filePath, line, column: 1, message });
  };

  const slug = slugFromPath(filePath);
  if (!SLUG.test(slug)) {
    at(1, `ชื่อไฟล์ต้องเป็นตัวอักษรละตินพิมพ์เล็ก ตัวเลข และขีด / file name must be lower-case latin letters, digits and hyphens: "${slug}.md"`,
      `${slug.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'yyyy-mm-dd-title'}.md`);
  }

  const split = splitRelease(text);
  if (!split.hasFrontMatter) {
    at(1, 'ไม่มีส่วนหัว (front matter) / the file has no front matter block between --- lines', '---\\ntitle: …\\n---');
    return { ok: false, problems };
  }
  if (split.yamlError) {
    problems.push({ file: filePath, ...split.yamlError.position, message: `YAML อ่านไม่ได้ / YAML does not parse: ${split.yamlError.message}` });
    return { ok: false, problems };
  }

  const parsed = releaseFrontMatterSchema.safeParse(split.data);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) problems.push(problemFromIssue(issue, split.data, filePath, split.positions));
  }
  if (!split.body.trim()) {
    at(split.bodyLine, 'เนื้อข่าวว่าง / the release has no body text', 'write the release text below the closing ---');
  }
  if (parsed.success) checkFolder(filePath, parsed.data.date, split.positions.get('date')?.line ?? 1, at);
  if (!parsed.success || problems.length > 0) return { ok: false, problems };

  const { data } = parsed;
  const release: Release = {
    slug,
    title: data.title,
    date: data.date,
    ministry: data.ministry,
    provinces: data.provinces,
    source: data.source,
    draft: data.draft,
    excerpt: data.summary ?? makeExcerpt(split.body, SITE.excerptLength),
    filePath,
  };
  if (data.summary !== undefined) release.summary = data.summary;
  if (data.updated !== undefined) release.updated = data.updated;
  if (data.office !== undefined) release.office = data.office;
  return { ok: true, release, body: split.body };
}

/** content/releases/<yyyy>/<mm>/<slug>.md: the folders must agree with the date. */
function checkFolder(filePath: string, date: Date, line: number, at: (line: number, message: string, fix?: string) => void): void {
  const folders = posix.dirname(filePath.replaceAll('\\', '/')).split('/');
  const [year, month] = isoDateInBangkok(date).split('-');
  const month2 = folders.at(-1);
  const year2 = folders.at(-2);
  if (year2 !== year || month2 !== month) {
    at(line, `โฟลเดอร์ไม่ตรงกับวันที่ / the folder ${year2}/${month2} does not match the date ${year}-${month}`,
      `move the file to ${[...folders.slice(0, -2), year, month].join('/')}/${posix.basename(filePath)}`);
  }
}
