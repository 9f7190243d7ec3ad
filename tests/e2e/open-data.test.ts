/** The archive as open data: the files read back and checked against the release files. */
import { describe, expect, inject, it } from 'vitest';
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { validateRelease } from '@/release/validate.ts';
import { splitRelease } from '@/release/front-matter.ts';

const siteDir = inject('siteDir');
const dataDir = path.join(siteDir, 'data');

async function releaseFiles(): Promise<
  { slug: string; draft: boolean; title: string; date: Date; ministry: string; provinces: string[]; body: string }[]
> {
  const files = (await readdir('content/releases', { recursive: true })).map(String).filter((f) => f.endsWith('.md'));
  return Promise.all(
    files.map(async (file) => {
      const filePath = `content/releases/${file}`;
      const text = await readFile(filePath, 'utf8');
      const result = validateRelease(filePath, text);
      if (!result.ok) throw new Error(`${filePath} is invalid`);
      return { ...result.release, body: splitRelease(text).body };
    }),
  );
}

type DataRecord = Record<string, unknown> & { file: string };

describe('open data files', async () => {
  const releases = await releaseFiles();
  const published = releases.filter((r) => !r.draft);
  const yearFiles = (await readdir(dataDir)).filter((f) => /^releases-\d{4}\.ndjson$/.test(f)).sort();
  const records = (
    await Promise.all(
      yearFiles.map(async (file) =>
        (await readFile(path.join(dataDir, file), 'utf8'))
          .split('\n')
          .filter(Boolean)
          .map((line): DataRecord => ({ ...(JSON.parse(line) as Record<string, unknown>), file })),
      ),
    )
  ).flat();

  it('hold every published release exactly once, in the file of its year, and no draft', () => {
    expect(records.map((r) => r['slug']).sort()).toEqual(published.map((r) => r.slug).sort());
    for (const draft of releases.filter((r) => r.draft)) expect(records.map((r) => r['slug'])).not.toContain(draft.slug);
    for (const record of records) expect(record.file).toBe(`releases-${String(record['date']).slice(0, 4)}.ndjson`);
  });

  it("carry each release's metadata and its Markdown body as in its file", () => {
    for (const release of published) {
      const record = records.find((r) => r['slug'] === release.slug)!;
      expect(record['title']).toBe(release.title);
      expect(Date.parse(String(record['date']))).toBe(release.date.getTime());
      expect(record['date']).toMatch(/\+07:00$/);
      expect(record['ministry']).toBe(release.ministry);
      expect(record['provinces']).toEqual(release.provinces);
      expect(record['body']).toBe(release.body);
      expect(record['url']).toBe(`https://thalaeng.github.io/releases/${release.slug}/`);
    }
  });

  it('index every published release in the CSV file, one row each', async () => {
    const csv = await readFile(path.join(dataDir, 'releases.csv'), 'utf8');
    expect(csv.startsWith('\uFEFFslug,')).toBe(true);
    const rows = csv.slice(1).trimEnd().split('\r\n');
    expect(rows).toHaveLength(published.length + 1);
    for (const release of published) expect(rows.some((row) => row.startsWith(`${release.slug},`))).toBe(true);
  });

  it('are described by a data package whose every resource exists', async () => {
    const pkg = JSON.parse(await readFile(path.join(dataDir, 'datapackage.json'), 'utf8')) as {
      resources: { path: string }[];
      licenses: unknown[];
    };
    expect(pkg.licenses.length).toBeGreaterThan(0);
    expect(pkg.resources.map((r) => path.basename(r.path)).sort()).toEqual(['releases.csv', ...yearFiles].sort());
    for (const resource of pkg.resources) expect(existsSync(path.join(dataDir, path.basename(resource.path)))).toBe(true);
  });

  it('are explained on /data/, in Thai and English', async () => {
    const page = await readFile(path.join(dataDir, 'index.html'), 'utf8');
    for (const file of ['releases.csv', 'datapackage.json', ...yearFiles]) expect(page).toContain(`href="/data/${file}"`);
    expect(page).toMatch(/<div lang="en"[ >]/);
    expect(page).toContain('id="licence"');
  });
});
