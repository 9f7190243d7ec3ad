/**
 * Everything that can be checked of one release file on its own: YAML, the schema,
 * the file name and folder, and the body. Shared by the content loader and the checker.
 */
import { posix } from 'node:path';
import { splitRelease, type SplitRelease } from './front-matter.ts';
import { releaseFrontMatterSchema, LIMITS } from './schema.ts';
import { missingFieldLine, problemFromIssue, type ReleaseProblem } from './problems.ts';
import { makeExcerpt } from './excerpt.ts';
import { linkedSourceKeys } from './linked-sources.ts';
import { findRawHtml } from './raw-html.ts';
import { describeYamlError } from './yaml-problems.ts';
import { SLUG, toSlug } from './slug.ts';
import { findUnpublishableCharacters, characterName } from './characters.ts';
import { findDeepNesting, MAX_NESTING } from './markdown-nesting.ts';
import { isStaleCloseCallNote } from './close-call-note.ts';
import { namesWholeCountry } from './nationwide.ts';
import { formatEnglishDateTime, formatThaiDateTime, isoDateInBangkok, isoDateTimeInBangkok } from '@/thai/date.ts';
import { isScheduled, type Release } from './release.ts';
import type { ReleaseFrontMatter } from './schema.ts';
import { SITE } from '@/config.ts';
import { photoReferences, type PhotoReference } from './photo-references.ts';
import { photoRuleProblems } from './photo-rules.ts';

export interface ValidRelease {
  ok: true;
  release: Release;
  body: string;
  warnings: ReleaseProblem[];
  /** The photos it names, for the checks of the files themselves (photo-files.ts). */
  photos: PhotoReference[];
}

export type ValidationResult = ValidRelease | { ok: false; problems: ReleaseProblem[] };

export function slugFromPath(filePath: string): string {
  return posix.basename(filePath.replaceAll('\\', '/'), '.md');
}

export interface ValidationOptions {
  /**
   * The build's time (src/config.ts): a release dated later is scheduled, which a notice
   * says, and an update dated later is refused. Without it neither is looked at.
   */
  now?: Date;
}

/**
 * @param filePath relative to the project root, with forward slashes; shown in messages.
 * Never throws: input no rule foresaw is still a problem naming the file, not a stack trace.
 */
export function validateRelease(filePath: string, text: string, options: ValidationOptions = {}): ValidationResult {
  try {
    return validate(filePath, text, options);
  } catch (error) {
    return {
      ok: false,
      problems: [
        {
          file: filePath,
          line: 1,
          column: 1,
          message: `ตรวจไฟล์นี้ไม่ได้ / this file cannot be read as a release: ${(error as Error).message}`,
          fix: "หาข้อความแปลก ๆ ในไฟล์ ถ้าไม่พบ ส่งข้อความนี้พร้อมไฟล์ให้ผู้ดูแลเว็บไซต์ / look for unusual text in the file; if none, report this message with the file to the site's maintainers",
        },
      ],
    };
  }
}

function validate(filePath: string, text: string, options: ValidationOptions): ValidationResult {
  const problems: ReleaseProblem[] = [];
  const warnings: ReleaseProblem[] = [];
  const at = (line: number, message: string, fix?: string): void => {
    problems.push(fix ? { file: filePath, line, column: 1, message, fix } : { file: filePath, line, column: 1, message });
  };

  const slug = slugFromPath(filePath);
  if (!SLUG.test(slug)) {
    at(
      1,
      `ชื่อไฟล์ต้องเป็นตัวอักษรละตินพิมพ์เล็ก ตัวเลข และขีด / file name must be lower-case latin letters, digits and hyphens: "${slug}.md"`,
      `${toSlug(slug) ?? 'yyyy-mm-dd-title'}.md`,
    );
  }

  const split = splitRelease(text);
  if (!split.hasFrontMatter) {
    at(1, 'ไม่มีส่วนหัว (front matter) / the file has no front matter block between --- lines', '---\\ntitle: …\\n---');
    return { ok: false, problems };
  }
  const characters = findCharacterProblems(filePath, text, split);
  if (characters.length) return { ok: false, problems: [...problems, ...characters] };
  if (split.yamlError) {
    problems.push({ file: filePath, ...split.yamlError.position, ...describeYamlError(split.yamlError, text) });
    return { ok: false, problems };
  }

  const parsed = releaseFrontMatterSchema.safeParse(split.data);
  if (!parsed.success) {
    const closingLine = { line: split.bodyLine - 1, column: 1 };
    for (const issue of parsed.error.issues)
      problems.push(problemFromIssue(issue, split.data, filePath, split.positions, closingLine));
  }
  if (split.data['draft'] !== true && split.data['source'] === undefined) {
    problems.push({
      file: filePath,
      line: split.bodyLine - 1,
      column: 1,
      field: 'source',
      message: 'ขาดช่อง source ซึ่งจำเป็นต้องมีเมื่อเผยแพร่ / missing required field source (only a draft may leave it out)',
      fix: missingFieldLine('source'),
    });
  }
  if (!split.body.trim()) {
    at(
      split.bodyLine,
      'เนื้อข่าวว่าง / the release has no body text',
      'เขียนเนื้อข่าวใต้บรรทัด --- ปิด / write the release text below the closing ---',
    );
  }
  const bodyBytes = Buffer.byteLength(split.body);
  if (bodyBytes > LIMITS.bodyWarning) {
    const megabytes = (bytes: number): string => `${(bytes / 1_000_000).toLocaleString('en', { maximumFractionDigits: 1 })} MB`;
    const size = megabytes(bodyBytes);
    const refused = bodyBytes > LIMITS.body;
    (refused ? problems : warnings).push({
      file: filePath,
      line: split.bodyLine,
      column: 1,
      ...(refused ? {} : { severity: 'warning' as const }),
      message: refused
        ? `เนื้อข่าวยาวเกิน ${megabytes(LIMITS.body)} / the body is ${size}, more than the ${megabytes(LIMITS.body)} a release may have`
        : `เนื้อข่าวยาวเกิน ${megabytes(LIMITS.bodyWarning)} / the body is ${size}: pages and search get slow over ${megabytes(LIMITS.bodyWarning)}, and over ${megabytes(LIMITS.body)} a release is refused`,
      fix: 'แบ่งเป็นหลายข่าว หรือคงภาคผนวกและตารางยาวไว้ที่เว็บไซต์ต้นฉบับแล้วใส่ลิงก์ / split it into several releases, or leave long annexes and tables on the source site and link to them',
    });
  }
  const nesting = bodyBytes > LIMITS.body ? undefined : findDeepNesting(split.body);
  // A body refused for its size or nesting is not parsed: that is what would fail.
  const parsable = bodyBytes <= LIMITS.body && !nesting;
  if (nesting) {
    at(
      split.bodyLine + nesting.line - 1,
      `ข้อความซ้อนกันลึกเกิน ${MAX_NESTING} ชั้น / quotes or lists are nested ${nesting.depth} deep here, more than ${MAX_NESTING}: the page cannot be built`,
      'ลบเครื่องหมาย > เครื่องหมายรายการ หรือการเยื้องที่เกินมาต้นบรรทัด / remove the extra > and list markers (or indentation) at the start of the line',
    );
  }
  for (const html of parsable ? findRawHtml(split.body) : []) {
    problems.push({
      file: filePath,
      line: split.bodyLine + html.line - 1,
      column: html.column,
      message: `มี HTML ที่จะถูกตัดออกจากหน้าเว็บ / raw HTML ${JSON.stringify(html.html)} will be removed from the page`,
      fix: 'เขียนเป็น Markdown (**ตัวหนา**, [ข้อความ](https://…)) หรือใส่ \\ หน้า < เพื่อแสดงเป็นข้อความ / write it in Markdown (**bold**, [text](https://…)), or put a backslash before < to show it as text: \\<',
    });
  }
  if (parsed.success && !parsed.data.nationwide && namesWholeCountry(parsed.data.provinces)) {
    const count = parsed.data.provinces.length;
    warnings.push({
      file: filePath,
      line: split.positions.get('provinces')?.line ?? 1,
      column: 1,
      field: 'provinces',
      severity: 'warning',
      message: `ระบุ ${count} จังหวัด ข่าวที่เกี่ยวกับทั้งประเทศให้ใช้ nationwide: true แทนรายชื่อจังหวัด / lists ${count} provinces: a release about the whole country says nationwide: true instead, so it does not flood every province's page`,
      fix: 'nationwide: true และ provinces: [] (หรือเก็บเฉพาะจังหวัดที่ข่าวเจาะจงถึง) / nationwide: true and provinces: [] (or keep only the provinces the release is specially about)',
    });
  }
  if (parsed.success && isStaleCloseCallNote(split.comments.get('ministry'), parsed.data.ministry)) {
    warnings.push({
      file: filePath,
      line: split.positions.get('ministry')?.line ?? 1,
      column: 1,
      field: 'ministry',
      severity: 'warning',
      message: `หมายเหตุ “ควรตรวจ” ยังอยู่ แต่กระทรวงเป็น ${parsed.data.ministry} ตามที่หมายเหตุเสนอแล้ว / the close-call note still asks whether this is ${parsed.data.ministry}, which the ministry now is: it was checked`,
      fix: 'ลบหมายเหตุตั้งแต่ # จนสุดบรรทัด / delete the note, from # to the end of the line',
    });
  }
  const photos = parsed.success ? photoReferences(parsed.data, split.positions, parsable ? split.body : '', split.bodyLine) : [];
  if (parsed.success) {
    problems.push(...photoRuleProblems(filePath, photos, parsed.data.lang));
    const dateLine = split.positions.get('date')?.line ?? 1;
    checkFolder(filePath, parsed.data.date, dateLine, at);
    checkUpdates(parsed.data, split.positions, options.now, at);
    if (options.now && problems.length === 0 && isScheduled(parsed.data, options.now))
      warnings.push(scheduledNotice(filePath, parsed.data.date, dateLine));
  }
  if (!parsed.success || problems.length > 0) return { ok: false, problems };

  const { lang, imported: _imported, ...fields } = parsed.data;
  // Newest first, as the page lists them; the newest is the release's last update.
  const updates = [...fields.updates].sort((a, b) => b.date.getTime() - a.date.getTime());
  const updated = updates[0]?.date ?? fields.updated;
  const release: Release = {
    ...fields,
    updates,
    ...(updated ? { updated } : {}),
    ...(lang === 'th' ? {} : { lang }),
    excerpt: fields.summary ?? makeExcerpt(split.body, SITE.excerptLength),
    filePath,
    slug,
  };
  const linked = linkedSourceKeys(split.body);
  if (linked.length > 0) release.linkedSources = linked;
  return { ok: true, release, body: split.body, warnings, photos };
}

/** Enough to find the pattern; a binary file would otherwise give thousands. */
const MAX_CHARACTER_PROBLEMS = 10;

/**
 * Invisible characters that cannot be published: typed into the file (shown at their
 * line and column) or written as YAML escapes such as "\ud800" or "\e" (shown at the field).
 */
function findCharacterProblems(file: string, text: string, split: SplitRelease): ReleaseProblem[] {
  const fieldAt = (line: number): string | undefined =>
    line >= split.bodyLine
      ? undefined
      : [...split.positions]
          .filter(([key, at]) => !key.includes('.') && at.line <= line)
          .sort(([, a], [, b]) => b.line - a.line)[0]?.[0];
  const typed = findUnpublishableCharacters(text);
  // Typed characters show in the front matter's values too: report them once, where they stand.
  const escaped = typed.length
    ? []
    : Object.entries(split.data).flatMap(([field, value]) =>
        [value]
          .flat()
          .filter((item): item is string => typeof item === 'string')
          .flatMap((item) =>
            findUnpublishableCharacters(item).map((index) => ({ field, name: characterName(item.charAt(index)) })),
          ),
      );
  const shown = [
    ...typed.slice(0, MAX_CHARACTER_PROBLEMS).map((index): ReleaseProblem => {
      const name = characterName(text.charAt(index));
      const line = text.slice(0, index).split('\n').length;
      const column = index - text.lastIndexOf('\n', index - 1);
      const field = fieldAt(line);
      return {
        file,
        line,
        column,
        ...(field ? { field } : {}),
        message: `มีอักขระที่มองไม่เห็นซึ่งเผยแพร่ไม่ได้ ${name} / the invisible character ${name} cannot be published: it breaks the search index and feeds`,
        fix: `ลบอักขระที่บรรทัด ${line} คอลัมน์ ${column} (ถ้าโปรแกรมไม่แสดง ให้พิมพ์คำรอบ ๆ ใหม่) / delete the character at line ${line}, column ${column} (retype the word around it if your editor does not show it)`,
      };
    }),
    ...escaped.slice(0, MAX_CHARACTER_PROBLEMS).map(({ field, name }): ReleaseProblem => ({
      file,
      ...(split.positions.get(field) ?? { line: 1, column: 1 }),
      field,
      message: `${field} มีอักขระที่มองไม่เห็นซึ่งเผยแพร่ไม่ได้ ${name} / ${field} holds the invisible character ${name}, which cannot be published`,
      fix: `ลบ escape ที่เขียนอักขระนี้ (เช่น \\u${name.slice(2, 6)}, \\x.., \\e หรือ \\a) ออกจาก ${field} / remove the escape that writes it (such as \\u${name.slice(2, 6)}, \\x.., \\e or \\a) from ${field}`,
    })),
  ];
  const more = typed.length + escaped.length - shown.length;
  if (more === 0) return shown;
  return [
    ...shown,
    {
      file,
      line: shown.at(-1)!.line,
      column: 1,
      message: `และอีก ${more.toLocaleString('en')} ตัว / and ${more.toLocaleString('en')} more such characters`,
      fix: 'ลบทั้งหมด ไฟล์นี้อาจไม่ใช่ข้อความ / delete them all; the file may not be text',
    },
  ];
}

/**
 * A release dated later than the build is held back until then (src/release/release.ts):
 * not a problem, but the editor is told when it will appear.
 */
function scheduledNotice(file: string, date: Date, line: number): ReleaseProblem {
  return {
    file,
    line,
    column: 1,
    field: 'date',
    severity: 'notice',
    message: `ตั้งเวลาไว้ จะเผยแพร่ วันที่ ${formatThaiDateTime(date)} (เวลากรุงเทพฯ) ในการสร้างเว็บไซต์รอบแรกหลังเวลานั้น / scheduled: it will be published on ${formatEnglishDateTime(date)} Bangkok time, with the first build after then (the site rebuilds every hour); until then it is left out of the site`,
  };
}

/**
 * `updates` and `updated` say the same thing once; an update comes after the release and
 * not after now (a correction is written when it is made; a later one is a typo).
 */
function checkUpdates(
  data: ReleaseFrontMatter,
  positions: Map<string, { line: number }>,
  now: Date | undefined,
  at: (line: number, message: string, fix?: string) => void,
): void {
  const lineOf = (key: string): number => positions.get(key)?.line ?? positions.get('updates')?.line ?? 1;
  if (data.updated && data.updates.length) {
    at(
      lineOf('updated'),
      'มีทั้ง updated และ updates / updated and updates are both given: with updates, the last update is the newest entry of the list',
      `ลบบรรทัด updated: ถ้าการแก้ไขนั้นยังไม่อยู่ใน updates ให้เพิ่มพร้อมบันทึก / delete the line updated: and, if that update is not in the list, add it with a note: - { date: ${isoDateInBangkok(data.updated)}, note: "…" }`,
    );
  }
  const published = isoDateTimeInBangkok(data.date);
  data.updates.forEach((update, index) => {
    const line = lineOf(`updates.${index}.date`);
    const written = isoDateTimeInBangkok(update.date);
    if (update.date.getTime() < data.date.getTime()) {
      at(
        line,
        `การปรับปรุงรายการที่ ${index + 1} ลงวันที่ก่อนวันเผยแพร่ / update ${index + 1} is dated ${written}, before the release itself (${published})`,
        `date: ${published} หรือหลังจากนั้น (แก้ก่อนเผยแพร่ไม่ต้องบันทึก แก้ข้อความได้เลย) / date: ${published} or later (a fix made before publication needs no update: correct the text)`,
      );
    } else if (now && !data.draft && !isScheduled(data, now) && update.date.getTime() > now.getTime()) {
      at(
        line,
        `การปรับปรุงรายการที่ ${index + 1} ลงวันที่ในอนาคต / update ${index + 1} is dated ${written}, later than now (${isoDateTimeInBangkok(now)} in Bangkok)`,
        `date: ${isoDateTimeInBangkok(now)} (เวลาที่แก้ไข เวลากรุงเทพฯ / the time the correction is made, Bangkok time)`,
      );
    }
  });
  if (data.updated && data.updated.getTime() < data.date.getTime()) {
    at(
      lineOf('updated'),
      `updated ลงวันที่ก่อนวันเผยแพร่ / updated is ${isoDateTimeInBangkok(data.updated)}, before the release itself (${published})`,
      `updated: ${published} หรือหลังจากนั้น หรือลบบรรทัดนี้ / updated: ${published} or later, or delete the line`,
    );
  }
}

/** content/releases/<yyyy>/<mm>/<slug>.md: the folders must agree with the date. */
function checkFolder(
  filePath: string,
  date: Date,
  line: number,
  at: (line: number, message: string, fix?: string) => void,
): void {
  const folders = posix.dirname(filePath.replaceAll('\\', '/')).split('/');
  const [year, month] = isoDateInBangkok(date).split('-');
  const month2 = folders.at(-1);
  const year2 = folders.at(-2);
  if (year2 !== year || month2 !== month) {
    at(
      line,
      `โฟลเดอร์ไม่ตรงกับวันที่ / the folder ${year2}/${month2} does not match the date ${year}-${month}`,
      `ย้ายไฟล์ไปที่ / move the file to ${[...folders.slice(0, -2), year, month].join('/')}/${posix.basename(filePath)}`,
    );
  }
}
