/** thaigov's sections become `category`, and a release naming most provinces becomes `nationwide`. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { detectCategory, sectionName } from '../../scripts/import/detect-category.ts';
import { runImport, summarise } from '../../scripts/import/import-run.ts';
import { provinces } from '@/release/registries.ts';

describe('the category in a raw file name', () => {
  it.each([
    ['ด้านเศรษฐกิจ_2782_5812454d-ed0f-4b4b-ae73-717000bcd376.txt', 'economy'],
    ['thaigov-2016-2020/5/ด้านสังคม_21.txt', 'society'],
    // Spelling variants of one section, with a tab, a trailing space, without the dot.
    ['สรุปข่าวการประชุม ครม._2.txt', 'cabinet'],
    ['สรุปข่าวการประชุม ครม_1_f1ef7542-af87-4ed5-aaf1-c0f51cd6f1d6.txt', 'cabinet'],
    ['Cabinet Meeting Synopsis _3_b1702785-892a-4883-84a1-e7dc87fa6caf.txt', 'cabinet'],
    ['Government News\t_12_e41b87a8-a0ce-409a-ac0a-0318fbf0522f.txt', 'government-news'],
    ['ข่าวรอง นรม  รมตนร _3_c7ed46fb-6dc5-41a1-bf9b-e6647964322c.txt', 'deputy-prime-ministers'],
    ['ข่าวทันสถานการณ์โควิด 19_4.txt', 'covid-19'],
  ])('%s → %s', (file, slug) => {
    expect(detectCategory(file)).toEqual({ slug });
  });

  it('takes the breadcrumb of a file named by its number alone, and has none without one', () => {
    expect(detectCategory('12.txt', 'รัฐบาลไทย-ข่าวทำเนียบรัฐบาล-หัวข้อ\n')).toEqual({ slug: 'government-house' });
    expect(detectCategory('12.txt')).toEqual({ none: true });
    expect(detectCategory('15_1_0f3cac0c-0c53-48db-aa93-0fe6c4a50b75.txt', 'หัวข้อ\n')).toEqual({ none: true });
    expect(sectionName('notes.txt')).toBeUndefined();
  });

  it('names a section the registry does not know, instead of guessing', () => {
    expect(detectCategory('ข่าวพิเศษ ใหม่_3.txt')).toEqual({ unknown: 'ข่าวพิเศษ ใหม่' });
  });
});

const raw = (id: string, title: string, body: string): string =>
  `รัฐบาลไทย-ข่าวทำเนียบรัฐบาล-${title}\n\nวันพฤหัสบดีที่ 2 พฤศจิกายน 2560\n${title}\n${body}\n\nที่มา : http://www.thaigov.go.th/news/contents/details/${id}\n`;

let work: string;
beforeEach(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'thalaeng-category-'));
});
afterEach(() => rm(work, { recursive: true, force: true }));

const importFolder = () =>
  runImport({
    inputs: [work],
    out: path.join(work, 'out'),
    dryRun: false,
    force: false,
    root: work,
    now: new Date('2026-11-23'),
  });

describe('npm run import', () => {
  it('writes the category of the section the file came from, and reports a section it does not know', async () => {
    await writeFile(path.join(work, 'ด้านเศรษฐกิจ_1.txt'), raw('201', 'ข่าวเศรษฐกิจ', 'กระทรวงพาณิชย์จัดงานที่จังหวัดเชียงใหม่'));
    await writeFile(path.join(work, 'ข่าวพิเศษใหม่_1.txt'), raw('202', 'ข่าวพิเศษ', 'กระทรวงพาณิชย์จัดงานที่จังหวัดเชียงใหม่'));
    const report = await importFolder();
    expect(report.imported).toHaveLength(2);
    expect(await readFile(path.join(work, 'out/2017/11/2017-11-02-201.md'), 'utf8')).toContain('\ncategory: economy\n');
    expect(await readFile(path.join(work, 'out/2017/11/2017-11-02-202.md'), 'utf8')).not.toContain('category:');
    expect(report.uncategorised).toEqual([{ input: 'ข่าวพิเศษใหม่_1.txt', section: 'ข่าวพิเศษใหม่' }]);
    expect(summarise(report, false)).toContain(
      'no category ข่าวพิเศษใหม่_1.txt: imported without one; its section "ข่าวพิเศษใหม่" is not in content/categories.json',
    );
  });

  it('marks a release naming more than 20 provinces nationwide instead of listing them; 20 stay a list', async () => {
    const names = (n: number): string =>
      provinces
        .slice(0, n)
        .map((p) => `จังหวัด${p.nameTh}`)
        .join(' ');
    await writeFile(path.join(work, 'สรุปข่าวการประชุม ครม._1.txt'), raw('301', 'สรุปข่าวการประชุม', `มติให้ ${names(21)}`));
    await writeFile(path.join(work, 'ด้านสังคม_1.txt'), raw('302', 'ข่าวภาค', `กิจกรรมใน ${names(20)}`));
    await importFolder();
    const cabinet = await readFile(path.join(work, 'out/2017/11/2017-11-02-301.md'), 'utf8');
    expect(cabinet).toMatch(/\nministry: pmo( #[^\n]*)?\nnationwide: true\ncategory: cabinet\n/);
    const regional = await readFile(path.join(work, 'out/2017/11/2017-11-02-302.md'), 'utf8');
    expect(regional).not.toContain('nationwide');
    expect(/provinces: \[(.*)\]/.exec(regional)?.[1]?.split(', ')).toHaveLength(20);
  });
});
