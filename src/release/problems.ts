/**
 * Turns schema issues into problems an editor can act on: where (file:line:column),
 * which field, what is wrong and what to write instead — Thai first, English after.
 */
import type { z } from 'astro/zod';
import { suggest } from './suggest.ts';
import { categoryCandidates, ministryCandidates, provinceCandidates } from './registry-candidates.ts';
import { LIMITS, releaseFields } from './schema.ts';
import type { Position } from './front-matter.ts';
import { readReleaseDate, YEARS } from './date.ts';
import { INVISIBLE } from '@/thai/invisible.ts';
import { gregorianYear } from '@/thai/buddhist-era.ts';

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

const BUDDHIST_ERA_YEAR = /^(2[4-6]\d\d)(-\d\d-\d\d.*)$/;

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
  const value = path.reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], data);
  const described = describe(issue, field, value);
  const problem: ReleaseProblem = { file, ...position, message: described.message };
  if (field) problem.field = path.join('.');
  if (described.fix) problem.fix = described.fix;
  return problem;
}

function describe(issue: z.core.$ZodIssue, field: string, value: unknown): { message: string; fix?: string } {
  if (field === 'updates') return describeUpdate(issue, value);
  if (issue.code === 'unrecognized_keys') {
    const keys = issue.keys.join(', ');
    const fix = issue.keys
      .map((k) =>
        suggest(
          k,
          releaseFields.map((f) => ({ value: f, names: [f] })),
        ),
      )
      .find(Boolean);
    return withFix(`ไม่รู้จักช่อง ${keys} / unknown field ${keys}; fields are ${releaseFields.join(', ')}`, fix);
  }
  if (issue.code === 'too_big' && typeof value === 'string') {
    const length = value.trim().length;
    return {
      message: `${field} ยาว ${length.toLocaleString('en')} ตัวอักษร เกิน ${issue.maximum.toLocaleString('en')} / ${field} is ${length.toLocaleString('en')} characters long, more than ${issue.maximum.toLocaleString('en')}`,
      fix: SHORTEN[field] ?? `shorten ${field} to at most ${issue.maximum.toLocaleString('en')} characters`,
    };
  }
  if (value === undefined) {
    return {
      message: `ขาดช่อง ${field} ซึ่งจำเป็นต้องมี / missing required field ${field}`,
      fix: `${field}: ${EXAMPLES[field] ?? '…'}`,
    };
  }
  switch (field) {
    case 'ministry':
      return withFix(
        `ไม่รู้จักกระทรวง ${JSON.stringify(value)} / unknown ministry ${JSON.stringify(value)}; use a slug from content/ministries.json`,
        typeof value === 'string' ? suggest(value, ministryCandidates) : undefined,
      );
    case 'provinces':
      if (!Array.isArray(value) && issue.code === 'invalid_type') {
        return { message: 'provinces ต้องเป็นรายการ / provinces must be a list', fix: 'provinces: [TH-50, TH-10]' };
      }
      return withFix(
        `ไม่รู้จักจังหวัด ${JSON.stringify(value)} / unknown province ${JSON.stringify(value)}; use an ISO 3166-2:TH code from content/provinces.json`,
        typeof value === 'string' ? suggest(value, provinceCandidates) : undefined,
      );
    case 'date':
    case 'updated':
      return describeDate(field, value);
    case 'source':
      return {
        message: `ที่มาต้องเป็นลิงก์ http หรือ https / source must be an http(s) URL, got ${JSON.stringify(value)}`,
        fix: `source: ${EXAMPLES['source']}`,
      };
    case 'lang':
      return {
        message: `lang ต้องเป็น th (ภาษาไทย) หรือ en (ภาษาอังกฤษ) / lang must be th (Thai) or en (English), got ${JSON.stringify(value)}`,
        fix:
          typeof value === 'string' && /^(en|eng|english|อังกฤษ)/i.test(value.trim())
            ? 'lang: en'
            : 'lang: en for a release in English; for Thai, delete the line',
      };
    case 'category':
      return withFix(
        `ไม่รู้จักหมวดข่าว ${JSON.stringify(value)} / unknown category ${JSON.stringify(value)}; use a slug from content/categories.json`,
        typeof value === 'string' ? suggest(value, categoryCandidates) : undefined,
      );
    case 'draft':
    case 'nationwide':
      return {
        message: `${field} ต้องเป็น true หรือ false / ${field} must be true or false, got ${JSON.stringify(value)}`,
        fix: `${field}: true`,
      };
    default:
      return {
        message: `${field} ต้องเป็นข้อความที่ไม่ว่าง / ${field} must be non-empty text, got ${showInvisible(JSON.stringify(value))}`,
        fix: `${field}: "${typeof value === 'number' ? String(value) : '…'}"`,
      };
  }
}

const UPDATE_EXAMPLE = '- { date: 2017-11-03T10:00, note: "แก้ไขตัวเลขงบประมาณ" }';

/** `updates`, its entries and their date and note: each named by its number in the list. */
function describeUpdate(issue: z.core.$ZodIssue, value: unknown): { message: string; fix?: string } {
  const [, index, key] = issue.path;
  if (typeof index !== 'number') {
    if (issue.code === 'too_big')
      return {
        message: `มีการปรับปรุงเกิน ${LIMITS.updates} รายการ / updates lists more than ${LIMITS.updates} updates`,
        fix: `keep the ${LIMITS.updates} newest updates; the release's text says the rest`,
      };
    return {
      message: `updates ต้องเป็นรายการของวันที่และบันทึก / updates must be a list of updates, each with a date and a note, got ${JSON.stringify(value)}`,
      fix: `updates:\n  ${UPDATE_EXAMPLE}`,
    };
  }
  const th = `การปรับปรุงรายการที่ ${index + 1}`;
  const en = `update ${index + 1}`;
  if (issue.code === 'unrecognized_keys') {
    const keys = issue.keys.join(', ');
    const fix = issue.keys
      .map((k) =>
        suggest(
          k,
          ['date', 'note'].map((f) => ({ value: f, names: [f] })),
        ),
      )
      .find(Boolean);
    return withFix(`ไม่รู้จักช่อง ${keys} ใน${th} / unknown field ${keys} in ${en}; an update has only date and note`, fix);
  }
  if (key === undefined)
    return {
      message: `${th} ต้องมี date และ note / ${en} must have a date and a note, got ${JSON.stringify(value)}`,
      fix: UPDATE_EXAMPLE,
    };
  if (key === 'date') {
    if (value === undefined) return { message: `${th} ไม่มีวันที่ / ${en} has no date`, fix: 'date: 2017-11-03T10:00 (Bangkok time)' };
    const described = describeDate('date', value);
    return { ...described, message: `${th}: ${described.message}` };
  }
  if (value === undefined)
    return {
      message: `${th} ไม่มีบันทึกว่าแก้ไขอะไร / ${en} has no note: say in a few words what changed`,
      fix: 'note: "แก้ไขตัวเลขงบประมาณ"',
    };
  if (issue.code === 'too_big' && typeof value === 'string')
    return {
      message: `บันทึกของ${th} ยาว ${value.trim().length.toLocaleString('en')} ตัวอักษร เกิน ${LIMITS.updateNote} / the note of ${en} is ${value.trim().length.toLocaleString('en')} characters long, more than ${LIMITS.updateNote}`,
      fix: 'say in a sentence what changed; the corrected text itself is in the body',
    };
  return {
    message: `บันทึกของ${th} ต้องเป็นข้อความที่ไม่ว่าง / the note of ${en} must be non-empty text, got ${showInvisible(JSON.stringify(value))}`,
    fix: 'note: "แก้ไขตัวเลขงบประมาณ"',
  };
}

function describeDate(field: string, value: unknown): { message: string; fix?: string } {
  const shown = JSON.stringify(value);
  const written = typeof value === 'string' ? value.trim() : '';
  const buddhist = BUDDHIST_ERA_YEAR.exec(written);
  const gregorian = buddhist ? `${gregorianYear(Number(buddhist[1]))}${buddhist[2]}` : '';
  // Only a year that makes a real date once read as Buddhist-era is a slip: 2567-13-40 is no date at all.
  if (buddhist && readReleaseDate(gregorian).ok) {
    return {
      message: `ปีใน ${field} ดูเหมือนเป็นพุทธศักราช / the year in ${field} looks Buddhist-era (${shown}); write the Gregorian year`,
      fix: `${field}: ${gregorian}`,
    };
  }
  const read = readReleaseDate(written);
  const error = read.ok ? 'format' : read.error;
  const fix = `${field}: ${EXAMPLES['date']}`;
  switch (error) {
    case 'no-such-date':
      return { message: `ไม่มีวันที่หรือเวลา ${shown} ในปฏิทิน / there is no such date or time as ${shown} in ${field}`, fix };
    case 'year':
      return {
        message: `ปีใน ${field} ต้องอยู่ระหว่าง ${YEARS.first} ถึง ${YEARS.last} / the year in ${field} must be from ${YEARS.first} to ${YEARS.last}, got ${shown}`,
        fix,
      };
    case 'format':
      return { message: `${field} ไม่ใช่วันที่ที่ถูกต้อง / ${field} is not a valid ISO date, got ${shown}`, fix };
  }
}

/** Zero-width characters written out (`\u200B`), so that an editor sees what is there. */
function showInvisible(text: string): string {
  return text.replace(INVISIBLE, (character) => `\\u${character.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`);
}

function withFix(message: string, fix: string | undefined): { message: string; fix?: string } {
  return fix ? { message, fix } : { message };
}

const SHORTEN: Record<string, string> = {
  title: 'shorten the headline; the rest of the text belongs in the body',
  summary: 'shorten it to one or two sentences; the rest belongs in the body',
};

const EXAMPLES: Record<string, string> = {
  title: '"หัวข้อข่าว"',
  date: '2017-11-02',
  ministry: 'labour',
  source: 'https://www.thaigov.go.th/news/contents/details/7766',
};

const SEVERITY_LABELS = { warning: ' คำเตือน / warning:', notice: ' แจ้ง / note:' } as const;

export function formatProblem(problem: ReleaseProblem): string {
  const where = `${problem.file}:${problem.line}:${problem.column}`;
  const label = problem.severity ? SEVERITY_LABELS[problem.severity] : '';
  const field = `${label}${problem.field ? ` ${problem.field}:` : ''}`;
  const fix = problem.fix ? `\n    แก้เป็น / write instead: ${problem.fix}` : '';
  return `${where}${field} ${problem.message}${fix}`;
}
