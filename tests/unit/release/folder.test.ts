import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { forEachPublishedRelease, validateReleaseFiles, validateReleaseFolder, type PassOptions } from '@/release/folder.ts';
import type { Release } from '@/release/release.ts';
import sharp from 'sharp';

const DIR = 'content/releases';
const NOW = new Date('2026-11-23T00:00:00Z');

const release = (date: string, source: string | undefined, extra = '', body = 'เนื้อข่าว'): string =>
  `---\ntitle: ข่าว\ndate: ${date}\nministry: labour\n${source ? `source: ${source}\n` : ''}${extra}---\n${body}\n`;

let root: string;
const put = async (relative: string, text: string | Uint8Array): Promise<string> => {
  const file = path.join(root, DIR, relative);
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, text);
  return file;
};
const folder = (options: Partial<PassOptions> = {}) => validateReleaseFolder(root, DIR, { now: NOW, ...options });
const where = (problems: { file: string; line: number; column: number }[]): string[] =>
  problems.map((p) => `${p.file}:${p.line}:${p.column}`);

beforeEach(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'thalaeng-folder-'));
});
afterEach(() => rm(root, { recursive: true, force: true }));

describe('the releases folder', () => {
  it('reports every problem of every file by file, line and column, whatever order they were found in', async () => {
    // The schema reports title (line 4) before ministry (line 2), in its own order of fields.
    await put(
      '2020/02/2020-02-02-b.md',
      '---\nministry: labor\ndate: 2020-02-02\ntitle: 5\nsource: https://a.go.th/1\n---\nเนื้อข่าว\n',
    );
    // Eleven invisible characters: ten are shown where they stand, then "and 1 more" at column 1.
    await put(
      '2020/01/2020-01-02-a.md',
      release('2020-01-02', 'https://a.go.th/2').replace('title: ข่าว', `title: ข่าว${'\u0007'.repeat(11)}`),
    );
    await put('2020/01/notes.txt', 'not a release');
    const { problems, releases, files } = await folder();
    expect(files).toHaveLength(2);
    expect(releases).toEqual([]);
    expect(where(problems)).toEqual([
      'content/releases/2020/01/2020-01-02-a.md:2:1',
      ...Array.from({ length: 10 }, (_, i) => `content/releases/2020/01/2020-01-02-a.md:2:${12 + i}`),
      'content/releases/2020/01/notes.txt:1:1',
      'content/releases/2020/02/2020-02-02-b.md:2:1',
      'content/releases/2020/02/2020-02-02-b.md:4:1',
    ]);
    expect(problems[0]!.message).toContain('and 1 more');
    expect(problems.slice(-2).map((p) => p.field)).toEqual(['ministry', 'title']);
  });

  it('finds a slug or a source used twice, on the file that comes second', async () => {
    await put('2020/01/same.md', release('2020-01-02', 'https://a.go.th/1'));
    await put('2020/02/same.md', release('2020-02-02', 'https://a.go.th/2'));
    await put('2020/01/2020-01-03-a.md', release('2020-01-03', 'https://a.go.th/3'));
    await put('2020/01/2020-01-03-b.md', release('2020-01-03', 'https://a.go.th/3'));
    const { problems, releases } = await folder();
    expect(releases.map((r) => r.filePath)).toEqual([
      'content/releases/2020/01/2020-01-03-a.md',
      'content/releases/2020/01/2020-01-03-b.md',
      'content/releases/2020/01/same.md',
      'content/releases/2020/02/same.md',
    ]);
    expect(problems.map((p) => [p.file, p.field, p.message.split(' / ')[1]])).toEqual([
      [
        'content/releases/2020/01/2020-01-03-b.md',
        'source',
        'the same source URL is already used by content/releases/2020/01/2020-01-03-a.md',
      ],
      ['content/releases/2020/02/same.md', undefined, 'the slug "same" is already used by content/releases/2020/01/same.md'],
    ]);
  });

  it('reports an invalid file instead of dropping it, and keeps the valid ones', async () => {
    await put('2020/01/2020-01-02-good.md', release('2020-01-02', 'https://a.go.th/1'));
    await put('2020/01/2020-01-02-bad.md', release('2020-01-02', 'https://a.go.th/2', '', ''));
    await put(
      '2020/01/2020-01-02-bytes.md',
      Buffer.concat([Buffer.from(release('2020-01-02', 'https://a.go.th/3')), Buffer.from([0xff])]),
    );
    const { problems, releases, files } = await folder();
    expect(files).toHaveLength(3);
    expect(releases.map((r) => r.slug)).toEqual(['2020-01-02-good']);
    expect(problems.map((p) => `${p.file}: ${p.message.split(' / ')[1]}`)).toEqual([
      'content/releases/2020/01/2020-01-02-bad.md: the release has no body text',
      'content/releases/2020/01/2020-01-02-bytes.md: the file is not UTF-8: the bytes 0xFF are not a character',
    ]);
  });

  it('keeps drafts among the releases, a draft without a source too, for the loader to show in dev only', async () => {
    await put('2020/01/2020-01-02-draft.md', release('2020-01-02', undefined, 'draft: true\n'));
    const { problems, releases } = await folder();
    expect(problems).toEqual([]);
    expect(releases).toMatchObject([{ slug: '2020-01-02-draft', draft: true }]);
  });

  it('takes a release the caller already knows for the same text, without validating it again', async () => {
    const text = release('2020-01-02', 'https://a.go.th/1');
    await put('2020/01/2020-01-02-known.md', text);
    await put('2020/01/2020-01-02-new.md', release('2020-01-02', 'https://a.go.th/2'));
    const stored = {
      slug: '2020-01-02-known',
      title: 'from the store',
      filePath: `${DIR}/2020/01/2020-01-02-known.md`,
    } as Release;
    const known = vi.fn((filePath: string, seen: string) =>
      filePath.endsWith('known.md') && seen === text ? stored : undefined,
    );
    const validated = vi.fn();
    const { releases } = await folder({ known, validated });
    expect(known).toHaveBeenCalledTimes(2);
    expect(releases).toContain(stored);
    expect(validated).toHaveBeenCalledOnce();
    expect(validated.mock.calls[0]![0].release.slug).toBe('2020-01-02-new');
    expect(validated.mock.calls[0]![1]).toBe(release('2020-01-02', 'https://a.go.th/2'));
  });
});

describe("releases' photo folders", () => {
  const photo = (): Promise<Buffer> =>
    sharp({ create: { width: 40, height: 30, channels: 3, background: '#345' } })
      .jpeg()
      .toBuffer();
  const withLead = (name: string): string =>
    release('2020-01-02', 'https://a.go.th/1', `image: { src: ./2020-01-02-a/${name}, alt: ภาพผู้ว่าราชการจังหวัด }\n`);

  it("are the releases' own: their photos are not reported as stray files", async () => {
    await put('2020/01/2020-01-02-a.md', withLead('lead.jpg'));
    await put('2020/01/2020-01-02-a/lead.jpg', await photo());
    const { problems, releases } = await folder();
    expect(problems).toEqual([]);
    expect(releases.map((r) => r.image?.src)).toEqual(['./2020-01-02-a/lead.jpg']);
  });

  it("report a photo in no release's folder, for a folder without its release file", async () => {
    await put('2020/01/2020-01-02-gone/lead.jpg', await photo());
    await put('2020/01/loose.png', await photo());
    const { problems } = await folder();
    expect(problems.map((p) => [p.file, p.severity, p.message.split(' / ')[1]])).toEqual([
      [
        'content/releases/2020/01/2020-01-02-gone/lead.jpg',
        'warning',
        "this photo is in no release's folder (there is no content/releases/2020/01/2020-01-02-gone.md), so it is not published: a release's photos go in the folder named after its file, next to it",
      ],
      [
        'content/releases/2020/01/loose.png',
        'warning',
        "this photo is in no release's folder (there is no content/releases/2020/01.md), so it is not published: a release's photos go in the folder named after its file, next to it",
      ],
    ]);
  });

  it('refuse a release whose photo is missing, so that it cannot be built', async () => {
    await put('2020/01/2020-01-02-a.md', withLead('lead.jpg'));
    const { problems, releases } = await folder();
    expect(releases).toEqual([]);
    expect(problems.map((p) => `${p.file}:${p.line} ${p.field}`)).toEqual([
      'content/releases/2020/01/2020-01-02-a.md:6 image.src',
    ]);
  });

  it('are checked again whatever the caller knows of the text, since a photo can change while the text does not', async () => {
    await put('2020/01/2020-01-02-a.md', withLead('lead.jpg'));
    await put('2020/01/2020-01-02-b.md', release('2020-01-02', 'https://a.go.th/2'));
    await put('2020/01/2020-01-02-b/spare.jpg', await photo());
    const known = vi.fn((filePath: string) => ({ slug: path.basename(filePath, '.md'), filePath }) as Release);
    const { problems, releases } = await folder({ known });
    expect(known).toHaveBeenCalledOnce();
    expect(releases.map((r) => r.slug)).toEqual(['2020-01-02-b']);
    expect(problems.map((p) => `${p.file} ${p.severity ?? 'error'}`)).toEqual([
      'content/releases/2020/01/2020-01-02-a.md error',
      'content/releases/2020/01/2020-01-02-b/spare.jpg warning',
    ]);
  });
});

describe('published releases with their bodies', () => {
  it('gives each published release with its body, from the texts the caller holds, and skips drafts', async () => {
    const files = [path.join(root, DIR, '2020/01/2020-01-02-a.md'), path.join(root, DIR, '2020/01/2020-01-02-draft.md')];
    const texts = new Map([
      [files[0]!, release('2020-01-02', 'https://a.go.th/1', '', 'ข่าวหนึ่ง')],
      [files[1]!, release('2020-01-02', undefined, 'draft: true\n')],
    ]);
    const seen: [string, string][] = [];
    const { count } = await forEachPublishedRelease(
      root,
      files,
      async (file) => texts.get(file)!,
      NOW,
      async (r, body) => {
        seen.push([r.slug, body]);
      },
    );
    expect(count).toBe(1);
    expect(seen).toEqual([['2020-01-02-a', 'ข่าวหนึ่ง\n']]);
  });

  it('holds back a scheduled release and says for how long the same releases are out', async () => {
    const at = (day: string) => path.join(root, DIR, `2026/11/2026-11-${day}-x.md`);
    const texts = new Map([
      [at('20'), release('2026-11-20T08:00', 'https://a.go.th/1')],
      [at('21'), release('2026-11-21', 'https://a.go.th/2')],
      [at('24'), release('2026-11-24T10:00', 'https://a.go.th/3')],
      [at('25'), release('2026-11-25', 'https://a.go.th/4')],
      [at('26'), release('2026-11-26', undefined, 'draft: true\n')],
    ]);
    const seen: string[] = [];
    const pass = await forEachPublishedRelease(
      root,
      [...texts.keys()],
      async (file) => texts.get(file)!,
      NOW,
      async (r) => {
        seen.push(r.slug);
      },
    );
    expect(seen.sort()).toEqual(['2026-11-20-x', '2026-11-21-x']);
    expect(pass).toEqual({
      count: 2,
      from: new Date('2026-11-21T00:00:00+07:00'),
      until: new Date('2026-11-24T10:00:00+07:00'),
    });
  });

  it('refuses an invalid file, naming it: the loader has refused it already', async () => {
    const file = path.join(root, DIR, '2020/01/2020-01-02-bad.md');
    const read = async (): Promise<string> => release('2020-01-02', 'https://a.go.th/1').replace('labour', 'labor');
    await expect(forEachPublishedRelease(root, [file], read, NOW, async () => {})).rejects.toThrow(
      'content/releases/2020/01/2020-01-02-bad.md:4:1 ministry:',
    );
  });
});

describe('files read by the caller', () => {
  it('are validated as given, not read from disk', async () => {
    const file = path.join(root, DIR, '2020/01/2020-01-02-a.md');
    const { releases, problems } = await validateReleaseFiles(root, [file], {
      now: NOW,
      read: async () => release('2020-01-02', 'https://a.go.th/1'),
    });
    expect(problems).toEqual([]);
    expect(releases.map((r) => r.filePath)).toEqual(['content/releases/2020/01/2020-01-02-a.md']);
  });
});
