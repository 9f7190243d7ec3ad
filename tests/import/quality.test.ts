/** eval:import --clean: the counts it prints, on a few raw releases written here. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { measureImport } from '../../scripts/import/import-quality.ts';

const raw = (id: string, title: string, ...body: string[]): string =>
  [
    `รัฐบาลไทย-ข่าวทำเนียบรัฐบาล-${title}`,
    '',
    'วันพฤหัสบดีที่ 1 มิถุนายน 2566',
    '01/06/2566',
    'พิมพ์',
    title,
    ...body,
    '',
    `ที่มา : https://www.thaigov.go.th/news/contents/details/${id}`,
  ].join('\n');

let folder: string;
beforeEach(async () => {
  folder = await mkdtemp(path.join(tmpdir(), 'thalaeng-quality-'));
});
afterEach(() => rm(folder, { recursive: true, force: true }));

describe('eval:import --clean', () => {
  it('counts releases in English, those that are only their title, and clean ones as clean', async () => {
    await writeFile(
      path.join(folder, 'ข่าวทำเนียบรัฐบาล_1.txt'),
      raw('1', 'นายกรัฐมนตรีประชุม', '.', 'วันที่ 1 มิถุนายน 2566 นายกรัฐมนตรีเป็นประธานการประชุม', 'http://www.thaigov.go.th'),
    );
    await writeFile(
      path.join(folder, 'Government News_1.txt'),
      raw('2', 'PM chairs a meeting', 'On 1 June 2023 the Prime Minister chaired a meeting at Government House.'),
    );
    await writeFile(path.join(folder, 'อื่นๆ_1.txt'), raw('3', 'อินโฟกราฟิกประจำวัน', 'อินโฟกราฟิกประจำวัน'));
    await writeFile(path.join(folder, 'notes.md'), 'not a raw release');
    const q = await measureImport([folder]);
    expect(q).toMatchObject({
      files: 3,
      imported: 3,
      startsWithDate: 0,
      withLeftover: 0,
      withRepeatedTitle: 0,
      titleOnly: 1,
      withControl: 0,
      withInvisible: 0,
      english: 1,
      englishGovernmentNews: 1,
      thaiGovernmentNews: 0,
    });
    expect(q.examples['titleOnly']).toEqual([path.join(folder, 'อื่นๆ_1.txt')]);
  });
});
