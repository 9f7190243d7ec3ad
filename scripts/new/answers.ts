/**
 * What `npm run new` needs, each answer read and checked on its own as it is given, with
 * the messages `npm run check` would give: names become slugs and codes (เกษตร →
 * agriculture, อุดร → TH-41), Thai-written dates become ISO dates (20 พ.ย. 2569 →
 * 2026-11-20), and anything else is refused with a hint, so nothing reaches the file that
 * check would refuse.
 */
import { describeValue, readRegistryName, resolveRegistryName } from '@/release/registry-names.ts';
import { valueProblem } from '@/release/problems.ts';
import { parseReleaseDate } from '@/release/date.ts';
import { SLUG, toSlug } from '@/release/slug.ts';
import { isoDateInBangkok, yearMonthInBangkok } from '@/thai/date.ts';
import { thaiDateAsIso } from '@/thai/written-date.ts';
import type { ReleaseFrontMatterInput } from '@/release/schema.ts';

export interface NewRelease {
  title: string;
  ministry: string;
  provinces: string[];
  /** ISO date or date-time, Bangkok time. */
  date: string;
  source: string | undefined;
  /** The file name without `.md`, and the address: it never changes once published. */
  slug: string;
}

/** A value, with how the editor's text was read when it was not taken as written; or why it was refused. */
export type Answer<T> = { ok: true; value: T; read?: string } | { ok: false; hint: string };

export interface Context {
  now: Date;
  /** Whether a path relative to the releases folder (`2026/11/x.md`) is taken. */
  exists: (path: string) => boolean;
}

export interface Question<K extends keyof NewRelease> {
  key: K;
  /** The flag that gives it: --title, --province … */
  flag: string;
  /** Thai, then English; `fallback` is what an empty answer means, shown in brackets. */
  prompt: string;
  /** The value an empty answer takes, given the answers before it; undefined when one is required. */
  fallback?: (so: Partial<NewRelease>, context: Context) => string;
  /** Answers this one is built on (the slug on the date and ministry): without them it is not asked. */
  needs?: readonly (keyof NewRelease)[];
  read: (text: string, so: Partial<NewRelease>, context: Context) => Answer<NewRelease[K]>;
}

type AnyQuestion = { [K in keyof NewRelease]: Question<K> }[keyof NewRelease];

/** Thai, then English, the check's message and the line it suggests without the field's name. */
function refused(field: keyof ReleaseFrontMatterInput, value: unknown): { ok: false; hint: string } | undefined {
  const problem = valueProblem(field, value);
  if (!problem) return undefined;
  const fix = problem.fix?.replaceAll(`${field}: `, '');
  return { ok: false, hint: fix ? `${problem.message}\n  แก้เป็น / write instead: ${fix}` : problem.message };
}

const required = (th: string, en: string): { ok: false; hint: string } => ({
  ok: false,
  hint: `ต้องระบุ${th} / ${en} is required`,
});

/** `2026/11`: the folder of a date, in Bangkok. */
export function folderOf(date: string): string {
  const parsed = parseReleaseDate(date);
  if (!parsed) throw new RangeError(`not a release date: ${date}`);
  const { year, month } = yearMonthInBangkok(parsed);
  return `${year}/${String(month).padStart(2, '0')}`;
}

/** `base`, or `base-2`, `base-3` … when it is taken in the folder of the release's date. */
function freeSlug(base: string, date: string, context: Context): string {
  let slug = base;
  for (let n = 2; context.exists(`${folderOf(date)}/${slug}.md`); n++) slug = `${base}-${n}`;
  return slug;
}

export const QUESTIONS: readonly AnyQuestion[] = [
  {
    key: 'title',
    flag: 'title',
    prompt: 'หัวข้อข่าว / title',
    read: (text) => {
      const title = text.replace(/\s+/g, ' ').trim();
      if (!title) return required('หัวข้อข่าว', 'a title');
      return refused('title', title) ?? { ok: true, value: title };
    },
  },
  {
    key: 'ministry',
    flag: 'ministry',
    prompt: 'กระทรวง (ชื่อหรือชื่อย่อ) / ministry (name or slug)',
    read: (text) => {
      if (!text.trim()) return required('กระทรวง', 'a ministry');
      const resolved = resolveRegistryName('ministry', text);
      if (resolved.kind === 'found')
        return resolved.value === text.trim()
          ? { ok: true, value: resolved.value }
          : { ok: true, value: resolved.value, read: `${text.trim()} → ${describeValue('ministry', resolved.value)}` };
      return { ok: false, hint: readRegistryName('ministry', text).message ?? '' };
    },
  },
  {
    key: 'provinces',
    flag: 'province',
    prompt: 'จังหวัด คั่นด้วยจุลภาค เว้นว่างถ้าไม่เจาะจงจังหวัด / provinces, comma-separated (empty for none)',
    fallback: () => '',
    read: (text) => {
      const names = text
        .split(/[,،、]/)
        .map((name) => name.trim())
        .filter(Boolean);
      const codes: string[] = [];
      const hints: string[] = [];
      const read: string[] = [];
      for (const name of names) {
        const resolved = resolveRegistryName('province', name);
        if (resolved.kind !== 'found') hints.push(readRegistryName('province', name).message ?? '');
        else {
          if (!codes.includes(resolved.value)) codes.push(resolved.value);
          if (resolved.value !== name) read.push(`${name} → ${describeValue('province', resolved.value)}`);
        }
      }
      if (hints.length) return { ok: false, hint: hints.join('\n') };
      return read.length ? { ok: true, value: codes, read: read.join(', ') } : { ok: true, value: codes };
    },
  },
  {
    key: 'date',
    flag: 'date',
    prompt: 'วันที่ / date',
    fallback: (_, { now }) => isoDateInBangkok(now),
    read: (text) => {
      const written = text.trim();
      if (parseReleaseDate(written)) return { ok: true, value: written };
      // 20 พ.ย. 2569, 20/11/2569, 2569-11-20: the date the editor meant, shown as read.
      const iso = thaiDateAsIso(written);
      if (iso && parseReleaseDate(iso)) return { ok: true, value: iso, read: `${written} → ${iso}` };
      return refused('date', written) ?? required('วันที่', 'a date');
    },
  },
  {
    key: 'source',
    flag: 'source',
    prompt: 'ที่มา ลิงก์ข่าวต้นฉบับ เว้นว่างได้ / source URL (optional)',
    fallback: () => '',
    read: (text) => {
      const source = text.trim();
      if (!source) return { ok: true, value: undefined };
      return refused('source', source) ?? { ok: true, value: source };
    },
  },
  {
    key: 'slug',
    flag: 'slug',
    needs: ['date', 'ministry'],
    prompt: 'ชื่อไฟล์ (slug) ที่อยู่ของข่าว เปลี่ยนไม่ได้หลังเผยแพร่ / slug, the address: it never changes once published',
    // `2026-11-20-agriculture`: the date and the ministry.
    fallback: (so, context) => freeSlug(`${so.date!.slice(0, 10)}-${so.ministry!}`, so.date!, context),
    read: (text, so, context) => {
      const slug = text.trim();
      if (!SLUG.test(slug)) {
        const suggestion = toSlug(slug);
        return {
          ok: false,
          hint: `ชื่อไฟล์ใช้ได้เฉพาะ a-z, 0-9 และ - / a slug is lower-case latin letters, digits and hyphens, got ${JSON.stringify(slug)}${suggestion ? `\n  แก้เป็น / write instead: ${suggestion}` : ''}`,
        };
      }
      const path = `${folderOf(so.date!)}/${slug}.md`;
      if (context.exists(path))
        return {
          ok: false,
          hint: `มีไฟล์ ${path} อยู่แล้ว จะไม่เขียนทับ / ${path} already exists and will not be overwritten\n  แก้เป็น / write instead: ${freeSlug(slug, so.date!, context)}`,
        };
      return { ok: true, value: slug };
    },
  },
];
