/**
 * Turns schema issues into problems an editor can act on: where (file:line:column),
 * which field, what is wrong and what to write instead — Thai first, English after.
 */
import type { z } from 'astro/zod';
import { suggest } from './suggest.ts';
import { categoryCandidates, ministryCandidates, provinceCandidates } from './registry-candidates.ts';
import { releaseFields } from './schema.ts';
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
  /** A warning is shown but neither fails `npm run check` nor stops the build; absent: an error. */
  severity?: 'warning';
}

export const isError = (problem: ReleaseProblem): boolean => problem.severity !== 'warning';

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
  const key = issue.code === 'unrecognized_keys' ? (issue.keys[0] ?? '') : path.join('.');
  const position = positions.get(key) ?? positions.get(field) ?? fallback;
  const value = path.reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], data);
  const described = describe(issue, field, value);
  const problem: ReleaseProblem = { file, ...position, message: described.message };
  if (field) problem.field = path.join('.');
  if (described.fix) problem.fix = described.fix;
  return problem;
}

function describe(issue: z.core.$ZodIssue, field: string, value: unknown): { message: string; fix?: string } {
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

export function formatProblem(problem: ReleaseProblem): string {
  const where = `${problem.file}:${problem.line}:${problem.column}`;
  const field = `${problem.severity === 'warning' ? ' คำเตือน / warning:' : ''}${problem.field ? ` ${problem.field}:` : ''}`;
  const fix = problem.fix ? `\n    แก้เป็น / write instead: ${problem.fix}` : '';
  return `${where}${field} ${problem.message}${fix}`;
}
