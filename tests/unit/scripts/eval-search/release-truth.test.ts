import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { releaseTruth } from '../../../../scripts/eval-search/search-eval.ts';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'thalaeng-truth-'));
  await mkdir(path.join(dir, '2015/02'), { recursive: true });
});
afterEach(() => rm(dir, { recursive: true, force: true }));

const release = (title: string, extra = ''): string =>
  `---\ntitle: ${title}\ndate: 2015-02-27\nministry: pmo\n${extra}---\nสวัสดีครับ พี่น้องประชาชน\n`;

describe('the ground truth of the search evaluation', () => {
  it('holds the releases the site shows, not a draft it never builds', async () => {
    await writeFile(
      path.join(dir, '2015/02/2015-02-27-1.md'),
      release('ข่าวหนึ่ง', 'source: https://www.thaigov.go.th/news/contents/details/1\n'),
    );
    await writeFile(path.join(dir, '2015/02/2015-02-27-khuen-khwam-suk.md'), release('รายการคืนความสุขให้คนในชาติ', 'draft: true\n'));
    expect([...(await releaseTruth(dir)).keys()]).toEqual(['/releases/2015-02-27-1/']);
  });
});
