/**
 * Measures the importer against hand-labelled releases: title, date, ministry, and province
 * precision/recall. Two labelled sets, one per corpus (tests/fixtures/import-labels*.json).
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { decodeInput } from './decode-input.ts';
import { parseRaw } from './parse-raw.ts';
import { isCloseCall } from './detect-ministry.ts';
import { ministryOfRelease } from './ministry-words.ts';
import { detectProvinces } from './detect-provinces.ts';
import { detectCategory } from './detect-category.ts';
import type { Corpus } from '../shared/corpus.ts';

export interface Label {
  file: string;
  title: string;
  date: string;
  ministry: string;
  provinces: string[];
  /** Labelled blind after the detectors were tuned: an honest estimate for unseen releases. */
  heldOut?: boolean;
  /** The annotator's reasons; "Unsure. …" where the text allows another answer (the guide's confidence). */
  note?: string;
}

/** Whether the annotator was sure: an unsure label names a call a second reader may well make otherwise. */
export function labelledSure(label: Label): boolean {
  return !label.note?.startsWith('Unsure');
}

export interface Evaluation {
  releases: number;
  titleAccuracy: number;
  dateAccuracy: number;
  ministryAccuracy: number;
  /** The labelled files whose ministry the importer got wrong (or that it did not import). */
  ministryMissed: Set<string>;
  /** Ministries right, by thaigov's category (slug, or the section name the registry lacks): where the misses gather. */
  ministryByCategory: Map<string, { releases: number; right: number }>;
  /** The labelled files whose ministry the importer lists as a close call, for an editor to check. */
  ministryCloseCalls: Set<string>;
  /** Close calls missed where the runner-up the importer names beside the call is the label: an editor's other choice. */
  ministryRunnerUpRight: number;
  provincePrecision: number;
  provinceRecall: number;
  misses: string[];
}

const FIXTURES = path.resolve(import.meta.dirname, '../../tests/fixtures');

/** Each corpus's label files, in the order they were added to; a new file takes over before one passes 2 MB. */
export const LABEL_SETS = {
  /** 2016–2020's labels: the first 130 tuned on, then each blind draw's share (heldOut where no fix came from it). */
  '2016-2020': ['import-labels.json', 'import-labels-draws-65-on.json'],
  /** 2020–2025's labels in random draws, tuned on or held out (heldOut); each file's $comment tells its draws' story. */
  '2020-2025': [
    'import-labels-2020-2025.json',
    'import-labels-2020-2025-draws-25-on.json',
    'import-labels-2020-2025-draws-46-on.json',
    'import-labels-2020-2025-draws-65-on.json',
  ],
} as const satisfies Record<Corpus, readonly string[]>;

export async function loadLabels(corpus: Corpus = '2016-2020'): Promise<Label[]> {
  const files = await Promise.all(LABEL_SETS[corpus].map((file) => readFile(path.join(FIXTURES, file), 'utf8')));
  return files.flatMap((text) => (JSON.parse(text) as { releases: Label[] }).releases);
}

export async function evaluateImport(labels: readonly Label[], corpus: string): Promise<Evaluation> {
  let titles = 0,
    dates = 0,
    ministries = 0,
    truePositives = 0,
    found = 0,
    expected = 0;
  const misses: string[] = [];
  const ministryMissed = new Set<string>();
  const ministryByCategory = new Map<string, { releases: number; right: number }>();
  const ministryCloseCalls = new Set<string>();
  let ministryRunnerUpRight = 0;
  for (const label of labels) {
    const decoded = decodeInput(await readFile(path.join(corpus, label.file)));
    const parsed = decoded.ok ? parseRaw(decoded.text, label.file) : undefined;
    if (!parsed?.ok) {
      misses.push(`${label.file}: not imported (${parsed?.reason ?? 'unreadable'})`);
      ministryMissed.add(label.file);
      expected += label.provinces.length;
      continue;
    }
    const { release } = parsed;
    // Canonically equivalent is the same title: a reader copies marks in the raw order (ม + ่ + ุ), the importer writes NFC (ม + ุ + ่).
    if (release.title.normalize('NFC') === label.title.normalize('NFC')) titles++;
    else misses.push(`${label.file}: title ${JSON.stringify(release.title)}, expected ${JSON.stringify(label.title)}`);
    if (release.date === label.date) dates++;
    else misses.push(`${label.file}: date ${release.date}, expected ${label.date}`);
    const detected = detectCategory(label.file, decoded.ok ? decoded.text : '');
    const call = ministryOfRelease(release, 'slug' in detected ? detected.slug : undefined);
    const ministry = call.slug;
    if (isCloseCall(call)) ministryCloseCalls.add(label.file);
    const category = categoryName(detected);
    const byCategory = ministryByCategory.get(category) ?? { releases: 0, right: 0 };
    ministryByCategory.set(category, byCategory);
    byCategory.releases++;
    if (ministry === label.ministry) {
      ministries++;
      byCategory.right++;
    } else {
      misses.push(`${label.file}: ministry ${ministry}, expected ${label.ministry} — ${release.title.slice(0, 70)}`);
      ministryMissed.add(label.file);
      if (isCloseCall(call) && call.runnerUp === label.ministry) ministryRunnerUpRight++;
    }
    const provinces = detectProvinces([release.title, ...release.paragraphs].join('\n'));
    const wanted = new Set(label.provinces);
    const extra = provinces.filter((p) => !wanted.has(p));
    const missing = label.provinces.filter((p) => !provinces.includes(p));
    truePositives += provinces.length - extra.length;
    found += provinces.length;
    expected += label.provinces.length;
    if (extra.length || missing.length)
      misses.push(
        `${label.file}: provinces ${extra.length ? `extra ${extra.join(',')} ` : ''}${missing.length ? `missing ${missing.join(',')}` : ''}`,
      );
  }
  const n = labels.length;
  return {
    releases: n,
    titleAccuracy: titles / n,
    dateAccuracy: dates / n,
    ministryAccuracy: ministries / n,
    ministryByCategory,
    ministryCloseCalls,
    ministryRunnerUpRight,
    provincePrecision: found ? truePositives / found : 1,
    provinceRecall: expected ? truePositives / expected : 1,
    misses,
    ministryMissed,
  };
}

function categoryName(category: ReturnType<typeof detectCategory>): string {
  return 'slug' in category ? category.slug : 'unknown' in category ? category.unknown : '(none)';
}
