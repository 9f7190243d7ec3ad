/**
 * Turns schema issues into problems an editor can act on: where (file:line:column),
 * which field, what is wrong and what to write instead — Thai first, English after.
 */
import type { z } from 'astro/zod';
import { suggest } from './resolve-name.ts';
import { readRegistryName, resolveRegistryName, type Registry } from './registry-names.ts';
import { LIMITS, releaseFields, releaseFrontMatterSchema, type ReleaseFrontMatterInput } from './schema.ts';
import type { Position } from './front-matter.ts';
import { readReleaseDate, YEARS } from './date.ts';
import { INVISIBLE } from '@/thai/invisible.ts';
import { photoSrc } from './photo-paths.ts';
import { foldThaiDigits } from '@/thai/digits.ts';
import { daysInMonth } from '@/thai/calendar.ts';
import { thaiDateAsIso, thaiNamedDay, type NamedDay } from '@/thai/written-date.ts';

export interface ReleaseProblem {
  file: string;
  line: number;
  column: number;
  /** Front matter field, or undefined for problems of the whole file. */
  field?: string;
  /** What is wrong, Thai then English. */
  message: string;
  /** What to write instead, when we can tell. */
  fix?: string;
  /**
   * A warning is shown but neither fails `npm run check` nor stops the build; a notice
   * only tells (a scheduled release: when it will appear); absent: an error.
   */
  severity?: 'warning' | 'notice';
}

export const isError = (problem: ReleaseProblem): boolean => problem.severity === undefined;
export const isNotice = (problem: ReleaseProblem): boolean => problem.severity === 'notice';

export function problemFromIssue(
  issue: z.core.$ZodIssue,
  data: Record<string, unknown>,
  file: string,
  positions: Map<string, Position>,
  /** Where a missing field should go: the closing `---` of the front matter. */
  fallback: Position,
): ReleaseProblem {
  const path = issue.path.map(String);
  const field = path[0] ?? '';
  const key = issue.code === 'unrecognized_keys' ? [...path, issue.keys[0] ?? ''].join('.') : path.join('.');
  // The nearest written node: a missing field of a list's entry is shown at the entry.
  const parts = key.split('.');
  const position = parts.map((_, i) => positions.get(parts.slice(0, parts.length - i).join('.'))).find(Boolean) ?? fallback;
  const value = valueAt(data, path);
  const described =
    field === 'image' || field === 'gallery' ? describePhoto(issue, file, value) : describe(issue, field, value, data);
  const problem: ReleaseProblem = { file, ...position, message: described.message };
  if (field) problem.field = path.join('.');
  if (described.fix) problem.fix = described.fix;
  return problem;
}

/**
 * One front-matter value checked on its own, with the messages `npm run check` gives: what
 * `npm run new` says of an answer before it asks the next question. Undefined when it is fine.
 */
export function valueProblem(
  field: keyof ReleaseFrontMatterInput,
  value: unknown,
): { message: string; fix?: string } | undefined {
  const result = releaseFrontMatterSchema.shape[field].safeParse(value);
  if (result.success) return undefined;
  const [first] = result.error.issues;
  if (!first) return undefined;
  const issue = { ...first, path: [field, ...first.path] };
  const data = { [field]: value };
  return describe(issue, field, valueAt(data, issue.path.map(String)), data);
}

const valueAt = (data: Record<string, unknown>, path: readonly string[]): unknown =>
  path.reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], data);

function describe(
  issue: z.core.$ZodIssue,
  field: string,
  value: unknown,
  data: Record<string, unknown>,
): { message: string; fix?: string } {
  if (field === 'updates') return describeUpdate(issue, value);
  if (issue.code === 'unrecognized_keys') {
    const keys = issue.keys.join(', ');
    const fix = nearestField(issue.keys, releaseFields);
    return withFix(`ไม่รู้จักช่อง ${keys} / unknown field ${keys}; fields are ${releaseFields.join(', ')}`, fix);
  }
  if (issue.code === 'too_big' && typeof value === 'string') {
    const length = value.trim().length;
    return {
      message: `${field} ยาว ${length.toLocaleString('en')} ตัวอักษร เกิน ${issue.maximum.toLocaleString('en')} / ${field} is ${length.toLocaleString('en')} characters long, more than ${issue.maximum.toLocaleString('en')}`,
      fix:
        SHORTEN[field] ??
        `ย่อ ${field} ให้เหลือไม่เกิน ${issue.maximum.toLocaleString('en')} ตัวอักษร / shorten ${field} to at most ${issue.maximum.toLocaleString('en')} characters`,
    };
  }
  if (value === undefined) {
    return {
      message: `ขาดช่อง ${field} ซึ่งจำเป็นต้องมี / missing required field ${field}`,
      fix: missingFieldLine(field),
    };
  }
  switch (field) {
    case 'ministry':
    case 'category':
      return describeName(field, value);
    case 'provinces':
      return describeProvinces(value, data);
    case 'date':
    case 'updated':
      return describeDate(field, value);
    case 'source':
      return {
        message: `ที่มาต้องเป็นลิงก์ http หรือ https / source must be an http(s) URL, got ${JSON.stringify(value)}`,
        fix:
          typeof value === 'string' && WITHOUT_SCHEME.test(value.trim())
            ? `source: https://${value.trim()}`
            : missingFieldLine('source'),
      };
    case 'lang':
      return {
        message: `lang ต้องเป็น th (ภาษาไทย) หรือ en (ภาษาอังกฤษ) / lang must be th (Thai) or en (English), got ${JSON.stringify(value)}`,
        fix:
          typeof value === 'string' && /^(en|eng|english|อังกฤษ)/i.test(value.trim())
            ? 'lang: en'
            : 'lang: en สำหรับข่าวภาษาอังกฤษ ข่าวภาษาไทยให้ลบบรรทัดนี้ / lang: en for a release in English; for Thai, delete the line',
      };
    case 'draft':
    case 'nationwide':
      return {
        message: `${field} ต้องเป็น true หรือ false / ${field} must be true or false, got ${JSON.stringify(value)}`,
        fix: `${field}: ${typeof value === 'string' && NO.test(value.trim()) ? 'false' : 'true'}`,
      };
    default:
      return {
        message: `${field} ต้องเป็นข้อความที่ไม่ว่าง / ${field} must be non-empty text, got ${showInvisible(JSON.stringify(value))}`,
        fix: `${field}: "${typeof value === 'number' ? String(value) : '…'}"`,
      };
  }
}

const NOTE = 'note: "แก้ไขอะไร / what changed"';
/** An update's line, with the date the editor wrote when there is one. */
const updateLine = (date = 'ปปปป-ดด-ววTชช:นน'): string => `- { date: ${date}, ${NOTE} }`;

/** `updates`, its entries and their date and note: each named by its number in the list. */
function describeUpdate(issue: z.core.$ZodIssue, value: unknown): { message: string; fix?: string } {
  const [, index, key] = issue.path;
  if (typeof index !== 'number') {
    if (issue.code === 'too_big')
      return {
        message: `มีการปรับปรุงเกิน ${LIMITS.updates} รายการ / updates lists more than ${LIMITS.updates} updates`,
        fix: `เก็บไว้ ${LIMITS.updates} รายการล่าสุด ที่เหลือเล่าในเนื้อข่าว / keep the ${LIMITS.updates} newest updates; the release's text says the rest`,
      };
    return {
      message: `updates ต้องเป็นรายการของวันที่และบันทึก / updates must be a list of updates, each with a date and a note, got ${JSON.stringify(value)}`,
      fix: `updates:\n  ${updateLine(typeof value === 'string' || value instanceof Date ? String(value) : undefined)}`,
    };
  }
  const th = `การปรับปรุงรายการที่ ${index + 1}`;
  const en = `update ${index + 1}`;
  if (issue.code === 'unrecognized_keys') {
    const keys = issue.keys.join(', ');
    const fix = nearestField(issue.keys, ['date', 'note']);
    return withFix(`ไม่รู้จักช่อง ${keys} ใน${th} / unknown field ${keys} in ${en}; an update has only date and note`, fix);
  }
  if (key === undefined)
    return {
      message: `${th} ต้องมี date และ note / ${en} must have a date and a note, got ${JSON.stringify(value)}`,
      fix: updateLine(),
    };
  if (key === 'date') {
    if (value === undefined)
      return {
        message: `${th} ไม่มีวันที่ / ${en} has no date`,
        fix: 'date: ปปปป-ดด-ววTชช:นน (เวลากรุงเทพฯ ที่แก้ไข / yyyy-mm-ddThh:mm, Bangkok time of the correction)',
      };
    const described = describeDate('date', value);
    return { ...described, message: `${th}: ${described.message}` };
  }
  if (value === undefined)
    return {
      message: `${th} ไม่มีบันทึกว่าแก้ไขอะไร / ${en} has no note: say in a few words what changed`,
      fix: NOTE,
    };
  if (issue.code === 'too_big' && typeof value === 'string')
    return {
      message: `บันทึกของ${th} ยาว ${value.trim().length.toLocaleString('en')} ตัวอักษร เกิน ${LIMITS.updateNote} / the note of ${en} is ${value.trim().length.toLocaleString('en')} characters long, more than ${LIMITS.updateNote}`,
      fix: 'บอกสั้น ๆ ในประโยคเดียวว่าแก้อะไร ข้อความที่แก้แล้วอยู่ในเนื้อข่าว / say in a sentence what changed; the corrected text itself is in the body',
    };
  return {
    message: `บันทึกของ${th} ต้องเป็นข้อความที่ไม่ว่าง / the note of ${en} must be non-empty text, got ${showInvisible(JSON.stringify(value))}`,
    fix: NOTE,
  };
}

/** A ministry or category: what the name written stands for, and the line to write. */
function describeName(field: Registry, value: unknown): { message: string; fix?: string } {
  if (typeof value !== 'string')
    return { message: `${field} ต้องเป็นข้อความ / ${field} must be text, got ${JSON.stringify(value)}` };
  const { message, values } = readRegistryName(field, value);
  return withFix(message ?? '', orLines(values.map((v) => `${field}: ${v}`)));
}

/**
 * A province the registry does not know, or a list written without brackets: the fix is the
 * whole line, every name the editor wrote turned into its code (`[อุดร, ขอนแก่น]` → `[TH-41, TH-40]`).
 */
function describeProvinces(value: unknown, data: Record<string, unknown>): { message: string; fix?: string } {
  const written = data['provinces'];
  if (!Array.isArray(written)) {
    const names = splitNames(String(written));
    const codes = names.map((name) => provinceCode(name) ?? name);
    return {
      message: `provinces ต้องเป็นรายการในวงเล็บเหลี่ยม [ ] / provinces must be a list in square brackets, got ${JSON.stringify(written)}`,
      fix: `provinces: [${codes.join(', ')}]`,
    };
  }
  if (typeof value !== 'string')
    return { message: `จังหวัดต้องเป็นรหัส เช่น TH-41 / a province must be a code, got ${JSON.stringify(value)}` };
  const { message, values } = readRegistryName('province', value);
  const codes = written.map((name) => (typeof name === 'string' ? provinceCode(name) : undefined));
  // The whole line when every name has its code; otherwise this one name's codes.
  const fix = codes.every(Boolean) ? `provinces: [${codes.join(', ')}]` : orLines(values);
  return withFix(message ?? '', fix);
}

/** The code a province name stands for, if it stands for one (a near spelling counts: check only suggests). */
function provinceCode(name: string): string | undefined {
  const resolved = resolveRegistryName('province', name);
  return resolved.kind === 'found' || resolved.kind === 'nearest' ? resolved.value : undefined;
}

/** `อุดรธานี, ขอนแก่น` or `อุดรธานี ขอนแก่น`: the names in a list written as one line of text. */
function splitNames(text: string): string[] {
  const byComma = text
    .split(/[,;、]/)
    .map((name) => name.trim())
    .filter(Boolean);
  if (byComma.length > 1 || provinceCode(text.trim())) return byComma;
  return text.split(/\s+/).filter(Boolean);
}

const orLines = (lines: readonly string[]): string | undefined => (lines.length ? lines.join(' หรือ / or ') : undefined);

/**
 * A date the schema cannot read: a Thai-written date or a Buddhist-era year gets the ISO date
 * it stands for; anything else, what is wrong with it and the form to write.
 */
/** `image`, `gallery` and their photos' src, alt and caption: each named by its place, `gallery.2.alt`. */
function describePhoto(issue: z.core.$ZodIssue, file: string, value: unknown): { message: string; fix?: string } {
  const path = issue.path.join('.');
  const example = `{ src: ${photoSrc(file, 'lead.jpg')}, alt: ${ALT_EXAMPLE} }`;
  const key = issue.path.at(-1);
  if (issue.code === 'unrecognized_keys') {
    const keys = issue.keys.join(', ');
    const fix = nearestField(issue.keys, PHOTO_FIELDS);
    return withFix(`ไม่รู้จักช่อง ${keys} ใน ${path} / unknown field ${keys} in ${path}; a photo has only src, alt and caption`, fix);
  }
  if (path === 'gallery' && issue.code === 'too_big')
    return {
      message: `มีภาพเกิน ${LIMITS.gallery} ภาพ / gallery holds more than ${LIMITS.gallery} photos`,
      fix: `keep the ${LIMITS.gallery} that tell the story best; the source site keeps the rest`,
    };
  if (path === 'gallery')
    return {
      message: `gallery ต้องเป็นรายการภาพ / gallery must be a list of photos, each with a src and an alt, got ${JSON.stringify(value)}`,
      fix: `gallery:\n  - ${example}`,
    };
  if (typeof key !== 'string' || !(PHOTO_FIELDS as readonly string[]).includes(key))
    return {
      message: `${path} ต้องมี src และ alt / ${path} must be a photo with a src and an alt, got ${JSON.stringify(value)}`,
      fix: `${path.startsWith('gallery') ? '- ' : 'image: '}${example}`,
    };
  if (value === undefined)
    return key === 'src'
      ? { message: `${path} ไม่มี src / ${path} has no src: the path of the photo`, fix: `src: ${photoSrc(file, 'lead.jpg')}` }
      : { message: `${path} ไม่มีคำบรรยายแทนภาพ / ${path} has no alt: ${ALT_WHY}`, fix: `alt: ${ALT_EXAMPLE}` };
  if (issue.code === 'too_big' && typeof value === 'string') {
    const length = value.trim().length.toLocaleString('en');
    return {
      message: `${path} ยาว ${length} ตัวอักษร เกิน ${issue.maximum.toLocaleString('en')} / ${path} is ${length} characters long, more than ${issue.maximum.toLocaleString('en')}`,
      fix:
        key === 'src'
          ? 'ตั้งชื่อไฟล์ภาพให้สั้นลง / give the photo a shorter file name'
          : 'หนึ่งถึงสองประโยคก็พอ รายละเอียดอยู่ในเนื้อข่าว / a sentence or two is enough; the text of the release says the rest',
    };
  }
  return {
    message: `${path} ต้องเป็นข้อความที่ไม่ว่าง / ${path} must be non-empty text, got ${showInvisible(JSON.stringify(value))}`,
    fix: key === 'src' ? `src: ${photoSrc(file, 'lead.jpg')}` : `${key}: ${ALT_EXAMPLE}`,
  };
}

const PHOTO_FIELDS = ['src', 'alt', 'caption'] as const;
/** Why alt text matters, for messages. */
export const ALT_WHY =
  "say what the photo shows, in the release's language: it is read aloud to readers who cannot see it, and shown when the photo does not load";
/** Who, doing what, where: what a reader who cannot see the photo needs. */
export const ALT_EXAMPLE = '"ปลัดกระทรวงแรงงานมอบวุฒิบัตรแก่ผู้ผ่านการฝึกอาชีพ ที่ศูนย์ฝึกอาชีพเชียงใหม่"';

function describeDate(field: string, value: unknown): { message: string; fix?: string } {
  const shown = JSON.stringify(value);
  const written = typeof value === 'string' ? value.trim() : '';
  const converted = thaiDateAsIso(written);
  if (converted && readReleaseDate(converted).ok) {
    const buddhistIso = /^\d{4}-/.test(foldThaiDigits(written));
    return {
      message: buddhistIso
        ? `ปีใน ${field} เป็นพุทธศักราช ให้เขียนปีคริสต์ศักราช (ลบ 543) / the year in ${field} is Buddhist-era (${shown}): write the Gregorian year (subtract 543)`
        : `${field} เขียนแบบไทย ให้เขียนเป็น ปี ค.ศ.-เดือน-วัน / ${field} is written the Thai way (${shown}): write it as Gregorian year-month-day`,
      fix: `${field}: ${converted}`,
    };
  }
  const fix = `${field}: ${DATE_FORM}`;
  const noSuchDate = (why: { th: string; en: string } | undefined) => ({
    message: `ไม่มีวันที่หรือเวลา ${shown} ในปฏิทิน${why ? `: ${why.th}` : ''} / there is no such date or time as ${shown} in ${field}${why ? `: ${why.en}` : ''}`,
    fix,
  });
  // `30/02/2569`: a Thai-written day that the calendar lacks.
  const named = thaiNamedDay(written);
  const thaiWhy = named && noSuchDay(named.day, named.writtenYear);
  if (thaiWhy) return noSuchDate(thaiWhy);
  const read = readReleaseDate(written);
  const error = read.ok ? 'format' : read.error;
  switch (error) {
    case 'no-such-date':
      return noSuchDate(whyNoSuchDate(written));
    case 'year':
      return {
        message: `ปีใน ${field} ต้องอยู่ระหว่าง ${YEARS.first} ถึง ${YEARS.last} / the year in ${field} must be from ${YEARS.first} to ${YEARS.last}, got ${shown}`,
        fix,
      };
    case 'format':
      return { message: `${field} ไม่ใช่วันที่ที่อ่านได้ / ${field} is not a date that can be read, got ${shown}`, fix };
  }
}

/** What does not exist in a date of the right form: the month, the day of that month, or the time. */
function whyNoSuchDate(written: string): { th: string; en: string } | undefined {
  const [, year, month, day] = /^(\d{4})-(\d{2})-(\d{2})/.exec(written) ?? [];
  if (!year || !month || !day) return undefined;
  return noSuchDay({ year: Number(year), month: Number(month), day: Number(day) }, Number(year)) ?? TIME_RANGE;
}

const TIME_RANGE = { th: 'เวลาต้องอยู่ระหว่าง 00:00 ถึง 23:59', en: 'the time must be from 00:00 to 23:59' };

/** Why the calendar lacks a day, naming the year as the editor wrote it; undefined if it has it. */
function noSuchDay({ year, month, day }: NamedDay, writtenYear: number): { th: string; en: string } | undefined {
  if (month < 1 || month > 12) return { th: 'เดือนต้องเป็น 01 ถึง 12', en: 'the month must be 01 to 12' };
  const days = daysInMonth(year, month);
  if (day >= 1 && day <= days) return undefined;
  const mm = String(month).padStart(2, '0');
  return { th: `เดือน ${mm} ปี ${writtenYear} มี ${days} วัน`, en: `month ${mm} of ${writtenYear} has ${days} days` };
}

/** Zero-width characters written out (`\u200B`), so that an editor sees what is there. */
function showInvisible(text: string): string {
  return text.replace(INVISIBLE, (character) => `\\u${character.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`);
}

/** The known field nearest in spelling to one of the unknown `keys`: the fix for a typo. */
function nearestField(keys: readonly string[], fields: readonly string[]): string | undefined {
  return keys
    .map((key) =>
      suggest(
        key,
        fields.map((field) => ({ value: field, names: [field] })),
      ),
    )
    .find(Boolean);
}

function withFix(message: string, fix: string | undefined): { message: string; fix?: string } {
  return fix ? { message, fix } : { message };
}

const SHORTEN: Record<string, string> = {
  title: 'ย่อหัวข้อข่าว ข้อความที่เหลือใส่ในเนื้อข่าว / shorten the headline; the rest of the text belongs in the body',
  summary: 'ย่อให้เหลือหนึ่งถึงสองประโยค ที่เหลือใส่ในเนื้อข่าว / shorten it to one or two sentences; the rest belongs in the body',
};

/** What a missing field's line looks like: nothing an editor could copy by mistake as a value of theirs. */
const DATE_FORM = 'ปปปป-ดด-วว (ปี ค.ศ. / yyyy-mm-dd, Gregorian year)';

const MISSING: Record<string, string> = {
  title: '"หัวข้อข่าว"',
  date: DATE_FORM,
  ministry: 'ชื่อย่อจาก content/ministries.json (a slug from content/ministries.json)',
  source: 'https://… (ลิงก์ข่าวต้นฉบับ / the original release)',
};

/** The line a missing field needs, with a placeholder for what only the editor knows. */
export const missingFieldLine = (field: string): string => `${field}: ${MISSING[field] ?? '…'}`;

/** `www.mol.go.th/…`: an address written without https://. */
const WITHOUT_SCHEME = /^(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)+(?:[/?#]\S*)?$/i;
const NO = /^(?:no|n|off|false|ไม่|ไม่ใช่)$/i;

const SEVERITY_LABELS = { warning: ' คำเตือน / warning:', notice: ' แจ้ง / note:' } as const;

export function formatProblem(problem: ReleaseProblem): string {
  const where = `${problem.file}:${problem.line}:${problem.column}`;
  const label = problem.severity ? SEVERITY_LABELS[problem.severity] : '';
  const field = `${label}${problem.field ? ` ${problem.field}:` : ''}`;
  const fix = problem.fix ? `\n    แก้เป็น / write instead: ${problem.fix}` : '';
  return `${where}${field} ${problem.message}${fix}`;
}
