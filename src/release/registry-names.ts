/**
 * A ministry, province or category name the registries do not hold as written, explained
 * for an editor in Thai and English: what it is (an informal name), what it could be (a
 * part of several names, a near spelling), or that it is none. `npm run check` shows it for
 * a field, `npm run new` for an answer.
 */
import { resolveName, type Candidate, type Resolution } from './resolve-name.ts';
import { categoryCandidates, ministryCandidates, provinceCandidates } from './registry-candidates.ts';

export type Registry = 'ministry' | 'province' | 'category';

interface RegistryWords {
  th: string;
  en: string;
  /** What the front matter holds: a slug or a code. */
  valueTh: string;
  valueEn: string;
  file: string;
  candidates: readonly Candidate[];
}

const REGISTRIES: Record<Registry, RegistryWords> = {
  ministry: {
    th: 'กระทรวง',
    en: 'ministry',
    valueTh: 'ชื่อย่อ',
    valueEn: 'slug',
    file: 'content/ministries.json',
    candidates: ministryCandidates,
  },
  province: {
    th: 'จังหวัด',
    en: 'province',
    valueTh: 'รหัส',
    valueEn: 'code',
    file: 'content/provinces.json',
    candidates: provinceCandidates,
  },
  category: {
    th: 'หมวดข่าว',
    en: 'category',
    valueTh: 'ชื่อย่อ',
    valueEn: 'slug',
    file: 'content/categories.json',
    candidates: categoryCandidates,
  },
};

/** Past this many, an ambiguous part is listed in part: the editor types more of the name. */
const MAX_LISTED = 6;

export interface NameReading {
  resolution: Resolution;
  /** Thai, then English; absent when the name is the value itself. */
  message?: string;
  /** The values it may stand for, best first: one, several or none. */
  values: string[];
}

export function resolveRegistryName(registry: Registry, input: string): Resolution {
  return resolveName(input, REGISTRIES[registry].candidates);
}

/** `agriculture (กระทรวงเกษตรและสหกรณ์)`, or in English `agriculture (Ministry of Agriculture and Cooperatives)`. */
export function describeValue(registry: Registry, value: string, language: 'th' | 'en' = 'th'): string {
  const candidate = REGISTRIES[registry].candidates.find((c) => c.value === value);
  return candidate ? `${value} (${language === 'th' ? candidate.label : candidate.labelEn})` : value;
}

/** What `input` is, as a message for the editor (none when it is a slug or code already). */
export function readRegistryName(registry: Registry, input: string): NameReading {
  const { th, en, valueTh, valueEn, file } = REGISTRIES[registry];
  const resolution = resolveRegistryName(registry, input);
  const written = JSON.stringify(input);
  const one = (value: string) => ({ th: describeValue(registry, value), en: describeValue(registry, value, 'en') });
  switch (resolution.kind) {
    case 'found': {
      const { value } = resolution;
      if (value === input) return { resolution, values: [value] };
      const is = one(value);
      return {
        resolution,
        values: [value],
        message: `${written} คือ ${is.th} ให้เขียน${valueTh} / ${written} is ${is.en}: write its ${valueEn}`,
      };
    }
    case 'ambiguous': {
      const { values } = resolution;
      const shown = values.slice(0, MAX_LISTED);
      const more = values.length - shown.length;
      return {
        resolution,
        values,
        message:
          `${written} อาจเป็น${th} ${shown.map((v) => one(v).th).join(' หรือ ')}${more ? ` และอีก ${more} แห่ง` : ''} ให้เลือกหนึ่ง` +
          ` / ${written} could be the ${en} ${shown.map((v) => one(v).en).join(' or ')}${more ? ` and ${more} more` : ''}: choose one`,
      };
    }
    case 'nearest': {
      const near = one(resolution.value);
      return {
        resolution,
        values: [resolution.value],
        message: `ไม่รู้จัก${th} ${written} หรือหมายถึง ${near.th} / unknown ${en} ${written}; did you mean ${near.en}?`,
      };
    }
    case 'unknown':
      return {
        resolution,
        values: [],
        message: `ไม่รู้จัก${th} ${written} ดูรายชื่อใน ${file} / unknown ${en} ${written}; see the list in ${file}`,
      };
  }
}
