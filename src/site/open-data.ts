/**
 * The archive as open data (/data/): a file of every published release per year (one
 * JSON object a line), a CSV index of their metadata for spreadsheets, and a Frictionless
 * Data Package (https://specs.frictionlessdata.io/data-package/) that describes both.
 */
import { SITE } from '@/config.ts';
import { rfc3339InBangkok } from '@/site/feeds/dates.ts';
import { archiveYears } from './listings.ts';
import { monthKey, type ReleaseIndex } from './release-index.ts';
import { releasePath, dataFilePath } from './paths.ts';
import type { Release } from '@/release/release.ts';

export const yearFileName = (year: number): string => `releases-${year}.ndjson`;
export const INDEX_FILE = 'releases.csv';
export const PACKAGE_FILE = 'datapackage.json';

/** One field of the files, described once for the package and for the /data/ page. */
interface Field {
  name: string;
  type: 'string' | 'datetime' | 'array' | 'boolean';
  description: string;
  /** In the CSV index too (bodies are not). */
  inIndex: boolean;
}

export const RELEASE_FIELDS: readonly Field[] = [
  { name: 'slug', type: 'string', description: 'Identifier of the release; never changes once published', inIndex: true },
  { name: 'url', type: 'string', description: 'The release page on this site', inIndex: true },
  { name: 'title', type: 'string', description: 'Title, plain text', inIndex: true },
  { name: 'date', type: 'datetime', description: 'Publication date and time with its offset (Bangkok, +07:00)', inIndex: true },
  { name: 'updated', type: 'datetime', description: 'Last update, when there was one', inIndex: true },
  {
    name: 'updates',
    type: 'array',
    description:
      'Each update, newest first: {"date": datetime with its offset, "note": what changed}; empty for none with a note',
    inIndex: false,
  },
  { name: 'ministry', type: 'string', description: 'Ministry slug (content/ministries.json)', inIndex: true },
  {
    name: 'provinces',
    type: 'array',
    description: 'ISO 3166-2:TH province codes; in the CSV index separated by spaces',
    inIndex: true,
  },
  { name: 'nationwide', type: 'boolean', description: 'The release concerns the whole country', inIndex: true },
  { name: 'category', type: 'string', description: 'Category slug (content/categories.json), when it has one', inIndex: true },
  { name: 'source', type: 'string', description: 'The original release on thaigov.go.th or the ministry site', inIndex: true },
  { name: 'office', type: 'string', description: 'Issuing office, when known', inIndex: true },
  {
    name: 'summary',
    type: 'string',
    description: "The editor's summary, or else the opening of the body, plain text",
    inIndex: true,
  },
  { name: 'body', type: 'string', description: 'Body as Markdown (CommonMark with GitHub tables)', inIndex: false },
];

export type ReleaseRecord = Record<string, string | string[] | boolean | null | { date: string; note: string }[]>;

export function releaseRecord(release: Release, body: string | undefined, site: URL): ReleaseRecord {
  return {
    slug: release.slug,
    url: new URL(releasePath(release.slug), site).href,
    title: release.title,
    date: rfc3339InBangkok(release.date),
    updated: release.updated ? rfc3339InBangkok(release.updated) : null,
    updates: release.updates.map((update) => ({ date: rfc3339InBangkok(update.date), note: update.note })),
    ministry: release.ministry,
    provinces: release.provinces,
    nationwide: release.nationwide,
    category: release.category ?? null,
    source: release.source ?? null,
    office: release.office ?? null,
    summary: release.excerpt,
    ...(body === undefined ? {} : { body }),
  };
}

/** Gregorian years in Bangkok time, newest first, each with its releases newest first: the archive's own months. */
export function releasesByYear(index: ReleaseIndex): { year: number; releases: Release[] }[] {
  return archiveYears(index).map(({ year, months }) => ({
    year,
    releases: months.flatMap(({ month }) => index.byMonth.get(monthKey(year, month)) ?? []),
  }));
}

export const ndjsonLine = (record: ReleaseRecord): string => `${JSON.stringify(record)}\n`;

/**
 * RFC 4180 CSV with a byte-order mark, without which spreadsheet programs read UTF-8
 * Thai as mojibake. A cell that starts like a formula (= + - @) gets a leading
 * apostrophe, so that opening the file cannot run anything (OWASP "CSV injection").
 */
export function csvIndex(records: readonly ReleaseRecord[]): string {
  const fields = RELEASE_FIELDS.filter((f) => f.inIndex).map((f) => f.name);
  const cell = (value: ReleaseRecord[string] | undefined): string => {
    let text = Array.isArray(value) ? value.join(' ') : String(value ?? '');
    if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
    return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  const rows = [fields.join(','), ...records.map((record) => fields.map((name) => cell(record[name])).join(','))];
  return `\uFEFF${rows.join('\r\n')}\r\n`;
}

export function dataPackage(years: readonly number[], site: URL): Record<string, unknown> {
  // In the CSV index a list is one cell of space-separated codes, so a string there.
  const schema = (csv: boolean) => ({
    fields: RELEASE_FIELDS.filter((f) => !csv || f.inIndex).map(({ name, type, description }) => ({
      name,
      type: csv && type === 'array' ? 'string' : type,
      description,
    })),
    primaryKey: 'slug',
  });
  const url = (file: string): string => new URL(dataFilePath(file), site).href;
  return {
    name: 'thalaeng-releases',
    title: `${SITE.nameLatin}: Thai government press releases`,
    description: 'Every published release of the site: metadata and text. ข่าวประชาสัมพันธ์ภาครัฐทุกข่าวที่เผยแพร่บนเว็บไซต์แถลง',
    homepage: new URL(dataFilePath(''), site).href,
    licenses: [
      {
        name: 'public-domain-th-copyright-act-s7',
        title: 'Not a copyright work under section 7 of the Thai Copyright Act B.E. 2537 (news and official announcements)',
        path: `${new URL(dataFilePath(''), site).href}#licence`,
      },
    ],
    resources: [
      {
        name: 'releases-index',
        path: url(INDEX_FILE),
        format: 'csv',
        mediatype: 'text/csv',
        encoding: 'utf-8',
        schema: schema(true),
      },
      ...years.map((year) => ({
        name: `releases-${year}`,
        path: url(yearFileName(year)),
        format: 'ndjson',
        mediatype: 'application/x-ndjson',
        encoding: 'utf-8',
        schema: schema(false),
      })),
    ],
  };
}
