import { describe, expect, it } from 'vitest';
import { csvIndex, dataPackage, ndjsonLine, releaseRecord, releasesByYear, RELEASE_FIELDS } from '@/site/open-data.ts';
import { buildReleaseIndex } from '@/site/release-index.ts';
import type { Release } from '@/release/release.ts';
import { testRelease } from '../../helpers/release.ts';

const site = new URL('https://s.example/');
const make = (slug: string, iso: string, extra: Partial<Release> = {}): Release =>
  testRelease(slug, { date: new Date(iso), provinces: ['TH-10', 'TH-50'], ...extra });

describe('open data', () => {
  it('groups releases by their year in Bangkok, newest year first', () => {
    // 31 December 2024 at 18:00 UTC is already 1 January 2025 in Bangkok.
    const years = releasesByYear(
      buildReleaseIndex([
        make('a', '2025-03-01T00:00:00Z'),
        make('b', '2024-12-31T18:00:00Z'),
        make('c', '2024-12-31T16:00:00Z'),
      ]),
    );
    expect(years.map(({ year, releases }) => [year, releases.map((r) => r.slug)])).toEqual([
      [2025, ['a', 'b']],
      [2024, ['c']],
    ]);
  });

  it('writes one JSON object a line with every field, dates with their offset', () => {
    const release = make('a', '2024-06-01T03:00:00Z', {
      updated: new Date('2024-06-02T03:00:00Z'),
      updates: [{ date: new Date('2024-06-02T03:00:00Z'), note: 'แก้ไขตัวเลขงบประมาณ' }],
      office: 'กอง',
    });
    const line = ndjsonLine(releaseRecord(release, 'เนื้อหา\n\n- รายการ', site));
    expect(line.endsWith('\n')).toBe(true);
    expect(line.slice(0, -1)).not.toContain('\n');
    expect(JSON.parse(line)).toEqual({
      slug: 'a',
      url: 'https://s.example/releases/a/',
      title: 'ข่าว a',
      date: '2024-06-01T10:00:00+07:00',
      updated: '2024-06-02T10:00:00+07:00',
      updates: [{ date: '2024-06-02T10:00:00+07:00', note: 'แก้ไขตัวเลขงบประมาณ' }],
      ministry: 'labour',
      provinces: ['TH-10', 'TH-50'],
      nationwide: false,
      category: null,
      source: 'https://example.go.th/a',
      office: 'กอง',
      summary: 'ย่อ',
      body: 'เนื้อหา\n\n- รายการ',
    });
    expect(Object.keys(JSON.parse(line))).toEqual(RELEASE_FIELDS.map((f) => f.name));
  });

  it('writes a CSV index that spreadsheets read as UTF-8 and cannot run as formulas', () => {
    const records = [
      releaseRecord(make('a', '2024-06-01T03:00:00Z', { title: 'คำว่า "ด่วน", สำคัญ' }), undefined, site),
      releaseRecord(make('b', '2024-06-01T03:00:00Z', { title: '=HYPERLINK("http://x")' }), undefined, site),
    ];
    const csv = csvIndex(records);
    expect(
      csv.startsWith('\uFEFFslug,url,title,date,updated,ministry,provinces,nationwide,category,source,office,summary\r\n'),
    ).toBe(true);
    expect(csv).toContain('a,https://s.example/releases/a/,"คำว่า ""ด่วน"", สำคัญ",2024-06-01T10:00:00+07:00,,labour,TH-10 TH-50,');
    expect(csv).toContain(`,"'=HYPERLINK(""http://x"")",`);
    expect(csv).not.toContain('body');
  });

  it('describes every file in a Frictionless Data Package with a licence', () => {
    const pkg = dataPackage([2025, 2024], site) as {
      resources: { name: string; path: string; schema: { fields: { name: string; type: string }[] } }[];
      licenses: unknown[];
    };
    expect(pkg.licenses).toHaveLength(1);
    expect(pkg.resources.map((r) => r.path)).toEqual([
      'https://s.example/data/releases.csv',
      'https://s.example/data/releases-2025.ndjson',
      'https://s.example/data/releases-2024.ndjson',
    ]);
    expect(pkg.resources[0]!.schema.fields.map((f) => f.name)).not.toContain('body');
    expect(pkg.resources[1]!.schema.fields.find((f) => f.name === 'provinces')!.type).toBe('array');
    expect(pkg.resources[0]!.schema.fields.find((f) => f.name === 'provinces')!.type).toBe('string');
  });
});
