import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { evaluateImport, type Label } from '../../scripts/import/import-eval.ts';

// มุ่งสู่ผู้นำ typed as thaigov often types it: the tone mark before the vowel below (ม + ่ + ุ, ผ + ้ + ู).
const RAW_ORDER_TITLE = 'รัฐบาลม\u0E48\u0E38งส\u0E48\u0E39ผ\u0E49\u0E39นำอาเซียน';
const RAW = [
  `รัฐบาลไทย-ข่าวทำเนียบรัฐบาล-${RAW_ORDER_TITLE}`,
  'วันพฤหัสบดีที่ 2 พฤศจิกายน 2560',
  RAW_ORDER_TITLE,
  'กระทรวงพาณิชย์ จัดงานแสดงสินค้าที่จังหวัดเชียงใหม่',
  'ที่มา : https://www.thaigov.go.th/news/contents/details/1',
].join('\n');

describe('the importer’s evaluation against labels', () => {
  const folders: string[] = [];
  afterAll(() => Promise.all(folders.map((folder) => rm(folder, { recursive: true }))));

  it('counts a title right that differs from the import only in the order of combining marks', async () => {
    expect(RAW_ORDER_TITLE).not.toBe(RAW_ORDER_TITLE.normalize('NFC'));
    const folder = await mkdtemp(path.join(tmpdir(), 'thalaeng-eval-'));
    folders.push(folder);
    await writeFile(path.join(folder, 'release.txt'), RAW);
    const label: Label = {
      file: 'release.txt',
      title: RAW_ORDER_TITLE,
      date: '2017-11-02',
      ministry: 'commerce',
      provinces: ['TH-50'],
    };
    const result = await evaluateImport([label], folder);
    expect(result.misses).toEqual([]);
    expect(result.titleAccuracy).toBe(1);
    const wrong = await evaluateImport([{ ...label, title: 'รัฐบาลมุ่งสู่ผู้นำ' }], folder);
    expect(wrong.titleAccuracy).toBe(0);
  });
});
