/**
 * Property-based: generated front matter, bodies and file names, thrown at `npm run check`
 * and at a small build. Neither may crash; every file ends published or reported; nothing
 * executable reaches a page, a feed or a search record. A few runs on every CI run;
 * `THALAENG_FUZZ_RUNS=50 npm test -- --project fuzz` runs longer. A failure prints the
 * seed and path that replay it (fast-check's `seed` and `path` in fc.assert).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { existsSync } from 'node:fs';
import { cp, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { stringify } from 'yaml';
import { astroBuild, buildWorkDir } from '../../scripts/build/astro-build.ts';
import { runScript, ROOT } from '../helpers/run-script.ts';
import { loadSiteSearch } from '../../scripts/eval-search/site-search.ts';
import { ministries, provinces } from '@/release/registries.ts';
import { liveMarkupInFragment, liveMarkupInPage } from '../helpers/live-markup.ts';
import { XMLParser } from 'fast-xml-parser';

const xml = new XMLParser({ isArray: (name) => ['item', 'category'].includes(name) });
interface RssItem {
  title: string;
  description: string;
  'content:encoded': string;
  category?: string[];
}

const RUNS = Number(process.env['THALAENG_FUZZ_RUNS'] ?? 2);
/** A word in every generated body, for the search records. */
const MARKER = 'ฟัซซิ่งทดสอบ';

let work: string;
beforeAll(async () => {
  work = await buildWorkDir(ROOT, 'fuzz');
});
afterAll(() => rm(work, { recursive: true, force: true }));

const attacks = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '"><svg onload=alert(1)>',
  'javascript:alert(1)',
  '<a href="javascript:alert(1)">x</a>',
  '<iframe src="data:text/html,<script>alert(1)</script>">',
  ']]>',
  '&lt;script&gt;',
  '\u0000',
  '\u0007',
  '\u001b[31m',
  '\u0085',
  '\u202e',
  '\ud800',
  '\uffff',
  '{{7*7}}',
  '${alert(1)}',
  '$&',
  '*x',
  '&a [*a, *a]',
  '!!js/function "function(){}"',
  '---',
  '# ',
  '- ',
  '1. ',
  '> ',
  '| a | b |\n|---|---|\n| <b>x</b> | y |',
  '[^1]\n\n[^1]: <script>x</script>',
];
const nasty = fc.oneof(
  fc.constantFrom(...attacks),
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 20 }),
  fc.constantFrom('ข่าวประชาสัมพันธ์', 'กระทรวงแรงงาน', 'Travel \\& Fair'),
);
const text = fc.array(nasty, { minLength: 1, maxLength: 4 }).map((parts) => parts.join(' '));
const isoDate = fc
  .date({ min: new Date('2016-01-01'), max: new Date('2025-12-31'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

const frontMatter = fc.record(
  {
    title: fc.oneof(text, fc.constant('ข่าวปกติ')),
    date: fc.oneof(
      isoDate,
      isoDate.map((d) => `${Number(d.slice(0, 4)) + 543}${d.slice(4)}`),
      nasty,
    ),
    ministry: fc.oneof(fc.constantFrom(...ministries.map((m) => m.slug)), nasty),
    provinces: fc.oneof(
      fc.subarray(
        provinces.map((p) => p.code),
        { maxLength: 5 },
      ),
      fc.array(nasty, { maxLength: 2 }),
    ),
    source: fc.oneof(
      fc.constant('https://www.thaigov.go.th/news/contents/details/1'),
      fc.constantFrom('javascript:alert(1)', 'data:text/html,x', 'http://'),
      nasty,
    ),
    summary: fc.option(text, { nil: undefined }),
    draft: fc.boolean(),
  },
  { requiredKeys: ['title', 'date', 'ministry', 'source'] },
);

const body = fc
  .array(
    fc.oneof(
      text,
      fc.constantFrom(
        '[x](javascript:alert(1))',
        '![x](x" onerror="alert(1))',
        '<https://example.com/>',
        '<b onclick="alert(1)">b</b>',
        '[ลิงก์](https://www.mof.go.th/)',
        '\\<script\\>',
      ),
    ),
    { minLength: 1, maxLength: 6 },
  )
  .map((paragraphs) => [MARKER, ...paragraphs].join('\n\n'));

/** A body the schema accepts (raw HTML is refused by check): hostile Markdown, not tags. */
const markdownBody = fc
  .array(
    fc.oneof(
      fc.constantFrom(
        '[x](javascript:alert(1))',
        '[y](data:text/html,<b>x</b>)',
        '![x](x" onerror="alert(1))',
        '<https://example.com/>',
        '[ลิงก์](https://www.mof.go.th/)',
        '\\<script\\>alert(1)\\</script\\>',
        '&lt;img src=x onerror=alert(1)&gt;',
        '&#60;script&#62;',
        '`<script>`',
        '| a | b |\n|---|---|\n| [x](javascript:1) | y |',
        'ข้อความ[^1]\n\n[^1]: เชิงอรรถ [z](javascript:alert(1))',
        '**ตัวหนา** _เอียง_ ~~ขีด~~',
        'Travel \\& Fair',
      ),
      fc.string({ unit: 'grapheme', maxLength: 30 }).map((t) => t.replace(/</g, '')),
    ),
    { minLength: 1, maxLength: 6 },
  )
  .map((paragraphs) => [MARKER, ...paragraphs].join('\n\n'));

/** Valid fields around hostile text, so that most sites build and their output is examined. */
const markupText = fc
  .array(fc.oneof(fc.constantFrom(...attacks.slice(0, 8)), fc.constantFrom('ข่าว', 'Travel & Fair', 'A < B', '"quoted"')), {
    minLength: 1,
    maxLength: 3,
  })
  .map((parts) => parts.join(' '));
const validFrontMatter = fc.record(
  {
    title: markupText,
    date: isoDate,
    ministry: fc.constantFrom(...ministries.map((m) => m.slug)),
    provinces: fc.subarray(
      provinces.map((p) => p.code),
      { maxLength: 25 },
    ),
    source: fc.constant('https://www.thaigov.go.th/news/contents/details/1'),
    summary: fc.option(markupText, { nil: undefined }),
    draft: fc.boolean(),
  },
  { requiredKeys: ['title', 'date', 'ministry', 'source'] },
);

/** A release file's text: usually YAML written by a library, sometimes lines as an editor might type them. */
const releaseText = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.tuple(validFrontMatter, markdownBody).map(([fields, content]) => `---\n${stringify(fields)}---\n${content}\n`),
  },
  { weight: 2, arbitrary: fc.tuple(frontMatter, body).map(([fields, content]) => `---\n${stringify(fields)}---\n${content}\n`) },
  {
    weight: 1,
    arbitrary: fc
      .tuple(fc.array(nasty, { maxLength: 5 }), body)
      .map(([lines, content]) => `---\n${lines.join('\n')}\n---\n${content}\n`),
  },
);
const fileName = fc
  .tuple(
    fc.oneof(
      { weight: 4, arbitrary: fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,20}$/) },
      { weight: 1, arbitrary: fc.constantFrom('ข่าว ไทย', 'UPPER', 'a.b', 'with space', '-dash', 'x'.repeat(100)) },
    ),
    fc.constantFrom('.md', '.md', '.md', '.MD', '.markdown'),
  )
  .map(([name, extension]) => `${name}${extension}`);
const validName = fc.stringMatching(/^[a-z0-9]{1,8}(-[a-z0-9]{1,8}){0,2}$/).map((name) => `${name}.md`);
const validText = fc
  .tuple(validFrontMatter, markdownBody)
  .map(([fields, content]) => `---\n${stringify(fields)}---\n${content}\n`);
/** Each release its own source, as the schema wants. */
const ownSources = (releases: [string, string][]): [string, string][] =>
  releases.map(([name, text], i) => [name, text.replace('/details/1\n', `/details/${i + 1}\n`)]);
/** Mostly sites that should build, so that what they publish is examined; some with anything in them. */
const site = fc
  .oneof(
    {
      weight: 3,
      arbitrary: fc.uniqueArray(fc.tuple(validName, validText), { minLength: 1, maxLength: 5, selector: ([name]) => name }),
    },
    {
      weight: 1,
      arbitrary: fc.uniqueArray(fc.tuple(fileName, releaseText), {
        minLength: 1,
        maxLength: 5,
        selector: ([name]) => name.toLowerCase(),
      }),
    },
  )
  .map(ownSources);

async function filesUnder(dir: string, pattern: RegExp): Promise<string[]> {
  return (await readdir(dir, { recursive: true }))
    .map(String)
    .filter((f) => pattern.test(f))
    .map((f) => path.join(dir, f));
}

describe('generated releases', () => {
  it(`never crash check or the build, end published or reported, and reach no page, feed or search record as markup (${RUNS} runs)`, async () => {
    let run = 0;
    const outcomes = { built: 0, refused: 0 };
    await fc.assert(
      fc.asyncProperty(site, async (releases) => {
        const dir = path.join(work, `run-${run++}`);
        const releasesDir = path.join(dir, 'releases');
        for (const [name, content] of releases) {
          // In the folder of its date, as editors are told to; a date that is no date goes anywhere.
          const [, year = '2020', month = '01'] = /^date: ["']?(\d{4})-(\d{2})/m.exec(content) ?? [];
          await mkdir(path.join(releasesDir, year, month), { recursive: true });
          await writeFile(path.join(releasesDir, year, month, name), content);
        }

        const check = await runScript('check.ts', ['--format', 'json'], { env: { THALAENG_RELEASES_DIR: releasesDir } });
        expect(check.stderr, 'check printed an error').toBe('');
        expect([0, 1], check.stdout).toContain(check.code);
        const { problems } = JSON.parse(check.stdout) as { problems: { file: string; severity?: string }[] };
        const errors = problems.filter((p) => p.severity === undefined);
        const reported = new Set(problems.map((p) => path.basename(p.file)));

        const outDir = path.join(dir, 'dist');
        const built = await astroBuild(ROOT, { outDir, cacheDir: path.join(dir, 'cache'), releasesDir, searchShardSize: 2 });
        if (errors.length > 0) {
          expect(built.code, 'a build with problems must fail').not.toBe(0);
          for (const problem of errors) expect(built.output).toContain(path.basename(problem.file));
          outcomes.refused++;
          if (process.env['THALAENG_FUZZ_DEBUG']) console.log(check.stdout);
          return;
        }
        expect(built.code, built.output.slice(-3000)).toBe(0);
        outcomes.built++;
        for (const [name, content] of releases) {
          const published = existsSync(path.join(outDir, 'releases', name.replace(/\.md$/, ''), 'index.html'));
          const draft = /^draft: true$/m.test(content);
          expect(published || draft || reported.has(name), `${name} was neither published nor reported`).toBe(true);
          if (draft) expect(published, `draft ${name} was published`).toBe(false);
        }
        for (const file of await filesUnder(outDir, /\.html$/)) {
          expect(liveMarkupInPage(await readFile(file, 'utf8')), path.relative(outDir, file)).toBeUndefined();
        }
        // Decoded as a feed reader decodes them, no text field may hold markup at all and
        // no HTML field anything a browser would run.
        for (const file of await filesUnder(outDir, /(^|\/)rss\.xml$/)) {
          const items =
            (xml.parse(await readFile(file, 'utf8')) as { rss: { channel: { item?: RssItem[] } } }).rss.channel.item ?? [];
          for (const item of items) {
            for (const text of [item.title, item.description, ...(item.category ?? [])])
              expect(String(text), file).not.toMatch(/<[a-z!/?]/i);
            expect(liveMarkupInFragment(item['content:encoded']), file).toBeUndefined();
          }
        }
        for (const file of await filesUnder(outDir, /(^|\/)feed\.json$/)) {
          const { items } = JSON.parse(await readFile(file, 'utf8')) as { items: { content_html: string }[] };
          for (const item of items) expect(liveMarkupInFragment(item.content_html), file).toBeUndefined();
        }
        const copy = `${outDir}-search`;
        await cp(outDir, copy, { recursive: true });
        const { search } = await loadSiteSearch(copy);
        for (const result of (await search(MARKER)).results) {
          const data = await result.data();
          expect(data.excerpt.replace(/<\/?mark>/g, ''), data.url).not.toMatch(/<[a-z!/]/i);
        }
      }),
      { numRuns: RUNS, verbose: true },
    );
    console.log(`fuzz: ${outcomes.built} site(s) built and examined, ${outcomes.refused} refused by check and build alike`);
  });
});
